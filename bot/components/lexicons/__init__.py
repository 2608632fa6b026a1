"""Per-language safety lexicons, kept as plain data (one module per language).

Each module maps an intent to the whole-message commands that mean it. Messages are compared after
`normalise()`: lower case, accents removed, punctuation dropped, spaces collapsed.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Dict, FrozenSet

from bot.components.lexicons import en, es

_NON_WORD = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", _NON_WORD.sub(" ", stripped)).strip()


def _compile(*modules) -> Dict[str, FrozenSet[str]]:
    merged: Dict[str, set] = {}
    for module in modules:
        for intent, phrases in module.COMMANDS.items():
            merged.setdefault(intent, set()).update(normalise(p) for p in phrases)
    return {intent: frozenset(phrases) for intent, phrases in merged.items()}


# Both languages at once: people switch languages, and an exit word must work in either.
COMMANDS: Dict[str, FrozenSet[str]] = _compile(en, es)
# Words that may surround a command without changing it ("exit now please").
FILLERS: FrozenSet[str] = frozenset(normalise(w) for w in (*en.FILLERS, *es.FILLERS))
