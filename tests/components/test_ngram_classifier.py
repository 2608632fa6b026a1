"""NgramIntentClassifier: trains on the examples, survives a store-and-load through Rasa's model
storage (plain arrays, no pickles), and blends its probabilities with DIET's ranking."""
from pathlib import Path

import numpy as np
import pytest
import yaml
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.components.ngram_classifier import ARRAYS, NgramIntentClassifier

EXAMPLES = {
    "affirm": ["yes", "yeah", "si", "claro que si", "yes it did", "sí me pasó"],
    "deny": ["no", "nope", "no nunca", "never", "no me pasó", "claro que no"],
    "dont_know": ["no se", "no sé", "not sure", "maybe", "tal vez", "idk"],
}


def training_data() -> TrainingData:
    return TrainingData([Message(data={"text": text, "intent": intent})
                         for intent, texts in EXAMPLES.items() for text in texts])


@pytest.fixture
def storage(tmp_path: Path) -> LocalModelStorage:
    (tmp_path / "storage").mkdir()
    return LocalModelStorage(tmp_path / "storage")


def context() -> ExecutionContext:
    return ExecutionContext(GraphSchema({}), "test")


def trained(storage) -> NgramIntentClassifier:
    resource = Resource("ngram")
    component = NgramIntentClassifier.create(
        NgramIntentClassifier.get_default_config(), storage, resource, context())
    component.train(training_data())
    return NgramIntentClassifier.load(
        NgramIntentClassifier.get_default_config(), storage, resource, context())


def diet_said(text: str, ranking: dict) -> Message:
    ranked = [{"name": n, "confidence": c} for n, c in sorted(ranking.items(), key=lambda kv: -kv[1])]
    return Message(data={"text": text, "intent": dict(ranked[0]), "intent_ranking": ranked})


def test_stored_model_has_no_pickles_and_predicts_after_loading(storage):
    component = trained(storage)
    with storage.read_from(Resource("ngram")) as directory:
        with np.load(directory / ARRAYS, allow_pickle=False) as arrays:
            assert arrays["coef"].shape[0] == 3
    assert sorted(component.intents) == ["affirm", "deny", "dont_know"]
    probabilities = component.probabilities(["no se", "yes"])
    assert probabilities.shape == (2, 3)
    assert np.allclose(probabilities.sum(axis=1), 1.0)
    best = [component.intents[i] for i in probabilities.argmax(axis=1)]
    assert best == ["dont_know", "affirm"]


def test_blend_overrules_a_confidently_wrong_diet(storage):
    component = trained(storage)
    # DIET reads "no sé" as deny; the n-gram model knows it is dont_know: the blend decides.
    message = diet_said("no sé", {"deny": 0.6, "dont_know": 0.3, "affirm": 0.1})
    [out] = component.process([message])
    assert out.get("intent")["name"] == "dont_know"
    ranking = out.get("intent_ranking")
    assert [r["name"] for r in ranking][0] == "dont_know"
    assert sum(r["confidence"] for r in ranking) == pytest.approx(1.0)
    assert ranking == sorted(ranking, key=lambda r: -r["confidence"])
    assert out.get("intent")["confidence"] == pytest.approx(ranking[0]["confidence"])


def test_the_weight_sets_each_classifiers_share(storage):
    component = trained(storage)
    ours = dict(zip(component.intents, component.probabilities(["maybe"])[0]))
    diet = {"affirm": 0.7, "deny": 0.2, "dont_know": 0.1}
    [out] = component.process([diet_said("maybe", diet)])
    got = {r["name"]: r["confidence"] for r in out.get("intent_ranking")}
    for intent in EXAMPLES:
        assert got[intent] == pytest.approx(0.5 * ours[intent] + 0.5 * diet[intent])


@pytest.mark.parametrize("crisis", ["immediate_danger", "self_harm"])
def test_a_crisis_either_classifier_sees_is_not_averaged_away(storage, crisis):
    component = trained(storage)
    # The n-gram model knows no crisis intent here (it gives it 0); DIET gives it 0.45.
    diet = {crisis: 0.45, "deny": 0.35, "dont_know": 0.2}
    [out] = component.process([diet_said("i want it to stop", diet)])
    assert out.get("intent")["name"] == crisis
    ranking = out.get("intent_ranking")
    assert sum(r["confidence"] for r in ranking) == pytest.approx(1.0)


def test_quick_exit_is_averaged_like_any_other_intent(storage):
    component = trained(storage)
    # A wrong exit erases the conversation: one classifier's 0.45 is not enough.
    diet = {"quick_exit": 0.45, "deny": 0.35, "dont_know": 0.2}
    [out] = component.process([diet_said("no nunca", diet)])
    assert out.get("intent")["name"] == "deny"


def test_messages_without_a_classification_or_text_are_left_alone(storage):
    component = trained(storage)
    bare = Message(data={"text": "yes"})
    empty = Message(data={"text": "", "intent": {"name": "affirm", "confidence": 1.0}})
    component.process([bare, empty])
    assert bare.get("intent") is None
    assert empty.get("intent") == {"name": "affirm", "confidence": 1.0}


def test_untrained_component_does_nothing(storage):
    component = NgramIntentClassifier.load(
        NgramIntentClassifier.get_default_config(), storage, Resource("never"), context())
    message = diet_said("yes", {"affirm": 0.9, "deny": 0.1})
    component.process([message])
    assert message.get("intent") == {"name": "affirm", "confidence": 0.9}


def test_pipeline_reports_every_diet_intent_to_the_blend():
    # The blend is only a true average when DIET reports all intents (ranking_length 0), and the
    # classifier must sit after DIET and before the fallback that judges the blended confidence.
    config = yaml.safe_load((Path(__file__).parents[2] / "config.yml").read_text())
    names = [c["name"] for c in config["pipeline"]]
    diet = names.index("DIETClassifier")
    ngram = names.index("bot.components.ngram_classifier.NgramIntentClassifier")
    assert config["pipeline"][diet]["ranking_length"] == 0
    assert diet < ngram < names.index("FallbackClassifier")
    assert names[-1] == "bot.components.safety_override.SafetyOverride"
