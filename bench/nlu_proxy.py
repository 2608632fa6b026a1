"""A fast PROXY for bench/nlu_crossval.py, for iterating on the NLU data (seconds, not minutes).

    python bench/nlu_proxy.py [en|es ...] [--errors N] [--pairs N]

It is not the real measurement: it loads each language's bot/data/nlu/<lang>/*.yml with Rasa's own
reader and runs a stratified 5-fold cross-validation with scikit-learn (word 1-2-gram and char_wb
2-4-gram counts -> LogisticRegression): the pipeline's NgramIntentClassifier alone, without the
DIET it is blended with. On top of each prediction it applies the rewriters the way the pipeline
does, reusing them (bot/components/wordless_fallback.py: keyboard mash; the SafetyOverride component
itself: commands, crisis phrases, presence, stated ages, safe statements). A fallback the override
sets is scored as the guess it replaced, because `rasa test nlu` undoes fallback predictions too.

Prints intent macro-F1, per-intent F1, the recall of the safety intents (also without the override,
so one sees how much the lexicons carry), the biggest confusion pairs with example texts, and
duplicate texts (within and across intents). The figures that count come from bench/nlu_crossval.py.
"""
from __future__ import annotations

import argparse
import logging
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import List, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SAFETY = ("quick_exit", "immediate_danger", "self_harm")


def load(language: str):
    from rasa.shared.nlu.training_data.loading import load_data
    texts, labels = [], []
    for path in sorted((ROOT / "bot" / "data" / "nlu" / language).glob("*.yml")):
        data = load_data(str(path))
        for message in data.intent_examples:
            texts.append(message.get("text"))
            labels.append(message.get("intent"))
    return texts, labels


def override(text: str, predicted: str) -> str:
    """The intent after the pipeline's rewriters (mash rule, safety override) saw `predicted`:
    the real SafetyOverride component, so that this and --rescore never drift from it. A fallback
    it sets (a long message guessed as an exit) is scored as the guess it replaced, as `rasa test
    nlu` scores a fallback as the ranking's next intent."""
    from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
    from rasa.shared.nlu.training_data.message import Message

    from bot.components.safety_override import SafetyOverride
    from bot.components.wordless_fallback import MASH_INTENT, is_keyboard_mash
    if text.startswith("/"):
        return predicted
    # The pipeline's order: the mash rule, then the safety override (which wins).
    if is_keyboard_mash(text):
        predicted = MASH_INTENT
    guess = {"name": predicted, "confidence": 1.0}
    [out] = SafetyOverride({}).process([Message(data={"text": text, "intent": dict(guess),
                                                      "intent_ranking": [dict(guess)]})])
    intent = out.get("intent")["name"]
    return predicted if intent == DEFAULT_NLU_FALLBACK_INTENT_NAME else intent


def evaluate(language: str, folds: int, errors: int, pairs: int, seed: int) -> float:
    import numpy as np
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score, recall_score
    from sklearn.model_selection import StratifiedKFold

    texts, labels = load(language)
    y = np.array(labels)
    raw = np.array(["" for _ in texts], dtype=object)
    guarded = np.array(["" for _ in texts], dtype=object)
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=seed).split(texts, y):
        words = CountVectorizer(lowercase=True, ngram_range=(1, 2), token_pattern=r"\S+")
        chars = CountVectorizer(lowercase=True, analyzer="char_wb", ngram_range=(2, 4))
        fit = [texts[i] for i in train]
        x_train = hstack([words.fit_transform(fit), chars.fit_transform(fit)]).tocsr()
        held = [texts[i] for i in test]
        x_test = hstack([words.transform(held), chars.transform(held)]).tocsr()
        model = LogisticRegression(max_iter=2000, C=10).fit(x_train, y[train])
        for i, p in zip(test, model.predict(x_test)):
            raw[i] = p
            guarded[i] = override(texts[i], p)
    intents = sorted(set(labels))
    macro = f1_score(y, guarded, average="macro", labels=intents)
    per = f1_score(y, guarded, average=None, labels=intents)
    counts = Counter(labels)
    print(f"== {language}: {len(texts)} examples, {len(intents)} intents, "
          f"macro-F1 {macro:.3f} (classifier alone {f1_score(y, raw, average='macro'):.3f})")
    for intent, f in sorted(zip(intents, per), key=lambda t: t[1]):
        print(f"   {intent:26s} F1 {f:.3f}  n={counts[intent]}")
    for intent in SAFETY:
        mask = y == intent
        print(f"   recall {intent:18s} {np.mean(guarded[mask] == intent):.3f} "
              f"(classifier alone {np.mean(raw[mask] == intent):.3f})")
    confusions = defaultdict(list)
    for text, gold, pred in zip(texts, labels, guarded):
        if gold != pred:
            confusions[(gold, pred)].append(text)
    print(f"   errors: {sum(len(v) for v in confusions.values())}")
    for (gold, pred), items in sorted(confusions.items(), key=lambda kv: -len(kv[1]))[:pairs]:
        print(f"   {gold} -> {pred} ({len(items)}): " + " | ".join(items[:errors]))
    seen = defaultdict(set)
    for text, label in zip(texts, labels):
        seen[" ".join(text.lower().split())].add(label)
    dups = Counter(" ".join(t.lower().split()) for t in texts)
    clashes = {t: l for t, l in seen.items() if len(l) > 1}
    repeated = [t for t, n in dups.items() if n > 1 and t not in clashes]
    if clashes or repeated:
        print(f"   duplicate texts: {len(repeated)} within an intent, {len(clashes)} across: "
              + "; ".join(f"{t!r} {sorted(l)}" for t, l in list(clashes.items())[:10]))
    return macro


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("languages", nargs="*", default=["en", "es"])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--errors", type=int, default=4, help="example texts per confusion pair")
    parser.add_argument("--pairs", type=int, default=25, help="confusion pairs to print")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)
    for language in args.languages:
        evaluate(language, args.folds, args.errors, args.pairs, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
