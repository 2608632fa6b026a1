"""Shared fixtures.

`assistant` starts the real servers once per test run through the launcher that `make run` uses,
on free ports, with its own var/ folder, at DEBUG log level (so that the log-privacy tests read the
most talkative output there is); its teardown presses Ctrl-C and checks that everything stopped.
`assistant_pg` is the same on a throwaway PostgreSQL cluster.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional

import pytest
import requests
import sqlalchemy as sa
import yaml

from bot.privacy.pseudonym import load_secret, pseudonymous_id
from bot.privacy.purge import tracker_engine
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
    engine: Optional[sa.engine.Engine] = None

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

    def conversation_id(self, raw_sender: str) -> str:
        """The pseudonymous id the REST channel files this client's conversation under."""
        return pseudonymous_id("rest", raw_sender, load_secret(self.settings))

    def sql(self, query: str, **params: Any) -> List[Any]:
        with self.engine.begin() as db:
            result = db.execute(sa.text(query), params)
            return result.mappings().all() if result.returns_rows else []

    def stored_events(self, raw_sender: str) -> List[Any]:
        return self.sql("SELECT type_name, intent_name, action_name, timestamp, data FROM events "
                        "WHERE sender_id = :s ORDER BY id", s=self.conversation_id(raw_sender))

    def output(self) -> str:
        return self.output_path.read_text(errors="replace")


@pytest.fixture(scope="session")
def response_text():
    """The text of a domain response's variation for a language (None: the default one), as
    sent on channels without variations of their own (REST, web)."""
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))

    def text(name: str, language: Optional[str]) -> str:
        for variation in domain["responses"][name]:
            if variation.get("channel"):  # e.g. the shorter SMS wording: not what REST gets
                continue
            conditions = variation.get("condition") or []
            values = {c["value"] for c in conditions if c.get("name") == "language"}
            if (language is None and not conditions) or language in values:
                return variation["text"]
        raise KeyError(f"{name} has no variation for {language!r}")

    return text


def pytest_collection_modifyitems(items: List[pytest.Item]) -> None:
    """Everything under tests/integration/ needs the trained model and the real servers."""
    for item in items:
        if "integration" in Path(str(item.fspath)).parts:
            item.add_marker(pytest.mark.integration)


@pytest.fixture(scope="session")
def trained_model() -> Path:
    model = Settings.from_env().model_path
    if not model.exists():
        pytest.fail(f"no trained model at {model}: run `make train` (make test does it first)")
    return model


# The test assistants serve Rasa's HTTP API (token required), and an SMS line: a provider's
# account, signing with this token, calling a public URL that is not the local one (a proxy).
TEST_SETTINGS = dict(rasa_api_token="test-api-token-0123456789",
                    twilio_account_sid="AC" + "5" * 32, twilio_auth_token="test-auth-token-0123456789",
                    twilio_number="+15005550006",
                    sms_public_url="https://sms.example.org/webhooks/sms/webhook")


def start_assistant(var_dir: Path, model: Path, endpoints: Optional[Path] = None,
                    **overrides: Any) -> Assistant:
    settings = Settings(rasa_port=free_port(), actions_port=free_port(), staff_port=free_port(),
                        var_dir=var_dir,
                        model_path=model, log_level="DEBUG",
                        endpoints=endpoints or PROJECT_ROOT / "endpoints.yml",
                        **{**TEST_SETTINGS, **overrides})
    output_path = var_dir / "launcher.out"
    env = {**os.environ, **settings.export()}
    env.pop("SENDER_ID_SECRET", None)  # each test assistant generates its own under var_dir
    env.pop("STAFF_SECRET", None)
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
    exported = settings.export()  # the test reads the same endpoints file the server read
    os.environ.update({k: exported[k] for k in ("TRACKER_DB", "ACTION_ENDPOINT_URL")})
    running.engine = tracker_engine(settings.endpoints)
    return running


def stop_assistant(running: Assistant) -> None:
    running.process.send_signal(signal.SIGINT)  # what Ctrl-C sends
    try:
        code = running.process.wait(timeout=STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        running.process.kill()
        pytest.fail("the launcher did not stop within %ss of Ctrl-C" % STOP_TIMEOUT_S)
    assert code == 0, running.output()[-3000:]
    ports = (running.settings.rasa_port, running.settings.actions_port,
             running.settings.staff_port)
    still_open = [p for p in ports if port_is_open(p)]
    assert not still_open, f"ports still served after Ctrl-C: {still_open}"


@pytest.fixture(scope="session")
def assistant(trained_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    running = start_assistant(tmp_path_factory.mktemp("var"), trained_model)
    yield running
    stop_assistant(running)


# --- PostgreSQL -------------------------------------------------------------------------------

def _pg_bin() -> Optional[Path]:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return found[-1].parent if found else None


@dataclass
class Postgres:
    port: int
    user: str = "postgres"
    db: str = "rasa_test"


@pytest.fixture(scope="session")
def postgres(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Postgres]:
    """A throwaway PostgreSQL cluster on a free loopback port (installed by `make test`)."""
    bin_dir = _pg_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL is not installed (make test installs it with apt-get when it "
                    "runs as root: apt-get install postgresql)")
    # Its own folder under /tmp: pytest's are private to root, and PostgreSQL refuses root.
    data = Path(tempfile.mkdtemp(prefix="pg-test-"))
    run_as: List[str] = []
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            pytest.skip("running as root without runuser: cannot start PostgreSQL as postgres")
        shutil.chown(data, "postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    port = free_port()
    subprocess.run([*run_as, str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres",
                    "--auth=trust", "-E", "UTF8"], check=True, capture_output=True)
    log = data / "server.log"
    subprocess.run([*run_as, str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w",
                    "-o", f"-p {port} -k {data} -c listen_addresses=127.0.0.1", "start"],
                   check=True, capture_output=True)
    try:
        engine = sa.create_engine(f"postgresql://postgres@127.0.0.1:{port}/postgres",
                                  future=True, isolation_level="AUTOCOMMIT")
        with engine.connect() as db:
            db.execute(sa.text("CREATE DATABASE rasa_test"))
        engine.dispose()
        yield Postgres(port)
    finally:
        subprocess.run([*run_as, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"],
                       capture_output=True)
        shutil.rmtree(data, ignore_errors=True)


@pytest.fixture(scope="session")
def assistant_pg(trained_model: Path, postgres: Postgres,
                 tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    var_dir = tmp_path_factory.mktemp("var_pg")
    endpoints = yaml.safe_load((PROJECT_ROOT / "endpoints.yml").read_text())
    store_type = endpoints["tracker_store"]["type"]
    broker_type = endpoints["event_broker"]["type"]
    path = var_dir / "endpoints-pg.yml"
    path.write_text(  # ${...} unquoted, as Rasa substitutes only plain scalars
        "action_endpoint:\n  url: ${ACTION_ENDPOINT_URL}\n"
        f"tracker_store:\n  type: {store_type}\n  dialect: postgresql\n  url: 127.0.0.1\n"
        f"  port: {postgres.port}\n  username: {postgres.user}\n  db: {postgres.db}\n"
        f"event_broker:\n  type: {broker_type}\n")
    transcripts = f"postgresql://{postgres.user}@127.0.0.1:{postgres.port}/{postgres.db}"
    running = start_assistant(var_dir, trained_model, endpoints=path, transcripts_db=transcripts)
    yield running
    stop_assistant(running)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_assistant(request: pytest.FixtureRequest) -> Assistant:
    """The same test on the SQLite (default) and the PostgreSQL tracker store."""
    return request.getfixturevalue("assistant" if request.param == "sqlite" else "assistant_pg")
