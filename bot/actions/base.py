"""What every action of ours shares: the conversation's language and latest intent, the content
files, and remembering the tracker's values so that no log line can carry them."""
from __future__ import annotations

import abc
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from bot.content import instrument as instruments
from bot.content import resources as directory
from bot.privacy.logs import remember_tracker
from bot.settings import Settings

SUPPORTED = ("en", "es")
DEFAULT_LANGUAGE = "en"


def language_of(tracker: Tracker) -> str:
    value = tracker.get_slot("language")
    return value if value in SUPPORTED else DEFAULT_LANGUAGE


def intent_of(tracker: Tracker) -> Optional[str]:
    return (tracker.latest_message.get("intent") or {}).get("name")


def is_sms(tracker: Tracker) -> bool:
    return tracker.get_latest_input_channel() == "sms"


def current_instrument() -> instruments.Instrument:
    return instruments.load(Settings.from_env().instrument_path)


def resource_directory() -> directory.Directory:
    return directory.load(Settings.from_env().resources_path)


class BaseAction(Action, abc.ABC):
    """Remembers the tracker's values for log scrubbing, then runs `act`."""

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        remember_tracker(tracker.sender_id, tracker.latest_message.get("text"), tracker.slots)
        return await self.act(dispatcher, tracker, domain)

    @abc.abstractmethod
    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        """The action's own work."""
