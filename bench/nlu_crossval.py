"""NLU cross-validation per language: `rasa test nlu --cross-validation --folds 5` on each
language's training files alone, with the project's real pipeline (the safety override included).

    python bench/nlu_crossval.py [--folds 5] [--languages en es]

With --languages, only those languages are re-run; the table takes the other language's figures
from its last run (var/bench/crossval-<lang>/intent_report.json) and says so.

Reports intent macro-F1 per language and the recall of quick_exit, immediate_danger and self_harm
(targets: >= 0.95 and >= 0.99), and writes the section `nlu` of bench/RESULTS.md.
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


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--languages", nargs="+", choices=("en", "es"), default=["en", "es"])
    args = parser.parse_args(argv)
    rows, missed, reused = [], [], []
    started = time.monotonic()
    for language in ("en", "es"):
        out = ROOT / "var" / "bench" / f"crossval-{language}"
        if language in args.languages:
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
        f"language, the project's config.yml (DIET plus the safety override), "
        f"{time.monotonic() - started:.0f} s in all. Target: intent macro-F1 >= 0.95 per language; "
        "recall of the safety intents >= 0.99.", "",
        "| language | examples | intent macro-F1 | quick_exit recall | immediate_danger recall "
        "| self_harm recall |",
        "|---|---|---|---|---|---|", *rows, "",
        "Targets: all met." if not missed else "Targets missed: " + "; ".join(missed), "",
        *([f"Figures for {', '.join(reused)} are from that language's previous run "
           f"(var/bench/crossval-<lang>/), not re-measured in this one.", ""] if reused else []),
    ])
    print(text)
    write_section("nlu", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
