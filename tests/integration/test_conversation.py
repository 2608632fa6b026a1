"""A first conversation in each language through the real Rasa and action servers, over the
REST channel, checked in the replies and in the SQLite tracker store."""
import json
import uuid


def texts(replies):
    return [r["text"] for r in replies]


def new_sender() -> str:
    return f"test-{uuid.uuid4().hex}"


def test_english_conversation(assistant, response_text):
    sender = new_sender()
    welcome = assistant.say(sender, "hi")
    assert texts(welcome) == [response_text("utter_welcome", None)]
    assert [b["title"] for b in welcome[0]["buttons"]] == ["English", "Español"]

    chosen = assistant.say(sender, welcome[0]["buttons"][0]["payload"])
    assert texts(chosen) == [response_text("utter_language_set", "en"),
                             response_text("utter_ask_safe", "en")]

    assert texts(assistant.say(sender, "thanks")) == [response_text("utter_you_are_welcome", "en")]
    assert texts(assistant.say(sender, "are you a bot")) == [response_text("utter_iamabot", "en")]

    events = assistant.stored_events(sender)
    user_intents = [e["intent_name"] for e in events if e["type_name"] == "user"]
    assert user_intents == ["greet", "change_language", "thanks", "bot_challenge"]
    slots = [json.loads(e["data"]) for e in events if e["type_name"] == "slot"]
    assert {"name": "language", "value": "en"} in [
        {"name": s["name"], "value": s["value"]} for s in slots]
    bot_texts = [json.loads(e["data"])["text"] for e in events if e["type_name"] == "bot"]
    assert response_text("utter_language_set", "en") in bot_texts


def test_spanish_conversation_with_typed_choice(assistant, response_text):
    sender = new_sender()
    assert texts(assistant.say(sender, "hola")) == [response_text("utter_welcome", None)]

    chosen = assistant.say(sender, "español")
    assert texts(chosen) == [response_text("utter_language_set", "es"),
                             response_text("utter_ask_safe", "es")]
    assert chosen[0]["text"] == "De acuerdo, seguimos en español."

    assert texts(assistant.say(sender, "muchas gracias")) == [
        response_text("utter_you_are_welcome", "es")]
    assert texts(assistant.say(sender, "hola")) == [response_text("utter_welcome", "es")]
    closing = texts(assistant.say(sender, "adios"))
    assert closing[0].startswith("Esto es lo que vimos:") and "1-888-373-7888" in closing[0]
    assert closing[1] == response_text("utter_closing_safety", "es")

    events = assistant.stored_events(sender)
    slot_values = [json.loads(e["data"])["value"] for e in events
                   if e["type_name"] == "slot" and json.loads(e["data"])["name"] == "language"]
    assert slot_values == ["es"]


def test_switching_language_mid_conversation(assistant, response_text):
    sender = new_sender()
    assistant.say(sender, "hola")
    assistant.say(sender, '/change_language{"language": "es"}')
    switched = assistant.say(sender, "change language")
    assert texts(switched)[0] == response_text("utter_language_set", "en")
    assert texts(assistant.say(sender, "thank you")) == [
        response_text("utter_you_are_welcome", "en")]


def test_conversations_are_kept_apart(assistant, response_text):
    english, spanish = new_sender(), new_sender()
    assistant.say(english, '/change_language{"language": "en"}')
    assistant.say(spanish, '/change_language{"language": "es"}')
    assert texts(assistant.say(english, "thanks")) == [response_text("utter_you_are_welcome", "en")]
    assert texts(assistant.say(spanish, "gracias")) == [response_text("utter_you_are_welcome", "es")]
