"""The web channel's checks: conversation tokens, request bodies, the rate limit, and the memory
that makes a message sent again run once (the same requests go through the real server and a
real browser in tests/integration/test_web_widget.py)."""
import asyncio
import json
import uuid

import pytest

from bot.channels.rest import BadRequest
from bot.channels.web_guard import (
    MAX_MESSAGE_CHARS,
    Conversations,
    Forbidden,
    issue_token,
    parse_chat,
    parse_exit,
    token_key,
    verify_token,
    widget_messages,
)

KEY = token_key(b"s" * 64)


def body(**fields) -> bytes:
    return json.dumps(fields).encode()


def test_issued_token_carries_a_random_uuid4_the_server_signed():
    tokens = {issue_token(KEY) for _ in range(50)}
    assert len(tokens) == 50
    for token in tokens:
        conversation_id = verify_token(KEY, token)
        assert uuid.UUID(conversation_id).version == 4
        assert token.startswith(conversation_id + ".")


def test_token_key_is_derived_not_the_secret_itself():
    assert token_key(b"s" * 64) != b"s" * 64
    assert token_key(b"s" * 64) != token_key(b"t" * 64)


@pytest.mark.parametrize("forge", [
    lambda t: str(uuid.uuid4()) + "." + t.split(".")[1],      # another id, same signature
    lambda t: t.split(".")[0] + ".AAAA",                       # made-up signature
    lambda t: t.split(".")[0],                                 # no signature
    lambda t: t + "x",                                         # altered signature
    lambda t: str(uuid.uuid1()) + "." + t.split(".")[1],      # not a v4 id
    lambda t: t.upper(),                                       # another spelling of the id
    lambda t: "not-a-uuid.sig",
    lambda t: t + ".extra",
    lambda t: "é" * 10 + "." + "ü" * 10,
    lambda t: t * 3,                                           # too long
])
def test_forged_tokens_are_forbidden(forge):
    with pytest.raises(Forbidden) as refused:
        verify_token(KEY, forge(issue_token(KEY)))
    assert refused.value.status == 403
    assert "start a new conversation" in str(refused.value)


def test_a_token_from_another_server_secret_is_forbidden():
    with pytest.raises(Forbidden):
        verify_token(KEY, issue_token(token_key(b"other" * 10)))


@pytest.mark.parametrize("token", [None, "", 5, ["x"]])
def test_absent_token_is_a_bad_request(token):
    with pytest.raises(BadRequest) as refused:
        verify_token(KEY, token)
    assert refused.value.status == 400
    assert "'token' is required" in str(refused.value)


def test_valid_chat_body_is_parsed_and_cleaned():
    parsed = parse_chat(body(token="t", id="abcdef12", message=" ho\x00la\x1b\n "))
    assert (parsed.token, parsed.message_id, parsed.text) == ("t", "abcdef12", "hola")


@pytest.mark.parametrize("raw, reason", [
    (b"{nope", "the body must be a JSON object"),
    (b"[]", "the body must be a JSON object"),
    (b"\xff", "the body must be a JSON object"),
    (body(id="abcdef12", message="hi"), "'token' is required"),
    (body(token="t", message="hi"), "'id' is required"),
    (body(token="t", id="short", message="hi"), "'id' is required"),
    (body(token="t", id="<script>alert(1)</script>", message="hi"), "'id' is required"),
    (body(token="t", id="abcdef12"), "'message' is required"),
    (body(token="t", id="abcdef12", message=["hi"]), "'message' is required"),
    (body(token="t", id="abcdef12", message="  \n\t "), "'message' is empty"),
    (body(token="t", id="abcdef12", message="\x00\x07\x1b"), "'message' is empty"),
])
def test_bad_chat_bodies_are_refused_with_a_reason(raw, reason):
    with pytest.raises(BadRequest) as refused:
        parse_chat(raw)
    assert str(refused.value).startswith(reason)
    assert refused.value.status == 400


def test_overlong_message_and_body_are_too_large():
    with pytest.raises(BadRequest) as refused:
        parse_chat(body(token="t", id="abcdef12", message="a" * (MAX_MESSAGE_CHARS + 1)))
    assert refused.value.status == 413 and str(MAX_MESSAGE_CHARS) in str(refused.value)
    with pytest.raises(BadRequest) as refused:
        parse_chat(b" " * 20_000)
    assert refused.value.status == 413


def test_html_is_kept_as_text_for_the_widget_to_show_as_text():
    text = '<img src=x onerror="alert(1)">'
    assert parse_chat(body(token="t", id="abcdef12", message=text)).text == text


def test_exit_body_needs_a_token():
    assert parse_exit(body(token="abc")) == "abc"
    with pytest.raises(BadRequest):
        parse_exit(b"")


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_rate_limit_lets_a_burst_through_then_says_how_long_to_wait():
    clock = Clock()
    live = Conversations(burst=3, per_second=0.5, clock=clock)
    conversation = live.get("a")
    assert [live.take(conversation) for _ in range(3)] == [None, None, None]
    wait = live.take(conversation)
    assert wait == pytest.approx(2.0)
    clock.now += 2.0
    assert live.take(conversation) is None
    # Another conversation has its own bucket.
    assert live.take(live.get("b")) is None


def test_idle_conversations_are_forgotten_and_the_number_is_bounded():
    clock = Clock()
    live = Conversations(max_live=3, idle_s=60, clock=clock)
    for name in "abcd":
        live.get(name)
    assert list(live.live) == ["b", "c", "d"]
    clock.now += 61
    live.get("e")
    assert list(live.live) == ["e"]


def test_a_closed_conversation_is_refused_and_its_state_dropped():
    live = Conversations()
    live.get("a")
    live.close("a")
    assert live.is_closed("a") and "a" not in live.live


def test_recent_turns_are_kept_per_message_id_and_bounded():
    live = Conversations(turns_kept=2)
    conversation = live.get("a")
    loop = asyncio.new_event_loop()
    try:
        for message_id in ("m1", "m2", "m3"):
            live.remember_turn(conversation, message_id, loop.create_future())
    finally:
        loop.close()
    assert list(conversation.turns) == ["m2", "m3"]


def test_widget_messages_keep_text_and_buttons_only():
    collected = [
        {"recipient_id": "x", "text": "hi", "buttons": [{"title": "Yes", "payload": "/affirm"}]},
        {"recipient_id": "x", "image": "http://example.org/a.png"},
        {"recipient_id": "x", "text": "<b>bold</b>", "custom": {"a": 1}},
    ]
    assert widget_messages(collected) == [
        {"text": "hi", "buttons": [{"title": "Yes", "payload": "/affirm"}]},
        {"text": "<b>bold</b>"},
    ]
