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


@pytest.mark.parametrize("age, minor", [("16", True), ("17", True), ("18", False), ("34", False)])
def test_stated_age_under_18_raises_the_minor_flag(make_tracker, run, age, minor):
    tracker = make_tracker("state_age", f"im {age}", entities=[{"entity": "age", "value": age}])
    events, _ = run(ActionEveryTurn(), tracker)
    assert (SlotSet("minor_flag", True) in events) is minor
