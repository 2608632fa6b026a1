"""A strict REST channel: Rasa's REST API shape, with input checked before Rasa sees it.

POST /webhooks/rest/webhook  {"sender": "<conversation id>", "message": "<text>"}
answers 200 with the bot's messages as a JSON list, or 4xx with {"error": "<reason>"}.

The client's sender id is mapped to a pseudonymous id (bot.privacy.pseudonym) before Rasa sees it;
the raw id lives only in memory, to address the reply. Client metadata is not stored.

Rasa's own RestInput files a message without a sender under one shared "default"
conversation, answers a JSON array with a 500, and logs the message text when a turn fails;
this one refuses the first two with a reason and never logs text.
"""
from __future__ import annotations

import asyncio
import json
import logging
import re
from typing import Any, Awaitable, Callable, Dict, Optional, Text, Tuple

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.privacy.logs import install_log_scrubbing, remember
from bot.privacy.pseudonym import load_secret, pseudonymous_id

logger = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 5000
MAX_SENDER_CHARS = 128
_SENDER = re.compile(r"^[A-Za-z0-9._:@+\-]+$")
# C0 and C1 control characters except tab and newline; they carry no meaning in a chat.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class BadRequest(ValueError):
    """The request cannot become a user message; the text says why, for the client."""

    def __init__(self, reason: str, status: int = 400) -> None:
        super().__init__(reason)
        self.status = status


def clean_text(text: str) -> str:
    """Drops control characters and surrounding white space."""
    return _CONTROL.sub("", text).strip()


def json_object(raw: bytes) -> Dict[str, Any]:
    """The request body as a JSON object, or BadRequest."""
    try:
        body = json.loads(raw or b"")
    except (UnicodeDecodeError, ValueError) as e:
        raise BadRequest("the body must be a JSON object") from e
    if not isinstance(body, dict):
        raise BadRequest("the body must be a JSON object")
    return body


def message_text(value: Any, max_chars: int) -> str:
    """A body's 'message': a string of at most max_chars (413 beyond), control characters
    dropped, not empty once cleaned; else BadRequest with the reason."""
    if not isinstance(value, str):
        raise BadRequest("'message' is required: a text string")
    if len(value) > max_chars:
        raise BadRequest(f"'message' is longer than {max_chars} characters; send a shorter one",
                         status=413)
    text = clean_text(value)
    if not text:
        raise BadRequest("'message' is empty")
    return text


def parse_body(raw: bytes) -> Tuple[str, str]:
    """Returns (sender, message) from a request body, or raises BadRequest."""
    body = json_object(raw)
    sender = body.get("sender")
    if not isinstance(sender, str) or not sender.strip():
        raise BadRequest("'sender' is required: a conversation id string")
    if len(sender) > MAX_SENDER_CHARS or not _SENDER.fullmatch(sender):
        raise BadRequest(
            f"'sender' must be at most {MAX_SENDER_CHARS} letters, digits or . _ : @ + -"
        )
    return sender, message_text(body.get("message"), MAX_MESSAGE_CHARS)


class RestInput(InputChannel):
    """Rasa's REST channel contract with strict input checks."""

    def __init__(self, secret: bytes) -> None:
        self.secret = secret

    @classmethod
    def name(cls) -> Text:
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "RestInput":
        install_log_scrubbing()
        return cls(load_secret())

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        webhook = Blueprint(f"custom_webhook_{type(self).__name__}", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                raw_sender, text = parse_body(request.body)
            except BadRequest as e:
                logger.info("rest: refused a request (%s)", e.status)
                return response.json({"error": str(e)}, status=e.status)
            sender = pseudonymous_id(self.name(), raw_sender, self.secret)
            remember(raw_sender, sender, text)

            collector = CollectingOutputChannel()
            # Shielded: a client that leaves at once (as after a quick exit) or a request timeout
            # cancels only the wait, never the turn, so an exit still reaches the store.
            turn = asyncio.ensure_future(on_new_message(
                UserMessage(text, collector, sender, input_channel=self.name())))
            try:
                await asyncio.shield(turn)
            except asyncio.CancelledError:
                logger.error("rest: a turn timed out")
                return response.json(
                    {"error": "the assistant took too long to answer; please send it again"},
                    status=503,
                )
            except Exception as e:  # the turn failed inside Rasa: say so, log no content
                logger.error("rest: a turn failed (%s)", type(e).__name__)
                return response.json(
                    {"error": "the assistant could not answer; please send it again"},
                    status=503,
                )
            for message in collector.messages:
                message["recipient_id"] = raw_sender
            return response.json(collector.messages)

        return webhook
