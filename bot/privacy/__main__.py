"""python -m bot.privacy purge [--hours N]: delete raw conversation state past its retention age."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Optional, Sequence

from bot.privacy.purge import purge, tracker_engine
from bot.settings import Settings


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.privacy")
    commands = parser.add_subparsers(dest="command", required=True)
    purge_cmd = commands.add_parser("purge", help="delete raw conversation state older than N hours")
    purge_cmd.add_argument("--hours", type=float, default=None,
                           help="retention age in hours (default: RETENTION_HOURS or 24)")
    purge_cmd.add_argument("--endpoints", default=None,
                           help="Rasa endpoints file (default: ENDPOINTS or endpoints.yml)")
    args = parser.parse_args(argv)

    settings = Settings.from_env()
    hours = args.hours if args.hours is not None else settings.retention_hours
    if hours <= 0:
        parser.error("--hours must be greater than 0")
    # endpoints.yml reads TRACKER_DB and the action URL from the environment, like the server.
    for name, value in settings.export().items():
        os.environ.setdefault(name, value)
    print(f"Purging raw conversation state older than {hours:g} hours ...", flush=True)
    endpoints = Path(args.endpoints) if args.endpoints else settings.endpoints
    result = purge(tracker_engine(endpoints), hours,
                   progress=lambda line: print("  " + line, flush=True))
    print(f"Done: {result.conversations} conversations and {result.events} events removed.", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
