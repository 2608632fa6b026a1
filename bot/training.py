"""Trains the model only when its inputs changed.

    python -m bot.training          # train into models/current.tar.gz if needed
    python -m bot.training --force  # train regardless

The inputs are config.yml, domain.yml and every file under bot/data/. Their fingerprint
(SHA-256 over paths and contents) is stored next to the model; an unchanged fingerprint and an
existing model mean there is nothing to do. Rasa's own output goes to var/log/train.log.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterable, List, Optional, Sequence

from bot.settings import PROJECT_ROOT, Settings

INPUTS = ("config.yml", "domain.yml", "bot/data")


def input_files(root: Path = PROJECT_ROOT) -> List[Path]:
    files: List[Path] = []
    for name in INPUTS:
        path = root / name
        if path.is_dir():
            files.extend(p for p in path.rglob("*") if p.is_file())
        elif path.is_file():
            files.append(path)
    return sorted(files)


def fingerprint(files: Iterable[Path], root: Path = PROJECT_ROOT) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(str(path.relative_to(root)).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def fingerprint_path(model_path: Path) -> Path:
    return model_path.with_name(model_path.name + ".fingerprint")


def is_current(model_path: Path, current: str) -> bool:
    stamp = fingerprint_path(model_path)
    return model_path.exists() and stamp.exists() and stamp.read_text().strip() == current


def train(settings: Settings, force: bool = False) -> int:
    model = settings.model_path
    current = fingerprint(input_files())
    if not force and is_current(model, current):
        print(f"Model is up to date: {model.relative_to(PROJECT_ROOT)}", flush=True)
        return 0

    settings.log_dir.mkdir(parents=True, exist_ok=True)
    log_path = settings.log_dir / "train.log"
    print(f"Training the model (a few minutes; Rasa's output: {log_path}) ...", flush=True)
    started = time.monotonic()
    command = [sys.executable, "-m", "rasa", "train", "--config", "config.yml",
               "--domain", "domain.yml", "--data", "bot/data", "--out", str(model.parent),
               "--fixed-model-name", model.name.removesuffix(".tar.gz")]
    env = {**os.environ, **settings.export()}
    with log_path.open("wb") as log:
        code = subprocess.call(command, cwd=PROJECT_ROOT, env=env, stdout=log,
                               stderr=subprocess.STDOUT)
    if code != 0 or not model.exists():
        tail = log_path.read_text(errors="replace").splitlines()[-25:]
        print("\n".join(tail), file=sys.stderr)
        print(f"error: training failed (exit code {code}); full output in {log_path}",
              file=sys.stderr)
        return code or 1
    fingerprint_path(model).write_text(current + "\n")
    print(f"Trained {model.relative_to(PROJECT_ROOT)} in {time.monotonic() - started:.0f}s",
          flush=True)
    return 0


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.training", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--force", action="store_true", help="train even if nothing changed")
    args = parser.parse_args(argv)
    return train(Settings.from_env(), force=args.force)


if __name__ == "__main__":
    sys.exit(main())
