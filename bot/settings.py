"""The one place that reads this project's environment variables.

Every process (launcher, Rasa server, action server, tests, benchmarks) gets its settings from
`Settings.from_env()`; `Settings.export()` turns them back into the variables that endpoints.yml
and the child processes read.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Mapping, Optional

from bot.content import instrument as content_instrument
from bot.content import resources as content_resources

PROJECT_ROOT = Path(__file__).resolve().parent.parent
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
# The content files' defaults are the loaders' own (bot/content/): one definition each.
DEFAULT_INSTRUMENT = content_instrument.DEFAULT_PATH
DEFAULT_RESOURCES = content_resources.DEFAULT_PATH


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw in (None, ""):
        return default
    try:
        return int(raw)
    except ValueError as e:
        raise ValueError(f"{name} must be a whole number, got {raw!r}") from e


def _path(raw: str) -> Path:
    """A path from the environment; a relative one is taken from the project root, where the
    servers run, whatever folder the command was started in."""
    path = Path(raw)
    return path if path.is_absolute() else PROJECT_ROOT / path


def _float(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name)
    if raw in (None, ""):
        return default
    try:
        value = float(raw)
    except ValueError as e:
        raise ValueError(f"{name} must be a number, got {raw!r}") from e
    if value <= 0:
        raise ValueError(f"{name} must be greater than 0, got {raw!r}")
    return value


def _bool(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = (env.get(name) or "").strip().lower()
    if not raw:
        return default
    if raw in ("1", "true", "yes", "on"):
        return True
    if raw in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"{name} must be true or false, got {raw!r}")


def _choice(env: Mapping[str, str], name: str, choices: tuple) -> str:
    raw = (env.get(name) or choices[0]).strip().lower()
    if raw not in choices:
        raise ValueError(f"{name} must be one of {', '.join(choices)}, got {raw!r}")
    return raw


def _token(env: Mapping[str, str], name: str, min_chars: int = 16) -> str:
    raw = (env.get(name) or "").strip()
    if raw and len(raw) < min_chars:
        raise ValueError(f"{name} must be at least {min_chars} characters when set")
    return raw


def _days(env: Mapping[str, str], name: str, default: int) -> int:
    value = _int(env, name, default)
    if value < 1:
        raise ValueError(f"{name} must be at least 1 (days), got {value}")
    return value


def _log_level(raw: str) -> str:
    level = raw.strip().upper()
    if level not in LOG_LEVELS:
        raise ValueError(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, got {raw!r}")
    return level


@dataclass(frozen=True)
class Settings:
    """Ports, paths and endpoints of one running assistant."""

    rasa_port: int = 5005
    actions_port: int = 5055
    var_dir: Path = field(default_factory=lambda: PROJECT_ROOT / "var")
    model_path: Path = field(default_factory=lambda: PROJECT_ROOT / "models" / "current.tar.gz")
    tracker_db: Optional[Path] = None  # default: <var_dir>/tracker.db
    sender_id_secret: Optional[str] = None  # default: generated into <var_dir>/sender_id.secret
    retention_hours: float = 24.0  # raw conversation state older than this is purged
    log_level: str = "INFO"
    endpoints: Path = field(default_factory=lambda: PROJECT_ROOT / "endpoints.yml")
    instrument_path: Path = DEFAULT_INSTRUMENT
    resources_path: Path = DEFAULT_RESOURCES
    # Rasa's HTTP API (/model/parse, /conversations, ...): off unless a token is set, because it
    # reads and writes conversations. With one, `make run` serves it, token required.
    rasa_api_token: str = ""
    # SMS (bot/channels/sms.py), Twilio-compatible. Without an auth token the webhook refuses
    # every request: it could not tell the provider's requests from forged ones.
    twilio_account_sid: str = ""
    twilio_auth_token: str = ""
    twilio_number: str = ""       # the line's own number, the sender of API replies
    sms_public_url: str = ""      # the webhook's URL as the provider calls it (behind proxies)
    sms_reply_via: str = "twiml"  # twiml: in the webhook's answer; api: the provider's REST API
    sms_api_base: str = "https://api.twilio.com"
    sms_dry_run: bool = False     # process messages, send nothing
    sms_state_db: Optional[Path] = None  # opt-outs; default: <var_dir>/sms.db
    # Anonymized transcripts: a SQLAlchemy URL or a file path (SQLite); default var/transcripts.db.
    transcripts_db: Optional[str] = None
    staff_port: int = 5080
    staff_secret: Optional[str] = None  # default: generated into <var_dir>/staff.secret
    transcript_retention_days: int = 90

    @classmethod
    def from_env(cls, env: Optional[Mapping[str, str]] = None) -> "Settings":
        env = os.environ if env is None else env
        var_dir = _path(env.get("VAR_DIR") or "var")
        return cls(
            rasa_port=_int(env, "RASA_PORT", 5005),
            actions_port=_int(env, "ACTIONS_PORT", 5055),
            var_dir=var_dir,
            model_path=_path(env.get("MODEL_PATH") or "models/current.tar.gz"),
            tracker_db=_path(env["TRACKER_DB"]) if env.get("TRACKER_DB") else None,
            sender_id_secret=env.get("SENDER_ID_SECRET") or None,
            retention_hours=_float(env, "RETENTION_HOURS", 24.0),
            log_level=_log_level(env.get("LOG_LEVEL") or "INFO"),
            endpoints=_path(env.get("ENDPOINTS") or "endpoints.yml"),
            instrument_path=_path(env.get("INSTRUMENT_PATH") or str(DEFAULT_INSTRUMENT)),
            resources_path=_path(env.get("RESOURCES_PATH") or str(DEFAULT_RESOURCES)),
            rasa_api_token=_token(env, "RASA_API_TOKEN"),
            twilio_account_sid=env.get("TWILIO_ACCOUNT_SID") or "",
            twilio_auth_token=env.get("TWILIO_AUTH_TOKEN") or "",
            twilio_number=env.get("TWILIO_NUMBER") or "",
            sms_public_url=env.get("SMS_PUBLIC_URL") or "",
            sms_reply_via=_choice(env, "SMS_REPLY_VIA", ("twiml", "api")),
            sms_api_base=env.get("SMS_API_BASE") or "https://api.twilio.com",
            sms_dry_run=_bool(env, "SMS_DRY_RUN", False),
            sms_state_db=_path(env["SMS_STATE_DB"]) if env.get("SMS_STATE_DB") else None,
            transcripts_db=env.get("TRANSCRIPTS_DB") or None,
            staff_port=_int(env, "STAFF_PORT", 5080),
            staff_secret=env.get("STAFF_SECRET") or None,
            transcript_retention_days=_days(env, "TRANSCRIPT_RETENTION_DAYS", 90),
        )

    @property
    def log_dir(self) -> Path:
        return self.var_dir / "log"

    @property
    def tracker_db_path(self) -> Path:
        return self.tracker_db or self.var_dir / "tracker.db"

    @property
    def sms_state_db_path(self) -> Path:
        return self.sms_state_db or self.var_dir / "sms.db"

    @property
    def transcripts_db_url(self) -> str:
        """The transcripts database as a SQLAlchemy URL (a bare path means a SQLite file)."""
        raw = self.transcripts_db
        if not raw:
            return f"sqlite:///{self.var_dir / 'transcripts.db'}"
        if "://" in raw:
            return raw
        return f"sqlite:///{_path(raw)}"

    @property
    def staff_url(self) -> str:
        return f"http://localhost:{self.staff_port}"

    @property
    def action_endpoint_url(self) -> str:
        return f"http://localhost:{self.actions_port}/webhook"

    @property
    def rasa_url(self) -> str:
        return f"http://localhost:{self.rasa_port}"

    def export(self) -> Dict[str, str]:
        """Environment variables for child processes (endpoints.yml reads the action URL and
        the tracker database; the secret, when set, is inherited from the environment)."""
        return {
            "RASA_TELEMETRY_ENABLED": "false",
            "VAR_DIR": str(self.var_dir),
            "RASA_PORT": str(self.rasa_port),
            "ACTIONS_PORT": str(self.actions_port),
            "MODEL_PATH": str(self.model_path),
            "ACTION_ENDPOINT_URL": self.action_endpoint_url,
            "TRACKER_DB": str(self.tracker_db_path),
            "RETENTION_HOURS": str(self.retention_hours),
            "LOG_LEVEL": self.log_level,
            "ENDPOINTS": str(self.endpoints),
            "INSTRUMENT_PATH": str(self.instrument_path),
            "RESOURCES_PATH": str(self.resources_path),
            "RASA_API_TOKEN": self.rasa_api_token,
            # credentials.yml reads these; every one must be set, if only to "".
            "TWILIO_ACCOUNT_SID": self.twilio_account_sid,
            "TWILIO_AUTH_TOKEN": self.twilio_auth_token,
            "TWILIO_NUMBER": self.twilio_number,
            "SMS_PUBLIC_URL": self.sms_public_url,
            "SMS_REPLY_VIA": self.sms_reply_via,
            "SMS_API_BASE": self.sms_api_base,
            "SMS_DRY_RUN": "true" if self.sms_dry_run else "false",
            "SMS_STATE_DB": str(self.sms_state_db_path),
            "TRANSCRIPTS_DB": self.transcripts_db_url,
            "STAFF_PORT": str(self.staff_port),
            "TRANSCRIPT_RETENTION_DAYS": str(self.transcript_retention_days),
        }
