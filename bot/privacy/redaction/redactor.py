"""``redact(text, language)``: personal information replaced by typed placeholders."""
from __future__ import annotations

from typing import List

from bot.privacy.redaction import entities, patterns, vocab
from bot.privacy.redaction.text import PRIORITY, TIE_BREAK, Span, fold

CHUNK = 4000
"""Long texts are processed in pieces of about this many characters, cut at whitespace."""


def _chunks(text: str):
    start = 0
    while start < len(text):
        end = min(len(text), start + CHUNK)
        if end < len(text):
            cut = max(text.rfind("\n", start, end), text.rfind(" ", start, end))
            if cut > start + CHUNK // 2:
                end = cut
        yield start, text[start:end]
        start = end


def _resolve(text: str, spans: List[Span]) -> List[Span]:
    """Non-overlapping spans: the best of overlapping spans (priority, then length, then
    tie-break) keeps its characters; a lesser span keeps the characters nobody else took, so
    a partial overlap never un-redacts the rest of an address or a name."""
    chosen: List[Span] = []
    order = sorted(spans, key=lambda s: (-PRIORITY[s.label], -(s.end - s.start),
                                         -TIE_BREAK.get(s.label, 0), s.start))
    for span in order:
        pieces = [(span.start, span.end)]
        for c in chosen:
            next_pieces = []
            for a, b in pieces:
                if b <= c.start or c.end <= a:
                    next_pieces.append((a, b))
                    continue
                if a < c.start:
                    next_pieces.append((a, c.start))
                if c.end < b:
                    next_pieces.append((c.end, b))
            pieces = next_pieces
        for a, b in pieces:
            if span.label == "PROTECTED" or any(ch.isalnum() for ch in text[a:b]):
                chosen.append(Span(a, b, span.label))
    chosen.sort()
    return [s for s in chosen if s.label != "PROTECTED"]


def _find(text: str, language: str) -> List[Span]:
    low = fold(text)
    w = vocab.words()
    found: List[Span] = [Span(*m.span(), "PROTECTED") for m in patterns.PLACEHOLDER.finditer(text)]
    found += [Span(*m.span(), "PROTECTED") for m in patterns.PUBLIC_NAME.finditer(low)]
    found += patterns.contacts(text, low, w["common"], w["stop"])
    found += patterns.ids(text, low)
    found += patterns.numbers(text, low)
    found += patterns.dates_and_ages(low)
    found += patterns.addresses(text, low)
    hard = [(s.start, s.end) for s in found if PRIORITY[s.label] >= PRIORITY["DOB"]]
    found += entities.detect(text, low, language, hard)
    return _resolve(text, found)


def find_spans(text: str, language: str) -> List[Span]:
    """The personal information in ``text``: sorted, non-overlapping :class:`Span` s."""
    if not isinstance(text, str):
        raise TypeError(f"redact() takes a str, not {type(text).__name__}")
    if len(text) <= CHUNK:
        return _find(text, language)
    out: List[Span] = []
    for offset, piece in _chunks(text):
        out.extend(Span(s.start + offset, s.end + offset, s.label) for s in _find(piece, language))
    return out


def redact(text: str, language: str) -> str:
    """``text`` with personal information replaced by ``[PERSON]``, ``[PHONE]``, ``[EMAIL]``,
    ``[ADDRESS]``, ``[LOCATION]``, ``[ORG]``, ``[ID]``, ``[DOB]``, ``[AGE]``, ``[URL]`` or
    ``[CARD]``.

    ``language`` is "en" or "es" (anything else is read as English; both languages' cues are
    used either way, since people mix them). Pure and deterministic; public service numbers the
    assistant gives (911, 988, 1-888-373-7888, 233733, ...) and ordinary numbers stay.
    Redacting twice gives the same text as redacting once.

    >>> redact("me llamo Rosa Martínez, mi cel es 55 1234 5678", "es")
    'me llamo [PERSON], mi cel es [PHONE]'
    """
    spans = find_spans(text, language)
    if not spans:
        return text
    parts, pos = [], 0
    for span in spans:
        parts.append(text[pos:span.start])
        parts.append(f"[{span.label}]")
        pos = span.end
    parts.append(text[pos:])
    return "".join(parts)
