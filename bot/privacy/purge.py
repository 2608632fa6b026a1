"""Retention: deletes raw conversation state older than the configured age.

A conversation whose last event is older than the cutoff goes entirely. A conversation still in
use keeps its current session whole (Rasa reads a tracker from its latest session start), and
loses only the earlier sessions' events older than the cutoff. Reports counts only.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.utils.endpoints import read_endpoint_config



logger = logging.getLogger(__name__)

SESSION_STARTED = "session_started"  # the event Rasa reads a tracker from (not the action)
BATCH = 500  # conversations per delete statement


@dataclass
class PurgeResult:
    conversations: int = 0
    events: int = 0


def tracker_engine(endpoints: Path) -> sa.engine.Engine:
    """An engine on the database that endpoints.yml names for the tracker store."""
    config = read_endpoint_config(str(endpoints), "tracker_store")
    if config is None:
        raise ValueError(f"{endpoints} configures no tracker_store")
    kwargs = config.kwargs
    url = SQLTrackerStore.get_db_url(
        dialect=kwargs.get("dialect", "sqlite"), host=config.url, port=kwargs.get("port"),
        db=kwargs.get("db", "rasa.db"), username=kwargs.get("username"),
        password=kwargs.get("password"), query=kwargs.get("query"),
    )
    return sa.create_engine(url, future=True)


def purge(engine: sa.engine.Engine, max_age_hours: float, now: Optional[float] = None,
          progress: Callable[[str], None] = lambda _: None) -> PurgeResult:
    """Deletes events older than `max_age_hours` as described above; returns the counts."""
    events = SQLTrackerStore.SQLEvent.__table__
    cutoff = (now if now is not None else time.time()) - max_age_hours * 3600
    result = PurgeResult()
    if not sa.inspect(engine).has_table(events.name):
        progress("no tracker table yet: nothing to purge")
        return result

    with engine.begin() as db:
        stale = db.execute(
            sa.select(events.c.sender_id).group_by(events.c.sender_id)
            .having(sa.func.max(events.c.timestamp) < cutoff)
        ).scalars().all()
        for start in range(0, len(stale), BATCH):
            batch = stale[start:start + BATCH]
            result.events += db.execute(
                sa.delete(events).where(events.c.sender_id.in_(batch))).rowcount
            progress(f"removed {min(start + BATCH, len(stale))}/{len(stale)} idle conversations")
        result.conversations = len(stale)

        current = events.alias("current")
        latest_start = (
            sa.select(sa.func.max(current.c.timestamp))
            .where(current.c.sender_id == events.c.sender_id,
                   current.c.type_name == SESSION_STARTED)
            .scalar_subquery()
        )
        old_sessions = db.execute(
            sa.delete(events).where(events.c.timestamp < cutoff,
                                    events.c.timestamp < latest_start)
        ).rowcount
        result.events += old_sessions
        progress(f"removed {old_sessions} events of earlier sessions in active conversations")
    return result
