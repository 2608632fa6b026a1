"""Universal education, resources and the closing recap."""
from __future__ import annotations

import logging
import re
from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.base import BaseAction, intent_of, is_sms, language_of, resource_directory

logger = logging.getLogger(__name__)

NEED_FOR_INTENT = {
    "need_housing": "housing", "need_substance_use_help": "substance_use",
    "need_legal_help": "legal", "need_work_help": "work", "need_peer_support": "peer_support",
}
FLAGS = {"danger_flag": "danger", "self_harm_flag": "self_harm", "minor_flag": "minor"}

EDUCATION = ("utter_edu_what", "utter_edu_signs", "utter_edu_rights", "utter_edu_hotline")
# A question about one topic gets that topic; anything else gets the next one in order.
TOPIC_WORDS = [
    ("utter_edu_rights", re.compile(r"\b(rights?|derechos?|ley|legal)\b")),
    ("utter_edu_signs", re.compile(r"\b(signs?|señal|senal|señales|senales|know if|saber si)\b")),
    ("utter_edu_hotline", re.compile(r"\b(hotline|l[ií]nea|number|n[uú]mero|call|llamar)\b")),
    ("utter_edu_what", re.compile(r"\b(what is|what's|que es|qué es|trafficking|trata)\b")),
]

RECAP = {"en": "Here is what we talked about:", "es": "Esto es lo que vimos:"}
HERE = {"en": "Here is where to get help:", "es": "Aquí tienes dónde pedir ayuda:"}


class ActionUniversalEducation(BaseAction):
    """Steps through the education topics, or answers the topic asked about."""

    def name(self) -> Text:
        return "action_universal_education"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        text = (tracker.latest_message.get("text") or "").lower()
        step = int(tracker.get_slot("edu_step") or 0) % len(EDUCATION)
        asked = None
        if intent_of(tracker) == "ask_trafficking_info" and not text.startswith("/"):
            asked = next((topic for topic, words in TOPIC_WORDS if words.search(text)), None)
        topic = asked or EDUCATION[step]
        dispatcher.utter_message(response=topic)
        return [SlotSet("edu_step", float((EDUCATION.index(topic) + 1) % len(EDUCATION)))]


def offered(tracker: Tracker) -> List[str]:
    value = tracker.get_slot("resources_offered")
    return list(value) if isinstance(value, list) else []


class ActionGiveResources(BaseAction):
    """Resources chosen by needs, result, crisis flags and language; records what was offered."""

    def name(self) -> Text:
        return "action_give_resources"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        language = language_of(tracker)
        needs = list(tracker.get_slot("needs") or [])
        need = NEED_FOR_INTENT.get(intent_of(tracker) or "")
        if need and need not in needs:
            needs.append(need)
        flags = [flag for slot, flag in FLAGS.items() if tracker.get_slot(slot)]
        chosen = resource_directory().choose(needs=[need] if need else needs,
                                             result=tracker.get_slot("screening_result"),
                                             flags=flags)
        dispatcher.utter_message(text=HERE[language])
        for resource in chosen:
            dispatcher.utter_message(text=resource.render(language, short=is_sms(tracker)))
        given = offered(tracker) + [r.id for r in chosen if r.id not in offered(tracker)]
        return [SlotSet("needs", needs), SlotSet("resources_offered", given)]


class ActionClosing(BaseAction):
    """A short recap of the resources given, a safety reminder, how to come back."""

    def name(self) -> Text:
        return "action_closing"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        language = language_of(tracker)
        directory = resource_directory()
        ids = offered(tracker) or ["hotline"]
        lines = [RECAP[language]]
        for resource_id in ids:
            resource = directory.by_id(resource_id)
            lines.append(f"- {resource.render(language, short=True)}")
        # SMS: a paragraph per line, so that each resource is one short part.
        dispatcher.utter_message(text=("\n\n" if is_sms(tracker) else "\n").join(lines))
        dispatcher.utter_message(response="utter_closing_safety")
        return []
