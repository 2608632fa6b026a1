"""The screening form's actions with the default instrument and with another one, switched by
INSTRUMENT_PATH alone (no code change, no retraining)."""
from pathlib import Path

import pytest
from rasa_sdk.events import SlotSet

from bot.actions.screening import (
    ActionAskScreeningAnswer,
    ActionScoreScreening,
    ValidateScreeningForm,
)
from bot.content.instrument import load

ALT = Path(__file__).resolve().parents[1] / "content" / "instruments" / "two_or_more.yml"


@pytest.fixture
def alt_instrument(monkeypatch):
    monkeypatch.setenv("INSTRUMENT_PATH", str(ALT))


def validate(value, tracker):
    return ValidateScreeningForm().validate_screening_answer(value, None, tracker, {})


@pytest.mark.parametrize("intent, answer", [("affirm", "yes"), ("deny", "no"),
                                            ("dont_know", "not_sure"), ("skip", "prefer_not"),
                                            ("nlu_fallback", "unclear"), ("thanks", "unclear")])
def test_answers_come_from_intents(make_tracker, intent, answer):
    tracker = make_tracker(intent, slots={"requested_slot": "screening_answer"})
    extracted = ValidateScreeningForm().extract_screening_answer(None, tracker, {})
    import asyncio
    assert asyncio.run(extracted) == {"screening_answer": answer}


@pytest.mark.parametrize("intent", ["immediate_danger", "quick_exit", "need_housing",
                                    "ask_privacy", "state_age"])
def test_interruptions_fill_nothing_so_their_rules_run(make_tracker, intent):
    import asyncio
    tracker = make_tracker(intent, slots={"requested_slot": "screening_answer"})
    assert asyncio.run(ValidateScreeningForm().extract_screening_answer(None, tracker, {})) == {}


def test_an_answer_is_recorded_and_the_next_item_comes(make_tracker):
    result = validate("yes", make_tracker(slots={"screening_index": 0}))
    first = load().items[0].id
    assert result == {"screening_answer": None, "screening_index": 1.0,
                      "screening_answers": {first: "yes"}, "screening_reask": False}


def test_free_text_gets_one_gentle_reask_then_counts_as_skipped(make_tracker):
    assert validate("unclear", make_tracker(slots={"screening_index": 2})) == {
        "screening_answer": None, "screening_reask": True}
    second = validate("unclear", make_tracker(slots={"screening_index": 2,
                                                     "screening_reask": True}))
    assert second["screening_answers"] == {load().items[2].id: "prefer_not"}
    assert second["screening_index"] == 3.0 and second["screening_reask"] is False


def test_last_answer_completes_the_form(make_tracker, alt_instrument):
    result = validate("no", make_tracker(slots={"screening_index": 3,
                                                "screening_answers": {"a": "yes"}}))
    assert result["screening_answer"] == "complete" and result["screening_index"] == 4.0


def test_questions_come_from_the_file_in_the_conversation_language(make_tracker, run,
                                                                    alt_instrument):
    events, messages = run(ActionAskScreeningAnswer(),
                           make_tracker(slots={"language": "es", "screening_index": 1}))
    assert messages[-1]["text"] == "¿Pregunta B?"
    assert [b["title"] for b in messages[-1]["buttons"]] == ["Sí", "No", "No estoy seguro/a",
                                                             "Saltar"]
    assert SlotSet("screening_instrument", "test-four-items@2.3") in events
    _, sms = run(ActionAskScreeningAnswer(),
                 make_tracker(slots={"language": "es", "screening_index": 1}, channel="sms"))
    assert sms[-1]["text"] == "¿B?"


def test_first_question_says_the_instrument_is_not_validated(make_tracker, run):
    _, messages = run(ActionAskScreeningAnswer(), make_tracker(slots={"screening_index": 0}))
    assert messages[0]["text"] == load().notice["en"]
    assert messages[1]["text"] == load().items[0].text["en"]


def test_reask_is_gentle(make_tracker, run):
    _, messages = run(ActionAskScreeningAnswer(),
                      make_tracker(slots={"screening_index": 3, "screening_reask": True}))
    assert messages[0]["response"] == "utter_screening_reask"


@pytest.mark.parametrize("answers, result", [
    ({"a": "yes", "b": "yes", "c": "no", "d": "no"}, "positive"),
    ({"a": "yes", "b": "no", "c": "no", "d": "no"}, "negative"),
    ({"a": "yes", "b": "prefer_not", "c": "no", "d": "no"}, "indeterminate"),
])
def test_scoring_follows_the_files_rule_and_shows_the_user_nothing(make_tracker, run,
                                                                   alt_instrument, answers,
                                                                   result):
    events, messages = run(ActionScoreScreening(),
                           make_tracker(slots={"screening_answers": answers}))
    assert SlotSet("screening_result", result) in events
    assert messages == []
