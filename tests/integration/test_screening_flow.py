"""The whole conversation through the real servers, in English and Spanish: opening, safety
check, education, consent, every question from the instrument file, an interrupt and the resume,
quiet scoring, needs and resources, closing."""
import json
import uuid

import pytest

from bot.content.instrument import load

INSTRUMENT = load()


def texts(replies):
    return [r.get("text", "") for r in replies]


def slots(assistant, sender):
    values = {}
    for event in assistant.stored_events(sender):
        if event["type_name"] == "slot":
            data = json.loads(event["data"])
            values[data["name"]] = data["value"]
    return values


@pytest.mark.parametrize("lang, words", [
    ("en", {"hi": "hi", "yes": "yes", "no": "no", "q": "ask me the questions",
            "housing": "i need a safe place to sleep tonight", "bye": "bye"}),
    ("es", {"hi": "hola", "yes": "si", "no": "no", "q": "quiero contestar las preguntas",
            "housing": "necesito un lugar seguro para dormir hoy", "bye": "adios"}),
])
def test_full_screening_with_an_interrupt(assistant, response_text, lang, words):
    sender = f"test-{uuid.uuid4().hex}"
    assistant.say(sender, words["hi"])
    chosen = assistant.say(sender, f'/change_language{{"language": "{lang}"}}')
    assert texts(chosen) == [response_text("utter_language_set", lang),
                             response_text("utter_ask_safe", lang)]
    assert texts(assistant.say(sender, words["yes"])) == [response_text("utter_edu_what", lang)]
    assert texts(assistant.say(sender, words["q"])) == [
        response_text("utter_screening_consent", lang)]

    first = assistant.say(sender, words["yes"])
    # Rasa's channels send each paragraph of a message as a message of its own.
    assert texts(first) == [*INSTRUMENT.notice[lang].split("\n\n"), INSTRUMENT.items[0].text[lang]]
    assert len(first[-1]["buttons"]) == 4

    # A need in the middle of the screening: resources, then the same question again.
    interrupted = assistant.say(sender, words["housing"])
    assert "1-888-373-7888" in interrupted[1]["text"]
    assert texts(interrupted)[-1] == INSTRUMENT.items[0].text[lang]

    replies = []
    for index in range(len(INSTRUMENT.items)):
        replies = assistant.say(sender, words["no"] if index else words["yes"])
        if index + 1 < len(INSTRUMENT.items):
            assert texts(replies) == [INSTRUMENT.items[index + 1].text[lang]]
    assert texts(replies)[-1] == response_text("utter_ask_needs", lang)
    assert "positive" not in " ".join(texts(replies)).lower()

    values = slots(assistant, sender)
    assert values["screening_result"] == "positive"
    assert values["screening_domains"] == [INSTRUMENT.items[0].domain]
    assert values["screening_instrument"] == INSTRUMENT.label
    assert values["needs"] == ["housing"]
    assert values["resources_offered"][0] == "hotline"

    closing = assistant.say(sender, words["bye"])
    assert "1-888-373-7888" in closing[0]["text"]
    assert closing[1]["text"] == response_text("utter_closing_safety", lang)


def test_danger_mid_screening_stops_it_and_resume_continues_where_it_stopped(assistant,
                                                                             response_text):
    sender = f"test-{uuid.uuid4().hex}"
    assistant.say(sender, '/change_language{"language": "en"}')
    assistant.say(sender, "/start_screening")
    assistant.say(sender, "/affirm")
    assistant.say(sender, "no")  # answers question 1
    danger = assistant.say(sender, "he is going to kill me")
    assert texts(danger) == [response_text("utter_danger", "en"),
                             response_text("utter_offer_continue", "en")]
    assert texts(danger)[0].index("911") < texts(danger)[0].index("1-888-373-7888")
    assistant.say(sender, "/start_screening")
    resumed = assistant.say(sender, "/affirm")
    assert texts(resumed) == [INSTRUMENT.items[1].text["en"]]
    assistant.say(sender, "im fine now")  # a later "I'm fine" does not lower the flag
    assert slots(assistant, sender)["danger_flag"] is True


