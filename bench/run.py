"""`make bench`: our assistant and Rasa's stock starter bot under the same load, in one run.

For each bot: time from process start to ready, then 1 and 10 concurrent scripted conversations
over the REST channel (p50/p95/p99 turn latency, turns per second, errors), and the Rasa server's
peak resident memory. The stock bot is `rasa init --no-prompt` in var/bench/stock (trained there
once, never committed). Writes bench/results/load.md and rebuilds bench/RESULTS.md.
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.loadtest import LoadResult, PeakRss, percentile, run_load  # noqa: E402
from bench.report import machine_line, write_section  # noqa: E402
from bot.language import analyse, warm_up  # noqa: E402
from bot.launcher import Supervisor, services  # noqa: E402
from bot.privacy.pseudonym import load_secret, pseudonymous_id  # noqa: E402
from bot.privacy.purge import tracker_engine  # noqa: E402
from bot.settings import Settings  # noqa: E402

LEVELS = (1, 10)
CONVERSATIONS = {1: 20, 10: 80}
OUR_SCRIPTS = [  # the foundation's short conversations
    ["hi", '/change_language{"language": "en"}', "thanks", "are you a bot", "bye"],
    ["hola", "español", "gracias", "eres un robot", "adios"],
]
FLOW_SCRIPTS = [  # the whole flow: safety check, education, consent, every question, a need, close
    ["hi", '/change_language{"language": "en"}', "yes", "ask me the questions", "yes",
     "no", "no", "not sure", "no", "skip", "no", "yes",
     "i need a safe place to sleep tonight", "bye"],
    ["hola", "español", "si", "quiero contestar las preguntas", "si",
     "no", "no", "no se", "no", "saltar", "no", "si",
     "necesito un lugar seguro para dormir hoy", "adios"],
]
FLOW_CONVERSATIONS = 40
EXIT_SCRIPTS = [  # end with a quick exit: its reply must come after the rows are gone
    ["hi", '/change_language{"language": "en"}', "thanks", "exit"],
    ["hola", "español", "gracias", "salir"],
]
EXIT_CONVERSATIONS = 60
# The foundation's figure (issue 2, recorded in ff7621c on 2026-11-21): our p95 turn latency at 10
# concurrent conversations. The whole flow's p95 at 10 concurrent must stay within 20 % of it.
FOUNDATION_P95_MS = 1476.7
FLOW_P95_LIMIT = 1.2
STOCK_SCRIPTS = [
    ["hi", "I am great", "bye"],
    ["hello", "I am sad", "yes", "goodbye"],
]
STOCK_DIR = ROOT / "var" / "bench" / "stock"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, timeout_s: float = 300) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {timeout_s}s")


def measure(url: str, scripts: Sequence[Sequence[str]], pid: int) -> Tuple[Dict[int, LoadResult], float]:
    asyncio.run(run_load(url, scripts, 1, len(scripts)))  # warm-up, not measured
    results: Dict[int, LoadResult] = {}
    with PeakRss(pid) as rss:
        for level in LEVELS:
            results[level] = asyncio.run(run_load(url, scripts, level, CONVERSATIONS[level]))
            print(f"  {level:>2} concurrent: {results[level].summary()}", flush=True)
    return results, rss.peak_mb


def rows_gone_check(settings: Settings) -> Callable[[str], bool]:
    """True when the tracker store holds no row for the client's conversation."""
    engine = tracker_engine(settings.endpoints)
    secret = load_secret(settings)
    events = sa.table("events", sa.column("sender_id"))

    def check(sender: str) -> bool:
        conversation = pseudonymous_id("rest", sender, secret)
        with engine.connect() as db:
            count = db.execute(sa.select(sa.func.count()).select_from(events)
                               .where(events.c.sender_id == conversation)).scalar_one()
        return count == 0

    return check


def bench_exit(settings: Settings, url: str) -> LoadResult:
    """Quick exits at 10 concurrent conversations, checked in the database after each reply."""
    os.environ.update(settings.export())
    result = asyncio.run(run_load(url, EXIT_SCRIPTS, 10, EXIT_CONVERSATIONS,
                                  check=rows_gone_check(settings)))
    print(f"  exit: p95 {percentile(result.last_turn_ms, 95):.1f} ms, "
          f"rows left after {result.check_failures} exits", flush=True)
    return result


