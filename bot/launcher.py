"""Starts the assistant's processes together and stops them together.

    python -m bot.launcher run     # Rasa server + action server + staff portal, until Ctrl-C
    python -m bot.launcher shell   # action server in the background, chat in this terminal

Each server's output goes to the console and to var/log/<name>.log. The launcher waits until
every server answers before it says where to talk to the assistant; if one of them stops, it
stops the others and exits with an error. It also creates the sender-id and staff-session secrets
when there are none (so every process uses the same ones), brings the transcripts database to its
newest migration before the Rasa server's broker and the portal open it, and purges raw
conversation state past its retention age at start and every hour.
"""
from __future__ import annotations

import argparse
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Dict, List, Optional, Sequence

from bot.privacy.pseudonym import load_secret
from bot.privacy.purge import purge, tracker_engine
from bot.settings import PROJECT_ROOT, Settings
from bot.staff.secret import staff_secret
from bot.transcripts.db import make_engine, upgrade_to_head

logger = logging.getLogger(__name__)

READY_TIMEOUT_S = 300.0
STOP_TIMEOUT_S = 20.0
PURGE_EVERY_S = 3600.0
_LEVEL_FLAGS = {"DEBUG": ["--debug"], "INFO": ["--verbose"], "WARNING": ["--quiet"],
                "ERROR": ["--quiet"]}


@dataclass
class Service:
    name: str
    command: List[str]
    ready_url: str
    port: int
    port_setting: str  # the variable that moves it


def services(settings: Settings) -> Dict[str, Service]:
    python = sys.executable
    level = _LEVEL_FLAGS[settings.log_level]
    return {
        "actions": Service(
            "actions",
            [python, "-m", "rasa", "run", "actions", "--actions", "bot.actions",
             "--port", str(settings.actions_port), *level],
            f"http://localhost:{settings.actions_port}/health",
            settings.actions_port, "ACTIONS_PORT",
        ),
        "rasa": Service(
            "rasa",
            [python, "-m", "rasa", "run", "--model", str(settings.model_path),
             "--endpoints", str(settings.endpoints), "--credentials", "credentials.yml",
             "--port", str(settings.rasa_port), *level, *_api_flags(settings)],
            f"{settings.rasa_url}/",
            settings.rasa_port, "RASA_PORT",
        ),
        "staff": Service(
            "staff",
            [python, "-m", "bot.staff", "serve", "--port", str(settings.staff_port)],
            f"{settings.staff_url}/login",
            settings.staff_port, "STAFF_PORT",
        ),
    }


def _api_flags(settings: Settings) -> List[str]:
    """Rasa's HTTP API only with a token: it can read and change any conversation."""
    if not settings.rasa_api_token:
        return []
    return ["--enable-api", "--auth-token", settings.rasa_api_token]


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as reply:
            return reply.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return False


def port_in_use(port: int) -> bool:
    """Whether something already listens on the port (on any address, as the servers bind)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("0.0.0.0", port))
        except OSError:
            return True
    return False


_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


def refuse_taken_port(port: int, what: str, setting: str) -> None:
    if port_in_use(port):
        raise RuntimeError(
            f"port {port} for {what} is already in use: is the assistant still running "
            f"elsewhere? Stop it, or choose another port with {setting}=...")


def _stop_on_signal(signum: int, frame: object) -> None:
    """Ctrl-C, SIGTERM (kill, a service manager) and SIGHUP (the terminal closed) all stop the
    servers. The children run in sessions of their own, so without this they would outlive the
    launcher and keep their ports (a later start would talk to the old servers). Later signals
    are ignored, so that a second one (make passes SIGTERM on, Ctrl-C pressed twice) cannot cut
    the stopping short and leave a server running."""
    for each in _STOP_SIGNALS:
        signal.signal(each, signal.SIG_IGN)
    raise KeyboardInterrupt


def install_signal_handlers() -> None:
    for signum in _STOP_SIGNALS:
        if signum == signal.SIGHUP and signal.getsignal(signum) == signal.SIG_IGN:
            continue  # started with nohup: keep running when the terminal closes
        signal.signal(signum, _stop_on_signal)


def _tee(stream: IO[bytes], name: str, log_path: Path, echo: bool) -> None:
    """Copies a child's output to its log file and, when `echo`, to the console (prefixed)."""
    with log_path.open("ab") as log:
        for line in iter(stream.readline, b""):
            log.write(line)
            log.flush()
            if echo:
                sys.stdout.buffer.write(f"[{name}] ".encode() + line)
                sys.stdout.flush()


class Supervisor:
    """Owns the child processes: start, wait for readiness, stop all."""

    def __init__(self, settings: Settings, env: Dict[str, str], echo: bool = True) -> None:
        self.settings = settings
        self.env = env
        self.echo = echo
        self.children: Dict[str, subprocess.Popen] = {}

    def start(self, service: Service) -> None:
        refuse_taken_port(service.port, f"the {service.name} server", service.port_setting)
        # A session of its own: Ctrl-C reaches only the launcher, which then stops the
        # children in order instead of all of them dying at once mid-write.
        child = subprocess.Popen(
            service.command, cwd=PROJECT_ROOT, env=self.env, start_new_session=True,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        )
        self.children[service.name] = child
        log_path = self.settings.log_dir / f"{service.name}.log"
        threading.Thread(
            target=_tee, args=(child.stdout, service.name, log_path, self.echo), daemon=True
        ).start()

    def wait_ready(self, wanted: Sequence[Service]) -> None:
        deadline = time.monotonic() + READY_TIMEOUT_S
        pending = list(wanted)
        while pending:
            self.check_alive()
            pending = [s for s in pending if not _answers(s.ready_url)]
            if pending and time.monotonic() > deadline:
                names = ", ".join(s.name for s in pending)
                raise RuntimeError(f"{names} did not answer within {READY_TIMEOUT_S:.0f}s; "
                                   f"see {self.settings.log_dir}")
            if pending:
                time.sleep(0.5)

    def check_alive(self) -> None:
        for name, child in self.children.items():
            code = child.poll()
            if code is not None:
                raise RuntimeError(f"the {name} server stopped (exit code {code}); "
                                   f"see {self.settings.log_dir / (name + '.log')}")

    def stop_all(self) -> None:
        for child in self.children.values():
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + STOP_TIMEOUT_S
        for child in self.children.values():
            try:
                child.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()


