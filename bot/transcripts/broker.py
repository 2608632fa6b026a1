"""The event broker that writes anonymized transcripts, off the conversation's path.

Configured in endpoints.yml as `event_broker: type: bot.transcripts.broker.TranscriptBroker`
(the database is TRANSCRIPTS_DB from bot.settings unless the endpoint gives a `url`). Rasa calls
`publish()` synchronously while it answers a message, so publish only drops the event into a
bounded queue; one background thread with its own engine redacts and writes it (writer.py). When
the queue is full, or the database fails, events are dropped and counted, and a log line says so
without any content: a conversation is never broken or slowed by its transcript.

In the same process as the tracker store, it registers an erasure hook (bot.privacy.erasure):
a delete on request removes the conversation's current transcript, a quick exit marks it. The
hook records the erasure time at once, so events of the erasure turn that the thread writes
later cannot re-create a deleted transcript.
"""
from __future__ import annotations

import asyncio
import logging
import queue
import threading
import time
from asyncio import AbstractEventLoop
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Text

from rasa.core.brokers.broker import EventBroker
from rasa.utils.endpoints import EndpointConfig

from bot.privacy import erasure
from bot.privacy.erasure import Erasure
from bot.privacy.pseudonym import load_secret
from bot.settings import Settings
from bot.transcripts.db import make_engine, session_factory, upgrade_to_head
from bot.transcripts.writer import TranscriptWriter, link_key

logger = logging.getLogger(__name__)

QUEUE_SIZE = 10_000
BATCH = 200  # events per transaction at most
KEPT_EVENTS = frozenset({"session_started", "user", "bot", "slot", "action"})
RETRY_SCHEMA_S = 30.0
IDLE_SWEEP_S = 600.0
_STOP = object()


def link_secret(settings: Settings) -> bytes:
    """The key of the session link (writer.link_key), derived from the sender-id secret."""
    return link_key(load_secret(settings), "transcript-link-v1").encode("ascii")


@dataclass
class _Erase:
    sender_id: str
    kind: Erasure
    at: float


@dataclass
class Counters:
    written: int = 0
    dropped_full: int = 0
    failed: int = 0


