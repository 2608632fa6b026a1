"""Shared fixtures. `assistant` starts the real servers once per test run through the launcher
that `make run` uses, on free ports, with its own var/ folder; its teardown presses Ctrl-C and
checks that everything stopped."""
from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional

import pytest
import requests
import yaml

from bot.settings import PROJECT_ROOT, Settings

START_TIMEOUT_S = 300
STOP_TIMEOUT_S = 40


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def port_is_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


@dataclass
class Assistant:
    settings: Settings
    process: subprocess.Popen
    output_path: Path

    @property
    def webhook(self) -> str:
        return f"{self.settings.rasa_url}/webhooks/rest/webhook"

    def post(self, payload: Any = None, data: Optional[bytes] = None,
             headers: Optional[Dict[str, str]] = None) -> requests.Response:
        if data is None:
            return requests.post(self.webhook, json=payload, timeout=60)
        return requests.post(self.webhook, data=data, headers=headers or {}, timeout=60)

    def say(self, sender: str, text: str) -> List[Dict[str, Any]]:
        reply = self.post({"sender": sender, "message": text})
        assert reply.status_code == 200, reply.text
        return reply.json()

    def stored_events(self, sender: str) -> List[sqlite3.Row]:
        with sqlite3.connect(self.settings.tracker_db_path) as db:
            db.row_factory = sqlite3.Row
            return db.execute(
                "SELECT type_name, intent_name, action_name, data FROM events "
                "WHERE sender_id = ? ORDER BY id", (sender,)
            ).fetchall()

    def output(self) -> str:
        return self.output_path.read_text(errors="replace")


def pytest_collection_modifyitems(items: List[pytest.Item]) -> None:
    """Everything under tests/integration/ needs the trained model and the real servers."""
    for item in items:
        if "integration" in Path(str(item.fspath)).parts:
            item.add_marker(pytest.mark.integration)


@pytest.fixture(scope="session")
def response_text():
    """The text of a domain response's variation for a language (None: the default one)."""
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))

    def text(name: str, language: Optional[str]) -> str:
        for variation in domain["responses"][name]:
            conditions = variation.get("condition") or []
            values = {c["value"] for c in conditions if c.get("name") == "language"}
            if (language is None and not conditions) or language in values:
                return variation["text"]
        raise KeyError(f"{name} has no variation for {language!r}")

    return text


@pytest.fixture(scope="session")
def trained_model() -> Path:
    model = Settings.from_env().model_path
    if not model.exists():
        pytest.fail(f"no trained model at {model}: run `make train` (make test does it first)")
    return model


@pytest.fixture(scope="session")
def assistant(trained_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    var_dir = tmp_path_factory.mktemp("var")
    settings = Settings(rasa_port=free_port(), actions_port=free_port(), var_dir=var_dir,
                        model_path=trained_model)
    output_path = var_dir / "launcher.out"
    env = {**os.environ, **settings.export()}
    with output_path.open("wb") as out:
        process = subprocess.Popen([sys.executable, "-m", "bot.launcher", "run"], cwd=PROJECT_ROOT,
                                   env=env, stdout=out, stderr=subprocess.STDOUT)
    running = Assistant(settings, process, output_path)
    deadline = time.monotonic() + START_TIMEOUT_S
    while "The assistant is ready." not in running.output():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail("the launcher did not get ready:\n" + running.output()[-3000:])
        time.sleep(0.5)

    yield running

    process.send_signal(signal.SIGINT)  # what Ctrl-C sends
    try:
        code = process.wait(timeout=STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        pytest.fail("the launcher did not stop within %ss of Ctrl-C" % STOP_TIMEOUT_S)
    assert code == 0, running.output()[-3000:]
    still_open = [p for p in (settings.rasa_port, settings.actions_port) if port_is_open(p)]
    assert not still_open, f"ports still served after Ctrl-C: {still_open}"
