"""Evaluate English/Spanish language identification and the sticky language logic.

    python bench/langid_eval.py [--data DIR] [--out bench/results/langid.md] [--strict]

DIR (default ``$LANGID_DATA`` or ``<repo>/../shared/data/langid``) holds the lingua-py test
files (single words, word pairs, sentences) and ``tatoeba_spa-eng_dev.txt``. Columns:
langdetect's default ``detect()`` (seed 0, all languages; other languages and exceptions are
wrong), ours (:func:`bot.language.detect`), and lingua restricted to English+Spanish when
``lingua-language-detector`` is installed (a benchmark-only dependency). Also reports the
sticky-language simulation (``bench/langid_conversations.py``) and ``detect`` latency.
"""
from __future__ import annotations

import argparse
import datetime
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.langid_conversations import simulate  # noqa: E402
from bench.report import write_section  # noqa: E402
from bot.language import detect, update, warm_up  # noqa: E402
from bot.language.detector import _word_score  # noqa: E402
from bot.language.normalize import strip_accents  # noqa: E402

Detector = Callable[[str], Optional[str]]
Sets = List[Tuple[str, str, List[str]]]  # (set name, expected language, texts)

TATOEBA_SAMPLE = 5000
SEED = 20240601
SIM_MESSAGES = 4000
TARGETS = {"sentences": 99.8, "sticky": 99.3, "short_flips": 0, "p95_ms": 1.0}


def load_sets(data: Path) -> Sets:
    """The lingua files, and a seeded Tatoeba sample grouped by word count."""
    sets: Sets = []
    for name, stem in (("single words", "single-words"), ("word pairs", "word-pairs"),
                       ("sentences", "sentences")):
        for lang in ("en", "es"):
            lines = (data / f"{stem}_{lang}.txt").read_text(encoding="utf-8").splitlines()
            sets.append((name, lang, [line for line in lines if line.strip()]))
    rows = (data / "tatoeba_spa-eng_dev.txt").read_text(encoding="utf-8").splitlines()
    # Even lines only (odd lines were used to choose the detector's few weights), then sample.
    pairs = [row.split("\t")[:2] for row in rows[::2] if row.count("\t") >= 1]
    pairs = random.Random(SEED).sample(pairs, min(TATOEBA_SAMPLE, len(pairs)))
    for group, keep in (("1-5 words", lambda n: n <= 5), ("6+ words", lambda n: n > 5)):
        english = [en for en, _ in pairs if keep(len(en.split()))]
        spanish = [es for _, es in pairs if keep(len(es.split()))]
        sets.append((f"Tatoeba {group}", "en", english))
        sets.append((f"Tatoeba {group}", "es", spanish))
        sets.append((f"Tatoeba {group}", "es (no accents)", [strip_accents(t) for t in spanish]))
    return sets


def detectors() -> Dict[str, Detector]:
    """The detectors to compare; lingua only when it is installed."""
    from langdetect import DetectorFactory
    from langdetect import detect as langdetect_detect

    DetectorFactory.seed = 0

    def langdetect_default(text: str) -> Optional[str]:
        try:
            return langdetect_detect(text)
        except Exception:  # LangDetectException on text without letters
            return None

    found: Dict[str, Detector] = {"langdetect detect()": langdetect_default,
                                  "ours": lambda text: detect(text)[0]}
    try:
        from lingua import Language, LanguageDetectorBuilder
    except ImportError:
        print("NOTE: lingua-language-detector is not installed; skipping its column.")
        return found
    lingua = LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.SPANISH).build()
    codes = {Language.ENGLISH: "en", Language.SPANISH: "es"}
    found["lingua en+es"] = lambda text: codes.get(lingua.detect_language_of(text))
    return found


def accuracy_table(sets: Sets, found: Dict[str, Detector]) -> Tuple[List[str], List[str]]:
    """Markdown rows of accuracy per set/language/detector, and the targets missed."""
    names = list(found)
    lines = ["| set | language | n | " + " | ".join(names) + " |",
             "|---|---|---:|" + "---:|" * len(names)]
    missed = []
    for name, lang, texts in sets:
        expected = lang.split()[0]
        scores = {d: 100.0 * sum(found[d](t) == expected for t in texts) / len(texts)
                  for d in names}
        cells = " | ".join(f"{scores[d]:.1f}" for d in names)
        lines.append(f"| {name} | {lang} | {len(texts)} | {cells} |")
        if "lingua en+es" in scores and scores["ours"] < scores["lingua en+es"]:
            missed.append(f"{name} {lang}: ours {scores['ours']:.1f} < lingua")
        if name == "sentences" and scores["ours"] < TARGETS["sentences"]:
            missed.append(f"sentences {lang}: {scores['ours']:.1f} < {TARGETS['sentences']}")
    return lines, missed


