"""Anonymized transcripts through the real servers: a whole conversation with seeded personal data
becomes a session row and turn rows in which no seeded value appears (in any column of any
table); delete on request removes the transcript and late events do not bring it back; quick
exit keeps it, marked and unlinked. On SQLite (default) and PostgreSQL."""
from __future__ import annotations

import random
import time
import uuid
from typing import Any, Dict, List, Optional

import pytest
import requests
import sqlalchemy as sa
import yaml

from bot.content.instrument import load
from bot.settings import PROJECT_ROOT
from bot.transcripts.broker import link_secret
from bot.transcripts.db import make_engine
from bot.transcripts.models import metadata
from bot.transcripts.writer import link_key

INSTRUMENT = load()
WAIT_S = 15
DOMAIN = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))


def rest_text(name: str, lang: str) -> str:
    """A response's text for a language on the REST channel (no channel-specific variation)."""
    for variation in DOMAIN["responses"][name]:
        conditions = variation.get("condition") or []
        if variation.get("channel") or any(c.get("name") != "language" for c in conditions):
            continue
        if lang in {c["value"] for c in conditions}:
            return variation["text"]
    raise KeyError(f"{name} has no REST variation for {lang}")


def transcripts_engine(assistant) -> sa.engine.Engine:
    engine = getattr(assistant, "_transcripts_engine", None)
    if engine is None:
        engine = make_engine(assistant.settings.transcripts_db_url)
        assistant._transcripts_engine = engine
    return engine


def query(assistant, sql: str, **params: Any) -> List[Dict[str, Any]]:
    with transcripts_engine(assistant).connect() as db:
        return [dict(r) for r in db.execute(sa.text(sql), params).mappings().all()]


def open_session(assistant, raw_sender: str) -> Optional[Dict[str, Any]]:
    key = link_key(link_secret(assistant.settings), assistant.conversation_id(raw_sender))
    rows = query(assistant, "SELECT * FROM transcript_sessions WHERE link_key = :k", k=key)
    return rows[0] if rows else None


def wait_for(check, what: str):
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.2)
    pytest.fail(f"timed out waiting for {what}")


def every_stored_value(assistant) -> List[str]:
    values = []
    with transcripts_engine(assistant).connect() as db:
        for table in [*metadata.sorted_tables, sa.table("alembic_version", sa.column("version_num"))]:
            for row in db.execute(sa.select(sa.text("*")).select_from(table)).all():
                values += [str(v) for v in row if v is not None]
    return values


def seeded_person(lang: str) -> Dict[str, str]:
    digits = f"{random.randint(200, 989)}{random.randint(1000, 9999)}"
    if lang == "en":
        return {"name": "Rosalind Whitcombe", "phone": f"(415) {digits[:3]}-{digits[3:]}",
                "email": f"rosalind.whitcombe{digits}@example.org",
                "address": "1742 Evergreen Terrace", "digits": f"415{digits}"}
    return {"name": "Guadalupe Etxeberria", "phone": f"305 {digits[:3]} {digits[3:]}",
            "email": f"lupe.etx{digits}@correo.example",
            "address": "Calle Olmo 3821", "digits": f"305{digits}"}


