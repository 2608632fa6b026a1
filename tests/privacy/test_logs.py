"""Log scrubbing: remembered values never reach a log line, in any form."""
import json
import logging

import pytest

from bot.privacy import logs


@pytest.fixture(autouse=True)
def clean():
    logs.forget_all()
    logs.install_log_scrubbing()
    yield
    logs.forget_all()


def test_remembered_text_ids_and_words_are_redacted_in_formatted_lines(caplog):
    logs.remember("sender-raw-77", "b1946ac92492d2347c6235b4d2611184",
                  "my name is María López, call 555-201-7788")
    log = logging.getLogger("rasa.core.processor")
    with caplog.at_level(logging.DEBUG):
        log.debug("Received user message 'my name is María López, call 555-201-7788' from %s",
                  "sender-raw-77")
        log.debug(f"tracker {'b1946ac92492d2347c6235b4d2611184'} stored")
        log.debug(json.dumps({"entities": [{"value": "maría"}, {"value": "555-201-7788"}]}))
    text = caplog.text
    for secret in ("sender-raw-77", "b1946ac92492d2347c6235b4d2611184", "María", "López",
                   "555-201-7788", "mar\\u00eda", "maría"):
        assert secret not in text, secret
    assert "[redacted]" in text
    assert "Received user message" in text  # the template survives


def test_exception_text_is_scrubbed(caplog):
    logs.remember("jane.doe@example.org")
    try:
        raise ValueError("bad address jane.doe@example.org")
    except ValueError:
        logging.getLogger("sanic.error").exception("failed")
    assert "jane.doe@example.org" not in caplog.text
    assert "ValueError" in caplog.text


def test_short_words_and_non_values_are_not_remembered():
    logs.remember("ok", None, True, "  ")
    assert logs.scrub("ok None True") == "ok None True"


def test_tracker_values_are_remembered():
    logs.remember_tracker("abc123", "i am from Tijuana", {"language": "es", "city": "Tijuana"})
    assert "Tijuana" not in logs.scrub("user from Tijuana, id abc123")


def test_remembered_set_is_bounded():
    for i in range(logs.MAX_REMEMBERED + 50):
        logs.remember(f"value-{i:05d}")
    assert len(logs._remembered) <= logs.MAX_REMEMBERED
    assert "value-99999" not in logs._remembered
