"""Keeps message text, slot values and ids out of every log line, at every level.

Rasa, Sanic and rasa-sdk write what they hold into their debug lines and error tracebacks (often
through f-strings, so the content cannot be told from the template). Instead of chasing each line,
the channels (and actions) `remember()` the sensitive values of each message as it arrives — the raw
and pseudonymous sender ids, the text and its words, slot values — and a LogRecord factory, which
every log call in the process passes through whatever its handlers, replaces each remembered value
in the formatted line (as is, lower-cased and JSON-escaped) with [redacted]. Values are kept in a
bounded most-recent set.

`install_log_scrubbing()` is idempotent; it is called by every channel, the tracker store and the
action package, so every process of ours has it before the first message.
"""
from __future__ import annotations

import json
import logging
import re
import threading
from collections import OrderedDict
from typing import Any, Dict, Iterable, List

REDACTED = "[redacted]"
MAX_REMEMBERED = 4096
MIN_WORD_CHARS = 3   # shorter words are too common to be identifying, and too common to scrub
_WORD = re.compile(r"[^\s,;:!?¿¡()\[\]{}\"'<>]+")

_lock = threading.Lock()
_remembered: "OrderedDict[str, None]" = OrderedDict()
_ordered: List[str] = []  # longest first, rebuilt when the set changes
_installed = False


def _variants(value: str) -> Iterable[str]:
    yield value
    yield value.lower()
    escaped = json.dumps(value)[1:-1]  # JSON renderers escape non-ASCII and quotes
    yield escaped
    yield escaped.lower()
    yield repr(value)[1:-1]


def remember(*values: Any) -> None:
    """Marks values (and each word of them) as never to be logged."""
    global _ordered
    changed = False
    with _lock:
        for value in values:
            if value is None or isinstance(value, bool):
                continue
            text = str(value).strip()
            if len(text) < MIN_WORD_CHARS:
                continue
            pieces = [text, *(w for w in _WORD.findall(text) if len(w) >= MIN_WORD_CHARS)]
            for piece in pieces:
                for variant in _variants(piece):
                    if len(variant) < MIN_WORD_CHARS:
                        continue
                    if variant in _remembered:
                        _remembered.move_to_end(variant)
                    else:
                        _remembered[variant] = None
                        changed = True
        while len(_remembered) > MAX_REMEMBERED:
            _remembered.popitem(last=False)
            changed = True
        if changed:
            _ordered = sorted(_remembered, key=len, reverse=True)


def remember_tracker(sender_id: str, latest_text: Any, slots: Dict[str, Any]) -> None:
    """What an action receives: the conversation id, the latest text and the slot values."""
    remember(sender_id, latest_text, *(v for v in slots.values() if isinstance(v, (str, int, float))))


def scrub(text: str) -> str:
    """The text with every remembered value replaced by [redacted]."""
    for value in _ordered:
        if value in text:
            text = text.replace(value, REDACTED)
    return text


def forget_all() -> None:
    """Clears the remembered values (tests)."""
    global _ordered
    with _lock:
        _remembered.clear()
        _ordered = []


def _scrub_record(record: logging.LogRecord) -> None:
    if not _ordered:
        return
    try:
        message = record.getMessage()
    except Exception:  # a malformed log call: keep only its template
        message = str(record.msg)
    record.msg = scrub(message)
    record.args = None
    if record.exc_info and not record.exc_text:
        record.exc_text = scrub(logging.Formatter().formatException(record.exc_info))
    if record.stack_info:
        record.stack_info = scrub(record.stack_info)


def install_log_scrubbing() -> None:
    """Installs the scrubbing LogRecord factory in this process (once)."""
    global _installed
    with _lock:
        if _installed:
            return
        previous = logging.getLogRecordFactory()

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            _scrub_record(record)
            return record

        logging.setLogRecordFactory(factory)
        _installed = True
