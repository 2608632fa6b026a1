"""The REST channel's input checks (the same requests go through the real server in
tests/integration/test_bad_input.py)."""
import json

import pytest

from bot.channels.rest import MAX_MESSAGE_CHARS, BadRequest, clean_text, parse_body


def body(**fields) -> bytes:
    return json.dumps(fields).encode()


def test_valid_request_is_parsed():
    assert parse_body(body(sender="abc-1", message=" hola ")) == ("abc-1", "hola")


def test_client_metadata_is_not_passed_on():
    assert parse_body(body(sender="a", message="hi", metadata={"name": "x"})) == ("a", "hi")


@pytest.mark.parametrize(
    "raw, reason",
    [
        (b"{not json", "the body must be a JSON object"),
        (b"", "the body must be a JSON object"),
        (b"\xff\xfe", "the body must be a JSON object"),
        (b"[1, 2]", "the body must be a JSON object"),
        (body(message="hi"), "'sender' is required"),
        (body(sender="", message="hi"), "'sender' is required"),
        (body(sender=5, message="hi"), "'sender' is required"),
        (body(sender="a b", message="hi"), "'sender' must be"),
        (body(sender="x" * 129, message="hi"), "'sender' must be"),
        (body(sender="a"), "'message' is required"),
        (body(sender="a", message=None), "'message' is required"),
        (body(sender="a", message="   \n"), "'message' is empty"),
        (body(sender="a", message="\x00\x07"), "'message' is empty"),
    ],
)
def test_bad_requests_are_refused_with_a_reason(raw, reason):
    with pytest.raises(BadRequest) as refused:
        parse_body(raw)
    assert str(refused.value).startswith(reason)
    assert refused.value.status == 400


def test_overlong_message_is_refused_as_too_large():
    with pytest.raises(BadRequest) as refused:
        parse_body(body(sender="a", message="a" * (MAX_MESSAGE_CHARS + 1)))
    assert refused.value.status == 413
    assert str(MAX_MESSAGE_CHARS) in str(refused.value)


def test_control_characters_are_removed_but_newlines_kept():
    assert clean_text("ho\x00la\x1b\nque\ttal\x7f") == "hola\nque\ttal"


def test_emoji_only_message_is_accepted():
    assert parse_body(body(sender="a", message="🙂🙏"))[1] == "🙂🙏"
