"""Engines, sessions and schema upgrades for the transcripts database.

One engine per process, created at start-up (never at import). SQLite files get WAL mode, a busy
timeout and foreign keys, so that the Rasa server's broker writes while the portal reads.
`upgrade_to_head` runs the Alembic migrations in bot/transcripts/migrations/.
"""
from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import Iterator

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

logger = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def make_engine(url: str) -> sa.engine.Engine:
    """An engine that never prints statement parameters (they could hold stored values)."""
    parsed = sa.engine.make_url(url)
    kwargs = {}
    if parsed.get_backend_name() == "sqlite":
        if parsed.database:
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 15}
    else:
        kwargs["pool_pre_ping"] = True
    engine = sa.create_engine(url, future=True, hide_parameters=True, **kwargs)
    if parsed.get_backend_name() == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=15000")
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
    except Exception:  # a read-only or in-memory database keeps its journal mode
        pass
    cursor.close()


def session_factory(engine: sa.engine.Engine) -> sessionmaker:
    return sessionmaker(bind=engine, future=True, expire_on_commit=False)


@contextlib.contextmanager
def session_scope(factory: sessionmaker) -> Iterator[Session]:
    """Commits on success, rolls back on error, always closes."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def alembic_config(connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade_to_head(engine: sa.engine.Engine) -> None:
    """Brings the schema to the newest migration (a no-op when it is there already)."""
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
