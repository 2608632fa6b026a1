"""Crisis flags: raised by the message that calls for them, never lowered."""
import pytest
from rasa_sdk.events import SlotSet

from bot.actions.every_turn import ActionEveryTurn


@pytest.mark.parametrize("intent, flag", [("immediate_danger", "danger_flag"),
                                          ("self_harm", "self_harm_flag")])
def test_crisis_intent_raises_its_flag(make_tracker, run, intent, flag):
    events, _ = run(ActionEveryTurn(), make_tracker(intent, "x"))
    assert SlotSet(flag, True) in events


def test_a_later_im_fine_does_not_lower_a_flag(make_tracker, run):
    events, _ = run(ActionEveryTurn(), make_tracker("deny", "no im fine",
                                                    {"danger_flag": True}))
    assert not [e for e in events if e["name"] == "danger_flag"]


@pytest.mark.parametrize("text, minor", [("im 16", True), ("tengo 17 años", True),
                                         ("I am 18 years old", False), ("tengo 34", False),
                                         ("tengo 3 hijos", False), ("im 12 hours into my shift", False)])
def test_an_age_said_as_an_age_under_18_raises_the_minor_flag(make_tracker, run, text, minor):
    tracker = make_tracker("state_age", text, entities=[{"entity": "age", "value": "3"}])
    events, _ = run(ActionEveryTurn(), tracker)
    assert (SlotSet("minor_flag", True) in events) is minor
