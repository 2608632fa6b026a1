"""The launcher behind `make run` / `make shell` never leaves servers behind, and never talks to
servers it did not start.

Seen in a real session: the terminal running `make shell` was closed, the launcher died of SIGHUP
and its action server (in a session of its own) kept port 5055; the next `make shell` then chatted
with the old action server, whose code could be stale.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.settings import PROJECT_ROOT, Settings
from tests.conftest import TEST_SETTINGS, free_port, port_is_open

WAIT_S = 120


def launch(tmp_path: Path, model: Path, command: str = "run", **ports: int) -> subprocess.Popen:
    settings = Settings(**{"rasa_port": free_port(), "actions_port": free_port(),
                           "staff_port": free_port(), **ports},
                        var_dir=tmp_path, model_path=model, **TEST_SETTINGS)
    env = {**os.environ, **settings.export()}
    env.pop("SENDER_ID_SECRET", None)
    env.pop("STAFF_SECRET", None)
    out = (tmp_path / "launcher.out").open("wb")
    process = subprocess.Popen([sys.executable, "-m", "bot.launcher", command], cwd=PROJECT_ROOT,
                               env=env, stdout=out, stderr=subprocess.STDOUT,
                               stdin=subprocess.DEVNULL, preexec_fn=hangup_default)
    process.settings = settings
    return process


def hangup_default() -> None:
    """Started as from a terminal, even when the test run itself runs under nohup (which would
    leave SIGHUP ignored, and the launcher rightly keeps it so)."""
    signal.signal(signal.SIGHUP, signal.SIG_DFL)


def output(tmp_path: Path) -> str:
    return (tmp_path / "launcher.out").read_text(errors="replace")


def wait_until(condition, what: str, process: subprocess.Popen, tmp_path: Path) -> None:
    deadline = time.monotonic() + WAIT_S
    while not condition():
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"{what} did not happen within {WAIT_S}s:\n" + output(tmp_path)[-3000:])
        time.sleep(0.3)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_a_signal_to_the_launcher_stops_every_server(signum, trained_model, tmp_path):
    process = launch(tmp_path, trained_model)
    ports = (process.settings.actions_port, process.settings.rasa_port,
             process.settings.staff_port)
    # Signalled while the servers are still starting: the hardest moment to clean up after.
    wait_until(lambda: port_is_open(process.settings.actions_port), "the action server's start",
               process, tmp_path)
    process.send_signal(signum)
    try:
        code = process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        pytest.fail("the launcher did not stop after the signal:\n" + output(tmp_path)[-3000:])
    assert code == 0, output(tmp_path)[-3000:]
    time.sleep(1)
    assert [p for p in ports if port_is_open(p)] == []
    children = subprocess.run(["pgrep", "-f", "--", f"--port {process.settings.actions_port}"],
                              capture_output=True, text=True).stdout.split()
    assert children == [], "the action server outlived the launcher"


def test_a_port_already_taken_is_named_and_nothing_is_left_running(trained_model, tmp_path):
    with socket.socket() as squatter:
        squatter.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        taken = squatter.getsockname()[1]
        process = launch(tmp_path, trained_model, rasa_port=taken)
        try:
            code = process.wait(timeout=WAIT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            pytest.fail("the launcher went on with a port in use:\n" + output(tmp_path)[-3000:])
        text = output(tmp_path)
        assert code == 1, text[-3000:]
        assert f"port {taken} for the rasa server is already in use" in text
        assert "RASA_PORT=" in text
        # The action server it had started first was stopped again.
        assert not port_is_open(process.settings.actions_port)
        assert "The assistant is ready." not in text


def test_make_shell_refuses_a_chat_port_in_use_before_starting_anything(trained_model, tmp_path):
    with socket.socket() as squatter:
        squatter.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        taken = squatter.getsockname()[1]
        process = launch(tmp_path, trained_model, "shell", rasa_port=taken)
        code = process.wait(timeout=WAIT_S)
        text = output(tmp_path)
        assert code == 1, text[-3000:]
        assert f"port {taken} for the chat is already in use" in text and "RASA_PORT=" in text
        assert not port_is_open(process.settings.actions_port)
