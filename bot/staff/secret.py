"""The portal's session-cookie key: STAFF_SECRET, else var/staff.secret (created on first use,
atomically, like the sender-id secret; the launcher creates it before starting the portal)."""
from __future__ import annotations

from bot.privacy.pseudonym import load_named_secret
from bot.settings import Settings

STAFF_SECRET_FILE = "staff.secret"


def staff_secret(settings: Settings) -> str:
    return load_named_secret(settings.var_dir / STAFF_SECRET_FILE, settings.staff_secret,
                             "STAFF_SECRET", "staff session")
