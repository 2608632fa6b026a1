"""The broker never breaks or slows a conversation: a full queue or a broken database drops
events and says so in the log, without content."""
from __future__ import annotations

import asyncio
import logging
import threading
import time

import sqlalchemy as sa

from bot.privacy import erasure
from bot.privacy.erasure import Erasure
from bot.transcripts.broker import TranscriptBroker

SECRET = b"s" * 32
PII = "Maria Gonzalez 555-201-7788"


def test_a_full_queue_drops_events_quickly_and_logs_no_content(tmp_path, caplog):
    gate = threading.Event()

    def slow_redact(text, language):
        gate.wait(5)
        return "[redacted]"

    broker = TranscriptBroker(f"sqlite:///{tmp_path / 't.db'}", SECRET, queue_size=3,
                              redactor=slow_redact)
    try:
        caplog.set_level(logging.DEBUG)
        started = time.monotonic()
        for i in range(20):
            broker.publish({"sender_id": "x", "event": "user", "text": PII, "timestamp": i + 1.0})
        assert time.monotonic() - started < 0.5
        assert broker.counters.dropped_full > 0
        assert "queue full" in caplog.text and PII not in caplog.text
    finally:
        gate.set()
        asyncio.run(broker.close())


def test_a_broken_database_is_logged_without_content_and_nothing_raises(tmp_path, caplog):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the database folder should be")
    caplog.set_level(logging.DEBUG)
    broker = TranscriptBroker(f"sqlite:///{tmp_path}/ok.db", SECRET)
    broker.engine = sa.create_engine(f"sqlite:///{blocker}/sub/t.db", future=True)
    broker.writer.factory.configure(bind=broker.engine)
    broker._schema_ready = False
    try:
        broker.publish({"sender_id": "x", "event": "user", "text": PII, "timestamp": 1.0})
        broker.drain(5)
        assert broker.counters.failed >= 1
        assert "transcripts database unavailable" in caplog.text
        assert PII not in caplog.text and "Maria" not in caplog.text
    finally:
        asyncio.run(broker.close())


def test_the_erasure_hook_deletes_the_current_transcript(tmp_path):
    broker = TranscriptBroker(f"sqlite:///{tmp_path / 't.db'}", SECRET,
                              redactor=lambda text, language: "[redacted]")
    try:
        now = time.time()
        broker.publish({"sender_id": "gone", "event": "session_started", "timestamp": now - 2})
        broker.publish({"sender_id": "kept", "event": "session_started", "timestamp": now - 2})
        broker.publish({"sender_id": "gone", "event": "user", "text": PII, "timestamp": now - 1})
        asyncio.run(erasure.run_hooks("gone", Erasure.DELETE))
        broker.publish({"sender_id": "gone", "event": "bot", "text": "Deleted.", "timestamp": now - 0.5})
        assert broker.drain()
        with broker.engine.connect() as db:
            assert db.execute(sa.text("SELECT count(*) FROM transcript_sessions")).scalar() == 1
            assert db.execute(sa.text("SELECT count(*) FROM transcript_turns")).scalar() == 0
    finally:
        asyncio.run(broker.close())


def test_the_redaction_tables_are_built_when_the_broker_starts_not_on_the_first_event(
        tmp_path, monkeypatch):
    from bot.privacy.redaction import vocab

    monkeypatch.setattr(vocab, "_languages", {})
    monkeypatch.setattr(vocab, "_words", {})
    broker = TranscriptBroker(f"sqlite:///{tmp_path / 't.db'}", SECRET)
    try:
        deadline = time.monotonic() + 60
        while len(vocab._languages) < len(vocab.LANGUAGES) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert set(vocab._languages) == set(vocab.LANGUAGES)  # no event was published
        assert vocab._words
    finally:
        asyncio.run(broker.close())


def test_a_broker_with_its_own_redactor_does_not_build_the_tables(tmp_path, monkeypatch):
    from bot.privacy.redaction import vocab

    monkeypatch.setattr(vocab, "_languages", {})
    broker = TranscriptBroker(f"sqlite:///{tmp_path / 't.db'}", SECRET,
                              redactor=lambda text, language: "[redacted]")
    try:
        broker.publish({"sender_id": "x", "event": "user", "text": PII, "timestamp": 1.0})
        assert broker.drain(10)
        assert vocab._languages == {}
    finally:
        asyncio.run(broker.close())
