"""SMS through a Twilio-compatible provider: a line that is safe on a shared phone.

POST /webhooks/sms/webhook takes the provider's inbound-message webhook (form fields From, To,
Body, MessageSid, NumMedia, ...) and answers it:

- The X-Twilio-Signature header is checked with twilio's RequestValidator against the configured
  public URL (the provider signs the URL it called, which behind a proxy is not the one we see).
  Forged or unsigned requests get 403; the log line states only that.
- The sender is the HMAC pseudonym of the phone number (bot.privacy.pseudonym). The number itself
  lives only in memory for the reply (the API sender below); it is never stored or logged.
- Replies go back in the webhook's TwiML answer (default), or through the provider's REST API with
  bounded retries (SMS_REPLY_VIA=api). Nothing is ever sent except as a reply to an inbound message:
  the channel has no output channel for Rasa to send through later. SMS_DRY_RUN sends nothing.
- A MessageSid seen before gets the first answer again and is not processed twice (the provider
  retries webhooks that time out).
- Buttons become numbered options; a reply of "1", "2", ... picks that option of the question just
  asked. Long messages are split at paragraphs (bot/channels/sms_format.py).
- Carrier keywords (case-, accent- and punctuation-insensitive): STOP and the other opt-out words stop
  every reply to the number until START (only the pseudonym is stored, in the SMS state database);
  HELP / INFO say what the line is and give the hotline; EXIT / SALIR quick-exit and DELETE / BORRAR
  erase, through the same path as in the chat (the tracker store erases on the bot's reply).
"""
from __future__ import annotations

import asyncio
import logging
import re
import time
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text, Tuple
from urllib.parse import parse_qsl

import aiohttp
import sqlalchemy as sa
from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from bot.channels.rest import clean_text
from bot.channels.sms_format import choice, render, split_parts
from bot.privacy.logs import install_log_scrubbing, remember
from bot.privacy.pseudonym import load_secret, pseudonymous_id
from bot.settings import Settings

logger = logging.getLogger(__name__)

CHANNEL = "sms"
MAX_BODY_BYTES = 8 * 1024       # the provider's form is ~1-2 kB; a message is at most 1,600 chars
MAX_TEXT_CHARS = 1600
FORM_TYPE = "application/x-www-form-urlencoded"
REQUIRED_FIELDS = ("From", "To", "MessageSid")
SEEN_SIDS = 10_000              # answers kept for repeated webhooks (in memory)
SEEN_FOR_S = 24 * 3600
OPTIONS_KEPT = 10_000           # conversations whose last numbered options are remembered

# Carrier keywords, after keyword_of(): lower case, no accents, no punctuation or spaces.
OPT_OUT = {"stop", "stopall", "end", "quit", "cancel", "unsubscribe", "revoke", "optout"}
OPT_IN = {"start", "unstop"}
OPT_IN_WHEN_OUT = {"yes"}  # the provider's opt-in word, but also an answer: only while opted out
HELP = {"help", "info"}  # not "ayuda": in Spanish that is a plea the conversation should hear
# Passed to the assistant as the words its safety override takes as whole-message commands.
COMMANDS = {"exit": "exit", "salir": "salir", "delete": "delete", "borrar": "borrar"}

# Lines the channel sends itself (no conversation state, so both languages at once).
REPLIES: Dict[str, Dict[str, str]] = {
    "help": {
        "en": "This is a private info line about safety at work and where to get help. Hotline "
              "24/7: call 1-888-373-7888 or text BEFREE to 233733. Reply EXIT to end and erase.",
        "es": "Línea privada sobre seguridad en el trabajo y dónde pedir ayuda. Línea contra la "
              "Trata, 24 horas: 1-888-373-7888.\n\nEscribe SALIR para terminar y borrar.",
    },
    "opted_in": {
        "en": "You will get replies from this line again. Reply EXIT any time to end and erase.",
        "es": "Vas a recibir respuestas otra vez. Escribe SALIR para terminar y borrar.",
    },
    "empty": {
        "en": "I didn't get any text. You can write a message, or reply HELP for help.",
        "es": "No recibí texto. Puedes escribir un mensaje, o HELP para pedir ayuda.",
    },
    "media": {
        "en": "I can only read text, not pictures or files. Please write your message.",
        "es": "Solo puedo leer texto, no fotos ni archivos. Escribe tu mensaje, por favor.",
    },
    "failed": {
        "en": "Sorry, I could not answer that. Please send it again.",
        "es": "Perdona, no pude responder. Envíalo otra vez, por favor.",
    },
}


