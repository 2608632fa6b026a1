"""Spans, labels and the length-preserving fold every detector matches on."""
from __future__ import annotations

import unicodedata
from typing import NamedTuple

LABELS = ("PERSON", "PHONE", "EMAIL", "ADDRESS", "LOCATION", "ORG", "ID", "DOB", "AGE", "URL",
          "CARD")

# When two found spans overlap, the higher priority wins, then the longer one, then the higher
# tie-break (a business after "I work at" is the employer, not a place; a name in a name
# context is a person, "pregunta por Dolores"; listed places are not taken as names without one).
PRIORITY = {"PROTECTED": 100, "EMAIL": 20, "URL": 19, "CARD": 18, "ID": 17, "PHONE": 16,
            "DOB": 15, "ADDRESS": 12, "AGE": 11, "ORG": 8, "PERSON": 8, "LOCATION": 8}
TIE_BREAK = {"ORG": 3, "PERSON": 2, "LOCATION": 1}


class Span(NamedTuple):
    """Characters ``text[start:end]`` are personal information of kind ``label``."""

    start: int
    end: int
    label: str


class _Fold(dict):
    """str.translate table: lower-case, accents removed, one character for one character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        low = char.lower()
        if len(low) != 1:
            low = char
        base = unicodedata.normalize("NFD", low)[:1] or low
        if unicodedata.combining(base) and not unicodedata.combining(low):
            base = low
        self[code] = base
        return base


_FOLD = _Fold()


def fold(text: str) -> str:
    """``text`` lower-cased and without accents, with the same length (offsets stay valid).

    >>> fold("José PÉREZ Ñandú")
    'jose perez nandu'
    """
    return text.translate(_FOLD)


def strip_marks(word: str) -> str:
    """``word`` without combining marks (decomposed input: "e" + U+0301)."""
    if word.isascii():
        return word
    return "".join(c for c in word if not unicodedata.combining(c))
