"""The migrations and the models agree: a fresh database upgraded to head has the models' schema."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from bot.transcripts.db import make_engine, upgrade_to_head
from bot.transcripts.models import metadata


def test_fresh_database_upgraded_to_head_matches_the_models(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'fresh.db'}")
    upgrade_to_head(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, metadata)
    assert diff == []
    assert set(engine.dialect.get_table_names(engine.connect())) >= {
        "transcript_sessions", "transcript_turns", "staff_users", "audit_log",
        "login_failures", "portal_settings", "alembic_version"}


def test_upgrading_twice_is_harmless(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'twice.db'}")
    upgrade_to_head(engine)
    upgrade_to_head(engine)
    with engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == "0001"


def test_postgres_database_upgraded_to_head_matches_the_models(postgres):
    engine = make_engine(f"postgresql://{postgres.user}@127.0.0.1:{postgres.port}/postgres")
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA IF EXISTS tx CASCADE")
        connection.exec_driver_sql("CREATE SCHEMA tx")
    engine = make_engine(f"postgresql://{postgres.user}@127.0.0.1:{postgres.port}/postgres"
                         "?options=-csearch_path%3Dtx")
    upgrade_to_head(engine)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}),
                                metadata)
    assert diff == []
