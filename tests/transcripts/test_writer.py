"""Rasa events become anonymized transcript rows; erasure removes or marks them."""
from __future__ import annotations

import time

import pytest
import sqlalchemy as sa

from bot.privacy.erasure import Erasure
from bot.transcripts.db import make_engine, session_factory, upgrade_to_head
from bot.transcripts.models import TranscriptSession, Turn
from bot.transcripts.writer import TranscriptWriter, link_key

SECRET = b"k" * 32
SENDER = "a1b2c3-pseudonymous-sender"


def fake_redact(text: str, language: str) -> str:
    return text.replace("Ana", "[NAME]")


@pytest.fixture
def writer(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 't.db'}")
    upgrade_to_head(engine)
    w = TranscriptWriter(session_factory(engine), SECRET, fake_redact)
    w.engine = engine
    return w


def conversation(t0: float, sender: str = SENDER):
    yield {"sender_id": sender, "event": "action", "name": "action_session_start", "timestamp": t0}
    yield {"sender_id": sender, "event": "session_started", "timestamp": t0 + 0.1}
    yield {"sender_id": sender, "event": "user", "text": "I am Ana", "timestamp": t0 + 1,
           "input_channel": "rest", "parse_data": {"intent": {"name": "greet"}}}
    yield {"sender_id": sender, "event": "slot", "name": "language", "value": "en", "timestamp": t0 + 1.1}
    yield {"sender_id": sender, "event": "slot", "name": "screening_answer", "value": "Ana", "timestamp": t0 + 1.2}
    yield {"sender_id": sender, "event": "bot", "text": "Hi there.", "timestamp": t0 + 2}
    yield {"sender_id": sender, "event": "slot", "name": "screening_instrument", "value": "default@1.0", "timestamp": t0 + 3}
    yield {"sender_id": sender, "event": "slot", "name": "screening_result", "value": "positive", "timestamp": t0 + 3}
    yield {"sender_id": sender, "event": "slot", "name": "screening_domains", "value": ["debt", "control"], "timestamp": t0 + 3}
    yield {"sender_id": sender, "event": "slot", "name": "danger_flag", "value": True, "timestamp": t0 + 3}
    yield {"sender_id": sender, "event": "slot", "name": "danger_flag", "value": False, "timestamp": t0 + 3}


def rows(writer):
    with writer.engine.connect() as db:
        sessions = db.execute(sa.select(TranscriptSession.__table__)).mappings().all()
        turns = db.execute(sa.select(Turn.__table__).order_by(Turn.seq)).mappings().all()
    return sessions, turns


def test_a_session_becomes_one_row_with_redacted_turns_and_slot_fields(writer):
    for event in conversation(time.time()):
        writer.handle(event)
    sessions, turns = rows(writer)
    assert len(sessions) == 1
    s = sessions[0]
    assert len(s["id"]) == 32 and SENDER not in s["id"]
    assert s["link_key"] == link_key(SECRET, SENDER) != SENDER
    assert (s["channel"], s["language"], s["result"]) == ("rest", "en", "positive")
    assert (s["instrument_id"], s["instrument_version"]) == ("default", "1.0")
    assert s["domains"] == ["debt", "control"]
    assert s["danger_flag"] is True  # never lowered
    assert [(t["speaker"], t["text"], t["intent"]) for t in turns] == [
        ("user", "I am [NAME]", "greet"), ("bot", "Hi there.", None)]


def test_a_new_session_closes_the_previous_one(writer):
    t0 = time.time() - 100
    for event in conversation(t0):
        writer.handle(event)
    for event in conversation(t0 + 50):
        writer.handle(event)
    sessions, _ = rows(writer)
    assert len(sessions) == 2
    assert sorted(s["link_key"] is None for s in sessions) == [False, True]


def test_delete_removes_the_transcript_and_late_events_do_not_recreate_it(writer):
    t0 = time.time() - 10
    events = list(conversation(t0))
    for event in events[:4]:
        writer.handle(event)
    erased_at = time.time()
    writer.remember_erasure(SENDER, erased_at)
    writer.erase(SENDER, Erasure.DELETE, erased_at)
    for event in events[4:]:  # the erasure turn's events, processed late
        writer.handle(event)
    assert rows(writer) == ([], [])
    for event in conversation(erased_at + 1):  # the next conversation is recorded again
        writer.handle(event)
    assert len(rows(writer)[0]) == 1


def test_quick_exit_keeps_the_transcript_marked_and_unlinked(writer):
    t0 = time.time()
    for event in conversation(t0):
        writer.handle(event)
    writer.handle({"sender_id": SENDER, "event": "action", "name": "utter_quick_exit",
                   "timestamp": t0 + 5})
    writer.handle({"sender_id": SENDER, "event": "bot", "text": "Chat closed.",
                   "timestamp": t0 + 5.05})
    writer.erase(SENDER, Erasure.QUICK_EXIT, t0 + 6)
    writer.handle({"sender_id": SENDER, "event": "action", "name": "action_listen",
                   "timestamp": t0 + 5.1})
    sessions, turns = rows(writer)
    assert len(sessions) == 1 and len(turns) == 3
    assert turns[-1]["text"] == "Chat closed."
    assert sessions[0]["ended_by_quick_exit"] is True
    assert sessions[0]["link_key"] is None


def test_redaction_failure_stores_no_text(writer):
    def broken(text, language):
        raise RuntimeError("boom")

    writer.redactor = broken
    for event in conversation(time.time()):
        writer.handle(event)
    _, turns = rows(writer)
    assert "Ana" not in turns[0]["text"]


def test_a_batch_of_interleaved_conversations_lands_like_one_by_one(writer):
    t0 = time.time() - 100
    a, b = list(conversation(t0, "sender-a")), list(conversation(t0, "sender-b"))
    restarted = list(conversation(t0 + 50, "sender-a"))
    interleaved = [e for pair in zip(a, b) for e in pair] + restarted
    assert writer.handle_batch(interleaved) == len(interleaved)
    sessions, turns = rows(writer)
    assert len(sessions) == 3
    assert sorted(s["link_key"] is None for s in sessions) == [False, False, True]
    by_session = {}
    for t in turns:
        by_session.setdefault(t["session_id"], []).append(t["seq"])
    assert sorted(by_session.values()) == [[1, 2]] * 3