class TranscriptBroker(EventBroker):
    """Queues events and writes transcripts in a background thread; never raises into Rasa."""

    def __init__(self, url: str, secret: bytes, queue_size: int = QUEUE_SIZE,
                 redactor=None) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.writer = TranscriptWriter(session_factory(self.engine), secret, redactor)
        self.queue: "queue.Queue[Any]" = queue.Queue(maxsize=queue_size)
        self.counters = Counters()
        self._erasures: "queue.SimpleQueue[_Erase]" = queue.SimpleQueue()  # never dropped
        self._schema_ready = False
        self._thread = threading.Thread(target=self._run, name="transcripts", daemon=True)
        self._thread.start()
        erasure.register_hook(self.on_erasure)

    @classmethod
    async def from_endpoint_config(cls, broker_config: EndpointConfig,
                                   event_loop: Optional[AbstractEventLoop] = None
                                   ) -> "TranscriptBroker":
        settings = Settings.from_env()
        url = (broker_config.url if broker_config and broker_config.url
               else settings.transcripts_db_url)
        return cls(url, link_secret(settings))

    # --- called by Rasa -------------------------------------------------------------------

    def publish(self, event: Dict[Text, Any]) -> None:
        try:
            if event.get("event") not in KEPT_EVENTS:
                return
            self.queue.put_nowait(event)
        except queue.Full:
            self.counters.dropped_full += 1
            logger.warning("transcript queue full: an event was not recorded (%d so far)",
                           self.counters.dropped_full)
        except Exception as e:  # never into the conversation
            logger.error("transcript broker could not take an event (%s)", type(e).__name__)

    def is_ready(self) -> bool:
        return self._thread.is_alive()

    async def close(self) -> None:
        erasure.unregister_hook(self.on_erasure)
        await asyncio.get_running_loop().run_in_executor(None, self.stop)

    # --- erasure hook ---------------------------------------------------------------------

    async def on_erasure(self, sender_id: str, kind: Erasure) -> None:
        at = time.time()
        if kind is Erasure.DELETE:
            self.writer.remember_erasure(sender_id, at)
        job = _Erase(sender_id, kind, at)
        try:  # in line with the events, so that it applies after the turn that asked for it
            self.queue.put_nowait(job)
        except queue.Full:  # never dropped: applied after the next event
            self._erasures.put(job)

    # --- the thread -----------------------------------------------------------------------

    def stop(self, timeout: float = 10.0) -> None:
        """Writes what is queued (up to `timeout`), then stops the thread."""
        if not self._thread.is_alive():
            return
        try:
            self.queue.put(_STOP, timeout=timeout)
        except queue.Full:
            logger.warning("transcript queue still full at shutdown: %d events not recorded",
                           self.queue.qsize())
            return
        self._thread.join(timeout)
        self.engine.dispose()

    def drain(self, timeout: float = 10.0) -> bool:
        """Waits until everything queued so far is written (tests and shutdown)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.queue.unfinished_tasks == 0 and self._erasures.empty():
                return True
            time.sleep(0.02)
        return False

    def _ensure_schema(self) -> bool:
        if not self._schema_ready:
            try:
                upgrade_to_head(self.engine)
                self._schema_ready = True
            except Exception as e:
                logger.error("transcripts database unavailable (%s); retrying in %.0fs",
                             type(e).__name__, RETRY_SCHEMA_S)
        return self._schema_ready

    def _warm_up(self) -> None:
        """Builds the redaction word tables (about 6 s) before the first event, in this thread:
        otherwise the first conversation's events wait for them in the queue."""
        try:
            from bot.privacy import redact
            from bot.privacy.redaction import warm_up

            if self.writer.redactor is redact:
                warm_up()
        except Exception as e:  # the first write builds them instead
            logger.error("redaction tables not built at start (%s)", type(e).__name__)

    def _run(self) -> None:
        self._warm_up()
        last_sweep = time.monotonic()
        retry_at = 0.0
        while True:
            try:
                items = [self.queue.get(timeout=5.0)]
            except queue.Empty:
                items = []
            # Whatever else is waiting goes in the same transaction, up to BATCH events.
            while items and isinstance(items[-1], dict) and len(items) < BATCH:
                try:
                    items.append(self.queue.get_nowait())
                except queue.Empty:
                    break
            try:
                if not self._process(items, retry_at):
                    retry_at = time.monotonic() + RETRY_SCHEMA_S
                if _STOP in items:
                    return
                if time.monotonic() - last_sweep > IDLE_SWEEP_S and self._schema_ready:
                    last_sweep = time.monotonic()
                    self._guarded(self.writer.close_idle)
            finally:
                for _ in items:
                    self.queue.task_done()

    def _process(self, items: List[Any], retry_at: float) -> bool:
        """Writes a run of items in order; False when preparing the database just failed."""
        attempted = False
        if not self._schema_ready and time.monotonic() >= retry_at:
            attempted = True
            self._ensure_schema()
        if not self._schema_ready:
            for item in items:
                if isinstance(item, dict):
                    self.counters.failed += 1
                elif isinstance(item, _Erase):  # kept until the database is back
                    self._erasures.put(item)
            return not attempted
        events: List[Dict[str, Any]] = []
        for item in items:
            if isinstance(item, dict):
                events.append(item)
                continue
            self._write(events)
            events = []
            if isinstance(item, _Erase):
                self._guarded(self.writer.erase, item.sender_id, item.kind, item.at)
        self._write(events)
        self._apply_erasures()
        return True

    def _write(self, events: List[Dict[str, Any]]) -> None:
        if not events:
            return
        try:
            written = self.writer.handle_batch(events)
        except Exception as e:  # logged without content; the conversation goes on
            written = 0
            logger.error("transcript events were not recorded (%s)", type(e).__name__)
        self.counters.written += written
        if written < len(events):
            self.counters.failed += len(events) - written

    def _apply_erasures(self) -> None:
        while True:
            try:
                job = self._erasures.get_nowait()
            except queue.Empty:
                return
            self._guarded(self.writer.erase, job.sender_id, job.kind, job.at)

    def _guarded(self, function, *args) -> bool:
        try:
            function(*args)
            return True
        except Exception as e:  # logged without content; the conversation goes on
            self.counters.failed += 1
            logger.error("a transcript write failed (%s); %d failures so far",
                         type(e).__name__, self.counters.failed)
            return False
