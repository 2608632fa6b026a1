"""How much the transcript broker costs a conversation, and how fast it writes.

    .venv/bin/python bench/transcripts_broker.py [--conversations 200]

Publishes the events of N five-turn conversations (each user message carrying a name and a phone
number, so redaction runs) into a broker on a fresh SQLite file, and reports the time `publish()`
takes on Rasa's request path (median, p99, max) and how many events per second the background
thread writes, with the drop and failure counters. Run by hand; not part of `make bench`.
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time

from bot.transcripts.broker import TranscriptBroker


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--conversations", type=int, default=200)
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="broker-bench-")
    broker = TranscriptBroker(f"sqlite:///{folder}/transcripts.db", b"k" * 32)
    broker.drain(30)
    now = time.time()
    events = []
    for c in range(args.conversations):
        sender = f"bench-{c}"
        events.append({"sender_id": sender, "event": "session_started", "timestamp": now})
        for i in range(5):
            events.append({"sender_id": sender, "event": "user", "timestamp": now + i,
                           "text": "my name is Ana Lopez and my phone is 415 555 0199",
                           "input_channel": "rest", "parse_data": {"intent": {"name": "greet"}}})
            events.append({"sender_id": sender, "event": "bot", "text": "Thank you for telling me.",
                           "timestamp": now + i + 0.5})
    latencies = []
    started = time.perf_counter()
    for event in events:
        t = time.perf_counter()
        broker.publish(event)
        latencies.append(time.perf_counter() - t)
    broker.drain(600)
    elapsed = time.perf_counter() - started
    latencies.sort()
    print(f"{len(events)} events: publish() median {statistics.median(latencies) * 1e6:.1f} us, "
          f"p99 {latencies[int(len(latencies) * 0.99)] * 1e6:.1f} us, "
          f"max {latencies[-1] * 1e3:.1f} ms; written in {elapsed:.1f} s = "
          f"{len(events) / elapsed:.0f} events/s; dropped {broker.counters.dropped_full}, "
          f"failed {broker.counters.failed}")
    asyncio.run(broker.close())


if __name__ == "__main__":
    main()
