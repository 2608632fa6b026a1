"""Turns Rasa events into anonymized transcript rows (synchronous; the broker runs it off the
request path, in its own thread).

What is kept of each event:
- `session_started`: a new `transcript_sessions` row with a random id; the conversation's
  previous open session, if any, is closed.
- `user`: a turn with the text redacted by bot.privacy.redact in the session's language (or the
  message's detected language before one is chosen), the intent name and the time; the channel.
- `bot`: a turn with the bot's own words (responses and action messages, never user input).
- `slot`: only the slots listed in SLOT_COLUMNS, into the session row. The crisis flags are
  never lowered, as in the conversation itself.
- `action` utter_quick_exit: the session is marked as ended by quick exit; the erasure hook
  that follows the turn closes it.
Everything else (parse data, entities, metadata, other slots such as the raw screening answer)
is dropped.

How a later turn finds its session without the database holding the sender id: the row's
`link_key` is HMAC-SHA256(link secret, sender id). The link secret is derived from the sender-id
secret that only the Rasa server and the channels hold, so someone with only the transcripts
database can neither compute a link key from a sender id nor reverse one; and sender ids are
themselves HMACs of the channel's raw id. The key is cleared the moment a session ends (quick
exit, a new session, or an hour without events), after which nothing links the row to anyone.

Erasure (delete on request): `erase()` removes every session the conversation has open and
remembers the time; events of that conversation stamped before it (the erasure turn's own,
which may be processed later) are dropped, so a deleted transcript is never re-created.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
import threading
import time
import uuid
from collections import OrderedDict
from typing import Any, Callable, Dict, List, Optional

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from bot.privacy.erasure import Erasure
from bot.transcripts.db import session_scope
from bot.transcripts.models import TranscriptSession, Turn

logger = logging.getLogger(__name__)

SLOT_COLUMNS = {
    "language": "language",
    "screening_result": "result",
    "screening_domains": "domains",
    "needs": "needs",
    "resources_offered": "resources_offered",
    "danger_flag": "danger_flag",
    "self_harm_flag": "self_harm_flag",
    "minor_flag": "minor_flag",
}
STICKY_FLAGS = {"danger_flag", "self_harm_flag", "minor_flag"}
LIST_COLUMNS = {"domains", "needs", "resources_offered"}
QUICK_EXIT_ACTION = "utter_quick_exit"
LINK_IDLE_S = 3600.0       # an open session's link key is cleared after this long without events
TOMBSTONE_KEEP_S = 3600.0  # how long an erasure is remembered against late events
MAX_TOMBSTONES = 10_000
WITHHELD = "[not stored: redaction unavailable]"

Redactor = Callable[[str, str], str]


def link_key(secret: bytes, sender_id: str) -> str:
    return hmac.new(secret, sender_id.encode("utf-8"), hashlib.sha256).hexdigest()


def _when(event: Dict[str, Any]) -> dt.datetime:
    stamp = event.get("timestamp")
    if not isinstance(stamp, (int, float)):
        stamp = time.time()
    return dt.datetime.fromtimestamp(stamp, dt.timezone.utc).replace(tzinfo=None)


def _clean_list(value: Any) -> list:
    if not isinstance(value, (list, tuple)):
        return []
    return [str(v)[:100] for v in value if isinstance(v, (str, int, float))]


def default_redactor() -> Redactor:
    """bot.privacy.redact when it is there; otherwise user text is withheld (fail closed)."""
    try:
        from bot.privacy import redact  # type: ignore[attr-defined]
    except ImportError:
        logger.error("bot.privacy.redact is not available: user text is not stored in transcripts")
        return lambda _text, _language: WITHHELD
    return redact


def _message_language(text: str) -> str:
    try:
        from bot.language import detect

        return detect(text)[0]
    except Exception:  # detection never decides whether text is stored
        return "en"


class TranscriptWriter:
    """Applies events to the database; one instance per broker, used from one thread."""

    def __init__(self, factory: sessionmaker, secret: bytes,
                 redactor: Optional[Redactor] = None) -> None:
        self.factory = factory
        self.secret = secret
        self.redactor = redactor or default_redactor()
        self._tombstones: "OrderedDict[str, float]" = OrderedDict()
        self._lock = threading.Lock()

    # --- erasure --------------------------------------------------------------------------

    def remember_erasure(self, sender_id: str, at: float) -> None:
        """Called at once by the erasure hook (any thread): late events before `at` are dropped."""
        key = link_key(self.secret, sender_id)
        with self._lock:
            self._tombstones[key] = at
            self._tombstones.move_to_end(key)
            while len(self._tombstones) > MAX_TOMBSTONES:
                self._tombstones.popitem(last=False)

    def _erased_after(self, key: str, event: Dict[str, Any]) -> bool:
        with self._lock:
            erased_at = self._tombstones.get(key)
            if erased_at is not None and time.time() - erased_at > TOMBSTONE_KEEP_S:
                del self._tombstones[key]
                return False
        stamp = event.get("timestamp")
        return erased_at is not None and (not isinstance(stamp, (int, float)) or stamp <= erased_at)

    def erase(self, sender_id: str, kind: Erasure, at: float) -> None:
        key = link_key(self.secret, sender_id)
        with session_scope(self.factory) as db:
            open_sessions = db.execute(
                sa.select(TranscriptSession).where(TranscriptSession.link_key == key)
            ).scalars().all()
            for row in open_sessions:
                if kind is Erasure.DELETE:
                    db.execute(sa.delete(Turn).where(Turn.session_id == row.id))
                    db.delete(row)
                else:
                    row.ended_by_quick_exit = True
                    row.link_key = None
        logger.info("transcript erasure applied (%s, %d sessions)", kind.value, len(open_sessions))

    # --- events ---------------------------------------------------------------------------

    def handle(self, event: Dict[str, Any]) -> None:
        with session_scope(self.factory) as db:
            self._apply(db, event, {})

    def handle_batch(self, events: List[Dict[str, Any]]) -> int:
        """Applies events in one transaction (one disk sync for all); if that fails, one by one,
        so that one bad event costs only itself. Returns how many were applied."""
        try:
            with session_scope(self.factory) as db:
                cache: Dict[str, Any] = {}  # open rows and their last turn number, this transaction
                for event in events:
                    self._apply(db, event, cache)
            return len(events)
        except Exception as e:
            logger.warning("a batch of %d transcript events failed (%s); writing them one by one",
                           len(events), type(e).__name__)
        applied = 0
        for event in events:
            try:
                self.handle(event)
                applied += 1
            except Exception as e:
                logger.error("a transcript event was not recorded (%s)", type(e).__name__)
        return applied

    def _apply(self, db: Session, event: Dict[str, Any], cache: Dict[str, Any]) -> None:
        sender = event.get("sender_id")
        kind = event.get("event")
        if not isinstance(sender, str) or kind not in ("session_started", "user", "bot", "slot",
                                                       "action"):
            return
        key = link_key(self.secret, sender)
        if self._erased_after(key, event):
            return
        if kind == "session_started":
            self._close(db, key)
            cache[key] = self._open(db, key, event)
            return
        row = cache[key] if key in cache else self._current(db, key)
        if row is not None and row.link_key != key:  # closed earlier in this transaction
            row = None
        if row is None:
            if kind != "user":  # a session starts with its session_started or a message
                cache[key] = None
                return
            row = self._open(db, key, event)
        cache[key] = row
        row.ended_at = max(row.ended_at, _when(event))
        if kind == "user":
            self._user_turn(db, row, event)
        elif kind == "bot":
            self._bot_turn(db, row, event)
        elif kind == "slot":
            self._slot(row, event)
        elif event.get("name") == QUICK_EXIT_ACTION:
            # Marked now; the link is cleared by the erasure hook, which comes after the
            # turn's last events (the neutral closing line is still recorded).
            row.ended_by_quick_exit = True

    def close_idle(self, now: Optional[float] = None) -> int:
        """Clears the link key of sessions without events for LINK_IDLE_S (Rasa's sessions
        expire long before), so that old rows cannot be tied to later ones."""
        cutoff = dt.datetime.fromtimestamp((now or time.time()) - LINK_IDLE_S, dt.timezone.utc)
        with session_scope(self.factory) as db:
            result = db.execute(
                sa.update(TranscriptSession)
                .where(TranscriptSession.link_key.is_not(None),
                       TranscriptSession.ended_at < cutoff.replace(tzinfo=None))
                .values(link_key=None))
            return result.rowcount or 0

    def _current(self, db: Session, key: str) -> Optional[TranscriptSession]:
        return db.execute(
            sa.select(TranscriptSession).where(TranscriptSession.link_key == key)
        ).scalars().first()

    def _close(self, db: Session, key: str) -> None:
        db.execute(sa.update(TranscriptSession).where(TranscriptSession.link_key == key)
                   .values(link_key=None))

    def _open(self, db: Session, key: str, event: Dict[str, Any]) -> TranscriptSession:
        when = _when(event)
        row = TranscriptSession(id=uuid.uuid4().hex, link_key=key, started_at=when, ended_at=when,
                                domains=[], needs=[], resources_offered=[],
                                ended_by_quick_exit=False, danger_flag=False,
                                self_harm_flag=False, minor_flag=False)
        db.add(row)
        db.flush()
        return row

    def _next_seq(self, db: Session, row: TranscriptSession) -> int:
        last = getattr(row, "_last_seq", None)
        if last is None:
            last = db.execute(sa.select(sa.func.max(Turn.seq))
                              .where(Turn.session_id == row.id)).scalar() or 0
        row._last_seq = last + 1
        return last + 1

    def _user_turn(self, db: Session, row: TranscriptSession, event: Dict[str, Any]) -> None:
        text = event.get("text")
        text = text if isinstance(text, str) else ""
        channel = event.get("input_channel")
        if row.channel is None and isinstance(channel, str):
            row.channel = channel[:32]
        intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
        language = row.language or _message_language(text)
        try:
            redacted = self.redactor(text, language) if text else ""
        except Exception as e:  # fail closed: no text rather than unredacted text
            logger.error("redaction failed (%s): a user turn is stored without its text",
                         type(e).__name__)
            redacted = WITHHELD
        db.add(Turn(session_id=row.id, seq=self._next_seq(db, row), speaker="user",
                    text=redacted, intent=intent[:100] if isinstance(intent, str) else None,
                    at=_when(event)))

    def _bot_turn(self, db: Session, row: TranscriptSession, event: Dict[str, Any]) -> None:
        text = event.get("text")
        if not isinstance(text, str) or not text:
            return
        db.add(Turn(session_id=row.id, seq=self._next_seq(db, row), speaker="bot", text=text,
                    intent=None, at=_when(event)))

    def _slot(self, row: TranscriptSession, event: Dict[str, Any]) -> None:
        name, value = event.get("name"), event.get("value")
        if name == "screening_instrument":
            if isinstance(value, str) and value:
                instrument, _, version = value.partition("@")
                row.instrument_id, row.instrument_version = instrument[:64], version[:32] or None
            return
        column = SLOT_COLUMNS.get(name)
        if column is None:
            return
        if column in LIST_COLUMNS:
            setattr(row, column, _clean_list(value))
        elif name in STICKY_FLAGS:
            setattr(row, column, bool(getattr(row, column)) or value is True)
        elif column == "result":
            row.result = value if value in ("positive", "negative", "indeterminate") else None
        elif column == "language":
            if value in ("en", "es"):
                row.language = value
