"""Keeps the conversation's `language` slot: sticky, changed only on an explicit request or on
strong evidence (bot.language.sticky decides; `track_language` applies the decision). It runs
after every user message, from the per-turn action in every_turn.py.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.base import DEFAULT_LANGUAGE, SUPPORTED, intent_of
from bot.actions.responses import utter_in
from bot.language import Analysis, decide, explicit_request

logger = logging.getLogger(__name__)

CHANGE_LANGUAGE_INTENT = "change_language"
SWITCH_NOTICE = "utter_language_switched"

# Entity values and button payloads normally arrive as "en"/"es" (synonyms map the words);
# these spellings cover an entity the synonym mapper did not normalise.
_ALIASES = {
    "en": "en", "english": "en", "eng": "en", "inglés": "en", "ingles": "en",
    "es": "es", "spanish": "es", "español": "es", "espanol": "es", "castellano": "es",
}


def normalise_language(value: Any) -> Optional[str]:
    """Maps a language entity value to "en" or "es"; None when it names neither."""
    if not isinstance(value, str):
        return None
    return _ALIASES.get(value.strip().lower())


def requested_language(tracker: Tracker) -> Optional[str]:
    """The language the latest message's entities name, if any."""
    for value in tracker.get_latest_entity_values("language"):
        language = normalise_language(value)
        if language:
            return language
    return None


def other_language(language: Optional[str]) -> str:
    """The language a bare "change language" request means: the one not in use."""
    if language == "en":
        return "es"
    if language == "es":
        return "en"
    return DEFAULT_LANGUAGE


def explicit_choice(tracker: Tracker, current: Optional[str]) -> Optional[str]:
    """An explicit request in the latest message: a named language, a typed request, or a bare
    change_language (which means the other language)."""
    text = tracker.latest_message.get("text") or ""
    named = requested_language(tracker) or explicit_request(text)
    if named:
        return named
    return other_language(current) if intent_of(tracker) == CHANGE_LANGUAGE_INTENT else None


def recorded_guess(tracker: Tracker) -> Optional[Analysis]:
    """The LanguageDetector component's analysis of the latest message, if it ran."""
    guess = tracker.latest_message.get("language_guess")
    try:
        return Analysis(**guess) if isinstance(guess, dict) else None
    except TypeError:
        return None


def track_language(dispatcher: CollectingDispatcher, tracker: Tracker,
                   domain: Dict[Text, Any]) -> List[EventType]:
    """Sets `language` and `language_streak` from the latest message; announces a switch that
    detection made (an explicit choice is confirmed by the change_language rule instead)."""
    current = tracker.get_slot("language")
    current = current if current in SUPPORTED else None
    streak = int(tracker.get_slot("language_streak") or 0)
    explicit = explicit_choice(tracker, current)
    analysis = recorded_guess(tracker)
    if explicit is None and analysis is None:  # nothing to go on (no NLU ran)
        return []

    if analysis is None:
        analysis = Analysis(explicit, 1.0, 0, 0, 0, 0)
    decision = decide(current, analysis, streak, explicit)
    events: List[EventType] = []
    if decision.streak != streak:
        events.append(SlotSet("language_streak", float(decision.streak)))
    if decision.language != current:
        events.append(SlotSet("language", decision.language))
    announce = decision.reason == "switch" or (
        decision.reason == "explicit" and decision.switched
        and intent_of(tracker) != CHANGE_LANGUAGE_INTENT)
    if announce and current is not None:
        utter_in(dispatcher, domain, SWITCH_NOTICE, decision.language,
                 tracker.get_latest_input_channel())
    logger.debug("language decision: %s", decision.reason)
    return events