def keyword_of(text: str) -> str:
    """The message as a keyword: NFKD, accents and punctuation dropped, lower case, no spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", "", letters.casefold())


def bilingual(name: str) -> List[str]:
    return [part for language in ("en", "es") for part in split_parts(REPLIES[name][language])]


class Refused(ValueError):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status


@dataclass(frozen=True)
class SmsConfig:
    account_sid: str = ""
    auth_token: str = ""
    number: str = ""
    public_url: str = ""
    reply_via: str = "twiml"
    api_base: str = "https://api.twilio.com"
    dry_run: bool = False
    state_db: str = ""
    attempts: int = 3
    backoff_s: float = 0.5
    timeout_s: float = 10.0

    @classmethod
    def from_credentials(cls, credentials: Dict[str, Any]) -> "SmsConfig":
        def text(key: str, default: str = "") -> str:
            value = credentials.get(key)
            return default if value in (None, "") else str(value).strip()

        reply_via = text("reply_via", "twiml").lower()
        if reply_via not in ("twiml", "api"):
            raise ValueError(f"sms: reply_via must be twiml or api, got {reply_via!r}")
        return cls(
            account_sid=text("account_sid"), auth_token=text("auth_token"),
            number=text("number"), public_url=text("public_url"), reply_via=reply_via,
            api_base=text("api_base", cls.api_base).rstrip("/"),
            dry_run=text("dry_run", "false").lower() in ("1", "true", "yes", "on"),
            state_db=text("state_db"),
            attempts=int(text("attempts", "3")), backoff_s=float(text("backoff_s", "0.5")),
            timeout_s=float(text("timeout_s", "10")),
        )

    @property
    def configured(self) -> bool:
        return bool(self.auth_token and self.public_url)


def parse_form(raw: bytes, content_type: str) -> Dict[str, str]:
    """The webhook's fields, or Refused with the status and reason."""
    if (content_type or "").split(";")[0].strip().lower() != FORM_TYPE:
        raise Refused(415, f"the body must be {FORM_TYPE}")
    if len(raw) > MAX_BODY_BYTES:
        raise Refused(413, f"the body is larger than {MAX_BODY_BYTES} bytes")
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise Refused(400, "the body is not valid UTF-8") from e
    fields: Dict[str, str] = {}
    for key, value in parse_qsl(decoded, keep_blank_values=True, errors="strict"):
        fields.setdefault(key, value)
    return fields


class OptOuts:
    """Pseudonymous ids of numbers that sent STOP: nothing else is stored."""

    def __init__(self, url: str) -> None:
        self.engine = sa.create_engine(url, future=True)
        self.table = sa.Table("sms_opt_out", sa.MetaData(),
                              sa.Column("sender_id", sa.String(64), primary_key=True))
        self.table.metadata.create_all(self.engine)

    def is_out(self, sender_id: str) -> bool:
        with self.engine.connect() as db:
            return db.execute(sa.select(self.table.c.sender_id)
                              .where(self.table.c.sender_id == sender_id)).first() is not None

    def opt_out(self, sender_id: str) -> None:
        if not self.is_out(sender_id):
            with self.engine.begin() as db:
                db.execute(self.table.insert().values(sender_id=sender_id))

    def opt_in(self, sender_id: str) -> None:
        with self.engine.begin() as db:
            db.execute(self.table.delete().where(self.table.c.sender_id == sender_id))


def state_url(path_or_url: str) -> str:
    if "://" in path_or_url:
        return path_or_url
    path = Path(path_or_url)
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


