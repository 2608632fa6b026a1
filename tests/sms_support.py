"""Test support for the SMS channel: a fake provider over real HTTP on loopback, and a client that
sends the provider's webhook signed with twilio's own code."""
from __future__ import annotations

import asyncio
import base64
import threading
import time
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional
from urllib.parse import urlencode

import requests
from aiohttp import web
from twilio.request_validator import RequestValidator


@dataclass
class Call:
    account: str
    auth: str
    form: Dict[str, str]


@dataclass
class FakeProvider:
    """Twilio's Messages API on 127.0.0.1: records every call; `script` sets the status of the
    next calls (then 201), `delay_s` makes it slow."""

    calls: List[Call] = field(default_factory=list)
    script: List[int] = field(default_factory=list)
    delay_s: float = 0.0
    port: int = 0
    _loop: Optional[asyncio.AbstractEventLoop] = None
    _runner: Optional[web.AppRunner] = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def _messages(self, request: web.Request) -> web.Response:
        form = dict(await request.post())
        self.calls.append(Call(request.match_info["account"],
                               request.headers.get("Authorization", ""), form))
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        status = self.script.pop(0) if self.script else 201
        return web.json_response({"sid": "SM" + uuid.uuid4().hex, "status": "queued"}
                                 if status < 300 else {"message": "error"}, status=status)

    def start(self) -> "FakeProvider":
        ready = threading.Event()

        def serve() -> None:
            self._loop = asyncio.new_event_loop()
            app = web.Application()
            app.router.add_post("/2010-04-01/Accounts/{account}/Messages.json", self._messages)
            self._runner = web.AppRunner(app)
            self._loop.run_until_complete(self._runner.setup())
            site = web.TCPSite(self._runner, "127.0.0.1", 0)
            self._loop.run_until_complete(site.start())
            self.port = site._server.sockets[0].getsockname()[1]
            ready.set()
            self._loop.run_forever()

        threading.Thread(target=serve, daemon=True).start()
        ready.wait(10)
        return self

    def stop(self) -> None:
        if self._loop and self._runner:
            asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(10)
            self._loop.call_soon_threadsafe(self._loop.stop)

    async def _shutdown(self) -> None:
        pending = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in pending:  # e.g. a deliberately slow answer still sleeping
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        await self._runner.cleanup()

    def to(self, number: str) -> List[Call]:
        return [c for c in self.calls if c.form.get("To") == number]

    def wait_for(self, number: str, at_least: int = 1, quiet_s: float = 1.0,
                 timeout_s: float = 30.0) -> List[Call]:
        """The calls to a number once at least `at_least` arrived and then none for quiet_s."""
        deadline = time.monotonic() + timeout_s
        seen, since = -1, time.monotonic()
        while time.monotonic() < deadline:
            count = len(self.to(number))
            if count != seen:
                seen, since = count, time.monotonic()
            elif count >= at_least and time.monotonic() - since >= quiet_s:
                break
            time.sleep(0.05)
        return self.to(number)


def basic_auth(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


class SmsClient:
    """Sends the provider's inbound-message webhook to an assistant, signed as the provider does."""

    def __init__(self, assistant: Any) -> None:
        self.settings = assistant.settings
        self.url = f"{assistant.settings.rasa_url}/webhooks/sms/webhook"
        self.validator = RequestValidator(assistant.settings.twilio_auth_token)

    def form(self, number: str, body: Optional[str], sid: Optional[str] = None,
             media: int = 0, **extra: str) -> Dict[str, str]:
        form = {"AccountSid": self.settings.twilio_account_sid, "From": number,
                "To": self.settings.twilio_number, "MessageSid": sid or "SM" + uuid.uuid4().hex,
                "NumMedia": str(media), "NumSegments": "1", "ApiVersion": "2010-04-01"}
        if body is not None:
            form["Body"] = body
        if media:
            form["MediaUrl0"] = "https://api.twilio.com/media/ME" + uuid.uuid4().hex
            form["MediaContentType0"] = "image/jpeg"
        form.update(extra)
        return form

    def sign(self, form: Dict[str, str]) -> str:
        return self.validator.compute_signature(self.settings.sms_public_url, form)

    def post(self, form: Dict[str, str], signature: Optional[str] = "sign",
             data: Optional[bytes] = None,
             content_type: str = "application/x-www-form-urlencoded") -> requests.Response:
        headers = {"Content-Type": content_type}
        if signature == "sign":
            signature = self.sign(form)
        if signature is not None:
            headers["X-Twilio-Signature"] = signature
        body = data if data is not None else urlencode(form).encode("utf-8")
        return requests.post(self.url, data=body, headers=headers, timeout=60)

    def send(self, number: str, body: Optional[str], **kwargs: Any) -> List[str]:
        """The reply's SMS parts, from the webhook's TwiML answer."""
        reply = self.post(self.form(number, body, **kwargs))
        assert reply.status_code == 200, (reply.status_code, reply.text)
        return messages(reply.text)


def messages(twiml: str) -> List[str]:
    root = ET.fromstring(twiml)
    assert root.tag == "Response", twiml
    return [m.text or "" for m in root.iter("Message")]


def new_number() -> str:
    """A US number in the 555-01xx fiction range, different for every test."""
    return f"+1202555{uuid.uuid4().int % 10_000:04d}"
