"""Sets the conversation's `language` slot from an explicit choice."""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.privacy.logs import remember_tracker

logger = logging.getLogger(__name__)

SUPPORTED = ("en", "es")
DEFAULT_LANGUAGE = "en"

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
    """The language the latest message explicitly asks for, if it names one."""
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


class ActionSetLanguage(Action):
    """Sets slot `language` from the choice in the latest message.

    A named language wins; a bare "change language" switches to the other one.
    """

    def name(self) -> Text:
        return "action_set_language"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: Dict[Text, Any],
    ) -> List[EventType]:
        remember_tracker(tracker.sender_id, tracker.latest_message.get("text"), tracker.slots)
        current = tracker.get_slot("language")
        language = requested_language(tracker) or other_language(current)
        logger.debug("language set (changed=%s)", language != current)
        return [SlotSet("language", language)]