def test_a_minor_stops_the_adult_screen_for_good(assistant, response_text):
    sender = f"test-{uuid.uuid4().hex}"
    assistant.say(sender, '/change_language{"language": "es"}')
    assistant.say(sender, "/start_screening")
    assistant.say(sender, "/affirm")
    stopped = assistant.say(sender, "tengo 15 años")
    assert texts(stopped) == [response_text("utter_minor", "es")]
    assert texts(assistant.say(sender, "/start_screening")) == [response_text("utter_minor", "es")]


@pytest.mark.parametrize("language, said", [("en", "im seventeen"),
                                            ("es", "tengo diecisiete años")])
def test_an_age_in_words_stops_the_adult_screen(assistant, response_text, language, said):
    sender = f"test-{uuid.uuid4().hex}"
    assistant.say(sender, f'/change_language{{"language": "{language}"}}')
    assistant.say(sender, "/start_screening")
    assistant.say(sender, "/affirm")
    assert texts(assistant.say(sender, said)) == [response_text("utter_minor", language)]
    assert slots(assistant, sender)["minor_flag"] is True


def test_self_harm_gets_988_with_spanish_options(assistant, response_text):
    sender = f"test-{uuid.uuid4().hex}"
    assistant.say(sender, '/change_language{"language": "es"}')
    reply = texts(assistant.say(sender, "ya no quiero vivir"))
    assert reply == [response_text("utter_self_harm", "es")]
    assert "988" in reply[0] and "AYUDA" in reply[0] and "911" in reply[0]


def test_free_text_gets_one_reask_then_counts_as_skipped(assistant, response_text):
    sender = f"test-{uuid.uuid4().hex}"
    assistant.say(sender, '/change_language{"language": "en"}')
    assistant.say(sender, "/start_screening")
    assistant.say(sender, "/affirm")
    reask = assistant.say(sender, "the weather is nice today")
    assert texts(reask) == [response_text("utter_screening_reask", "en"),
                            INSTRUMENT.items[0].text["en"]]
    moved_on = assistant.say(sender, "what a lovely sunset")
    assert texts(moved_on) == [INSTRUMENT.items[1].text["en"]]


@pytest.mark.parametrize("lang, safe, again", [
    ("en", "im alone rn, he's at work", "nobody checks my phone"),
    ("es", "estoy sola, mi esposo esta en el trabajo", "ya se fue, nadie me ve"),
])
def test_a_safe_answer_in_own_words_goes_on_and_erases_nothing(assistant, response_text, lang,
                                                               safe, again):
    # Before safe_to_talk existed, "estoy sola" was read as quick_exit and erased the chat.
    sender = f"test-{uuid.uuid4().hex}"
    assistant.say(sender, "hi" if lang == "en" else "hola")
    assert texts(assistant.say(sender, f'/change_language{{"language": "{lang}"}}'))[-1] == \
        response_text("utter_ask_safe", lang)
    assert texts(assistant.say(sender, safe)) == [response_text("utter_edu_what", lang)]
    assert texts(assistant.say(sender, again)) == [response_text("utter_safe_noted", lang)]
    assert assistant.stored_events(sender), "the conversation was erased"


@pytest.mark.parametrize("lang, leading_yes, disclosure", [
    ("en", "yes he has my passport", "my boss took my passport"),
    ("es", "si, el patron tiene mi pasaporte", "mi patron me quito el pasaporte"),
])
def test_a_leading_yes_answers_and_a_disclosure_is_thanked(assistant, response_text, lang,
                                                           leading_yes, disclosure):
    sender = f"test-{uuid.uuid4().hex}"
    assistant.say(sender, f'/change_language{{"language": "{lang}"}}')
    assistant.say(sender, "/start_screening")
    assistant.say(sender, "/affirm")
    assert texts(assistant.say(sender, leading_yes)) == [INSTRUMENT.items[1].text[lang]]
    assert texts(assistant.say(sender, disclosure)) == [
        response_text("utter_screening_reask_disclosure", lang), INSTRUMENT.items[1].text[lang]]
    answers = slots(assistant, sender)["screening_answers"]
    assert answers == {INSTRUMENT.items[0].id: "yes"}
