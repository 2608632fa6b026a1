"""bench/nlu_heldout.py and bench/nlu_crossval.py: the held-out sets are usable (every intent the
domain knows, both languages, the safety intents well covered) and the scoring is right."""
import pytest
import yaml

from bench.nlu_heldout import HELDOUT, SAFETY, SETS, examples, score
from bot.settings import PROJECT_ROOT

DOMAIN_INTENTS = set(yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())["intents"])


@pytest.mark.parametrize("name", SETS)
def test_each_set_has_both_languages_known_intents_and_enough_safety_messages(name):
    found = {}
    for language in ("en", "es"):
        pairs = examples(HELDOUT / name / f"{language}.yml")
        intents = [intent for _, intent in pairs]
        assert set(intents) <= DOMAIN_INTENTS
        assert len({text.lower() for text, _ in pairs}) == len(pairs), "duplicate texts"
        for intent in SAFETY:
            assert intents.count(intent) >= 20
        found[language] = set(intents)
    assert found["en"] == found["es"]


def test_score_counts_macro_f1_accuracy_and_safety_recall():
    gold = ["quick_exit", "quick_exit", "self_harm", "immediate_danger", "greet"]
    perfect = score(gold, gold)
    assert perfect["macro_f1"] == 1.0 and perfect["accuracy"] == 1.0
    predicted = ["quick_exit", "goodbye", "self_harm", "immediate_danger", "greet"]
    f = score(gold, predicted)
    assert f["recall_quick_exit"] == 0.5
    assert f["recall_self_harm"] == 1.0
    assert f["accuracy"] == 0.8
    assert f["macro_f1"] == pytest.approx((2 / 3 + 1 + 1 + 1) / 4)


def test_crossval_figures_from_supports_and_errors_match_sklearn():
    from sklearn.metrics import f1_score

    from bench.nlu_crossval import confusion_figures

    gold = ["quick_exit"] * 4 + ["greet"] * 3 + ["self_harm"] * 2 + ["immediate_danger"] * 2
    predicted = ["quick_exit", "quick_exit", "quick_exit", "greet", "greet", "greet",
                 "quick_exit", "self_harm", "self_harm", "immediate_danger", "self_harm"]
    supports = {i: gold.count(i) for i in set(gold)}
    errors = [(g, p) for g, p in zip(gold, predicted) if g != p]
    f = confusion_figures(supports, errors)
    assert f["macro_f1"] == pytest.approx(f1_score(gold, predicted, average="macro"))
    assert f["recall_quick_exit"] == 0.75 and f["recall_immediate_danger"] == 0.5
    assert f["examples"] == len(gold)


@pytest.mark.parametrize("text, predicted, expected", [
    ("exit", "goodbye", "quick_exit"),              # a command
    ("me quiero morir", "need_peer_support", "self_harm"),  # a crisis phrase
    ("estoy sola", "quick_exit", "safe_to_talk"),   # a safe statement
    ("not safe rn", "safe_to_talk", "quick_exit"),  # a safe guess that says the opposite
    ("asdfgh", "greet", "out_of_scope"),            # keyboard mash
    # The override's fallback for a long exit guess is scored as the guess, like rasa test nlu.
    ("i can't leave the house at all", "quick_exit", "quick_exit"),
    ("/affirm", "affirm", "affirm"),
])
def test_the_proxy_and_rescore_apply_the_real_override(text, predicted, expected):
    from bench.nlu_proxy import override
    assert override(text, predicted) == expected
