"""The sticky language slot through the real servers: short replies never flip it, an explicit
request switches at once, two confident messages in the other language switch it (announced in
the new language, with the way back), and a first substantive message sets it."""
import json
import uuid


def new_sender() -> str:
    return f"test-{uuid.uuid4().hex}"


def language_values(assistant, sender):
    return [json.loads(e["data"])["value"] for e in assistant.stored_events(sender)
            if e["type_name"] == "slot" and json.loads(e["data"])["name"] == "language"]


def test_short_and_mixed_replies_never_flip_spanish(assistant, response_text):
    sender = new_sender()
    assistant.say(sender, '/change_language{"language": "es"}')
    for text in ("ok", "no", "1", "👍", "yes", "ok gracias but I need help", "thanks"):
        assistant.say(sender, text)
    assert language_values(assistant, sender) == ["es"]
    assert [r["text"] for r in assistant.say(sender, "gracias")] == [
        response_text("utter_you_are_welcome", "es")]


def test_short_replies_never_flip_english(assistant, response_text):
    sender = new_sender()
    assistant.say(sender, '/change_language{"language": "en"}')
    for text in ("si", "no", "ok", "gracias", "hola", "22", "🙏"):
        assistant.say(sender, text)
    assert language_values(assistant, sender) == ["en"]


def test_two_confident_spanish_messages_switch_and_offer_the_way_back(assistant, response_text):
    sender = new_sender()
    assistant.say(sender, '/change_language{"language": "en"}')
    first = assistant.say(sender, "necesito un lugar seguro para dormir esta noche")
    assert all("Veo que escribes" not in r.get("text", "") for r in first)
    second = assistant.say(sender, "mi jefe tiene mi pasaporte y no me quiere pagar")
    assert second[0]["text"] == response_text("utter_language_switched", "es")
    assert second[0]["buttons"] == [
        {"title": "English", "payload": '/change_language{"language": "en"}'}]
    assert language_values(assistant, sender) == ["en", "es"]
    # The offered button switches straight back.
    back = assistant.say(sender, second[0]["buttons"][0]["payload"])
    assert back[0]["text"] == response_text("utter_language_set", "en")


def test_two_confident_english_messages_switch_from_spanish(assistant, response_text):
    sender = new_sender()
    assistant.say(sender, '/change_language{"language": "es"}')
    assistant.say(sender, "I need a safe place to sleep tonight please")
    second = assistant.say(sender, "my boss keeps my passport and will not pay me")
    assert second[0]["text"] == response_text("utter_language_switched", "en")
    assert language_values(assistant, sender) == ["es", "en"]


def test_explicit_typed_request_switches_at_once(assistant, response_text):
    sender = new_sender()
    assistant.say(sender, '/change_language{"language": "en"}')
    replies = assistant.say(sender, "en español por favor")
    assert response_text("utter_language_set", "es") in [r["text"] for r in replies] or \
        replies[0]["text"] == response_text("utter_language_switched", "es")
    assert language_values(assistant, sender) == ["en", "es"]


def test_first_substantive_message_sets_the_language(assistant, response_text):
    sender = new_sender()
    assistant.say(sender, "hola, buenas tardes, me pueden ayudar por favor")
    assert language_values(assistant, sender) == ["es"]
    assert [r["text"] for r in assistant.say(sender, "gracias")] == [
        response_text("utter_you_are_welcome", "es")]
