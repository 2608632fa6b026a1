"""ActionSetLanguage with trackers built the way rasa-sdk hands them to an action."""
import asyncio
from typing import Any, Dict, List, Optional

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.language import ActionSetLanguage, normalise_language


def tracker_with(entities: List[Dict[str, Any]], language: Optional[str] = None,
                 text: str = "") -> Tracker:
    latest = {
        "text": text,
        "intent": {"name": "change_language", "confidence": 0.99},
        "entities": entities,
    }
    return Tracker(
        sender_id="test",
        slots={"language": language},
        latest_message=latest,
        events=[],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


def run_action(tracker: Tracker) -> List[Dict[str, Any]]:
    return asyncio.run(ActionSetLanguage().run(CollectingDispatcher(), tracker, {}))


@pytest.mark.parametrize(
    "entity_value, expected",
    [("en", "en"), ("es", "es"), ("english", "en"), ("Español", "es"), ("espanol", "es"),
     ("inglés", "en"), ("castellano", "es")],
)
def test_named_language_sets_the_slot(entity_value, expected):
    tracker = tracker_with([{"entity": "language", "value": entity_value}])
    assert run_action(tracker) == [SlotSet("language", expected)]


def test_named_language_wins_over_the_current_one():
    tracker = tracker_with([{"entity": "language", "value": "es"}], language="es")
    assert run_action(tracker) == [SlotSet("language", "es")]


@pytest.mark.parametrize("current, expected", [("en", "es"), ("es", "en"), (None, "en")])
def test_bare_change_request_switches_to_the_other_language(current, expected):
    tracker = tracker_with([], language=current, text="change language")
    assert run_action(tracker) == [SlotSet("language", expected)]


def test_unknown_entity_value_is_ignored():
    tracker = tracker_with([{"entity": "language", "value": "klingon"}], language="es")
    assert run_action(tracker) == [SlotSet("language", "en")]


@pytest.mark.parametrize("value", [None, 3, "", "  ", "french"])
def test_normalise_language_rejects_what_is_neither(value):
    assert normalise_language(value) is None
