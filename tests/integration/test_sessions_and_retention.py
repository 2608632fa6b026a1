"""Session expiry, slot carry-over and the retention purge, against the real server's store."""
import json
import os
import subprocess
import sys
import uuid

from rasa.engine.storage.local_model_storage import LocalModelStorage

from bot.settings import PROJECT_ROOT


def age_conversation(assistant, sender, seconds):
    """Moves a conversation's events back in time: the column Rasa queries and the timestamp
    inside each event's JSON, which Rasa rebuilds the tracker from (SQLite)."""
    assistant.sql(
        "UPDATE events SET timestamp = timestamp - :d, "
        "data = json_set(data, '$.timestamp', json_extract(data, '$.timestamp') - :d) "
        "WHERE sender_id = :s", d=seconds, s=assistant.conversation_id(sender))


def test_trained_model_expires_sessions_after_15_minutes_without_carrying_slots(trained_model):
    domain = LocalModelStorage.metadata_from_archive(trained_model).domain
    assert domain.session_config.session_expiration_time == 15
    assert domain.session_config.carry_over_slots is False


def test_an_expired_session_starts_again_without_the_language(assistant, response_text):
    sender = f"test-{uuid.uuid4().hex}"
    assistant.say(sender, "hola")
    assistant.say(sender, "español")
    age_conversation(assistant, sender, 16 * 60)  # sixteen minutes pass
    replies = assistant.say(sender, "gracias")
    assert [r["text"] for r in replies] == [response_text("utter_you_are_welcome", None)]
    events = assistant.stored_events(sender)
    starts = [e for e in events if e["action_name"] == "action_session_start"]
    assert len(starts) == 2
    after = events[events.index(starts[-1]):]
    assert not [e for e in after if e["type_name"] == "slot"
                and json.loads(e["data"])["name"] == "language"]


def test_purge_command_removes_only_state_past_the_retention_age(assistant):
    old, recent = f"test-{uuid.uuid4().hex}", f"test-{uuid.uuid4().hex}"
    for sender in (old, recent):
        assistant.say(sender, "hi")
    age_conversation(assistant, old, 25 * 3600)
    env = {**os.environ, **assistant.settings.export()}
    done = subprocess.run([sys.executable, "-m", "bot.privacy", "purge"], cwd=PROJECT_ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "older than 24 hours" in done.stdout
    assert "Done: " in done.stdout and "conversations and" in done.stdout
    assert assistant.stored_events(old) == []
    assert assistant.stored_events(recent)
    assert assistant.conversation_id(old) not in done.stdout + done.stderr


def test_launcher_ran_the_purge_at_start(assistant):
    assert "Retention: removed" in assistant.output()