class ProviderApi:
    """Sends replies through the provider's Messages API (Twilio's shape). Retries a bounded
    number of times with backoff on 5xx and timeouts, never on 4xx."""

    def __init__(self, config: SmsConfig) -> None:
        self.config = config
        self.url = f"{config.api_base}/2010-04-01/Accounts/{config.account_sid}/Messages.json"

    async def send(self, to: str, sender: str, parts: List[str]) -> int:
        """Sends the parts in order; returns how many the provider accepted."""
        auth = aiohttp.BasicAuth(self.config.account_sid, self.config.auth_token)
        timeout = aiohttp.ClientTimeout(total=self.config.timeout_s)
        sent = 0
        async with aiohttp.ClientSession(auth=auth, timeout=timeout) as session:
            for part in parts:
                if not await self._send_one(session, {"To": to, "From": sender, "Body": part}):
                    break  # later parts would arrive without the earlier ones
                sent += 1
        return sent

    async def _send_one(self, session: aiohttp.ClientSession, form: Dict[str, str]) -> bool:
        for attempt in range(1, self.config.attempts + 1):
            try:
                async with session.post(self.url, data=form) as reply:
                    if reply.status < 300:
                        return True
                    if reply.status < 500:
                        logger.error("sms: the provider refused a reply (%s); not retried",
                                     reply.status)
                        return False
                    problem = str(reply.status)
            except (aiohttp.ClientError, asyncio.TimeoutError) as e:
                problem = type(e).__name__
            if attempt < self.config.attempts:
                logger.warning("sms: sending a reply failed (%s); retry %s of %s", problem,
                               attempt, self.config.attempts - 1)
                await asyncio.sleep(self.config.backoff_s * 2 ** (attempt - 1))
        logger.error("sms: gave up sending a reply after %s attempts", self.config.attempts)
        return False


class SmsOutput(CollectingOutputChannel):
    """Collects one turn's messages; named "sms" so Rasa picks the `channel: sms` variations."""

    @classmethod
    def name(cls) -> Text:
        return CHANNEL


