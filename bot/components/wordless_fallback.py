"""Marks a message with no letters or digits (only emoji, symbols or punctuation) as
`nlu_fallback`.

Such a message gives the classifier no features to read (the tokenizer keeps no words), and DIET
then answers with a confident guess at random. Listed after the classifier and shaped like Rasa's
FallbackClassifier: it rewrites the intent and keeps the original ranking behind the fallback.
"""
from __future__ import annotations

import logging
from typing import List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.components.base import IntentRewriter, set_intent

logger = logging.getLogger(__name__)


def has_words(text: str) -> bool:
    """True when the text has at least one letter or digit, in any script."""
    return any(ch.isalnum() for ch in text)


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False
)
class WordlessFallback(IntentRewriter):
    """Sets `nlu_fallback` for messages without letters or digits."""

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if has_words(text) or message.get(INTENT) is None:
                continue
            set_intent(message, DEFAULT_NLU_FALLBACK_INTENT_NAME)
        return messages
