"""The language part of the per-turn action, with trackers built the way rasa-sdk hands them to an action."""
import asyncio
import dataclasses
from typing import Any, Dict, List, Optional

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.every_turn import ActionEveryTurn
from bot.actions.language import normalise_language
from bot.language import analyse
from bot.settings import PROJECT_ROOT

DOMAIN = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))


def tracker_with(text: str, language: Optional[str] = None, streak: float = 0,
                 intent: str = "greet", entities: Optional[List[Dict[str, Any]]] = None,
                 guess: bool = True) -> Tracker:
    latest: Dict[str, Any] = {"text": text, "intent": {"name": intent, "confidence": 0.99},
                              "entities": entities or []}
    if guess:
        latest["language_guess"] = dataclasses.asdict(analyse(text))
    return Tracker(sender_id="test", slots={"language": language, "language_streak": streak},
                   latest_message=latest, events=[], paused=False, followup_action=None,
                   active_loop={}, latest_action_name="action_listen")


def run_action(tracker: Tracker):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionEveryTurn().run(dispatcher, tracker, DOMAIN))
    return events, dispatcher.messages


@pytest.mark.parametrize("value, expected", [("en", "en"), ("es", "es"), ("english", "en"),
                                             ("Español", "es"), ("castellano", "es")])
def test_named_language_sets_the_slot(value, expected):
    tracker = tracker_with("x", intent="change_language",
                           entities=[{"entity": "language", "value": value}])
    events, messages = run_action(tracker)
    assert SlotSet("language", expected) in events
    assert messages == []  # the change_language rule confirms it


@pytest.mark.parametrize("current, expected", [("en", "es"), ("es", "en"), (None, "en")])
def test_bare_change_request_switches_to_the_other_language(current, expected):
    events, _ = run_action(tracker_with("change language", current, intent="change_language"))
    assert SlotSet("language", expected) in events


def test_first_substantive_message_sets_the_language():
    events, messages = run_action(tracker_with("hola necesito ayuda con mi trabajo por favor"))
    assert SlotSet("language", "es") in events
    assert messages == []


@pytest.mark.parametrize("text", ["hola", "ok", "1", "👍", "no"])
def test_short_first_message_leaves_language_unknown(text):
    events, _ = run_action(tracker_with(text))
    assert not [e for e in events if e["name"] == "language"]


@pytest.mark.parametrize("text", ["ok", "no", "si", "yes", "12", "👍", "gracias",
                                  "ok gracias but I need help with my job"])
def test_short_and_mixed_replies_never_flip(text):
    events, messages = run_action(tracker_with(text, language="es", streak=1))
    assert not [e for e in events if e["name"] == "language"]
    assert messages == []


def test_two_confident_messages_in_the_other_language_switch_and_announce_it():
    first, _ = run_action(tracker_with("I need to find a safe place to stay tonight", "es"))
    assert first == [SlotSet("language_streak", 1.0)]
    second, messages = run_action(
        tracker_with("my boss keeps my passport and does not pay me", "es", streak=1))
    assert SlotSet("language", "en") in second and SlotSet("language_streak", 0.0) in second
    assert messages[0]["text"].startswith("It looks like you're writing in English")
    assert messages[0]["buttons"][0]["payload"] == '/change_language{"language": "es"}'


def test_typed_request_inside_another_intent_switches_and_announces_in_the_new_language():
    events, messages = run_action(tracker_with("en español por favor", "en", intent="greet"))
    assert SlotSet("language", "es") in events
    assert messages[0]["text"].startswith("Veo que escribes en español")


def test_without_nlu_guess_or_request_nothing_changes():
    events, _ = run_action(tracker_with("hello there my friend how are you", "es", guess=False))
    assert events == []


@pytest.mark.parametrize("value", [None, 3, "", "  ", "french"])
def test_normalise_language_rejects_what_is_neither(value):
    assert normalise_language(value) is None
