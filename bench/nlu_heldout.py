"""The trained model on held-out messages that no one tuned the training data against.

    python bench/nlu_heldout.py [--model models/current.tar.gz] [--errors a|b]

Cross-validation (bench/nlu_crossval.py) scores data that was improved by looking at its own
cross-validation errors, so it flatters the model. The two sets under bench/data/nlu_heldout/ were
written by people who had read only the intent definitions (bot/data/nlu/README.md), never the
training data or the lexicons, and are never trained on or edited to fit the model:

- a/{en,es}.yml: 12 messages per intent per language, 20 per safety intent. Its misses were looked
  at once (2026-11-21) and the lexicons were widened for the kinds of phrasing it exposed, so it is
  no longer blind; its first figures are kept in RESULTS.md.
- b/{en,es}.yml: written after that, 8 per intent, 30 per safety intent. Its misses were looked at
  once too (same day, after the model had been retrained on the widened data) and the lexicons
  widened again; its first figures are kept as well.
- c/{en,es}.yml: written after that, 40 per safety intent and 6 for each of eight look-alike
  intents. Its misses were looked at once as well; the quick-exit lexicon then got phrase
  patterns (someone arriving, near or watching, in a short message) instead of more phrases.
- d/{en,es}.yml: written after that, 40 per safety intent and 6 for each of ten look-alikes.
  Looked at once: more arrival patterns, the SOS emoji, more danger and self-harm phrasings.
- e/{en,es}.yml: written after that, 40 per safety intent and 6 for each of twelve look-alikes.
  Looked at once: knocking, a truck pulling up, "not safe to type", a phone being checked, being
  dragged or pushed down the stairs, a baby taken, razors kept hidden, "ponerle fin a todo".
- f/{en,es}.yml: written after that, 40 per safety intent and 6 for each of thirteen look-alikes.
  Keep it blind: do not print its misses (--errors f) to tune against it; when it is finally
  inspected, write a new set first.

Each message is parsed by the trained model (the whole pipeline, the safety override included; a
fallback prediction is undone as `rasa test nlu` does). Writes intent macro-F1, accuracy, the
safety intents' recall, and macro-F1 over only the messages whose text is not also a training
example (short answers such as "yes" are in both) to the section `nlu-heldout` of bench/RESULTS.md.
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import logging
import sys
from collections import Counter
from pathlib import Path
from typing import Dict, List, Optional, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.report import machine_line, write_section  # noqa: E402

HELDOUT = ROOT / "bench" / "data" / "nlu_heldout"
SETS = ("a", "b", "c", "d", "e", "f")
# Set a's first measurement, before anyone had seen its misses (model of 2026-11-21 07:59).
FIRST_LOOK = (
    "Set a when it was still blind (first run, 2026-11-21, before the lexicons were widened): "
    "macro-F1 en 0.944 / es 0.936; recall quick_exit 0.850 / 0.850, immediate_danger 1.000 / "
    "0.950, self_harm 0.950 / 0.900. Its misses (someone walking in or standing behind, hiding the "
    "page, a phone being checked, pills saved up or all of one's medication, being put in a van) "
    "were the kinds of phrasing the lexicons then lacked. Set b when it was still blind (model "
    "of 10:17 with sets a's lessons): macro-F1 en 0.942 / es 0.948; recall quick_exit 0.867 / "
    "0.767, immediate_danger 0.933 / 0.900, self_harm 0.933 / 0.967 (misses: someone at the door "
    "or coming up the stairs, 'gotta go', being watched or read, being taken somewhere, a "
    "goodbye note, cutting one's arms, 'que todo se acabe'). Set c when it was still blind (model "
    "of 11:03, lexicons after set b): macro-F1 en 0.959 / es 0.863; recall quick_exit 0.875 / "
    "0.700, immediate_danger 1.000 / 0.875, self_harm 0.850 / 0.850. Set d when it was still "
    "blind (lexicons after set c, with the arrival patterns): macro-F1 en 0.936 / es 0.916; recall "
    "quick_exit 0.825 / 0.875, immediate_danger 0.775 / 0.825, self_harm 0.950 / 0.875. Set e "
    "when it was still blind (lexicons after set d): macro-F1 en 0.961 / es 0.914; recall "
    "quick_exit 0.875 / 0.875, immediate_danger 0.975 / 0.900, self_harm 0.975 / 0.825.")
SAFETY = ("quick_exit", "immediate_danger", "self_harm")


def examples(path: Path) -> List[Tuple[str, str]]:
    from rasa.shared.nlu.training_data.loading import load_data
    return [(m.get("text"), m.get("intent")) for m in load_data(str(path)).intent_examples]


def normal(text: str) -> str:
    return " ".join(text.lower().split())


def training_texts(language: str) -> set:
    texts = set()
    for path in sorted((ROOT / "bot" / "data" / "nlu" / language).glob("*.yml")):
        texts |= {normal(t) for t, _ in examples(path)}
    return texts


async def predict(model: Path, texts: List[str]) -> List[str]:
    """The intent the model gives each text (one model load for all of them)."""
    from rasa.core.agent import Agent
    from rasa.nlu.classifiers import fallback_classifier

    agent = Agent.load(str(model))
    out = []
    for text in texts:
        result = await agent.parse_message(text)
        if fallback_classifier.is_fallback_classifier_prediction(result):
            result = fallback_classifier.undo_fallback_prediction(result)
        out.append(result["intent"]["name"])
    return out


def score(gold: List[str], predicted: List[str]) -> Dict[str, float]:
    from sklearn.metrics import f1_score
    intents = sorted(set(gold))
    figures = {"macro_f1": f1_score(gold, predicted, labels=intents, average="macro",
                                    zero_division=0), "examples": len(gold)}
    for intent in SAFETY:
        hits = [p == intent for g, p in zip(gold, predicted) if g == intent]
        figures[f"recall_{intent}"] = sum(hits) / len(hits) if hits else float("nan")
    figures["accuracy"] = sum(g == p for g, p in zip(gold, predicted)) / len(gold)
    return figures


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "current.tar.gz")
    parser.add_argument("--errors", choices=SETS, help="print every miss of this set")
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)
    rows, notes = [], []
    sets = {(language, name): examples(HELDOUT / name / f"{language}.yml")
            for language in ("en", "es") for name in SETS}
    unique = sorted({t for pairs in sets.values() for t, _ in pairs})
    answers = dict(zip(unique, asyncio.run(predict(args.model, unique))))
    for language in ("en", "es"):
        seen = training_texts(language)
        for name in SETS:
            pairs = sets[(language, name)]
            texts, gold = [t for t, _ in pairs], [i for _, i in pairs]
            predicted = [answers[t] for t in texts]
            f = score(gold, predicted)
            fresh = [k for k, t in enumerate(texts) if normal(t) not in seen]
            unseen = score([gold[k] for k in fresh], [predicted[k] for k in fresh])
            rows.append(f"| {name} | {language} | {f['examples']} | {f['macro_f1']:.3f} | "
                        f"{f['accuracy']:.3f} | "
                        + " | ".join(f"{f['recall_' + i]:.3f}" for i in SAFETY)
                        + f" | {len(texts) - len(fresh)} | {unseen['macro_f1']:.3f} |")
            misses = Counter((g, p) for g, p in zip(gold, predicted) if g != p)
            if misses:
                notes.append(f"Most frequent confusions ({name}, {language}): " + "; ".join(
                    f"{g} -> {p} ({n})" for (g, p), n in misses.most_common(5)) + ".")
            if args.errors == name:
                for t, g, p in zip(texts, gold, predicted):
                    if g != p:
                        print(f"  {name} {language} {g} -> {p}: {t}")
    text = "\n".join([
        "## NLU on held-out messages (`bench/nlu_heldout.py`)", "",
        f"Measured {dt.date.today().isoformat()} ({machine_line()}), model {args.model.name} "
        "trained on all of bot/data/nlu. The two sets in bench/data/nlu_heldout/ were written from "
        "the intent definitions alone, without reading the training data, and are never trained on: "
        "the less flattering companion of the cross-validation above (sets a-e have each been "
        "looked at once, set f is blind; see the script's docstring).", "",
        "| set | language | messages | intent macro-F1 | accuracy | quick_exit recall "
        "| immediate_danger recall | self_harm recall | texts also in training "
        "| macro-F1 without those |",
        "|---|---|---|---|---|---|---|---|---|---|", *rows, "", *notes, "", FIRST_LOOK, "",
    ])
    print(text)
    write_section("nlu-heldout", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
