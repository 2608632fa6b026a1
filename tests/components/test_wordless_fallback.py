"""WordlessFallback rewrites the intent of messages with no letters or digits."""
import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.components.wordless_fallback import WordlessFallback, has_words


def classified(text: str) -> Message:
    ranking = [{"name": "greet", "confidence": 0.93}, {"name": "thanks", "confidence": 0.05}]
    return Message(data={"text": text, "intent": dict(ranking[0]), "intent_ranking": list(ranking)})


@pytest.mark.parametrize("text", ["🙏🙂", "???", "...", "!!", "❤️ 👍", "  "])
def test_messages_without_words_become_fallback_and_keep_the_ranking(text):
    [message] = WordlessFallback({}).process([classified(text)])
    assert message.get("intent") == {"name": "nlu_fallback", "confidence": 1.0}
    assert [i["name"] for i in message.get("intent_ranking")] == ["nlu_fallback", "greet", "thanks"]


@pytest.mark.parametrize("text", ["hi", "hola 🙂", "911", "ñ", "é?", "да"])
def test_messages_with_words_are_left_alone(text):
    [message] = WordlessFallback({}).process([classified(text)])
    assert message.get("intent")["name"] == "greet"
    assert len(message.get("intent_ranking")) == 2


def test_unclassified_message_is_left_alone():
    [message] = WordlessFallback({}).process([Message(data={"text": "🙂"})])
    assert message.get("intent") is None


def test_has_words():
    assert has_words("a") and has_words("7") and not has_words("🙂 !")
