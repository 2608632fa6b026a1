"""The web chat widget's channel: serves the widget and its chat and exit endpoints.

Under /webhooks/web/:
    GET  /            a demo page showing the widget, and the script tag to embed it elsewhere
    GET  /widget.js   the widget (vanilla JS, no build step); /widget.css its styles
    POST /start       -> {"token": "<uuid>.<signature>"}: a new conversation, issued here
    POST /chat        {"token", "id", "message"} -> {"messages": [{"text", "buttons"?}], "language"}
    POST /exit        {"token"} (navigator.sendBeacon, text/plain): quick exit, erases the conversation

Bodies are JSON, sent as text/plain by the widget so that an embedding site needs no CORS
preflight. Bad input gets a 4xx with {"error": "<reason>", "code": "<code>"}; the widget shows each
code as a gentle line in the user's language.

Privacy: conversation ids are random UUIDv4s the server issues and signs (web_guard.py); the
channel maps them through bot.privacy.pseudonym before Rasa sees them, and remembers every raw
value for log scrubbing. The quick exit goes through Rasa like a typed "exit" (the payload
/quick_exit), so the erasing tracker store deletes the conversation under Rasa's lock. Every
response says no-store, no-referrer, nosniff, with a strict Content-Security-Policy.

Configured in credentials.yml (from_credentials is the only reader):
    bot.channels.web.WebInput:
      exit_url: "https://weather.com/"     # where quick exit sends the tab
      allowed_origins: []                  # sites that embed the widget, e.g. "https://example.org"
"""
from __future__ import annotations

import asyncio
import html
import logging
import math
from pathlib import Path
from typing import Any, Awaitable, Callable, Dict, Iterable, List, Optional, Text
from urllib.parse import urlsplit

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.rest import BadRequest
from bot.channels.web_guard import (
    Conversations,
    issue_token,
    parse_chat,
    parse_exit,
    token_key,
    verify_token,
    widget_messages,
)
from bot.privacy.logs import install_log_scrubbing, remember
from bot.privacy.pseudonym import load_secret, pseudonymous_id

logger = logging.getLogger(__name__)

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
DEFAULT_EXIT_URL = "https://weather.com/"
QUICK_EXIT_PAYLOAD = "/quick_exit"
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "Pragma": "no-cache",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
}
_STATIC = {"widget.js": "text/javascript; charset=utf-8", "widget.css": "text/css; charset=utf-8"}
_CODES = {400: "bad_request", 403: "forbidden", 410: "closed", 413: "too_long",
          429: "rate_limited", 503: "unavailable"}


def error(reason: str, status: int, **extra: Any) -> HTTPResponse:
    return response.json({"error": reason, "code": _CODES.get(status, "error"), **extra},
                         status=status)


def check_exit_url(url: Any) -> str:
    """An absolute http(s) URL; anything else stops the server at start with the reason."""
    parts = urlsplit(url) if isinstance(url, str) else None
    if not parts or parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"credentials.yml: the web channel's exit_url must be an absolute "
                         f"http(s) address such as {DEFAULT_EXIT_URL}, got {url!r}")
    return url


def check_origins(origins: Any) -> List[str]:
    origins = origins or []
    if isinstance(origins, str):
        origins = [origins]
    cleaned = []
    for origin in origins:
        parts = urlsplit(origin) if isinstance(origin, str) else None
        if not parts or parts.scheme not in ("http", "https") or not parts.netloc \
                or parts.path not in ("", "/"):
            raise ValueError("credentials.yml: each of the web channel's allowed_origins must be "
                             f"a scheme and host such as https://www.example.org, got {origin!r}")
        cleaned.append(f"{parts.scheme}://{parts.netloc}")
    return cleaned


def demo_page(template: str, base_url: str, exit_url: str) -> str:
    """The demo page with this server's script tag, shown and used."""
    script_tag = f'<script src="{base_url}widget.js" data-exit-url="{exit_url}" defer></script>'
    return (template.replace("{{EXIT_URL}}", html.escape(exit_url, quote=True))
            .replace("{{SCRIPT_TAG}}", html.escape(script_tag)))