def sticky_table() -> Tuple[List[str], List[str]]:
    """Replay the simulated conversations through :func:`bot.language.update`."""
    conversations = simulate(SEED, SIM_MESSAGES)
    total = correct = short_flips = false_flips = switch_lag = 0
    for messages in conversations:
        language, streak = None, 0
        for message in messages:
            decision = update(language, message.text, streak, message.explicit)
            total += 1
            correct += decision.reply == message.truth
            switch_lag += decision.reason == "pending" and message.kind == "switch"
            wrong_set = decision.language != message.truth or language is not None
            if decision.switched and wrong_set and message.kind not in ("switch", "request"):
                false_flips += 1
                short_flips += message.kind in ("short", "neutral", "spanglish", "greeting")
            language, streak = decision.language, decision.streak
    accuracy = 100.0 * correct / total
    lines = ["| metric | value | target |", "|---|---:|---:|",
             f"| conversations / messages | {len(conversations)} / {total} | |",
             f"| reply language correct | {accuracy:.2f}% | >= {TARGETS['sticky']}% |",
             f"| wrong answers while a real switch is pending (1st message) | {switch_lag} | |",
             f"| flips on short/ambiguous/Spanglish replies | {short_flips} | 0 |",
             f"| flips not caused by a real switch or request | {false_flips} | 0 |"]
    missed = [f"sticky accuracy {accuracy:.2f}%"] if accuracy < TARGETS["sticky"] else []
    missed += [f"{short_flips} flips on short replies"] if short_flips else []
    return lines, missed


def latency_table(sets: Sets) -> Tuple[List[str], List[str]]:
    """Time single ``detect`` calls over chat-sized texts (1-30 words), cold word cache."""
    rng = random.Random(SEED)
    chat = [m.text for c in simulate(SEED + 1, 2000) for m in c]
    tatoeba = [t for name, _, texts in sets if name.startswith("Tatoeba") for t in texts
               if len(t.split()) <= 30]
    texts = chat + rng.sample(tatoeba, min(len(tatoeba), 3000))
    rng.shuffle(texts)
    _word_score.cache_clear()
    timings = []
    for text in texts:
        started = time.perf_counter()
        detect(text)
        timings.append((time.perf_counter() - started) * 1000.0)
    timings.sort()
    p50, p95 = statistics.median(timings), timings[int(0.95 * (len(timings) - 1))]
    long_text = " ".join(tatoeba)[:10_000]
    started = time.perf_counter()
    detect(long_text)
    long_ms = (time.perf_counter() - started) * 1000.0
    lines = ["| calls | p50 ms | p95 ms | max ms | one 10,000-char text ms | target p95 |",
             "|---:|---:|---:|---:|---:|---:|",
             f"| {len(timings)} | {p50:.3f} | {p95:.3f} | {timings[-1]:.2f} | {long_ms:.2f} "
             "| <= 1 ms |"]
    return lines, [f"p95 {p95:.3f} ms"] if p95 > TARGETS["p95_ms"] else []


def main(argv: Optional[List[str]] = None) -> int:
    default_data = os.environ.get("LANGID_DATA") or str(REPO.parent / "shared/data/langid")
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=default_data, help="folder with the langid files")
    parser.add_argument("--out", default=None,
                        help="Markdown report to write (default: the langid section of "
                             "bench/RESULTS.md, via bench/results/langid.md)")
    parser.add_argument("--strict", action="store_true", help="exit 1 if a target is missed")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    warm_up()
    warm_s = time.perf_counter() - started
    sets = load_sets(Path(args.data))
    accuracy, missed = accuracy_table(sets, detectors())
    sticky, missed_sticky = sticky_table()
    latency, missed_latency = latency_table(sets)
    missed += missed_sticky + missed_latency
    report = [
        "## English/Spanish language identification (`bench/langid_eval.py`)",
        "",
        f"{datetime.date.today().isoformat()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}; warm-up {warm_s:.1f} s. "
        f"Tatoeba: seeded sample of {TATOEBA_SAMPLE} pairs from the even lines of "
        "tatoeba_spa-eng_dev.txt, grouped by each sentence's word count. Accuracy in %.",
        "", "### Accuracy", "", *accuracy,
        "", "### Sticky language (simulated conversations)", "", *sticky,
        "", "### detect() latency (after warm_up, word cache cleared)", "", *latency,
        "", "### Targets", "",
        "All met." if not missed else "Missed: " + "; ".join(missed), "",
    ]
    text = "\n".join(report)
    print(text)
    if args.out is None:
        write_section("langid", text)
    else:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(text, encoding="utf-8")
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
