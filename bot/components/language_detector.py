"""Runs bot.language.analyse on every user message and records the result in the parse data
under `language_guess`, where the language-tracking action reads it (tracker.latest_message).

It classifies nothing and needs no training; its resources load once, when the model loads.
"""
from __future__ import annotations

import dataclasses
import logging
from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.components.base import StatelessComponent
from bot.language import analyse, warm_up

logger = logging.getLogger(__name__)

LANGUAGE_GUESS = "language_guess"


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False
)
class LanguageDetector(StatelessComponent):
    """Adds `language_guess` (language, confidence, words, letters, votes) to each message."""

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "LanguageDetector":
        warm_up()  # load the word tables with the model, not on the first message
        return cls(config)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            guess = analyse(message.get(TEXT) or "")
            message.set(LANGUAGE_GUESS, dataclasses.asdict(guess), add_to_output=True)
        return messages

    def process_training_data(self, training_data: Any) -> Any:
        return training_data
