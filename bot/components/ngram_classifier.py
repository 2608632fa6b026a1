"""A second intent classifier, blended with DIET: logistic regression on word 1-2-gram and
character 2-4-gram counts.

Why two: on this data (a few thousand short, typo-laden messages per language, no pretrained
embeddings possible offline) DIET fits its training set almost perfectly and is over-confident on
what it has not seen ("no sé" -> deny at 0.99), while a linear model on the same kind of n-grams
errs on different messages. Averaging the two probability rankings beats either alone in
cross-validation (bench/RESULTS.md, section nlu); for the crisis intents the higher of the two
counts, so that the blend never hides a crisis one of them saw. DIET still extracts the entities.

Listed right after DIETClassifier (which must report every intent: `ranking_length: 0`) and before
FallbackClassifier, which then judges the blended confidence. The model is stored as plain arrays
and vocabularies (JSON and .npz without pickles), so loading a model runs no stored code.
"""
from __future__ import annotations

import json
import logging
from typing import Any, Dict, List, Optional, Text, Tuple

import numpy as np
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
from rasa.shared.nlu.training_data.training_data import TrainingData

logger = logging.getLogger(__name__)

ARRAYS = "ngram_classifier.npz"
VOCABULARIES = "ngram_classifier.json"
RANKING_LENGTH = 10  # what Rasa's classifiers report by default


def _vectorizers(word_vocabulary: Optional[Dict[str, int]] = None,
                 char_vocabulary: Optional[Dict[str, int]] = None):
    from sklearn.feature_extraction.text import CountVectorizer

    words = CountVectorizer(lowercase=True, ngram_range=(1, 2), token_pattern=r"\S+",
                            vocabulary=word_vocabulary, dtype=np.float64)
    chars = CountVectorizer(lowercase=True, analyzer="char_wb", ngram_range=(2, 4),
                            vocabulary=char_vocabulary, dtype=np.float64)
    return words, chars


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True
)
class NgramIntentClassifier(GraphComponent, IntentClassifier):
    """Logistic regression on n-gram counts; its probabilities are averaged with DIET's."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            # Inverse regularisation strength of the logistic regression.
            "C": 10.0,
            "max_iter": 3000,
            # Share of this classifier in the blend; DIET's share is the rest.
            "weight": 0.5,
            # Crisis intents take the higher of the two classifiers' confidences instead of the
            # average: either one noticing is enough (a crisis reply given in error costs less
            # than one missed). Not quick_exit: a wrong exit erases the conversation.
            "either_suffices": ["immediate_danger", "self_harm"],
        }

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 model: Optional[Tuple[Any, Any, np.ndarray, np.ndarray, List[str]]] = None
                 ) -> None:
        self.component_config = config
        self._model_storage = model_storage
        self._resource = resource
        self._model = model

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "NgramIntentClassifier":
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        from scipy.sparse import hstack
        from sklearn.linear_model import LogisticRegression

        examples = [m for m in training_data.intent_examples if m.get(TEXT)]
        texts = [m.get(TEXT) for m in examples]
        labels = [m.get(INTENT) for m in examples]
        if len(set(labels)) < 2:
            logger.warning("NgramIntentClassifier needs at least two intents; it will not run.")
            return self._resource
        words, chars = _vectorizers()
        features = hstack([words.fit_transform(texts), chars.fit_transform(texts)]).tocsr()
        regression = LogisticRegression(C=self.component_config["C"],
                                        max_iter=self.component_config["max_iter"])
        regression.fit(features, labels)
        self._model = (words, chars, regression.coef_, regression.intercept_,
                       [str(c) for c in regression.classes_])
        self._persist()
        return self._resource

    def _persist(self) -> None:
        words, chars, coef, intercept, classes = self._model
        with self._model_storage.write_to(self._resource) as directory:
            np.savez(directory / ARRAYS, coef=coef, intercept=intercept)
            vocabularies = {"classes": classes,
                            "words": {k: int(v) for k, v in words.vocabulary_.items()},
                            "chars": {k: int(v) for k, v in chars.vocabulary_.items()}}
            (directory / VOCABULARIES).write_text(json.dumps(vocabularies), encoding="utf-8")

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "NgramIntentClassifier":
        try:
            with model_storage.read_from(resource) as directory:
                vocabularies = json.loads((directory / VOCABULARIES).read_text(encoding="utf-8"))
                with np.load(directory / ARRAYS, allow_pickle=False) as arrays:
                    coef, intercept = arrays["coef"], arrays["intercept"]
        except (ValueError, FileNotFoundError):
            logger.warning("NgramIntentClassifier has no trained model; it will not run.")
            return cls(config, model_storage, resource)
        words, chars = _vectorizers(vocabularies["words"], vocabularies["chars"])
        return cls(config, model_storage, resource,
                   (words, chars, coef, intercept, vocabularies["classes"]))

    def probabilities(self, texts: List[str]) -> np.ndarray:
        """Each text's probability for every intent, in the order of `self.intents`."""
        from scipy.sparse import hstack

        words, chars, coef, intercept, _ = self._model
        features = hstack([words.transform(texts), chars.transform(texts)]).tocsr()
        scores = features @ coef.T + intercept
        if scores.shape[1] == 1:  # two classes: sklearn keeps one column
            scores = np.hstack([-scores, scores])
        scores = scores - scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)

    @property
    def intents(self) -> List[str]:
        return self._model[4] if self._model else []

    def blend(self, diet: Dict[str, float], ours: Dict[str, float]) -> Dict[str, float]:
        """The weighted average of both classifiers' confidences (the higher one for the crisis
        intents), scaled to sum to 1."""
        weight = self.component_config["weight"]
        either = set(self.component_config["either_suffices"])
        blended = {}
        for name in set(diet) | set(ours):
            theirs, mine = diet.get(name, 0.0), ours.get(name, 0.0)
            blended[name] = (max(theirs, mine) if name in either
                             else (1 - weight) * theirs + weight * mine)
        total = sum(blended.values()) or 1.0
        return {name: value / total for name, value in blended.items()}

    def process(self, messages: List[Message]) -> List[Message]:
        if self._model is None:
            return messages
        pending = [m for m in messages if m.get(TEXT) and m.get(INTENT) is not None]
        if not pending:
            return messages
        for message, ours in zip(pending, self.probabilities([m.get(TEXT) for m in pending])):
            diet = {entry.get(INTENT_NAME_KEY): entry[PREDICTED_CONFIDENCE_KEY]
                    for entry in message.get(INTENT_RANKING_KEY) or []}
            blended = self.blend(diet, dict(zip(self.intents, map(float, ours))))
            ranking = sorted(blended.items(), key=lambda kv: -kv[1])[:RANKING_LENGTH]
            message.data[INTENT] = {INTENT_NAME_KEY: ranking[0][0],
                                    PREDICTED_CONFIDENCE_KEY: ranking[0][1]}
            message.data[INTENT_RANKING_KEY] = [
                {INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: confidence}
                for name, confidence in ranking]
        return messages