def purge_now(settings: Settings) -> None:
    """One retention purge; a failure is reported and does not stop the assistant."""
    try:
        result = purge(tracker_engine(settings.endpoints), settings.retention_hours)
        print(f"Retention: removed {result.conversations} conversations and {result.events} "
              f"events older than {settings.retention_hours:g} hours.", flush=True)
    except Exception as e:  # the servers must keep running; the next hour tries again
        print(f"warning: retention purge failed ({type(e).__name__}); it runs again in an hour",
              file=sys.stderr, flush=True)


def _purge_every_hour(settings: Settings, stop: threading.Event) -> None:
    while not stop.wait(PURGE_EVERY_S):
        purge_now(settings)


def _prepare(settings: Settings) -> Dict[str, str]:
    if not settings.model_path.exists():
        raise SystemExit(f"error: no trained model at {settings.model_path}. "
                         "Run `make train` (or `make run`, which trains when needed).")
    settings.log_dir.mkdir(parents=True, exist_ok=True)
    settings.tracker_db_path.parent.mkdir(parents=True, exist_ok=True)
    load_secret(settings)  # created here once, so that no two processes race to create it
    staff_secret(settings)
    _upgrade_transcripts(settings)  # before the Rasa server's broker and the portal both try
    os.environ.update(settings.export())  # endpoints.yml, read here by the purge, needs them
    return dict(os.environ)


def _upgrade_transcripts(settings: Settings) -> None:
    engine = make_engine(settings.transcripts_db_url)
    try:
        upgrade_to_head(engine)
    except Exception as e:  # the broker retries; the portal reports it when it starts
        print(f"warning: could not prepare the transcripts database ({type(e).__name__})",
              file=sys.stderr, flush=True)
    finally:
        engine.dispose()


def sms_state(settings: Settings) -> str:
    """One line on the SMS line's configuration (README: SMS)."""
    if not (settings.twilio_auth_token and settings.sms_public_url):
        return "(off: set TWILIO_AUTH_TOKEN and SMS_PUBLIC_URL)"
    mode = "dry run" if settings.sms_dry_run else f"replies via {settings.sms_reply_via}"
    return f"(public URL {settings.sms_public_url}; {mode})"


def run(settings: Settings) -> int:
    """Serves the assistant until Ctrl-C or until a server stops."""
    env = _prepare(settings)
    purge_now(settings)
    stop_purging = threading.Event()
    threading.Thread(target=_purge_every_hour, args=(settings, stop_purging), daemon=True).start()
    supervisor = Supervisor(settings, env)
    table = services(settings)
    try:
        supervisor.start(table["actions"])
        supervisor.start(table["rasa"])
        supervisor.start(table["staff"])
        supervisor.wait_ready(list(table.values()))
        print(
            "\nThe assistant is ready.\n"
            f"  Web chat:      {settings.rasa_url}/webhooks/web/  (demo page; shows the embed tag)\n"
            f"  REST channel:  POST {settings.rasa_url}/webhooks/rest/webhook\n"
            '                 {"sender": "any-id", "message": "hola"}\n'
            f"  SMS webhook:   POST {settings.rasa_url}/webhooks/sms/webhook  {sms_state(settings)}\n"
            f"  Staff portal:  {settings.staff_url}/  (accounts: python -m bot.staff create-user NAME --role admin)\n"
            "  In a terminal: make shell (instead of this: stop this one first)\n"
            f"  Logs:          {settings.log_dir}\n"
            "Press Ctrl-C to stop.\n",
            flush=True,
        )
        while True:
            supervisor.check_alive()
            time.sleep(1)
    except KeyboardInterrupt:
        print("\nStopping...", flush=True)
        return 0
    except RuntimeError as e:
        print(f"error: {e}", file=sys.stderr, flush=True)
        return 1
    finally:
        stop_purging.set()
        supervisor.stop_all()


def shell(settings: Settings) -> int:
    """Chat in this terminal, with the action server running behind it."""
    env = _prepare(settings)
    supervisor = Supervisor(settings, env)
    actions = services(settings)["actions"]
    try:
        refuse_taken_port(settings.rasa_port, "the chat", "RASA_PORT")
        supervisor.start(actions)
        supervisor.wait_ready([actions])
        command = [sys.executable, "-m", "rasa", "shell", "--model", str(settings.model_path),
                   "--endpoints", str(settings.endpoints), "--port", str(settings.rasa_port)]
        return subprocess.call(command, cwd=PROJECT_ROOT, env=env)
    except KeyboardInterrupt:
        return 0
    except RuntimeError as e:
        print(f"error: {e}", file=sys.stderr, flush=True)
        return 1
    finally:
        supervisor.stop_all()


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.launcher", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["run", "shell"])
    args = parser.parse_args(argv)
    install_signal_handlers()
    settings = Settings.from_env()
    return run(settings) if args.command == "run" else shell(settings)


if __name__ == "__main__":
    sys.exit(main())