class SmsInput(InputChannel):
    """Twilio-compatible SMS webhook with signature checks, idempotency and carrier keywords."""

    def __init__(self, config: SmsConfig, secret: bytes) -> None:
        self.config = config
        self.secret = secret
        self.validator = RequestValidator(config.auth_token) if config.auth_token else None
        self.opt_outs = OptOuts(state_url(config.state_db or str(Settings.from_env().sms_state_db_path)))
        self.api = ProviderApi(config) if config.reply_via == "api" else None
        self._answers: "OrderedDict[str, Tuple[float, asyncio.Future]]" = OrderedDict()  # by sid
        self._options: "OrderedDict[str, List[Dict[str, Any]]]" = OrderedDict()
        self._sending: set = set()

    @classmethod
    def name(cls) -> Text:
        return CHANNEL

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "SmsInput":
        install_log_scrubbing()
        config = SmsConfig.from_credentials(credentials or {})
        if not config.configured:
            logger.warning("sms: no auth token or public URL configured; the SMS webhook "
                           "refuses every request until TWILIO_AUTH_TOKEN and SMS_PUBLIC_URL are set")
        return cls(config, load_secret())

    def get_output_channel(self) -> None:
        """None: the channel sends only in answer to an inbound message, never on its own."""
        return None

    # --- the webhook ---------------------------------------------------------------------

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint(f"custom_webhook_{type(self).__name__}", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok" if self.config.configured else "not configured"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                fields = self.check(request)
            except Refused as e:
                logger.info("sms: refused a request (%s: %s)", e.status, e)
                return response.text(str(e), status=e.status)
            return await self.answer_once(fields, on_new_message)

        return webhook

    def check(self, request: Request) -> Dict[str, str]:
        if not self.config.configured or self.validator is None:
            raise Refused(403, "the SMS line is not configured")
        signature = request.headers.get("X-Twilio-Signature", "")
        if not signature:
            raise Refused(403, "the request is not signed")
        fields = parse_form(request.body or b"", request.headers.get("content-type", ""))
        url = self.config.public_url
        if request.query_string:
            url = f"{url}?{request.query_string}"
        if not self.validator.validate(url, fields, signature):
            raise Refused(403, "the signature does not match")
        missing = [name for name in REQUIRED_FIELDS if not fields.get(name, "").strip()]
        if missing:
            raise Refused(400, f"missing fields: {', '.join(missing)}")
        return fields

    async def answer_once(self, fields: Dict[str, str],
                          on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> HTTPResponse:
        """The first request with a MessageSid is processed; repeats get the same answer, even
        while the first is still being processed. The turn runs shielded: a provider that gives
        up waiting cancels only its wait."""
        sid = fields["MessageSid"]
        remember(sid, fields["From"])
        self._forget_old_answers()
        if sid in self._answers:
            logger.info("sms: a repeated message id; answered again without processing")
            turn = self._answers[sid][1]
        else:
            turn = asyncio.ensure_future(self.process(fields, on_new_message))
            self._answers[sid] = (time.monotonic(), turn)
        try:
            twiml = await asyncio.shield(turn)
        except asyncio.CancelledError:
            raise
        except Exception as e:  # the turn failed inside Rasa: a kind reply; a retry may try again
            logger.error("sms: a turn failed (%s)", type(e).__name__)
            self._answers.pop(sid, None)
            twiml = await self.reply(fields, bilingual("failed"))
        return response.text(twiml, content_type="application/xml")

    def _forget_old_answers(self) -> None:
        now = time.monotonic()
        while self._answers:
            sid, (at, turn) = next(iter(self._answers.items()))
            if (len(self._answers) <= SEEN_SIDS and now - at < SEEN_FOR_S) or not turn.done():
                break
            del self._answers[sid]

    async def process(self, fields: Dict[str, str],
                      on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> str:
        number = fields["From"]
        text = clean_text(fields.get("Body", ""))[:MAX_TEXT_CHARS]
        sender = pseudonymous_id(CHANNEL, number, self.secret)
        remember(number, sender, text)
        word = keyword_of(text)

        opted_out = self.opt_outs.is_out(sender)
        if word in OPT_OUT:
            self.opt_outs.opt_out(sender)
            logger.info("sms: a number opted out")
            return await self.reply(fields, [])  # the provider confirms opt-outs itself
        if word in OPT_IN or (opted_out and word in OPT_IN_WHEN_OUT):
            self.opt_outs.opt_in(sender)
            logger.info("sms: a number opted in")
            return await self.reply(fields, bilingual("opted_in"))
        if word in HELP:  # answered even to an opted-out number, as carriers require
            return await self.reply(fields, bilingual("help"))
        if opted_out:
            logger.info("sms: a message from an opted-out number; not answered")
            return await self.reply(fields, [])
        if not text:
            media = fields.get("NumMedia", "0").strip() not in ("", "0")
            return await self.reply(fields, bilingual("media" if media else "empty"))

        if word in COMMANDS:
            text = COMMANDS[word]
        else:
            text = choice(text, self._options.get(sender)) or text
        collector = SmsOutput()
        await on_new_message(UserMessage(text, collector, sender, input_channel=CHANNEL))
        parts: List[str] = []
        options = None
        for message in collector.messages:
            parts.extend(render(message))
            if message.get("buttons"):
                options = message["buttons"]
        self._remember_options(sender, options)
        return await self.reply(fields, parts)

    def _remember_options(self, sender: str, options: Optional[List[Dict[str, Any]]]) -> None:
        """The numbered options of the question just asked; none when it asked none."""
        self._options.pop(sender, None)
        if options:
            self._options[sender] = options
            while len(self._options) > OPTIONS_KEPT:
                self._options.popitem(last=False)

    async def reply(self, fields: Dict[str, str], parts: List[str]) -> str:
        """The TwiML answer; with the API, the parts are sent in the background instead."""
        twiml = MessagingResponse()
        if not parts:
            return str(twiml)
        if self.config.dry_run:
            logger.info("sms: dry run; %s reply parts not sent", len(parts))
            return str(twiml)
        if self.api is None:
            for part in parts:
                twiml.message(part)
            return str(twiml)
        # The number stays in this task's memory only, for as long as the sending takes.
        task = asyncio.ensure_future(self.api.send(fields["From"],
                                                   self.config.number or fields["To"], parts))
        self._sending.add(task)
        task.add_done_callback(self._sending.discard)
        return str(twiml)
