"""Safety override: listed last in the pipeline, shaped like Rasa's FallbackClassifier.

When a whole message is a safety command from the per-language lexicons (bot/components/lexicons)
— "exit", "salir ya", "delete my data" — its intent is set to that command's intent whatever the
classifier said or how unsure it was. The classifier's ranking is kept behind it.

The other way round, the intents that erase a conversation need more than the classifier's word
for a long message: DIET answers out-of-domain sentences with near-certain confidence ("i can't
leave the house" came out as quick_exit at 1.00), and erasing someone's disclosure is worse than
asking again. A quick_exit or delete_data guess on a message of more than MAX_CLASSIFIED_WORDS
words that is not a lexicon command becomes nlu_fallback (a kind re-ask with the hotline).
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text, Type

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME

from bot.components.lexicons import COMMANDS, FILLERS, normalise

logger = logging.getLogger(__name__)

ERASING_INTENTS = frozenset({"quick_exit", "delete_data"})
MAX_CLASSIFIED_WORDS = 5


def command_intent(text: str) -> Optional[str]:
    """The safety intent a whole message commands, or None."""
    words = normalise(text).split()
    if not words:
        return None
    core = " ".join(w for w in words if w not in FILLERS) or " ".join(words)
    for intent, phrases in COMMANDS.items():
        if core in phrases or " ".join(words) in phrases:
            return intent
    return None


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False
)
class SafetyOverride(GraphComponent, IntentClassifier):
    """Sets the intent of messages that are safety commands."""

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
    ) -> "SafetyOverride":
        return cls(config)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            current = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
            intent = command_intent(text)
            if intent is None and current in ERASING_INTENTS \
                    and len(normalise(text).split()) > MAX_CLASSIFIED_WORDS:
                intent = DEFAULT_NLU_FALLBACK_INTENT_NAME
            if intent is None or intent == current:
                continue
            _set_intent(message, intent)
            logger.debug("safety override set %s", intent)
        return messages


def _set_intent(message: Message, intent: str) -> None:
    """Puts `intent` first with full confidence, keeping the classifier's ranking behind it."""
    override = {INTENT_NAME_KEY: intent, PREDICTED_CONFIDENCE_KEY: 1.0}
    message.data[INTENT] = override
    message.data.setdefault(INTENT_RANKING_KEY, [])
    message.data[INTENT_RANKING_KEY].insert(0, dict(override))
