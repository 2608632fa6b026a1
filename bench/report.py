"""bench/RESULTS.md is assembled from one section per benchmark in bench/results/<name>.md,
so each benchmark can be re-run alone without losing the others' figures."""
from __future__ import annotations

import os
import platform
from pathlib import Path

import psutil

BENCH = Path(__file__).resolve().parent
RESULTS_DIR = BENCH / "results"
ORDER = ("load", "nlu", "nlu-history", "nlu-heldout", "langid")  # sections in this order, then any others alphabetically

HEADER = """# Benchmark results

Written by `make bench` (each section by its own script; see bench/README.md). Every figure below
was measured on the machine its section names; re-run `make bench` after a performance-relevant
change and commit the updated files.
"""


def machine_line() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = psutil.virtual_memory().total / 2**30
    return f"{os.cpu_count()} cores ({cpu}), {memory:.0f} GiB memory, Python {platform.python_version()}"


def write_section(name: str, text: str) -> Path:
    RESULTS_DIR.mkdir(exist_ok=True)
    (RESULTS_DIR / f"{name}.md").write_text(text.rstrip() + "\n", encoding="utf-8")
    sections = sorted(RESULTS_DIR.glob("*.md"),
                      key=lambda p: (ORDER.index(p.stem) if p.stem in ORDER else len(ORDER), p.stem))
    body = "\n".join(p.read_text(encoding="utf-8") for p in sections)
    out = BENCH / "RESULTS.md"
    out.write_text(HEADER + "\n" + body, encoding="utf-8")
    return out
