"""The screening form's actions with the default instrument and with another one, switched by
INSTRUMENT_PATH alone (no code change, no retraining)."""
from pathlib import Path

import pytest
from rasa_sdk.events import SlotSet

from bot.actions.screening import (
    ActionAskScreeningAnswer,
    ActionScoreScreening,
    ValidateScreeningForm,
    leading_answer,
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


@pytest.mark.parametrize("text, intent, answer", [
    ("yes he has my passport", "disclose_concern", "yes"),
    ("Yeah, my boss keeps it", "out_of_scope", "yes"),
    ("sí me quitaron los papeles", "disclose_concern", "yes"),
    ("si, el patron tiene mi pasaporte", "nlu_fallback", "yes"),
    ("si el patron me lo quito", "disclose_concern", "yes"),
    ("no, never happened", "out_of_scope", "no"),
    ("nope not me", "nlu_fallback", "no"),
    ("nunca me ha pasado eso", "out_of_scope", "no"),
    # Not a clear answer: Spanish "if", "no se" / "no idea", a yes or no alone (the classifier's
    # job), a question.
    ("si me pagan bien me quedo", "out_of_scope", None),
    ("no se que decir", "out_of_scope", None),
    ("no idea what you mean", "out_of_scope", None),
    ("no quiero decir eso", "out_of_scope", None),
    ("yes", "out_of_scope", None),
    ("yesterday he yelled", "disclose_concern", None),
    ("", "nlu_fallback", None),
    # Found in review: questions, declining, a name, mixed answers.
    ("yes?", "out_of_scope", None), ("never?", "out_of_scope", None),
    ("no, what do you mean by forced?", "out_of_scope", None),
    ("never mind", "out_of_scope", None), ("nah i dont want to answer that", "out_of_scope", None),
    ("no, prefiero no contestar", "out_of_scope", None), ("no, thanks", "out_of_scope", None),
    ("simon took my passport", "disclose_concern", None), ("simón, me lo quitó", "disclose_concern", "yes"),
    ("yeah no he never did that", "out_of_scope", None), ("sí, no sé", "out_of_scope", None),
])
def test_a_message_opening_with_yes_or_no_answers_with_it(text, intent, answer):
    assert leading_answer(text, intent) == answer


@pytest.mark.parametrize("text, intent, answer", [
    ("yes he has my passport", "disclose_concern", "yes"),
    ("no, never happened", "out_of_scope", "no"),
    ("he has my passport", "disclose_concern", "unclear"),
    ("yes but I need a place to sleep", "need_housing", None),  # the need's rule runs first
])
def test_the_form_reads_a_leading_yes_or_no(make_tracker, text, intent, answer):
    import asyncio
    tracker = make_tracker(intent, slots={"requested_slot": "screening_answer"}, text=text)
    extracted = asyncio.run(ValidateScreeningForm().extract_screening_answer(None, tracker, {}))
    assert extracted == ({} if answer is None else {"screening_answer": answer})


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


def test_reask_after_a_disclosure_thanks_the_person_first(make_tracker, run):
    _, messages = run(ActionAskScreeningAnswer(),
                      make_tracker("disclose_concern",
                                   slots={"screening_index": 3, "screening_reask": True}))
    assert messages[0]["response"] == "utter_screening_reask_disclosure"
    assert messages[1]["text"] == load().items[3].text["en"]


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
