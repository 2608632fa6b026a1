"""Keeps message text, slot values and ids out of every log line, at every level.

Rasa, Sanic and rasa-sdk write what they hold into their debug lines and error tracebacks (often
through f-strings, so the content cannot be told from the template). Instead of chasing each line,
the channels (and actions) `remember()` the sensitive values of each message as it arrives — the raw
and pseudonymous sender ids, the text and its words, slot values — and a LogRecord factory, which
every log call in the process passes through whatever its handlers, replaces each remembered value
in the formatted line (as is, lower-cased, JSON- and repr-escaped) with [redacted]. Words are kept
in a large most-recent set checked token by token; whole texts and ids in a smaller list checked
by substring.

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
MAX_WORDS = 50_000      # single words, checked token by token: cost follows the line, not the set
MAX_PHRASES = 2_000     # whole texts, ids and escaped forms, checked by substring
MIN_WORD_CHARS = 3      # shorter words are too common to be identifying, and too common to scrub
_WORD = re.compile(r"[^\s,;:!?¿¡()\[\]{}\"'<>=|]+")
_EDGES = ".-_/*#~`"

_lock = threading.Lock()
_words: "OrderedDict[str, None]" = OrderedDict()
_phrases: "OrderedDict[str, None]" = OrderedDict()
_ordered_phrases: List[str] = []  # longest first, rebuilt when the phrases change
_installed = False


def _variants(value: str) -> Iterable[str]:
    """The forms a value takes in log output: as is, lower-cased, JSON- and repr-escaped."""
    for form in (value, value.lower()):
        yield form
        yield json.dumps(form)[1:-1]                       # JSON renderers: \u00ed, \"
        yield form.encode("unicode_escape").decode("ascii")  # repr of bytes-like text: \xed
        yield repr(form)[1:-1]


def _add(store: "OrderedDict[str, None]", value: str, limit: int) -> None:
    if value in store:
        store.move_to_end(value)
    else:
        store[value] = None
    while len(store) > limit:
        store.popitem(last=False)


def remember(*values: Any) -> None:
    """Marks values (and each word of them) as never to be logged."""
    global _ordered_phrases
    texts = [str(v).strip() for v in values if v is not None and not isinstance(v, bool)]
    texts = [t for t in texts if len(t) >= MIN_WORD_CHARS]
    if not texts:
        return
    with _lock:
        for text in texts:  # words first, so that the whole values below are the newest
            for word in _WORD.findall(text):
                word = word.strip(_EDGES)
                if len(word) >= MIN_WORD_CHARS:
                    for variant in _variants(word):
                        _add(_words, variant, MAX_WORDS)
        for text in texts:
            for variant in _variants(text):
                if len(variant) >= MIN_WORD_CHARS:
                    _add(_phrases, variant, MAX_PHRASES)
        _ordered_phrases = sorted(_phrases, key=len, reverse=True)


def remember_tracker(sender_id: str, latest_text: Any, slots: Dict[str, Any]) -> None:
    """What an action receives: the conversation id, the latest text and the slot values."""
    remember(sender_id, latest_text, *(v for v in slots.values() if isinstance(v, (str, int, float))))


def _scrub_word(match: "re.Match[str]") -> str:
    token = match.group()
    core = token.strip(_EDGES)
    if core in _words or core.lower() in _words:
        return token.replace(core, REDACTED)
    return token


def scrub(text: str) -> str:
    """The text with every remembered value replaced by [redacted]."""
    for value in _ordered_phrases:
        if value in text:
            text = text.replace(value, REDACTED)
    return _WORD.sub(_scrub_word, text) if _words else text


def forget_all() -> None:
    """Clears the remembered values (tests)."""
    global _ordered_phrases
    with _lock:
        _words.clear()
        _phrases.clear()
        _ordered_phrases = []


def _scrub_record(record: logging.LogRecord) -> None:
    if not _ordered_phrases and not _words:
        return
    try:
        message = record.getMessage()
    except Exception:  # a malformed log call: keep only its template
        message = str(record.msg)
    record.msg = scrub(message)
    record.args = None
    if record.exc_info and not record.exc_text:
        record.exc_text = scrub(logging.Formatter().formatException(record.exc_info))
    # Formatters that read exc_info themselves would print the traceback unscrubbed.
    record.exc_info = None
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
