"""Rasa's SQL tracker store, able to forget a conversation.

Rasa saves a conversation's new events at the end of each turn, while it holds that
conversation's lock. When the events to be saved contain an erasure marker (the quick-exit or
delete response, see erasure.py), this store deletes every stored event row of the conversation
in the same database transaction instead of appending, so nothing of the conversation is left and
no other request can interleave. The next message starts a fresh conversation.

Configured in endpoints.yml as `type: bot.privacy.tracker_store.ErasingTrackerStore`; works on
SQLite and PostgreSQL (whatever SQLTrackerStore supports).
"""
from __future__ import annotations

import logging
from typing import Any, Dict, Optional, Text

from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import delete

from bot.privacy import erasure
from bot.privacy.logs import install_log_scrubbing

logger = logging.getLogger(__name__)


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
        # Rasa passes the endpoint's `url` as `host`; SQLTrackerStore takes it as `host` too.
        super().__init__(domain=domain, host=host, event_broker=event_broker, **kwargs)

    async def save(self, tracker: DialogueStateTracker) -> None:
        kind = self._erasure_requested(tracker)
        if kind is None:
            await super().save(tracker)
            return
        # The event broker still hears the turn (the transcript notes a quick exit) ...
        await self.stream_events(tracker)
        # ... then every stored row of the conversation goes, in one transaction.
        with self.session_scope() as session:
            table = self.SQLEvent.__table__
            result = session.execute(delete(table).where(table.c.sender_id == tracker.sender_id))
            session.commit()
        logger.info("erased a conversation's raw state (%s, %d events)", kind.value,
                    result.rowcount)
        await erasure.run_hooks(tracker.sender_id, kind)

    def _erasure_requested(self, tracker: DialogueStateTracker) -> Optional[erasure.Erasure]:
        """The erasure marked in the events not yet stored, if any."""
        with self.session_scope() as session:
            new_events = list(self._additional_events(session, tracker))
        return erasure.erasure_in(
            [e.action_name for e in new_events if isinstance(e, ActionExecuted)]
        )
