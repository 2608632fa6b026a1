"""Load test over the REST channel: N concurrent scripted conversations, latency per turn.

Used by bench/run.py for both our assistant and the stock `rasa init` bot.
"""
from __future__ import annotations

import asyncio
import statistics
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence

import aiohttp
import psutil


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile; NaN for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


@dataclass
class LoadResult:
    concurrency: int
    turns: int
    errors: int
    seconds: float
    latencies_ms: List[float] = field(default_factory=list)
    last_turn_ms: List[float] = field(default_factory=list)  # each conversation's final turn
    check_failures: int = 0  # conversations whose `check` failed after their final turn

    def percentile(self, p: float) -> float:
        return percentile(self.latencies_ms, p)

    @property
    def turns_per_second(self) -> float:
        return self.turns / self.seconds if self.seconds else 0.0

    def summary(self) -> Dict[str, float]:
        return {
            "p50_ms": self.percentile(50),
            "p95_ms": self.percentile(95),
            "p99_ms": self.percentile(99),
            "mean_ms": statistics.fmean(self.latencies_ms) if self.latencies_ms else float("nan"),
            "turns_per_s": self.turns_per_second,
            "errors": float(self.errors),
            "turns": float(self.turns),
        }


Check = Callable[[str], bool]


async def _conversation(session: aiohttp.ClientSession, url: str, script: Sequence[str],
                        result: LoadResult, check: Optional[Check]) -> None:
    sender = f"bench-{uuid.uuid4().hex}"
    for text in script:
        started = time.perf_counter()
        try:
            async with session.post(url, json={"sender": sender, "message": text}) as reply:
                body = await reply.json(content_type=None)
                ok = reply.status == 200 and isinstance(body, list) and len(body) > 0
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
            ok = False
        elapsed = (time.perf_counter() - started) * 1000
        result.latencies_ms.append(elapsed)
        result.turns += 1
        if not ok:
            result.errors += 1
    result.last_turn_ms.append(elapsed)
    if check is not None and not check(sender):
        result.check_failures += 1


async def run_load(url: str, scripts: Sequence[Sequence[str]], concurrency: int,
                   conversations: int, check: Optional[Check] = None) -> LoadResult:
    """Holds `concurrency` conversations at a time until `conversations` have finished; `check`
    (given the client's sender id) runs right after each conversation's final reply."""
    result = LoadResult(concurrency=concurrency, turns=0, errors=0, seconds=0.0)
    queue: asyncio.Queue = asyncio.Queue()
    for i in range(conversations):
        queue.put_nowait(scripts[i % len(scripts)])
    timeout = aiohttp.ClientTimeout(total=120)
    async with aiohttp.ClientSession(timeout=timeout) as session:

        async def worker() -> None:
            while not queue.empty():
                script = queue.get_nowait()
                await _conversation(session, url, script, result, check)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        result.seconds = time.perf_counter() - started
    return result


class PeakRss:
    """Samples a process tree's resident memory in a thread; `peak_mb` is the maximum seen."""

    def __init__(self, pid: int, interval_s: float = 0.1) -> None:
        self.pid = pid
        self.interval_s = interval_s
        self.peak_mb = 0.0
        self._stop = threading.Event()
        self._thread: Optional[threading.Thread] = None

    def _sample(self) -> float:
        try:
            root = psutil.Process(self.pid)
            procs = [root, *root.children(recursive=True)]
            return sum(p.memory_info().rss for p in procs) / 2**20
        except psutil.Error:
            return 0.0

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.peak_mb = max(self.peak_mb, self._sample())
            self._stop.wait(self.interval_s)

    def __enter__(self) -> "PeakRss":
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join()
