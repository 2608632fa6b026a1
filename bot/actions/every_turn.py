"""The action Rasa runs after every user message.

Rasa's action_extract_slots calls `action_validate_slot_mappings`, when the domain has it, at the
end of every extraction, and passes on the messages it sends (a custom slot mapping's own action
would run as often, but Rasa drops its messages). Two concerns use it: the sticky language slot
and the crisis flags, which, once raised, stay raised for the conversation.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.base import BaseAction, intent_of
from bot.actions.language import track_language
from bot.components.lexicons import stated_age

logger = logging.getLogger(__name__)

ADULT_AGE = 18
FLAG_FOR_INTENT = {"immediate_danger": "danger_flag", "self_harm": "self_harm_flag"}


def crisis_flags(tracker: Tracker) -> List[EventType]:
    """Raises the flags the latest message calls for; never lowers one."""
    raised = []
    flag = FLAG_FOR_INTENT.get(intent_of(tracker) or "")
    if flag:
        raised.append(flag)
    # Only an age said as an age ("tengo 15 años", "i'm 16") raises the minor flag: the
    # classifier's age entity alone would read "tengo 3 hijos" as a child.
    age = stated_age(tracker.latest_message.get("text") or "")
    if intent_of(tracker) == "state_age" and age is not None and age < ADULT_AGE:
        raised.append("minor_flag")
    return [SlotSet(name, True) for name in raised if tracker.get_slot(name) is not True]


class ActionEveryTurn(BaseAction):
    def name(self) -> Text:
        return "action_validate_slot_mappings"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        return track_language(dispatcher, tracker, domain) + crisis_flags(tracker)
