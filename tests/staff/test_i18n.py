"""Every word of the portal exists in English and Spanish."""
from __future__ import annotations

import re

from bot.settings import PROJECT_ROOT
from bot.staff import charts, i18n
from bot.staff.accounts import MIN_PASSWORD_CHARS
from bot.transcripts import queries
from bot.transcripts.models import RESULTS, ROLES

LITERAL = re.compile(r"""_\(\s*(?:"([^"]+)"|'([^']+)')\s*\)""")


def literal_texts():
    sources = list((PROJECT_ROOT / "bot/staff/templates").glob("*.html"))
    sources += [PROJECT_ROOT / "bot/staff/charts.py"]
    for path in sources:
        for match in LITERAL.finditer(path.read_text(encoding="utf-8")):
            yield path.name, match.group(1) or match.group(2)


def test_every_literal_text_has_a_spanish_translation():
    missing = [(f, t) for f, t in literal_texts() if t not in i18n.ES]
    assert missing == []
    assert len(list(literal_texts())) > 60


def test_every_value_shown_through_the_translator_has_spanish():
    values = [*queries.LANGUAGES, *RESULTS, "none", *queries.FLAGS, *ROLES, "unknown",
              *(f"chart:{name}" for name in charts.CHARTS),
              "conversations by channel", "conversations by language", "quick exits",
              "results", "resources offered", "danger flags", "conversations", "total",
              "login", "login_failed", "login_locked", "logout", "list", "view", "export",
              "dashboard", "audit", "purge", "retention", "user_create", "user_enable",
              "user_disable"]
    assert [v for v in values if v not in i18n.ES] == []


def test_fixed_error_messages_have_spanish():
    assert f"the password must have at least {MIN_PASSWORD_CHARS} characters" in i18n.ES
    spanish = i18n.translator("es")
    assert spanish("Sign in first.") == "Primero inicie sesión."
    assert i18n.translator("en")("Sign in first.") == "Sign in first."
