"""Token detectors on spaCy's blank tokenizer: person names, employers and businesses, places.

Phrase-matcher triggers ("my name is", "me llamo", "my boss", "trabajo en", "vivo en", ...)
open a context in which the next words are taken more freely; see persons.py, employers.py
and places.py.
"""
from __future__ import annotations

import re
from typing import List, Tuple

from bot.privacy.redaction import vocab
from bot.privacy.redaction.employers import orgs
from bot.privacy.redaction.persons import persons
from bot.privacy.redaction.places import places
from bot.privacy.redaction.text import Span
from bot.privacy.redaction.tokens import Tokens


LONG_RUN = re.compile(r"\S{%d,}" % 40)


def _breakable(folded: str) -> str:
    """spaCy's tokenizer is slow on very long runs without spaces (punctuation, emoji, "1-1-1-"):
    put a space every 40 characters inside such runs. Same length, so offsets hold; no name,
    employer or place is a 40-character word (URLs and e-mails are found by the patterns)."""
    if not LONG_RUN.search(folded):
        return folded
    return LONG_RUN.sub(lambda m: _spaced(m.group()), folded)


def _spaced(run: str) -> str:
    chars = list(run)
    for i in range(39, len(chars), 40):
        chars[i] = " "
    return "".join(chars)


def detect(text: str, folded: str, language: str, blocked_chars: List[Tuple[int, int]]) -> List[Span]:
    doc, triggers = vocab.language(language).tokens_and_triggers(_breakable(folded))
    blocked = [False] * len(doc)
    if blocked_chars:
        for i, tok in enumerate(doc):
            a, b = tok.idx, tok.idx + len(tok)
            for s, e in blocked_chars:
                if a < e and s < b:
                    blocked[i] = True
                    break
    t = Tokens(text, doc, vocab.words(), blocked)
    return persons(t, triggers) + orgs(t, triggers) + places(t, triggers)
