"""Rasa's SQL tracker store, able to forget a conversation.

Rasa saves a conversation's new events at the end of each turn, while it holds that
conversation's lock. When the events to be saved contain an erasure marker (the quick-exit or
delete response, see erasure.py), this store deletes every stored event row of the conversation
in the same database transaction instead of appending, so nothing of the conversation is left and
no other request can interleave. The next message starts a fresh conversation.

The marker is looked for in all the tracker's events, not only the unsaved ones: a stored
tracker never holds one (an erasing save stores nothing), and a turn that ran on a fresh tracker
because a read failed must still erase. A failed delete is retried before the error goes up.

It also never writes back events older than the retention age: a turn that read a conversation
just before the purge removed it would otherwise re-insert what the purge deleted.

Configured in endpoints.yml as `type: bot.privacy.tracker_store.ErasingTrackerStore`; works on
SQLite and PostgreSQL (whatever SQLTrackerStore supports).
"""
from __future__ import annotations

import asyncio
import logging
import time
from typing import Any, Dict, Iterator, Optional, Text

import sqlalchemy as sa

from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import delete
from sqlalchemy.exc import SQLAlchemyError

from bot import rasa_speedups
from bot.privacy import erasure
from bot.privacy.logs import install_log_scrubbing
from bot.settings import Settings

logger = logging.getLogger(__name__)

DELETE_ATTEMPTS = 3


class ErasingTrackerStore(SQLTrackerStore):
    """SQLTrackerStore that erases a conversation when its events carry an erasure marker."""

    def __init__(
        self,
        domain: Optional[Domain] = None,
        host: Optional[Text] = None,
        event_broker: Optional[EventBroker] = None,
        **kwargs: Dict[Text, Any],
    ) -> None:
        install_log_scrubbing()  # this store is in every Rasa server of ours, shell included
        rasa_speedups.install()
        # Rasa passes the endpoint's `url` as `host`; SQLTrackerStore takes it as `host` too.
        super().__init__(domain=domain, host=host, event_broker=event_broker, **kwargs)
        # Error messages must not carry stored values (SQLAlchemy prints statement parameters).
        url = self.engine.url
        self.engine.dispose()
        self.engine = sa.create_engine(url, hide_parameters=True, **create_engine_kwargs(url))
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)
        self.retention_s = Settings.from_env().retention_hours * 3600

    async def save(self, tracker: DialogueStateTracker) -> None:
        kind = erasure.erasure_in(
            [e.action_name for e in tracker.events if isinstance(e, ActionExecuted)])
        if kind is None:
            await super().save(tracker)
            return
        # The event broker still hears the turn (the transcript notes a quick exit) ...
        await self.stream_events(tracker)
        # ... then every stored row of the conversation goes, in one transaction.
        deleted = await self._delete_all(tracker.sender_id)
        logger.info("erased a conversation's raw state (%s, %d events)", kind.value, deleted)
        await erasure.run_hooks(tracker.sender_id, kind)

    async def _delete_all(self, sender_id: Text) -> int:
        table = self.SQLEvent.__table__
        for attempt in range(1, DELETE_ATTEMPTS + 1):
            try:
                with self.session_scope() as session:
                    result = session.execute(delete(table).where(table.c.sender_id == sender_id))
                    session.commit()
                    return result.rowcount
            except SQLAlchemyError as e:
                if attempt == DELETE_ATTEMPTS:
                    raise
                logger.warning("erasing a conversation failed (%s); trying again",
                               type(e).__name__)
                await asyncio.sleep(0.2 * attempt)
        return 0

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator:
        """The unsaved events, less any older than the retention age (see the module doc)."""
        cutoff = time.time() - self.retention_s
        return (e for e in super()._additional_events(session, tracker)
                if e.timestamp is None or e.timestamp >= cutoff)
