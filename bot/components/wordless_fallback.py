"""Marks a message with no letters or digits (only emoji, symbols or punctuation) as
`nlu_fallback`.

Such a message gives the classifier no features to read (the tokenizer keeps no words), and DIET
then answers with a confident guess at random. Listed after the classifier and shaped like Rasa's
FallbackClassifier: it rewrites the intent and keeps the original ranking behind the fallback.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Text, Type

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

logger = logging.getLogger(__name__)


def has_words(text: str) -> bool:
    """True when the text has at least one letter or digit, in any script."""
    return any(ch.isalnum() for ch in text)


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False
)
class WordlessFallback(GraphComponent, IntentClassifier):
    """Sets `nlu_fallback` for messages without letters or digits."""

    @classmethod
    def required_components(cls) -> List[Type]:
        return [IntentClassifier]

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self.component_config = config

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "WordlessFallback":
        return cls(config)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if has_words(text) or message.get(INTENT) is None:
                continue
            fallback = {INTENT_NAME_KEY: DEFAULT_NLU_FALLBACK_INTENT_NAME,
                        PREDICTED_CONFIDENCE_KEY: 1.0}
            message.data[INTENT] = fallback
            message.data.setdefault(INTENT_RANKING_KEY, [])
            message.data[INTENT_RANKING_KEY].insert(0, dict(fallback))
        return messages
