"""What the web channel checks before a message reaches Rasa: conversation tokens, request
bodies, the per-conversation rate limit, and the memory that makes a retried message run once.

Tokens: the server issues every conversation id (a random UUIDv4) together with an HMAC of it,
as one string "<uuid>.<signature>". A client cannot choose an id, guess another conversation's
or forge one: the signature is checked in constant time with a key derived from the sender-id
secret. Nothing here is stored outside this process's memory.
"""
from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import re
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

from bot.channels.rest import BadRequest, json_object, message_text

MAX_MESSAGE_CHARS = 2000
MAX_BODY_BYTES = 16 * 1024
MAX_TOKEN_CHARS = 100
_MESSAGE_ID = re.compile(r"^[A-Za-z0-9-]{8,64}$")
_TOKEN_KEY_LABEL = b"web-widget conversation token v1"


class Forbidden(BadRequest):
    """A token that this server did not issue."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason, status=403)


def token_key(secret: bytes) -> bytes:
    """A key for conversation tokens only, derived from the sender-id secret."""
    return hmac.new(secret, _TOKEN_KEY_LABEL, hashlib.sha256).digest()


def _signature(key: bytes, conversation_id: str) -> str:
    digest = hmac.new(key, conversation_id.encode("ascii"), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def issue_token(key: bytes) -> str:
    """A new conversation: a random UUIDv4 and its signature."""
    conversation_id = str(uuid.uuid4())
    return f"{conversation_id}.{_signature(key, conversation_id)}"


def verify_token(key: bytes, token: Any) -> str:
    """The conversation id a token carries; raises BadRequest (absent) or Forbidden (forged)."""
    if not isinstance(token, str) or not token:
        raise BadRequest("'token' is required: the conversation token from /start")
    if len(token) > MAX_TOKEN_CHARS or token.count(".") != 1:
        raise Forbidden("the conversation token is not valid; start a new conversation")
    conversation_id, signature = token.split(".")
    try:
        parsed = uuid.UUID(conversation_id)
    except ValueError:
        raise Forbidden("the conversation token is not valid; start a new conversation") from None
    valid = parsed.version == 4 and str(parsed) == conversation_id
    # Compared whatever the id looked like, so that timing says nothing about the signature.
    if not hmac.compare_digest(signature.encode("ascii", "replace"),
                               _signature(key, conversation_id).encode("ascii")) or not valid:
        raise Forbidden("the conversation token is not valid; start a new conversation")
    return conversation_id


def _json_object(raw: bytes) -> Dict[str, Any]:
    if len(raw or b"") > MAX_BODY_BYTES:
        raise BadRequest(f"the body is larger than {MAX_BODY_BYTES} bytes", status=413)
    return json_object(raw)


@dataclass(frozen=True)
class ChatRequest:
    token: str
    message_id: str
    text: str


def parse_chat(raw: bytes) -> ChatRequest:
    """{"token", "id", "message"} from a chat request body, or BadRequest with the reason.
    The body may come as application/json or text/plain (which needs no CORS preflight)."""
    body = _json_object(raw)
    token = body.get("token")
    if not isinstance(token, str) or not token:
        raise BadRequest("'token' is required: the conversation token from /start")
    message_id = body.get("id")
    if not isinstance(message_id, str) or not _MESSAGE_ID.fullmatch(message_id):
        raise BadRequest("'id' is required: 8 to 64 letters, digits or '-', new for each "
                         "message and the same when the message is sent again")
    text = message_text(body.get("message"), MAX_MESSAGE_CHARS)
    return ChatRequest(token, message_id, text)


def parse_exit(raw: bytes) -> str:
    """The token from an exit request (sent by navigator.sendBeacon as text/plain)."""
    token = _json_object(raw).get("token")
    if not isinstance(token, str) or not token:
        raise BadRequest("'token' is required: the conversation token from /start")
    return token


@dataclass
class Conversation:
    """One live conversation's rate bucket and its recent turns, keyed by the client's
    message id: a message sent again (after a lost connection) gets the same turn's reply."""

    tokens: float
    refilled: float
    turns: "OrderedDict[str, asyncio.Future]" = field(default_factory=OrderedDict)


class Conversations:
    """In-memory state of live conversations, bounded in number and in idle time.

    The rate limit is a token bucket per conversation: `burst` messages at once, then
    `per_second`; a person reading and answering stays far below it, a script does not."""

    def __init__(self, burst: int = 8, per_second: float = 1.0, max_live: int = 10_000,
                 idle_s: float = 1800.0, turns_kept: int = 20, closed_kept: int = 50_000,
                 clock=time.monotonic) -> None:
        self.burst = burst
        self.per_second = per_second
        self.max_live = max_live
        self.idle_s = idle_s
        self.turns_kept = turns_kept
        self.closed_kept = closed_kept
        self.clock = clock
        self.live: "OrderedDict[str, Conversation]" = OrderedDict()
        self.closed: "OrderedDict[str, None]" = OrderedDict()

    def is_closed(self, conversation_id: str) -> bool:
        return conversation_id in self.closed

    def get(self, conversation_id: str) -> Conversation:
        now = self.clock()
        while self.live:  # forget the idle ones and the oldest beyond the bound
            oldest_id, oldest = next(iter(self.live.items()))
            if now - oldest.refilled < self.idle_s and len(self.live) < self.max_live:
                break
            del self.live[oldest_id]
        conversation = self.live.get(conversation_id)
        if conversation is None:
            conversation = self.live[conversation_id] = Conversation(float(self.burst), now)
        self.live.move_to_end(conversation_id)
        return conversation

    def take(self, conversation: Conversation) -> Optional[float]:
        """None when a message may go now; else the seconds until one may."""
        now = self.clock()
        conversation.tokens = min(float(self.burst),
                                  conversation.tokens + (now - conversation.refilled) * self.per_second)
        conversation.refilled = now
        if conversation.tokens >= 1.0:
            conversation.tokens -= 1.0
            return None
        return (1.0 - conversation.tokens) / self.per_second

    def remember_turn(self, conversation: Conversation, message_id: str,
                      turn: "asyncio.Future") -> None:
        conversation.turns[message_id] = turn
        while len(conversation.turns) > self.turns_kept:
            conversation.turns.popitem(last=False)

    def close(self, conversation_id: str) -> None:
        """After a quick exit: the state goes and the token is refused from now on."""
        self.live.pop(conversation_id, None)
        self.closed[conversation_id] = None
        while len(self.closed) > self.closed_kept:
            self.closed.popitem(last=False)


def widget_messages(collected: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """Only what the widget shows: text and buttons (title, payload)."""
    shown = []
    for message in collected:
        item: Dict[str, Any] = {"text": str(message.get("text") or "")}
        buttons = [{"title": str(b.get("title") or ""), "payload": str(b.get("payload") or "")}
                   for b in message.get("buttons") or [] if isinstance(b, dict)]
        if buttons:
            item["buttons"] = buttons
        if item["text"] or buttons:
            shown.append(item)
    return shown
