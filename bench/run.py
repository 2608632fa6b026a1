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
from typing import Dict, List, Optional, Sequence, Tuple

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.loadtest import LoadResult, PeakRss, run_load  # noqa: E402
from bench.report import machine_line, write_section  # noqa: E402
from bot.launcher import Supervisor, services  # noqa: E402
from bot.settings import Settings  # noqa: E402

LEVELS = (1, 10)
CONVERSATIONS = {1: 20, 10: 80}
OUR_SCRIPTS = [
    ["hi", '/change_language{"language": "en"}', "thanks", "are you a bot", "bye"],
    ["hola", "español", "gracias", "eres un robot", "adios"],
]
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


def bench_ours(settings: Settings) -> Tuple[Dict[int, LoadResult], float, float]:
    settings.log_dir.mkdir(parents=True, exist_ok=True)
    supervisor = Supervisor(settings, {**os.environ, **settings.export()}, echo=False)
    table = services(settings)
    try:
        supervisor.start(table["actions"])
        started = time.monotonic()
        supervisor.start(table["rasa"])
        wait_for(table["rasa"].ready_url)
        ready_s = time.monotonic() - started
        supervisor.wait_ready(list(table.values()))
        pid = supervisor.children["rasa"].pid
        results, peak = measure(f"{settings.rasa_url}/webhooks/rest/webhook", OUR_SCRIPTS, pid)
        return results, peak, ready_s
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


def report(ours: Tuple[Dict[int, LoadResult], float, float],
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
    for name, (results, _, _) in (("ours", ours), ("stock", stock)):
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
    errors = sum(r.errors for r in ours[0].values())
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
