"""Alembic environment: runs on the connection bot.transcripts.db.upgrade_to_head passes in
(config.attributes["connection"]), or on TRANSCRIPTS_DB from bot.settings for the alembic CLI."""
from alembic import context

from bot.transcripts.models import metadata

config = context.config


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from bot.settings import Settings
    from bot.transcripts.db import make_engine

    engine = make_engine(Settings.from_env().transcripts_db_url)
    with engine.begin() as connection:
        _run(connection)
    engine.dispose()


def _run(connection) -> None:
    context.configure(connection=connection, target_metadata=metadata,
                      render_as_batch=connection.dialect.name == "sqlite",
                      compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported; run them against a database")
run_migrations_online()
