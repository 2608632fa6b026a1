"""The sticky conversation language: when the ``language`` slot may be set or changed.

Called once per user message. State kept between messages (e.g. in two slots):
``language`` ("en"/"es"/None) and ``streak`` (int, consecutive confident messages in the other
language). Rules, in order:

1. **Explicit request** ("español", a button, an SMS option, decided by the caller or by
   :func:`~bot.language.explicit.explicit_request`): take that language at once, streak 0.
2. **Unknown language** (slot None): the first *substantive*, *confident*, not code-switched
   message sets it. Anything else ("hi", "ok", "no", "3", "👍") leaves it None; the reply
   language for that message is then the detector's guess if it is fairly sure
   (``hola`` -> "es"), else "en".
3. **Known language**: only a *streak* of :data:`SWITCH_AFTER` consecutive substantive,
   confident, not code-switched messages in the other language changes it. Every other
   message -- short replies ("no", "ok", "si", numbers, emoji, one or two words), code-switched
   (Spanglish) messages, weak guesses, messages in the current language -- **resets** the
   streak to 0 and never changes the language.

*Substantive*: at least :data:`MIN_WORDS` Latin words and :data:`MIN_LETTERS` letters.
*Code-switched*: words voting for each language, the minority having at least
:data:`MIXED_SHARE` of the votes ("ok gracias but I need help").
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from bot.language.detector import DEFAULT_LANGUAGE, Analysis, analyse
from bot.language.explicit import explicit_request

LANGUAGES = ("en", "es")
SWITCH_AFTER = 2  # consecutive confident other-language messages needed to switch
MIN_WORDS = 3
MIN_LETTERS = 8
CONFIDENT = 0.97  # detector confidence needed to set or move the language
REPLY_GUESS = 0.98  # confidence needed to answer an unclassified message in the guess
MIXED_SHARE = 0.1


@dataclass(frozen=True)
class Decision:
    """Outcome for one message: what to store and which language to reply in."""

    language: Optional[str]  # new value of the ``language`` slot (None: still unknown)
    reply: str  # language to answer this message in
    switched: bool  # the slot value changed on this message
    streak: int  # new value of the streak counter
    reason: str  # explicit | first | unknown | switch | pending | short | mixed | weak | same


def is_substantive(analysis: Analysis) -> bool:
    """Enough words and letters to trust a language guess."""
    return analysis.words >= MIN_WORDS and analysis.letters >= MIN_LETTERS


def is_mixed(analysis: Analysis) -> bool:
    """Code-switched: a real minority of the words clearly belongs to the other language."""
    votes = analysis.en_votes + analysis.es_votes
    return votes > 0 and min(analysis.en_votes, analysis.es_votes) >= MIXED_SHARE * votes


def decide(current: Optional[str], analysis: Analysis, streak: int = 0,
           explicit: Optional[str] = None) -> Decision:
    """Apply the rules in the module docstring to one analysed message (pure)."""
    current = current if current in LANGUAGES else None
    if explicit in LANGUAGES:
        return Decision(explicit, explicit, explicit != current, 0, "explicit")
    trusted = (is_substantive(analysis) and not is_mixed(analysis)
               and analysis.confidence >= CONFIDENT)
    if current is None:
        if trusted:
            return Decision(analysis.language, analysis.language, True, 0, "first")
        guess = analysis.language if analysis.confidence >= REPLY_GUESS else DEFAULT_LANGUAGE
        return Decision(None, guess, False, 0, "unknown")
    if not is_substantive(analysis):
        return Decision(current, current, False, 0, "short")
    if is_mixed(analysis):
        return Decision(current, current, False, 0, "mixed")
    if analysis.language == current:
        return Decision(current, current, False, 0, "same")
    if not trusted:
        return Decision(current, current, False, 0, "weak")
    if max(streak, 0) + 1 >= SWITCH_AFTER:
        return Decision(analysis.language, analysis.language, True, 0, "switch")
    return Decision(current, current, False, max(streak, 0) + 1, "pending")


def update(current: Optional[str], text: str, streak: int = 0,
           explicit: Optional[str] = None) -> Decision:
    """Analyse ``text`` and decide; a typed request ("en español") counts as explicit.

    ``explicit`` (e.g. from an intent or button) wins over a typed request.
    """
    requested = explicit if explicit in LANGUAGES else explicit_request(text)
    return decide(current, analyse(text, current), streak, requested)