PII_MESSAGE = {
    "en": "my name is {name}, call me at {phone} or write to {email}, I live at {address}",
    "es": "me llamo {name}, mi número es {phone} y mi correo {email}, vivo en {address}",
}
WORDS = {
    "en": {"hi": "hi", "yes": "yes", "no": "no", "housing": "i need a safe place to sleep tonight"},
    "es": {"hi": "hola", "yes": "si", "no": "no", "housing": "necesito un lugar seguro para dormir hoy"},
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_whole_conversation_is_stored_anonymized(any_assistant, lang):
    assistant = any_assistant
    person = seeded_person(lang)
    raw_sender = f"+1{person['digits']}"  # a phone number as the client's id, as SMS would give
    words = WORDS[lang]
    assistant.say(raw_sender, words["hi"])
    assistant.say(raw_sender, f'/change_language{{"language": "{lang}"}}')
    assistant.say(raw_sender, words["yes"])
    assistant.say(raw_sender, PII_MESSAGE[lang].format(**person))
    assistant.say(raw_sender, "/start_screening")
    assistant.say(raw_sender, "/affirm")
    for index in range(len(INSTRUMENT.items)):
        assistant.say(raw_sender, words["no"] if index else words["yes"])
    assistant.say(raw_sender, words["housing"])

    def complete():
        row = open_session(assistant, raw_sender)
        return row if row and row["needs"] and "housing" in str(row["needs"]) else None

    session = wait_for(complete, "the transcript's session row")
    assert session["channel"] == "rest" and session["language"] == lang
    assert session["result"] == "positive"
    instrument_id, _, version = INSTRUMENT.label.partition("@")
    assert (session["instrument_id"], session["instrument_version"]) == (instrument_id, version)
    assert INSTRUMENT.items[0].domain in str(session["domains"])
    assert "hotline" in str(session["resources_offered"])
    assert not session["ended_by_quick_exit"]
    assert len(session["id"]) == 32 and session["id"] != assistant.conversation_id(raw_sender)

    turns = query(assistant, "SELECT speaker, text, intent FROM transcript_turns "
                             "WHERE session_id = :s ORDER BY seq", s=session["id"])
    user_turns = [t for t in turns if t["speaker"] == "user"]
    bot_turns = [t["text"] for t in turns if t["speaker"] == "bot"]
    assert len(user_turns) == 8 + len(INSTRUMENT.items) - 1
    assert rest_text("utter_language_set", lang) in bot_turns
    assert all(t["intent"] for t in user_turns)
    pii_turn = user_turns[3]["text"]
    assert "[" in pii_turn and person["name"].split()[0] not in pii_turn

    stored = "\n".join(every_stored_value(assistant))
    seeded = [person["name"], *person["name"].split(), person["phone"], person["digits"],
              person["digits"][3:], person["email"], person["address"],
              person["address"].split()[-1] if lang == "en" else person["address"].split()[1],
              raw_sender, assistant.conversation_id(raw_sender)]
    leaked = [value for value in seeded if value.lower() in stored.lower()]
    assert leaked == []


def test_transcripts_database_holds_only_our_tables(assistant):
    with transcripts_engine(assistant).connect() as db:
        tables = set(sa.inspect(db).get_table_names())
    assert tables == {t.name for t in metadata.sorted_tables} | {"alembic_version"}


def _short_conversation(assistant, raw_sender: str, lang: str) -> Dict[str, Any]:
    assistant.say(raw_sender, WORDS[lang]["hi"])
    assistant.say(raw_sender, f'/change_language{{"language": "{lang}"}}')
    return wait_for(lambda: open_session(assistant, raw_sender), "the transcript")


@pytest.mark.parametrize("lang, words", [("en", "delete my data"), ("es", "borrar mis datos")])
def test_delete_on_request_removes_the_transcript(any_assistant, lang, words):
    assistant = any_assistant
    raw_sender = f"test-{uuid.uuid4().hex}"
    session = _short_conversation(assistant, raw_sender, lang)
    replies = assistant.say(raw_sender, words)
    assert replies[0]["text"] == rest_text("utter_data_deleted", lang)

    def gone():
        return not query(assistant, "SELECT id FROM transcript_sessions WHERE id = :i",
                         i=session["id"])

    wait_for(gone, "the transcript to be deleted")
    time.sleep(1.0)  # late events of the erasure turn must not bring it back
    assert gone() and open_session(assistant, raw_sender) is None
    assert query(assistant, "SELECT id FROM transcript_turns WHERE session_id = :i",
                 i=session["id"]) == []
    # The next message starts a new, separate transcript.
    assistant.say(raw_sender, WORDS[lang]["hi"])
    new = wait_for(lambda: open_session(assistant, raw_sender), "a new transcript")
    assert new["id"] != session["id"]


@pytest.mark.parametrize("lang, word", [("en", "exit"), ("es", "salir")])
def test_quick_exit_keeps_the_transcript_marked_and_unlinked(any_assistant,
                                                             lang, word):
    assistant = any_assistant
    raw_sender = f"test-{uuid.uuid4().hex}"
    session = _short_conversation(assistant, raw_sender, lang)
    assert assistant.say(raw_sender, word)[0]["text"] == rest_text("utter_quick_exit", lang)

    def marked():
        rows = query(assistant, "SELECT * FROM transcript_sessions WHERE id = :i", i=session["id"])
        done = rows and rows[0]["ended_by_quick_exit"] and rows[0]["link_key"] is None
        return rows[0] if done else None

    wait_for(marked, "the quick exit mark and the link cleared")
    assert open_session(assistant, raw_sender) is None
    turns = query(assistant, "SELECT speaker, text FROM transcript_turns WHERE session_id = :i "
                             "ORDER BY seq", i=session["id"])
    assert turns[-1] == {"speaker": "bot", "text": rest_text("utter_quick_exit", lang)}


def test_the_launcher_serves_the_staff_portal(assistant):
    reply = requests.get(f"{assistant.settings.staff_url}/login", timeout=10)
    assert reply.status_code == 200 and "csrf_token" in reply.text
    assert "Content-Security-Policy" in reply.headers
    reply = requests.get(f"{assistant.settings.staff_url}/transcripts", timeout=10,
                         allow_redirects=False)
    assert reply.status_code == 303
    assert f"{assistant.settings.staff_url}" in assistant.output()
