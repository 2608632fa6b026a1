"""The staff portal's app factory and its middlewares.

Order of the middlewares, outermost first: security headers on every response (a strict CSP, no
caching, no framing), errors as pages with a clear reason, the encrypted session cookie
(aiohttp-session + Fernet; HttpOnly, SameSite=Strict, Secure when served over TLS, no expiry date
so the browser keeps it only in memory), then the guard: every route but the login page and static
files needs a signed-in account, every admin route needs the admin role, and every POST must carry
the session's CSRF token.
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import secrets
import time
import traceback
from pathlib import Path
from typing import AsyncIterator, Awaitable, Callable, Optional

import aiohttp_jinja2
import jinja2
from aiohttp import web
from aiohttp_session import Session, get_session, session_middleware
from aiohttp_session.cookie_storage import EncryptedCookieStorage
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import sessionmaker

from bot.settings import Settings
from bot.staff import i18n
from bot.staff.accounts import StaffMember, member
from bot.transcripts.db import make_engine, session_factory, session_scope, upgrade_to_head

logger = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
COOKIE_NAME = "staff_session"
IDLE_TIMEOUT_S = 30 * 60
ABSOLUTE_TIMEOUT_S = 8 * 3600
PURGE_EVERY_S = 24 * 3600.0
PUBLIC = {"login", "login_submit", "static"}              # route names that need no session
ADMIN = {"export_csv", "export_json", "audit", "users", "users_create", "users_active",
         "retention", "retention_save", "retention_purge", "dashboard_export"}

CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}

DB_KEY = web.AppKey("db", sessionmaker)
SETTINGS_KEY = web.AppKey("settings", Settings)
AGGREGATES_KEY = web.AppKey("aggregates", dict)  # the dashboard's figures, briefly cached
SCHEMA_KEY = web.AppKey("schema", dict)  # {"engine": Engine, "ready": bool}
DB_DOWN = ("The transcripts database cannot be reached right now. The assistant itself keeps "
           "working; try again in a minute, or ask an administrator to check the database.")
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class _CookieStorage(EncryptedCookieStorage):
    """Marks the cookie Secure whenever the request came over TLS (directly or, with
    STAFF_BEHIND_TLS-style proxies, as aiohttp reports it in `request.secure`)."""

    def __init__(self, key: bytes, always_secure: bool) -> None:
        super().__init__(key, cookie_name=COOKIE_NAME, httponly=True, samesite="Strict",
                         secure=always_secure, max_age=None)
        self.always_secure = always_secure

    async def save_session(self, request: web.Request, response: web.StreamResponse,
                           session: Session) -> None:
        # No await between setting the flag and writing the cookie: requests cannot interleave.
        self._cookie_params["secure"] = self.always_secure or request.secure
        await super().save_session(request, response, session)


def cookie_key(secret: str) -> bytes:
    """32 bytes for Fernet from the staff secret (any length of 32+ characters)."""
    return hashlib.sha256(b"staff-session\x1f" + secret.encode("utf-8")).digest()


def client_of(request: web.Request) -> str:
    return request.remote or "unknown"


# --- middlewares ------------------------------------------------------------------------------

@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        response = await handler(request)
    except web.HTTPException as e:
        e.headers.update(SECURITY_HEADERS)
        raise
    response.headers.update(SECURITY_HEADERS)
    return response


@web.middleware
async def errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except web.HTTPException as e:
        if e.status < 400 or e.content_type != "text/plain" or request.path.startswith("/static/"):
            raise
        return _error_page(request, e.status, e.text or e.reason)
    except DBAPIError as e:  # the database is down or refused: say so, without content
        logger.error("transcripts database error in the portal (%s)", type(e).__name__)
        return _error_page(request, 503, DB_DOWN)
    except Exception as e:  # logged without content (the type and where); the page says what to do
        where = traceback.extract_tb(e.__traceback__)[-1] if e.__traceback__ else None
        logger.error("portal request failed (%s at %s:%s)", type(e).__name__,
                     where.filename if where else "?", where.lineno if where else "?")
        return _error_page(request, 500, "Something went wrong. Try again; if it keeps "
                                         "happening, ask an administrator to check the logs.")


def _error_page(request: web.Request, status: int, reason: str) -> web.Response:
    lang = request.get("lang", "en")
    translate = i18n.translator(lang)
    # Explicit context: the context processors have not run when a middleware refused.
    context = {"status": status, "reason": translate(reason), "_": translate, "lang": lang,
               "staff": request.get("staff"), "csrf_token": request.get("csrf", "")}
    return aiohttp_jinja2.render_template("error.html", request, context, status=status)


async def _ensure_schema(app: web.Application) -> None:
    """The portal starts even when its database is down; each request tries again until the
    schema is there (then never again)."""
    schema = app[SCHEMA_KEY]
    if schema["ready"]:
        return
    try:
        await asyncio.get_running_loop().run_in_executor(None, upgrade_to_head, schema["engine"])
        schema["ready"] = True
    except Exception as e:
        logger.error("transcripts database unavailable (%s)", type(e).__name__)
        raise web.HTTPServiceUnavailable(text=DB_DOWN) from None


@web.middleware
async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
    if request.match_info.route.name not in ("static", "login"):
        await _ensure_schema(request.app)
    session = await get_session(request)
    request["lang"] = _language(request, session)
    route = request.match_info.route.name
    now = time.time()
    staff: Optional[StaffMember] = None
    if "user_id" in session:
        fresh = (now - session.get("seen", 0) < IDLE_TIMEOUT_S
                 and now - session.get("issued", 0) < ABSOLUTE_TIMEOUT_S)
        if fresh:
            with session_scope(request.app[DB_KEY]) as db:
                staff = member(db, session.get("user_id"))
        if staff is None:
            lang = request["lang"]
            session.invalidate()
            session["lang"] = lang
        else:
            session["seen"] = now
    request["staff"] = staff
    request["csrf"] = csrf_token(session)
    if route not in PUBLIC and staff is None:
        if request.method == "GET":
            raise web.HTTPSeeOther(request.app.router["login"].url_for()
                                   .with_query(next=request.path_qs))
        raise web.HTTPUnauthorized(text="Sign in first.")
    if route in ADMIN and not staff.is_admin:
        raise web.HTTPForbidden(text="This page is for administrators.")
    if request.method == "POST":
        form = await request.post()
        sent = str(form.get("csrf_token", "")) or request.headers.get("X-CSRF-Token", "")
        if not sent or not hmac.compare_digest(sent, session["csrf"]):
            raise web.HTTPForbidden(text="The form has expired or did not come from this portal. "
                                         "Reload the page and try again.")
    return await handler(request)


def csrf_token(session: Session) -> str:
    if not isinstance(session.get("csrf"), str):
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def _language(request: web.Request, session: Session) -> str:
    asked = request.query.get("lang")
    if asked in i18n.LANGUAGES:
        session["lang"] = asked
    if session.get("lang") in i18n.LANGUAGES:
        return session["lang"]
    accept = request.headers.get("Accept-Language", "").lower()
    return "es" if accept.startswith("es") else "en"


# --- factory ----------------------------------------------------------------------------------

async def _template_context(request: web.Request) -> dict:
    session = await get_session(request)
    lang = request.get("lang", "en")
    return {"staff": request.get("staff"), "csrf_token": session.get("csrf", ""),
            "lang": lang, "_": i18n.translator(lang), "request": request}


def create_app(settings: Settings, secret: str, *, database_url: Optional[str] = None,
               always_secure: bool = False, purge_in_background: bool = False) -> web.Application:
    from bot.staff import views

    app = web.Application(middlewares=[
        security_headers, errors,
        session_middleware(_CookieStorage(cookie_key(secret), always_secure)),
        guard,
    ], client_max_size=64 * 1024)
    app[SETTINGS_KEY] = settings
    app[AGGREGATES_KEY] = {}
    aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(str(HERE / "templates")),
                         autoescape=True, context_processors=[_template_context])
    views.add_routes(app)
    app.router.add_static("/static/", HERE / "static", name="static")
    url = database_url or settings.transcripts_db_url

    async def database(app: web.Application) -> AsyncIterator[None]:
        engine = make_engine(url)
        app[DB_KEY] = session_factory(engine)
        app[SCHEMA_KEY] = {"engine": engine, "ready": False}
        try:
            await _ensure_schema(app)
        except web.HTTPServiceUnavailable:  # logged; pages answer 503 until it is back
            pass
        yield
        engine.dispose()

    app.cleanup_ctx.append(database)
    if purge_in_background:
        app.cleanup_ctx.append(_purge_daily)
    return app


async def _purge_daily(app: web.Application) -> AsyncIterator[None]:
    from bot.staff.views import run_purge

    async def loop() -> None:
        while True:
            try:
                await _ensure_schema(app)
            except web.HTTPServiceUnavailable:  # logged; try again soon
                await asyncio.sleep(300)
                continue
            try:
                removed = await asyncio.get_running_loop().run_in_executor(
                    None, run_purge, app, None, None)
                logger.info("transcript retention: removed %d transcripts", removed)
            except Exception as e:
                logger.error("transcript retention purge failed (%s)", type(e).__name__)
            await asyncio.sleep(PURGE_EVERY_S)

    task = asyncio.create_task(loop())
    yield
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
