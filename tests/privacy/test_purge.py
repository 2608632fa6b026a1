"""Retention purge: idle conversations go whole; active ones keep their current session."""
import sqlite3
import time

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore

from bot.privacy.purge import purge

HOUR = 3600.0


def make_db(path, rows):
    engine = sa.create_engine(f"sqlite:///{path}", future=True)
    SQLTrackerStore.Base.metadata.create_all(engine)
    table = SQLTrackerStore.SQLEvent.__table__
    with engine.begin() as db:
        db.execute(sa.insert(table), [
            {"sender_id": s, "type_name": t, "timestamp": ts, "action_name": a, "data": "{}"}
            for s, t, ts, a in rows])
    return engine


def remaining(path):
    with sqlite3.connect(path) as db:
        return db.execute("SELECT sender_id, timestamp FROM events ORDER BY id").fetchall()


def test_purge_deletes_idle_conversations_and_old_sessions_only(tmp_path):
    now = time.time()
    path = tmp_path / "t.db"
    engine = make_db(path, [
        ("idle", "session_started", now - 30 * HOUR, None),
        ("idle", "user", now - 29 * HOUR, None),
        ("active", "session_started", now - 40 * HOUR, None),
        ("active", "user", now - 39 * HOUR, None),
        ("active", "action", now - 1.01 * HOUR, "action_session_start"),
        ("active", "session_started", now - 1 * HOUR, None),
        ("active", "user", now - 0.5 * HOUR, None),
        ("fresh", "session_started", now - 2 * HOUR, None),
    ])
    lines = []
    result = purge(engine, 24, now=now, progress=lines.append)
    assert result.conversations == 1
    # Rasa reads a tracker from its latest session_started event: the earlier session's old
    # events go, the current session stays whole.
    assert result.events == 4
    assert remaining(path) == [("active", now - 1.01 * HOUR), ("active", now - 1 * HOUR),
                               ("active", now - 0.5 * HOUR), ("fresh", now - 2 * HOUR)]
    assert any("1/1 idle conversations" in line for line in lines)


def test_purge_on_an_empty_database_does_nothing(tmp_path):
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'none.db'}", future=True)
    assert purge(engine, 24).events == 0
