"""Per-language safety lexicons, kept as plain data (one module per language).

Each module maps an intent to the whole-message commands that mean it (COMMANDS), to phrases that
mean a crisis anywhere in a message (CRISIS), and lists patterns of a stated age (AGE_PATTERNS).
Messages are compared after `normalise()`: lower case, accents removed, punctuation dropped,
spaces collapsed.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Dict, FrozenSet, List, Pattern, Tuple

from bot.components.lexicons import en, es

_APOSTROPHES = re.compile(r"['’`´]")
_NON_WORD = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    joined = _APOSTROPHES.sub("", stripped)  # "he's" -> "hes", "they're" -> "theyre"
    return _SPACES.sub(" ", _NON_WORD.sub(" ", joined)).strip()


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


def _not_negated(modules) -> str:
    """Look-behinds that refuse a match right after a word of the modules' NEGATIONS."""
    negations = sorted({normalise(n) for m in modules for n in m.NEGATIONS}, key=len, reverse=True)
    return "".join(rf"(?<!\b{re.escape(n)} )" for n in negations)


def _crisis(*modules) -> List[Tuple[str, Pattern[str]]]:
    """(intent, pattern) in priority order: self-harm first, then danger. A phrase counts only
    as whole words, not before the words of NOT_AFTER that make it something else ("en peligro de
    perder el trabajo", "kicking me out", "trapped in debt", "threatening me with immigration",
    "burn myself on the fryer"), and not right after a word of NEGATIONS ("no estoy en peligro",
    "i don't want to die", "my kids are my reason to live")."""
    not_negated = _not_negated(modules)
    followers = sorted({normalise(f) for m in modules for f in m.NOT_AFTER}, key=len, reverse=True)
    not_followed = "|".join(map(re.escape, followers))
    compiled = []
    for intent in ("self_harm", "immediate_danger"):
        phrases = sorted({normalise(p) for m in modules for p in m.CRISIS[intent]}, key=len,
                         reverse=True)
        alternatives = "|".join(map(re.escape, phrases))
        compiled.append((intent, re.compile(
            rf"(?:^|\s){not_negated}(?:{alternatives})(?=\s|$)(?!\s+(?:{not_followed})\b)")))
    return compiled


CRISIS: List[Tuple[str, Pattern[str]]] = _crisis(en, es)

# Someone arriving or watching, or having to leave, said in a short message: quick_exit.
MAX_PRESENCE_WORDS = 8


def _presence(*modules) -> Pattern[str]:
    not_negated = _not_negated(modules) + "".join(
        rf"(?<!\b{re.escape(normalise(n))} )" for m in modules for n in m.PRESENCE_NEGATIONS)
    alternatives = "|".join(f"(?:{p})" for m in modules for p in m.PRESENCE)
    # At most three more words after it: "he came back and took my passport" is a story.
    return re.compile(rf"(?:^|(?<=\s)){not_negated}(?:{alternatives})"
                      rf"(?=(?:\s+\S+){{0,3}}\s*$)(?!.*\b(?:every|always|usually|all the time|"
                      rf"todos los dias|siempre|todas las noches|todo el tiempo|a cada rato|cada dia|"
                      rf"diario|a lot)\b)")


PRESENCE: Pattern[str] = _presence(en, es)
# A word before the presence phrase that makes the message a story ("when he came back ...").
PRESENCE_STORY: Pattern[str] = re.compile(r"\b(?:%s)\b" % "|".join(
    re.escape(normalise(w)) for m in (en, es) for w in m.PRESENCE_NOT_AFTER))


def _any_of(name: str) -> Pattern[str]:
    """One pattern for the modules' lists of regular expressions called `name`."""
    return re.compile("|".join(f"(?:{p})" for m in (en, es) for p in getattr(m, name)))


# "I'm alone", "ya se fue": saying it is safe to talk now (bot/components/safety_override.py).
SAFE: Pattern[str] = _any_of("SAFE")
_SAFE_FILLER_PHRASES = re.compile(r"\b(?:%s)\b" % "|".join(
    [p for m in (en, es) for p in m.SAFE_FILLER_PATTERNS]
    + [re.escape(f) for f in sorted({normalise(f) for m in (en, es) for f in m.SAFE_FILLERS},
                                    key=len, reverse=True)]))


def says_only_safe(normalised: str) -> bool:
    """Whether the message is nothing but SAFE phrases and the fillers around them ("yeah im
    alone rn", "estoy sola, mi esposo esta en el trabajo"), at least one of them a SAFE phrase."""
    rest, found = SAFE.subn(" ", normalised)
    return bool(found) and not _SAFE_FILLER_PHRASES.sub(" ", rest).split()


# The words a safe answer has: a safe_to_talk guess with none of them is not trusted.
SAFE_HINTS: Pattern[str] = _any_of("SAFE_HINTS")
# "Not safe", "not alone", "hay gente": what a message read as safe_to_talk must not say.
NOT_SAFE: Pattern[str] = _any_of("NOT_SAFE")
AGE_PATTERNS: List[Pattern[str]] = [re.compile(p) for m in (en, es) for p in m.AGE_PATTERNS]


def _number_words(*modules) -> "tuple[Pattern[str], Dict[str, int]]":
    """A pattern of the numbers 10-99 written in words ("seventeen", "forty one", "treinta y
    dos", "veintidos") and the value of each word."""
    values: Dict[str, int] = {}
    alternatives = []
    for m in modules:
        values.update(m.NUMBER_UNITS, **m.NUMBER_WORDS, **m.NUMBER_TENS)
        units = "|".join(m.NUMBER_UNITS)
        joiner = rf"(?:{m.NUMBER_JOINER}\s+)?" if m.NUMBER_JOINER else ""
        alternatives.append(rf"(?:{'|'.join(m.NUMBER_TENS)})(?:\s+{joiner}(?:{units}))?")
        alternatives.append("|".join(m.NUMBER_WORDS))
    return re.compile(r"\b(?:%s)\b" % "|".join(alternatives)), values


_NUMBER_WORDS, _NUMBER_VALUES = _number_words(en, es)


def _in_digits(normalised: str) -> str:
    """The message with numbers 10-99 in words written in digits ("im seventeen" -> "im 17")."""
    return _NUMBER_WORDS.sub(
        lambda m: str(sum(_NUMBER_VALUES.get(w, 0) for w in m.group().split())), normalised)


def number_word_span(text: str) -> "tuple[int, int] | None":
    """Where in `text` (original offsets) the first number written in words stands, or None."""
    folded, origin = [], []
    for index, char in enumerate(text.lower()):
        for part in unicodedata.normalize("NFKD", char):
            if not unicodedata.combining(part):
                folded.append(part)
                origin.append(index)
    found = _NUMBER_WORDS.search("".join(folded))
    if found is None:
        return None
    return origin[found.start()], origin[found.end() - 1] + 1


def stated_age(text: str) -> "int | None":
    """The age a message states as an age ("i'm 16", "tengo 15 años", "im seventeen"), or None."""
    normalised = _in_digits(normalise(text))
    for pattern in AGE_PATTERNS:
        found = pattern.search(normalised)
        if found:
            return int(found.group(1))
    return None
