"""Pseudonymous sender ids: HMAC-SHA256(secret, channel + raw id).

Every channel maps the id its provider gives (a phone number, a client's id) through
`pseudonymous_id` before Rasa sees it, so the tracker store, transcripts and logs only ever hold
the pseudonym. The secret comes from SENDER_ID_SECRET, or from a file under var/ that is
generated on first use (with a warning: a deployment should set the variable).
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
import tempfile
from pathlib import Path
from typing import Optional

from bot.settings import Settings

logger = logging.getLogger(__name__)

SECRET_FILE = "sender_id.secret"
MIN_SECRET_CHARS = 32


def pseudonymous_id(channel: str, raw_id: str, secret: bytes) -> str:
    """A stable id for (channel, raw id) that cannot be reversed without the secret."""
    message = f"{channel}\x1f{raw_id}".encode("utf-8")
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def load_secret(settings: Optional[Settings] = None) -> bytes:
    """The HMAC secret: SENDER_ID_SECRET, else var/sender_id.secret (created when absent)."""
    settings = settings or Settings.from_env()
    if settings.sender_id_secret:
        if len(settings.sender_id_secret) < MIN_SECRET_CHARS:
            raise ValueError(f"SENDER_ID_SECRET must be at least {MIN_SECRET_CHARS} characters; "
                             "generate one with: python -c 'import secrets; print(secrets.token_hex(32))'")
        return settings.sender_id_secret.encode("utf-8")
    path = settings.var_dir / SECRET_FILE
    if not path.exists():
        _create_secret_file(path)
    secret = path.read_text(encoding="utf-8").strip()
    if len(secret) < MIN_SECRET_CHARS:
        raise ValueError(f"{path} holds no usable secret (under {MIN_SECRET_CHARS} characters); "
                         "delete it to have a new one generated, or set SENDER_ID_SECRET")
    return secret.encode("utf-8")


def _create_secret_file(path: Path, variable: str = "SENDER_ID_SECRET",
                        purpose: str = "sender-id") -> None:
    """Writes the secret to a private temporary file, then links it into place, so that no
    process can ever read a half-written secret and two creators cannot both win."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".secret-")  # created with mode 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(secrets.token_hex(32) + "\n")
        try:
            os.link(tmp, path)
        except FileExistsError:  # another process created it first: use theirs
            return
    finally:
        os.unlink(tmp)
    logger.warning("%s is not set: generated a new %s secret in %s. Set %s in production so "
                   "it stays stable across machines.", variable, purpose, path, variable)


def load_named_secret(path: Path, value: Optional[str], variable: str, purpose: str) -> str:
    """A secret from its variable's `value`, else from `path` (created when absent), as the
    sender-id secret is; used for the staff portal's session key too."""
    if value:
        if len(value) < MIN_SECRET_CHARS:
            raise ValueError(f"{variable} must be at least {MIN_SECRET_CHARS} characters; "
                             "generate one with: python -c 'import secrets; print(secrets.token_hex(32))'")
        return value
    if not path.exists():
        _create_secret_file(path, variable, purpose)
    secret = path.read_text(encoding="utf-8").strip()
    if len(secret) < MIN_SECRET_CHARS:
        raise ValueError(f"{path} holds no usable secret (under {MIN_SECRET_CHARS} characters); "
                         f"delete it to have a new one generated, or set {variable}")
    return secret
