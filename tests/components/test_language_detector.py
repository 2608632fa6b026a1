"""LanguageDetector adds the guess to each message's output properties."""
from rasa.shared.nlu.training_data.message import Message

from bot.components.language_detector import LANGUAGE_GUESS, LanguageDetector


def test_guess_is_recorded_and_part_of_the_output():
    messages = [Message(data={"text": "necesito ayuda por favor"}), Message(data={"text": "🙂"})]
    spanish, emoji = LanguageDetector({}).process(messages)
    guess = spanish.as_dict(only_output_properties=True)[LANGUAGE_GUESS]
    assert guess["language"] == "es" and guess["confidence"] > 0.9 and guess["words"] == 4
    assert emoji.get(LANGUAGE_GUESS)["confidence"] == 0.5
