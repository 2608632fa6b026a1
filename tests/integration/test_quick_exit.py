"""Quick exit and delete through the real servers, on SQLite and on PostgreSQL: one neutral
line, then zero stored rows for that conversation, and every other conversation untouched."""
import json
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest


def new_sender() -> str:
    return f"test-{uuid.uuid4().hex}"


def texts(replies):
    return [r["text"] for r in replies]


def spanish_conversation(assistant, sender):
    assistant.say(sender, "hola")
    assistant.say(sender, "español")
    assert assistant.stored_events(sender), "the conversation should be stored before the exit"


def test_exit_erases_the_conversation_and_leaves_others(any_assistant, response_text):
    leaving, staying = new_sender(), new_sender()
    spanish_conversation(any_assistant, leaving)
    spanish_conversation(any_assistant, staying)
    kept = len(any_assistant.stored_events(staying))

    assert texts(any_assistant.say(leaving, "salir")) == [response_text("utter_quick_exit", "es")]
    assert any_assistant.stored_events(leaving) == []
    assert len(any_assistant.stored_events(staying)) == kept


@pytest.mark.parametrize("word", ["exit", "EXIT!", "salir ya", "get me out", "cerrar"])
def test_exit_as_the_very_first_message(any_assistant, response_text, word):
    sender = new_sender()
    # A first message of several words may already set the language it is written in.
    neutral_lines = {response_text("utter_quick_exit", lang) for lang in (None, "en", "es")}
    [reply] = texts(any_assistant.say(sender, word))
    assert reply in neutral_lines
    assert any_assistant.stored_events(sender) == []


@pytest.mark.parametrize("text", ["i can't leave the house, he locks the door",
                                  "mi jefe tiene mi pasaporte y no me quiere pagar"])
def test_a_disclosure_never_erases_the_conversation(any_assistant, response_text, text):
    sender = new_sender()
    any_assistant.say(sender, "hola")
    replies = texts(any_assistant.say(sender, text))
    assert not set(replies) & {response_text("utter_quick_exit", l) for l in (None, "en", "es")}
    user_turns = [e for e in any_assistant.stored_events(sender) if e["type_name"] == "user"]
    assert len(user_turns) == 2  # still stored: nothing was erased
    assert user_turns[-1]["intent_name"] not in ("quick_exit", "delete_data")


def test_exit_twice_in_a_row(any_assistant, response_text):
    sender = new_sender()
    any_assistant.say(sender, '/change_language{"language": "en"}')
    assert texts(any_assistant.say(sender, "exit")) == [response_text("utter_quick_exit", "en")]
    assert texts(any_assistant.say(sender, "exit")) == [response_text("utter_quick_exit", None)]
    assert any_assistant.stored_events(sender) == []


def test_after_exit_the_conversation_starts_fresh_with_no_slot(any_assistant, response_text):
    sender = new_sender()
    spanish_conversation(any_assistant, sender)
    any_assistant.say(sender, "salir")
    # The language chosen before the exit is gone: the welcome is the bilingual default again.
    assert texts(any_assistant.say(sender, "hola")) == [response_text("utter_welcome", None)]
    events = any_assistant.stored_events(sender)
    assert events[0]["action_name"] == "action_session_start"
    assert not [e for e in events if e["type_name"] == "slot"
                and json.loads(e["data"])["name"] == "language"]


@pytest.mark.parametrize("request_text, language", [("delete my data", "en"),
                                                    ("borrar mis datos", "es"), ("BORRAR", "es")])
def test_delete_on_request_erases_now(any_assistant, response_text, request_text, language):
    sender = new_sender()
    any_assistant.say(sender, f'/change_language{{"language": "{language}"}}')
    replies = any_assistant.say(sender, request_text)
    assert texts(replies) == [response_text("utter_data_deleted", language)]
    assert any_assistant.stored_events(sender) == []


def test_exit_while_other_messages_are_in_flight(any_assistant):
    """Rasa's conversation lock orders the turns; whatever order they ran in, every request gets
    a 200, and what is left is either nothing or whole turns of a fresh conversation."""
    sender = new_sender()
    spanish_conversation(any_assistant, sender)
    messages = ["gracias", "eres un robot", "hola", "salir", "gracias", "hola"]
    with ThreadPoolExecutor(max_workers=len(messages)) as pool:
        replies = list(pool.map(
            lambda text: any_assistant.post({"sender": sender, "message": text}), messages))
    assert [r.status_code for r in replies] == [200] * len(messages)
    assert all(r.json() for r in replies)

    events = any_assistant.stored_events(sender)
    if events:
        assert events[0]["action_name"] == "action_session_start"
        user_turns = [e for e in events if e["type_name"] == "user"]
        listens = [e for e in events if e["action_name"] == "action_listen"]
        assert len(listens) == len(user_turns) + 1  # every stored turn is complete
        assert all(e["intent_name"] != "quick_exit" for e in user_turns)
    assert any_assistant.say(sender, "salir")
    assert any_assistant.stored_events(sender) == []


def test_raw_sender_id_never_reaches_the_tracker_store(any_assistant):
    sender = f"+1555{uuid.uuid4().int % 10**7:07d}"
    any_assistant.say(sender, "hola")
    rows = any_assistant.sql("SELECT sender_id, data FROM events")
    assert rows
    assert not [r for r in rows if sender in r["sender_id"] or sender in (r["data"] or "")]
    assert any_assistant.stored_events(sender)  # filed under the pseudonym


def test_exit_mid_screening_says_nothing_more_and_erases(any_assistant, response_text):
    sender = new_sender()
    any_assistant.say(sender, '/change_language{"language": "es"}')
    any_assistant.say(sender, "/start_screening")
    any_assistant.say(sender, "/affirm")
    any_assistant.say(sender, "no")
    assert texts(any_assistant.say(sender, "salir")) == [response_text("utter_quick_exit", "es")]
    assert any_assistant.stored_events(sender) == []
    # Nothing of the screening survives: the next message is a fresh conversation.
    assert texts(any_assistant.say(sender, "hola")) == [response_text("utter_welcome", None)]


def test_exit_mid_crisis_erases(any_assistant, response_text):
    sender = new_sender()
    any_assistant.say(sender, '/change_language{"language": "en"}')
    any_assistant.say(sender, "he is going to kill me")
    assert texts(any_assistant.say(sender, "exit")) == [response_text("utter_quick_exit", "en")]
    assert any_assistant.stored_events(sender) == []