def detector_cost_ms() -> Tuple[float, float]:
    """p50/p95 of the language component's work per message, over the load scripts' messages."""
    warm_up()
    texts = [t for script in OUR_SCRIPTS + EXIT_SCRIPTS + FLOW_SCRIPTS for t in script] * 100
    timings = []
    for text in texts:
        started = time.perf_counter()
        analyse(text)
        timings.append((time.perf_counter() - started) * 1000)
    return percentile(timings, 50), percentile(timings, 95)


def bench_flow(url: str) -> LoadResult:
    """The whole flow at 10 concurrent conversations (issue: within 20% of the short ones)."""
    result = asyncio.run(run_load(url, FLOW_SCRIPTS, 10, FLOW_CONVERSATIONS))
    print(f"  flow: {result.summary()}", flush=True)
    return result


def bench_ours(settings: Settings) -> Tuple[Dict[int, LoadResult], float, float, LoadResult,
                                            LoadResult]:
    settings.log_dir.mkdir(parents=True, exist_ok=True)
    supervisor = Supervisor(settings, {**os.environ, **settings.export()}, echo=False)
    table = services(settings)
    try:
        supervisor.start(table["actions"])
        started = time.monotonic()
        supervisor.start(table["rasa"])
        wait_for(table["rasa"].ready_url)
        ready_s = time.monotonic() - started
        supervisor.wait_ready([table["actions"], table["rasa"]])  # the staff portal is not measured
        pid = supervisor.children["rasa"].pid
        url = f"{settings.rasa_url}/webhooks/rest/webhook"
        results, peak = measure(url, OUR_SCRIPTS, pid)
        return results, peak, ready_s, bench_exit(settings, url), bench_flow(url)
    finally:
        supervisor.stop_all()


def stock_model() -> Path:
    models = sorted((STOCK_DIR / "models").glob("*.tar.gz")) if STOCK_DIR.exists() else []
    if models:
        return models[-1]
    shutil.rmtree(STOCK_DIR, ignore_errors=True)  # a half-made project from a failed run
    STOCK_DIR.mkdir(parents=True)
    print("Creating and training the stock bot (rasa init) ...", flush=True)
    log = STOCK_DIR.parent / "stock-init.log"
    with log.open("wb") as out:
        subprocess.run([sys.executable, "-m", "rasa", "init", "--no-prompt", "--init-dir",
                        str(STOCK_DIR)], check=True, stdout=out, stderr=subprocess.STDOUT)
    return sorted((STOCK_DIR / "models").glob("*.tar.gz"))[-1]


