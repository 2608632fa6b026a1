"""A transcripts database that cannot be reached never breaks or slows a conversation: the
assistant starts, answers as usual, the broker logs the failure without content, and the staff
portal answers with a clear 503."""
from __future__ import annotations

import time
import uuid

import pytest
import requests

from tests.conftest import start_assistant, stop_assistant
from tests.integration.test_transcripts import rest_text

UNREACHABLE = "postgresql://nobody@127.0.0.1:1/none"  # nothing listens on port 1


@pytest.fixture(scope="module")
def assistant_without_transcripts(trained_model, tmp_path_factory):
    running = start_assistant(tmp_path_factory.mktemp("var_no_tx"), trained_model,
                              transcripts_db=UNREACHABLE)
    yield running
    stop_assistant(running)


def test_conversation_goes_on_when_the_transcripts_database_is_down(assistant_without_transcripts):
    assistant = assistant_without_transcripts
    sender = f"test-{uuid.uuid4().hex}"
    secret_words = "my name is Philippa Quartermaine"
    assistant.say(sender, "hi")
    started = time.monotonic()
    replies = assistant.say(sender, '/change_language{"language": "en"}')
    assert time.monotonic() - started < 10
    assert [r["text"] for r in replies][0] == rest_text("utter_language_set", "en")
    assistant.say(sender, secret_words)
    assert assistant.say(sender, "exit")[0]["text"] == rest_text("utter_quick_exit", "en")
    assert assistant.stored_events(sender) == []  # the erasure itself still happened

    output = assistant.output()
    assert "transcripts database unavailable (OperationalError)" in output
    assert "Philippa" not in output and "Quartermaine" not in output

    portal = assistant.settings.staff_url
    assert requests.get(f"{portal}/login", timeout=10).status_code == 200
    reply = requests.get(f"{portal}/transcripts", timeout=10, allow_redirects=False)
    assert reply.status_code == 503 and "cannot be reached right now" in reply.text