class WebInput(InputChannel):
    """The chat widget's channel."""

    def __init__(self, secret: bytes, exit_url: str = DEFAULT_EXIT_URL,
                 allowed_origins: Iterable[str] = (),
                 conversations: Optional[Conversations] = None) -> None:
        self.secret = secret
        self.key = token_key(secret)
        self.exit_url = check_exit_url(exit_url)
        self.allowed_origins = frozenset(check_origins(list(allowed_origins)))
        self.conversations = conversations or Conversations()
        self.files = {name: (WEB_DIR / name).read_bytes() for name in _STATIC}
        self.index = (WEB_DIR / "index.html").read_text(encoding="utf-8")

    @classmethod
    def name(cls) -> Text:
        return "web"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "WebInput":
        install_log_scrubbing()
        credentials = credentials or {}
        return cls(load_secret(), exit_url=credentials.get("exit_url") or DEFAULT_EXIT_URL,
                   allowed_origins=credentials.get("allowed_origins") or ())

    def sender_for(self, conversation_id: str) -> str:
        return pseudonymous_id(self.name(), conversation_id, self.secret)

    def _conversation_id(self, token: str) -> str:
        conversation_id = verify_token(self.key, token)
        remember(token, conversation_id, self.sender_for(conversation_id))
        return conversation_id

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        web = Blueprint(f"custom_webhook_{type(self).__name__}", __name__)

        @web.middleware("response")
        async def headers(request: Request, reply: HTTPResponse) -> None:
            for name, value in SECURITY_HEADERS.items():
                reply.headers[name] = value
            origin = request.headers.get("origin")
            if origin and origin in self.allowed_origins:
                reply.headers["Access-Control-Allow-Origin"] = origin
                reply.headers["Vary"] = "Origin"

        @web.route("/", methods=["GET"])
        async def demo(request: Request) -> HTTPResponse:
            base_url = f"{request.scheme}://{request.host}/webhooks/{self.name()}/"
            return response.html(demo_page(self.index, base_url, self.exit_url))

        @web.route("/<name:(widget\\.js|widget\\.css)>", methods=["GET"])
        async def static(_: Request, name: str) -> HTTPResponse:
            return response.raw(self.files[name], content_type=_STATIC[name])

        @web.route("/favicon.ico", methods=["GET"])
        async def no_icon(_: Request) -> HTTPResponse:
            return response.empty()  # no icon: browsers keep icons with the history

        @web.route("/start", methods=["POST"])
        async def start(_: Request) -> HTTPResponse:
            return response.json({"token": issue_token(self.key)})

        @web.route("/chat", methods=["POST"])
        async def chat(request: Request) -> HTTPResponse:
            try:
                message = parse_chat(request.body)
                conversation_id = self._conversation_id(message.token)
            except BadRequest as e:
                logger.info("web: refused a message (%s)", e.status)
                return error(str(e), e.status)
            if self.conversations.is_closed(conversation_id):
                return error("this conversation was closed; start a new one", 410)
            sender = self.sender_for(conversation_id)
            remember(message.text)

            conversation = self.conversations.get(conversation_id)
            turn = conversation.turns.get(message.message_id)
            if turn is None:
                wait_s = self.conversations.take(conversation)
                if wait_s is not None:
                    return error("too many messages at once; wait a few seconds and send it "
                                 "again", 429, retry_after=math.ceil(wait_s))
                turn = asyncio.ensure_future(self._turn(on_new_message, message.text, sender))
                self.conversations.remember_turn(conversation, message.message_id, turn)
            # Shielded: a client that leaves or times out cancels only its wait, not the turn.
            # A message sent again with the same id waits for the same turn: it runs once.
            try:
                messages = await asyncio.shield(turn)
            except asyncio.CancelledError:  # a timeout or a client gone: the turn still runs
                logger.warning("web: a turn's client left or timed out (the turn still runs)")
                return error("the assistant took too long to answer; please send it again", 503)
            except Exception as e:  # the turn failed inside Rasa: say so, log no content
                conversation.turns.pop(message.message_id, None)  # a retry runs it again
                logger.error("web: a turn failed (%s)", type(e).__name__)
                return error("the assistant could not answer; please send it again", 503)
            language = await self._language(request, sender)
            return response.json({"messages": messages, "language": language})

        @web.route("/exit", methods=["POST"])
        async def quick_exit(request: Request) -> HTTPResponse:
            try:
                conversation_id = self._conversation_id(parse_exit(request.body))
            except BadRequest as e:
                logger.info("web: refused an exit (%s)", e.status)
                return error(str(e), e.status)
            # Closed first: a message arriving from now on is refused (410) instead of queueing
            # behind the exit and starting the conversation again.
            self.conversations.close(conversation_id)
            # The same path as typing "exit": Rasa runs utter_quick_exit and the tracker store
            # erases the conversation in that save, after any turn already in flight (Rasa's
            # conversation lock serves turns in arrival order). Sent again, it runs again.
            turn = asyncio.ensure_future(self._turn(
                on_new_message, QUICK_EXIT_PAYLOAD, self.sender_for(conversation_id)))
            try:
                await asyncio.shield(turn)
            except asyncio.CancelledError:  # the page left before the answer (as it does)
                logger.info("web: an exit's client left before it finished (it still runs)")
                return error("the exit is still being processed", 503)
            except Exception as e:
                logger.error("web: an exit failed (%s)", type(e).__name__)
                return error("the conversation could not be closed; send the exit again", 503)
            logger.info("web: a conversation was closed by quick exit")
            return response.json({"status": "closed"})

        return web

    async def _turn(self, on_new_message: Callable[[UserMessage], Awaitable[Any]],
                    text: str, sender: str) -> List[Dict[str, Any]]:
        collector = CollectingOutputChannel()
        await on_new_message(UserMessage(text, collector, sender, input_channel=self.name()))
        return widget_messages(collector.messages)

    @staticmethod
    async def _language(request: Request, sender: str) -> Optional[str]:
        """The conversation's language slot after the turn, so that the widget's own words
        follow the bot's; None when unknown (or the conversation was erased)."""
        try:
            agent = request.app.ctx.agent
            tracker = await agent.tracker_store.retrieve(sender)
        except Exception as e:  # only a nicety: the reply goes out without it
            logger.warning("web: could not read the conversation's language (%s)",
                           type(e).__name__)
            return None
        language = tracker.get_slot("language") if tracker else None
        return language if language in ("en", "es") else None
