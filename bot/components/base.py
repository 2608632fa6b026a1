"""What our NLU components share: no training, no configuration, and (for the two that rewrite
a message's intent) the way Rasa's FallbackClassifier does it: the new intent first, at full
confidence, with the classifier's ranking kept behind it."""
from __future__ import annotations

from typing import Any, Dict, List, Text, Type

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
)
from rasa.shared.nlu.training_data.message import Message


class StatelessComponent(GraphComponent):
    """A component with nothing to train, store or configure."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self.component_config = config

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "StatelessComponent":
        return cls(config)


class IntentRewriter(StatelessComponent, IntentClassifier):
    """Listed after the real classifier, whose answer it may rewrite (like FallbackClassifier)."""

    @classmethod
    def required_components(cls) -> List[Type]:
        return [IntentClassifier]


def set_intent(message: Message, intent: str) -> None:
    """Puts `intent` first with full confidence, keeping the classifier's ranking behind it."""
    override = {INTENT_NAME_KEY: intent, PREDICTED_CONFIDENCE_KEY: 1.0}
    message.data[INTENT] = override
    message.data.setdefault(INTENT_RANKING_KEY, [])
    message.data[INTENT_RANKING_KEY].insert(0, dict(override))
