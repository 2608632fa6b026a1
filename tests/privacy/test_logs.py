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


def test_remembered_sets_are_bounded():
    for i in range(logs.MAX_PHRASES + 50):
        logs.remember(f"value-{i:05d}")
    assert len(logs._phrases) <= logs.MAX_PHRASES and len(logs._words) <= logs.MAX_WORDS


def test_one_long_message_cannot_push_out_its_own_ids():
    long_text = " ".join(f"word{i}" for i in range(1200))
    logs.remember("sender-xyz-123", "a3f9c0ffee", long_text)
    assert logs.scrub("id sender-xyz-123 pseudonym a3f9c0ffee") == "id [redacted] pseudonym [redacted]"


def test_repr_escaped_and_punctuated_forms_are_scrubbed():
    logs.remember("me llamo María")
    assert "Mar" not in logs.scrub("params ('Mar\\xeda',) and 'maría.' and María,")


def test_exc_info_is_dropped_after_scrubbing(caplog):
    logs.remember("secretword")
    try:
        raise RuntimeError("secretword")
    except RuntimeError:
        logging.getLogger("x").exception("failed")
    [record] = [r for r in caplog.records if r.name == "x"]
    assert record.exc_info is None and "secretword" not in record.exc_text
