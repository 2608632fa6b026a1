"""WordlessFallback rewrites the intent of messages with no letters or digits (to nlu_fallback) and
of keyboard mash (to out_of_scope)."""
import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.components.wordless_fallback import WordlessFallback, has_words, is_keyboard_mash


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


MASH = ["asdf", "qwerty", "poiuy", "hjkl", "mnbv", "zxcv", "ñlkjhg", "kkkkk", "wwww", "hhhhh",
        "bnmbnm", "asdasd", "jkjkjk", "sdfjkl", "jsjsjdjdk", "ASDF!!", "asdf asdf", "qwerty?"]
# Real words and replies, some short, some typed on neighbouring keys, some without vowels.
NOT_MASH = ["were", "ok", "k", "kk", "no", "si", "sí", "yes", "mmmm", "hmmm", "shhh", "pls",
            "thx", "grax", "tqm", "xfa", "nvm", "jaja", "jajaja", "jeje", "hahaha", "lol",
            "lolol", "nene", "hola", "salsa", "falda", "jala", "halla", "tree", "dear", "sad",
            "hasta", "asdf 123", "abc123", "12345", "asdf hola", "stop", "salir", "exit",
            "ayuda", "help", "sos", "911"]


@pytest.mark.parametrize("text", MASH)
def test_keyboard_mash_becomes_out_of_scope_and_keeps_the_ranking(text):
    assert is_keyboard_mash(text)
    [message] = WordlessFallback({}).process([classified(text)])
    assert message.get("intent") == {"name": "out_of_scope", "confidence": 1.0}
    assert [i["name"] for i in message.get("intent_ranking")] == ["out_of_scope", "greet", "thanks"]


@pytest.mark.parametrize("text", NOT_MASH)
def test_words_are_not_keyboard_mash(text):
    assert not is_keyboard_mash(text)
    [message] = WordlessFallback({}).process([classified(text)])
    assert message.get("intent")["name"] == "greet"

