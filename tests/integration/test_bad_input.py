"""Bad input through the real server: a clear 4xx or a kind reply, never a 5xx, and the
conversation goes on afterwards."""
import uuid

import pytest


@pytest.fixture
def sender(assistant):
    """A conversation that has already chosen English."""
    sender = f"test-{uuid.uuid4().hex}"
    assistant.say(sender, '/change_language{"language": "en"}')
    return sender


def continues(assistant, sender, response_text):
    """The conversation still answers normally, in the language it had."""
    replies = assistant.say(sender, "thanks")
    assert [r["text"] for r in replies] == [response_text("utter_you_are_welcome", "en")]


def test_empty_message_is_refused_and_conversation_continues(assistant, sender, response_text):
    for empty in ("", "   ", "\n\t"):
        reply = assistant.post({"sender": sender, "message": empty})
        assert reply.status_code == 400
        assert reply.json() == {"error": "'message' is empty"}
    continues(assistant, sender, response_text)


def test_20000_characters_are_refused_with_the_limit(assistant, sender, response_text):
    reply = assistant.post({"sender": sender, "message": "help " * 4000})
    assert reply.status_code == 413
    assert "5000 characters" in reply.json()["error"]
    continues(assistant, sender, response_text)


def test_emoji_only_gets_a_kind_reply(assistant, sender, response_text):
    replies = assistant.say(sender, "🙏🙂")
    assert [r["text"] for r in replies] == [response_text("utter_default", "en")]
    continues(assistant, sender, response_text)


def test_control_characters_are_dropped_before_understanding(assistant, sender, response_text):
    replies = assistant.say(sender, "than\x00ks\x07\x1b")
    assert [r["text"] for r in replies] == [response_text("utter_you_are_welcome", "en")]
    events = assistant.stored_events(sender)
    assert not any("\x00" in (e["data"] or "") for e in events)


@pytest.mark.parametrize("data", [b"{not json", b"[1, 2, 3]", b"\xff\xfe\x00"])
def test_invalid_json_is_refused(assistant, sender, response_text, data):
    reply = assistant.post(data=data, headers={"Content-Type": "application/json"})
    assert reply.status_code == 400
    assert reply.json() == {"error": "the body must be a JSON object"}
    continues(assistant, sender, response_text)


def test_missing_sender_is_refused_and_nothing_is_stored(assistant, response_text):
    count = "SELECT count(*) AS n FROM events"
    before = assistant.sql(count)[0]["n"]
    reply = assistant.post({"message": "hi"})
    assert reply.status_code == 400
    assert reply.json()["error"].startswith("'sender' is required")
    assert assistant.sql(count)[0]["n"] == before
