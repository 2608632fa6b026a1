"""NLU cross-validation per language: `rasa test nlu --cross-validation --folds 5` on each
language's training files alone, with the project's real pipeline (the rewriters included).

    python bench/nlu_crossval.py [--folds 5] [--languages en es]

With --languages, only those languages are re-run; the table takes the other language's figures
from its last run (var/bench/crossval-<lang>/intent_report.json) and says so.

Reports intent macro-F1 per language and the recall of quick_exit, immediate_danger and self_harm
(targets: >= 0.95 and >= 0.99), and writes the section `nlu` of bench/RESULTS.md. With --rescore
it runs nothing and re-applies the current safety lexicons to the last runs' errors (seconds).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.report import machine_line, write_section  # noqa: E402

SAFETY = ("quick_exit", "immediate_danger", "self_harm")
TARGETS = {"macro_f1": 0.95, "safety_recall": 0.99}


def cross_validate(language: str, folds: int, out: Path) -> Dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "nlu"
        shutil.copytree(ROOT / "bot" / "data" / "nlu" / language, data)
        log = out.parent / f"crossval-{language}.log"
        out.parent.mkdir(parents=True, exist_ok=True)
        with log.open("wb") as sink:
            subprocess.run([sys.executable, "-m", "rasa", "test", "nlu", "--nlu", str(data),
                            "--config", str(ROOT / "config.yml"), "--cross-validation",
                            "--folds", str(folds), "--out", str(out)],
                           cwd=ROOT, check=True, stdout=sink, stderr=subprocess.STDOUT)
    return figures_of(out)


def figures_of(out: Path) -> Dict[str, float]:
    report = json.loads((out / "intent_report.json").read_text())
    figures = {"macro_f1": report["macro avg"]["f1-score"]}
    for intent in SAFETY:
        figures[f"recall_{intent}"] = report.get(intent, {}).get("recall", float("nan"))
    figures["examples"] = report["macro avg"]["support"]
    return figures


def run_time(language: str) -> str:
    report = ROOT / "var" / "bench" / f"crossval-{language}" / "intent_report.json"
    return dt.datetime.fromtimestamp(report.stat().st_mtime).strftime("%Y-%m-%d %H:%M")


def confusion_figures(supports: Dict[str, int], errors: List[tuple]) -> Dict[str, float]:
    """Macro-F1 and safety recall from each intent's support and the (gold, predicted) errors:
    the same figures `rasa test nlu` reports, computed from what it saves."""
    f1s, figures = [], {}
    for intent, support in supports.items():
        fn = sum(1 for g, _ in errors if g == intent)
        fp = sum(1 for _, p in errors if p == intent)
        tp = support - fn
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0)
        if intent in SAFETY:
            figures[f"recall_{intent}"] = tp / support
    figures["macro_f1"] = sum(f1s) / len(f1s)
    figures["examples"] = sum(supports.values())
    return figures


def rescored(out: Path) -> Dict[str, float]:
    """The last run's figures with the current rewriters (safety override, mash rule) re-applied
    to its errors.

    Exact when only the rewriters' rules (bot/components/lexicons, the mash rule) changed since
    that run: they run after the classifiers and read nothing learnt, so a correct prediction
    stays correct (checked: they map no training example to another intent) and only errors can
    change."""
    from bench.nlu_proxy import override

    report = json.loads((out / "intent_report.json").read_text())
    supports = {k: int(v["support"]) for k, v in report.items()
                if isinstance(v, dict) and "support" in v and not k.endswith(" avg")
                and k != "accuracy"}
    errors = json.loads((out / "intent_errors.json").read_text())
    before = [(e["intent"], e["intent_prediction"]["name"]) for e in errors]
    check = confusion_figures(supports, before)
    if abs(check["macro_f1"] - report["macro avg"]["f1-score"]) > 1e-6:
        raise SystemExit(f"{out}: cannot reproduce the saved macro-F1 from its errors")
    after = [(e["intent"], override(e["text"], e["intent_prediction"]["name"])) for e in errors]
    figures = confusion_figures(supports, [(g, p) for g, p in after if g != p])
    figures["changed"] = sum(1 for (_, a), (_, b) in zip(before, after) if a != b)
    return figures


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--languages", nargs="+", choices=("en", "es"), default=["en", "es"])
    parser.add_argument("--rescore", action="store_true",
                        help="no new run: re-apply the current safety lexicons to the last run's "
                             "errors (exact when only the lexicons changed)")
    args = parser.parse_args(argv)
    rows, missed, reused, rescores = [], [], [], []
    started = time.monotonic()
    for language in ("en", "es"):
        out = ROOT / "var" / "bench" / f"crossval-{language}"
        if args.rescore:
            f = rescored(out)
            rescores.append(f"{language}: {f['changed']} of the run's errors changed")
        elif language in args.languages:
            print(f"Cross-validating {language} ({args.folds} folds) ...", flush=True)
            f = cross_validate(language, args.folds, out)
        else:
            f = figures_of(out)
            reused.append(language)
        rows.append(f"| {language} | {int(f['examples'])} | {f['macro_f1']:.3f} | "
                    + " | ".join(f"{f['recall_' + i]:.3f}" for i in SAFETY) + " |")
        if f["macro_f1"] < TARGETS["macro_f1"]:
            missed.append(f"{language} macro-F1 {f['macro_f1']:.3f}")
        missed += [f"{language} {i} recall {f['recall_' + i]:.3f}" for i in SAFETY
                   if not f["recall_" + i] >= TARGETS["safety_recall"]]
    text = "\n".join([
        "## NLU cross-validation (`bench/nlu_crossval.py`)", "",
        f"Measured {dt.date.today().isoformat()} ({machine_line()}), {args.folds} folds per "
        f"language, the project's config.yml (DIET blended with the n-gram classifier, then the "
        "mash rule and the safety override), "
        + ("runs of en and es re-scored (see below). " if args.rescore else
           f"{time.monotonic() - started:.0f} s in all. ")
        + "Target: intent macro-F1 >= 0.95 per language; "
        "recall of the safety intents >= 0.99.", "",
        "| language | examples | intent macro-F1 | quick_exit recall | immediate_danger recall "
        "| self_harm recall |",
        "|---|---|---|---|---|---|", *rows, "",
        "Targets: all met." if not missed else "Targets missed: " + "; ".join(missed), "",
        *([f"Figures for {', '.join(reused)} are from that language's previous run "
           f"(var/bench/crossval-<lang>/), not re-measured in this one.", ""] if reused else []),
        *([f"Rescored ({dt.date.today().isoformat()}, `--rescore`): no new run; the errors of the "
           "runs of " + ", ".join(
               f"{lang} at {run_time(lang)}" for lang in ("en", "es"))
           + " were re-scored with the current rewriters (exact when only their rules "
           "changed): " + "; ".join(rescores) + ".", ""] if rescores else []),
    ])
    print(text)
    write_section("nlu", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