def bench_stock() -> Tuple[Dict[int, LoadResult], float, float]:
    model = stock_model()
    port = free_port()
    log = (STOCK_DIR.parent / "stock-run.log").open("wb")
    started = time.monotonic()
    server = subprocess.Popen(
        [sys.executable, "-m", "rasa", "run", "--model", str(model), "--port", str(port)],
        cwd=STOCK_DIR, stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        wait_for(f"http://localhost:{port}/")
        ready_s = time.monotonic() - started
        results, peak = measure(f"http://localhost:{port}/webhooks/rest/webhook",
                                STOCK_SCRIPTS, server.pid)
        return results, peak, ready_s
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def ratio(ours: float, stock: float) -> str:
    return f"{ours / stock:.2f}x" if stock else "n/a"


def flow_target_met(flow_p95_ms: float) -> bool:
    return flow_p95_ms <= FOUNDATION_P95_MS * FLOW_P95_LIMIT


def report(ours: Tuple[Dict[int, LoadResult], float, float, LoadResult, LoadResult],
           stock: Tuple[Dict[int, LoadResult], float, float]) -> str:
    lines = [
        "## Load test: our assistant vs. the stock `rasa init` bot",
        "",
        f"Measured {dt.date.today().isoformat()} with `make bench` ({machine_line()}). "
        "Load generator, Rasa server and action server share the machine. "
        "Our scripts: 5-turn conversations, alternating English and Spanish; stock: its own "
        "mood-bot conversations (3-4 turns). Ours keeps state in the SQLite tracker store and "
        "calls the action server; the stock bot keeps state in memory and calls no actions.",
        "",
        "| bot | concurrent | turns | errors | p50 ms | p95 ms | p99 ms | turns/s |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, results in (("ours", ours[0]), ("stock", stock[0])):
        for level, r in results.items():
            s = r.summary()
            lines.append(f"| {name} | {level} | {r.turns} | {r.errors} | {s['p50_ms']:.1f} | "
                         f"{s['p95_ms']:.1f} | {s['p99_ms']:.1f} | {s['turns_per_s']:.1f} |")
    lines += ["", "| measure | ours | stock | ours/stock |", "|---|---|---|---|"]
    for level in LEVELS:
        for key, label in (("p50_ms", "p50 ms"), ("p95_ms", "p95 ms"), ("p99_ms", "p99 ms"),
                           ("turns_per_s", "turns/s")):
            a, b = ours[0][level].summary()[key], stock[0][level].summary()[key]
            lines.append(f"| {label} at {level} concurrent | {a:.1f} | {b:.1f} | {ratio(a, b)} |")
    lines.append(f"| Rasa server peak RSS (MiB) | {ours[1]:.0f} | {stock[1]:.0f} | "
                 f"{ratio(ours[1], stock[1])} |")
    lines.append(f"| Rasa server start to ready (s) | {ours[2]:.1f} | {stock[2]:.1f} | "
                 f"{ratio(ours[2], stock[2])} |")

    exits = ours[3]
    ordinary_p95 = ours[0][10].summary()["p95_ms"]
    lines += [
        "", "### Quick exit: from the exit message to the rows gone", "",
        f"{EXIT_CONVERSATIONS} conversations at 10 concurrent, each ending in `exit` or `salir`. "
        "The rows are deleted inside the exit turn (the reply is sent after the transaction), and "
        "the benchmark counts the conversation's rows right after each exit reply.", "",
        "| measure | value |", "|---|---|",
        f"| exit turn p50 / p95 ms | {percentile(exits.last_turn_ms, 50):.1f} / "
        f"{percentile(exits.last_turn_ms, 95):.1f} |",
        f"| ordinary turn p95 ms at 10 concurrent (above) | {ordinary_p95:.1f} |",
        f"| conversations with rows left after the exit reply | {exits.check_failures} "
        f"of {EXIT_CONVERSATIONS} |",
        f"| errors | {exits.errors} |",
    ]
    flow = ours[4].summary()
    lines += [
        "", "### The whole flow at 10 concurrent", "",
        f"{FLOW_CONVERSATIONS} conversations of {len(FLOW_SCRIPTS[0])} turns (safety check, "
        "education, consent, every screening question, a need, closing), English and Spanish.", "",
        "| measure | whole flow | short conversations (above) | ratio |", "|---|---|---|---|",
        f"| p50 ms | {flow['p50_ms']:.1f} | {ours[0][10].summary()['p50_ms']:.1f} | "
        f"{ratio(flow['p50_ms'], ours[0][10].summary()['p50_ms'])} |",
        f"| p95 ms | {flow['p95_ms']:.1f} | {ordinary_p95:.1f} | "
        f"{ratio(flow['p95_ms'], ordinary_p95)} |",
        f"| turns/s | {flow['turns_per_s']:.1f} | {ours[0][10].summary()['turns_per_s']:.1f} | "
        f"{ratio(flow['turns_per_s'], ours[0][10].summary()['turns_per_s'])} |",
        f"| errors | {int(flow['errors'])} | {ours[0][10].errors} | |",
        "",
        f"Target: the whole flow's p95 at 10 concurrent within {FLOW_P95_LIMIT - 1:.0%} of the "
        f"foundation's p95 at 10 concurrent ({FOUNDATION_P95_MS:.1f} ms): {flow['p95_ms']:.1f} ms "
        f"= {ratio(flow['p95_ms'], FOUNDATION_P95_MS)}, "
        + ("met." if flow_target_met(flow["p95_ms"]) else "NOT met."),
    ]
    p50, p95 = detector_cost_ms()
    lines += [
        "", "### Language detector component: cost per message", "",
        f"`analyse()` on the load scripts' messages: p50 {p50:.3f} ms, p95 {p95:.3f} ms per "
        f"message, against an ordinary turn's p50 of {ours[0][1].summary()['p50_ms']:.0f} ms "
        "at 1 concurrent: below what this load test can measure.",
    ]
    return "\n".join(lines) + "\n"


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.parse_args(argv)
    var_dir = ROOT / "var" / "bench" / "ours"
    settings = Settings.from_env()
    settings = Settings(rasa_port=free_port(), actions_port=free_port(), var_dir=var_dir,
                        model_path=settings.model_path)
    if not settings.model_path.exists():
        print("error: no trained model; run `make train`", file=sys.stderr)
        return 1
    print("Benchmarking our assistant ...", flush=True)
    ours = bench_ours(settings)
    print("Benchmarking the stock rasa init bot ...", flush=True)
    stock = bench_stock()
    text = report(ours, stock)
    print(text)
    write_section("load", text)
    errors = (sum(r.errors for r in ours[0].values()) + ours[3].errors + ours[3].check_failures
              + ours[4].errors)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
