"""English/Spanish language identification for short chat messages, and the sticky slot logic.

Public API::

    detect(text, current=None) -> (language, confidence)   # never raises
    analyse(text, current=None) -> Analysis                # detect + word counts and votes
    warm_up() -> None                                      # load resources at start-up
    explicit_request(text) -> "en" | "es" | None           # "en español por favor"
    decide(current, analysis, streak=0, explicit=None) -> Decision   # pure sticky rules
    update(current, text, streak=0, explicit=None) -> Decision       # analyse + decide

Importing this package is cheap; langdetect's profiles and wordfreq's lists are loaded on the
first call (or by :func:`warm_up`) and cached for the life of the process.
"""
from bot.language.detector import Analysis, analyse, detect, warm_up
from bot.language.explicit import explicit_request
from bot.language.sticky import Decision, decide, update

__all__ = [
    "Analysis",
    "Decision",
    "analyse",
    "decide",
    "detect",
    "explicit_request",
    "update",
    "warm_up",
]
