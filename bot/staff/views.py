"""The portal's routes: thin handlers over bot.transcripts.queries and bot.staff.accounts. Every
login, transcript list, view, export, purge and account change writes an audit row."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import time
from typing import Any, Dict, Optional

import aiohttp_jinja2
import sqlalchemy as sa
from aiohttp import web
from aiohttp_session import get_session, new_session

from bot.staff import accounts, charts, i18n
from bot.staff.app import AGGREGATES_KEY, DB_KEY, SETTINGS_KEY, client_of, csrf_token
from bot.transcripts import queries
from bot.transcripts.db import session_scope
from bot.transcripts.models import ROLES, AuditEntry, StaffUser

AUDIT_PAGE = 100
AGGREGATES_TTL_S = 30.0  # one dashboard view asks for its figures seven times (page + charts)
MAX_RETENTION_DAYS = 3650


def add_routes(app: web.Application) -> None:
    r = app.router
    r.add_get("/", home, name="home")
    r.add_get("/login", login_page, name="login")
    r.add_post("/login", login_submit, name="login_submit")
    r.add_post("/logout", logout, name="logout")
    r.add_get("/transcripts", transcript_list, name="transcripts")
    r.add_get("/transcripts/{id:[0-9a-f]{32}}", transcript_view, name="transcript")
    r.add_get("/export.csv", export_csv, name="export_csv")
    r.add_get("/export.json", export_json, name="export_json")
    r.add_get("/dashboard", dashboard, name="dashboard")
    r.add_get("/dashboard/charts/{name:[a-z_]+}.svg", dashboard_chart, name="dashboard_chart")
    r.add_get("/dashboard/export.csv", dashboard_export, name="dashboard_export")
    r.add_get("/audit", audit_log, name="audit")
    r.add_get("/users", users, name="users")
    r.add_post("/users", users_create, name="users_create")
    r.add_post("/users/{id:[0-9]+}/active", users_active, name="users_active")
    r.add_get("/retention", retention, name="retention")
    r.add_post("/retention", retention_save, name="retention_save")
    r.add_post("/retention/purge", retention_purge, name="retention_purge")


def _db(request: web.Request):
    return session_scope(request.app[DB_KEY])


def _who(request: web.Request) -> str:
    return request["staff"].name


def _audit(request: web.Request, action: str, target: Optional[str] = None,
           detail: Optional[Dict[str, Any]] = None) -> None:
    with _db(request) as db:
        accounts.audit(db, _who(request) if request.get("staff") else None, action, target,
                       detail, client_of(request))


def _filters(request: web.Request) -> queries.Filters:
    try:
        return queries.Filters.parse(request.query)
    except queries.FilterError as e:
        raise web.HTTPBadRequest(text=f"{i18n.FILTER_ERROR}{e}.") from e


def _page_number(request: web.Request) -> int:
    raw = request.query.get("page", "1")
    if not raw.isdigit() or not 1 <= int(raw) <= 1_000_000:
        raise web.HTTPBadRequest(text="page: expected a whole number from 1.")
    return int(raw)


# --- sign in and out --------------------------------------------------------------------------

async def home(request: web.Request) -> web.Response:
    raise web.HTTPSeeOther(request.app.router["transcripts"].url_for())


def _safe_next(raw: str) -> str:
    """Only a path on this portal (never another site) after signing in."""
    if raw.startswith("/") and not raw.startswith("//") and "\\" not in raw:
        return raw
    return "/transcripts"


@aiohttp_jinja2.template("login.html")
async def login_page(request: web.Request) -> Dict[str, Any]:
    if request.get("staff"):
        raise web.HTTPSeeOther(_safe_next(request.query.get("next", "")))
    return {"next": _safe_next(request.query.get("next", "")), "error": None}


async def login_submit(request: web.Request) -> web.Response:
    form = await request.post()
    name = str(form.get("name", "")).strip()[:64]
    password = str(form.get("password", ""))[:1024]
    target = _safe_next(str(form.get("next", "")))
    client = client_of(request)
    with _db(request) as db:
        if accounts.locked_out(db, name, client):
            accounts.audit(db, accounts.known_name(db, name), "login_locked", client=client)
            staff, error, status = None, "Too many failed sign-ins. Try again in 15 minutes.", 429
        else:
            staff = accounts.authenticate(db, name, password, client)
            error, status = None, 200
            if staff is None:
                error, status = "That name and password do not match an active account.", 401
            accounts.audit(db, staff.name if staff else accounts.known_name(db, name),
                           "login" if staff else "login_failed", client=client)
    if staff is None:
        return aiohttp_jinja2.render_template(
            "login.html", request, {"next": target, "error": error}, status=status)
    lang = request.get("lang", "en")
    session = await new_session(request)  # a fresh session: no fixation
    now = time.time()
    session.update({"user_id": staff.id, "issued": now, "seen": now, "lang": lang})
    csrf_token(session)
    raise web.HTTPSeeOther(target)


async def logout(request: web.Request) -> web.Response:
    _audit(request, "logout")
    session = await get_session(request)
    session.invalidate()
    raise web.HTTPSeeOther(request.app.router["login"].url_for())


# --- transcripts ------------------------------------------------------------------------------

@aiohttp_jinja2.template("transcripts.html")
async def transcript_list(request: web.Request) -> Dict[str, Any]:
    filters = _filters(request)
    number = _page_number(request)
    with _db(request) as db:
        page = queries.transcript_page(db, filters, number)
        channels = queries.channels_in_use(db)
    _audit(request, "list", detail={**filters.as_query(), "page": page.number})
    return {"page": page, "filters": filters, "query": filters.as_query(),
            "channels": channels, "languages": queries.LANGUAGES, "results": queries.RESULTS}


@aiohttp_jinja2.template("transcript.html")
async def transcript_view(request: web.Request) -> Dict[str, Any]:
    transcript_id = request.match_info["id"]
    with _db(request) as db:
        row = queries.transcript(db, transcript_id)
    if row is None:
        raise web.HTTPNotFound(text="No transcript with that id: it may have been deleted "
                                    "on request or removed by the retention purge.")
    _audit(request, "view", target=transcript_id)
    return {"t": row, "turns": row.turns}


def _export_rows(request: web.Request):
    filters = _filters(request)
    with _db(request) as db:
        rows = queries.export_rows(db, filters)
    return filters, rows


async def export_csv(request: web.Request) -> web.Response:
    filters, rows = _export_rows(request)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=queries.EXPORT_COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _csv_value(v) for k, v in row.items()})
    _audit(request, "export", target="csv", detail={**filters.as_query(), "rows": len(rows)})
    return _download(out.getvalue(), "text/csv", "transcripts.csv")


async def export_json(request: web.Request) -> web.Response:
    filters, rows = _export_rows(request)
    _audit(request, "export", target="json", detail={**filters.as_query(), "rows": len(rows)})
    body = json.dumps({"filters": filters.as_query(), "transcripts": rows}, ensure_ascii=False,
                      indent=1)
    return _download(body, "application/json", "transcripts.json")


def _csv_value(value: Any) -> Any:
    if isinstance(value, list):
        return ";".join(value)
    text = str(value)
    # A cell a spreadsheet would run as a formula is quoted as text.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else value


def _download(body: str, content_type: str, filename: str) -> web.Response:
    return web.Response(text=body, content_type=content_type, charset="utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{filename}"'})


# --- dashboard --------------------------------------------------------------------------------

def _aggregates(request: web.Request, filters: queries.Filters) -> queries.Aggregates:
    cache = request.app[AGGREGATES_KEY]
    key = tuple(sorted(filters.as_query().items()))
    hit = cache.get(key)
    if hit and time.monotonic() - hit[0] < AGGREGATES_TTL_S:
        return hit[1]
    with _db(request) as db:
        data = queries.aggregates(db, filters)
    if len(cache) > 100:
        cache.clear()
    cache[key] = (time.monotonic(), data)
    return data


@aiohttp_jinja2.template("dashboard.html")
async def dashboard(request: web.Request) -> Dict[str, Any]:
    filters = _filters(request)
    data = _aggregates(request, filters)
    _audit(request, "dashboard", detail=filters.as_query())
    return {"data": data, "shown": queries.shown, "charts": charts.CHARTS,
            "query": filters.as_query(), "filters": filters}


async def dashboard_chart(request: web.Request) -> web.Response:
    name = request.match_info["name"]
    if name not in charts.CHARTS:
        raise web.HTTPNotFound(text="No chart by that name.")
    filters = _filters(request)
    data = _aggregates(request, filters)
    svg = charts.render(name, data, request.get("lang", "en"))
    return web.Response(body=svg, content_type="image/svg+xml")


async def dashboard_export(request: web.Request) -> web.Response:
    filters = _filters(request)
    data = _aggregates(request, filters)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["figure", "group", "key", "count"])
    for figure, group, key, count in data.table():
        writer.writerow([figure, group, key, queries.shown(count)])
    _audit(request, "export", target="dashboard_csv", detail=filters.as_query())
    return _download(out.getvalue(), "text/csv", "dashboard.csv")


# --- admin ------------------------------------------------------------------------------------

@aiohttp_jinja2.template("audit.html")
async def audit_log(request: web.Request) -> Dict[str, Any]:
    number = _page_number(request)
    with _db(request) as db:
        total = db.execute(sa.select(sa.func.count()).select_from(AuditEntry)).scalar()
        pages = max(1, -(-total // AUDIT_PAGE))
        number = min(number, pages)
        rows = db.execute(sa.select(AuditEntry).order_by(AuditEntry.id.desc())
                          .offset((number - 1) * AUDIT_PAGE).limit(AUDIT_PAGE)).scalars().all()
    _audit(request, "audit", detail={"page": number})
    return {"rows": rows, "number": number, "pages": pages}


async def _users_context(request: web.Request, error: Optional[str] = None,
                         notice: Optional[str] = None) -> Dict[str, Any]:
    with _db(request) as db:
        people = db.execute(sa.select(StaffUser).order_by(StaffUser.name)).scalars().all()
    return {"people": people, "roles": ROLES, "error": error, "notice": notice,
            "min_password": accounts.MIN_PASSWORD_CHARS}


async def users(request: web.Request) -> web.Response:
    return aiohttp_jinja2.render_template("users.html", request, await _users_context(request))


async def users_create(request: web.Request) -> web.Response:
    form = await request.post()
    name = str(form.get("name", "")).strip()
    role = str(form.get("role", ""))
    try:
        with _db(request) as db:
            accounts.create_user(db, name, str(form.get("password", "")), role)
            accounts.audit(db, _who(request), "user_create", target=name, detail={"role": role},
                           client=client_of(request))
    except accounts.AccountError as e:
        context = await _users_context(request, error=str(e))
        return aiohttp_jinja2.render_template("users.html", request, context, status=400)
    context = await _users_context(request, notice="Account created.")
    return aiohttp_jinja2.render_template("users.html", request, context)


async def users_active(request: web.Request) -> web.Response:
    form = await request.post()
    user_id = int(request.match_info["id"])
    active = str(form.get("active", "")) == "1"
    if user_id == request["staff"].id and not active:
        context = await _users_context(request, error="You cannot disable your own account.")
        return aiohttp_jinja2.render_template("users.html", request, context, status=400)
    with _db(request) as db:
        user = accounts.set_active(db, user_id, active)
        if user is None:
            raise web.HTTPNotFound(text="No account with that id.")
        accounts.audit(db, _who(request), "user_enable" if active else "user_disable",
                       target=user.name, client=client_of(request))
    raise web.HTTPSeeOther(request.app.router["users"].url_for())


def _retention_default(request: web.Request) -> int:
    return request.app[SETTINGS_KEY].transcript_retention_days


async def _retention_context(request: web.Request, **extra: Any) -> Dict[str, Any]:
    with _db(request) as db:
        days = queries.retention_days(db, _retention_default(request))
    return {"days": days, "error": None, "notice": None, "removed": None,
            "max_days": MAX_RETENTION_DAYS, **extra}


async def retention(request: web.Request) -> web.Response:
    return aiohttp_jinja2.render_template("retention.html", request,
                                          await _retention_context(request))


async def retention_save(request: web.Request) -> web.Response:
    form = await request.post()
    raw = str(form.get("days", "")).strip()
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_RETENTION_DAYS:
        context = await _retention_context(
            request, error="Days: enter a whole number from 1 to 3650.")
        return aiohttp_jinja2.render_template("retention.html", request, context, status=400)
    with _db(request) as db:
        queries.set_retention_days(db, int(raw))
        accounts.audit(db, _who(request), "retention", detail={"days": int(raw)},
                       client=client_of(request))
    context = await _retention_context(request, notice="Retention saved.")
    return aiohttp_jinja2.render_template("retention.html", request, context)


def run_purge(app: web.Application, who: Optional[str], client: Optional[str],
              now: Optional[dt.datetime] = None) -> int:
    """One purge at the configured retention; audited (by the account, or by the schedule)."""
    with session_scope(app[DB_KEY]) as db:
        days = queries.retention_days(db, app[SETTINGS_KEY].transcript_retention_days)
        removed = queries.purge_older_than(db, days, now)
        accounts.audit(db, who or "(schedule)", "purge", detail={"days": days, "removed": removed},
                       client=client)
    return removed


async def retention_purge(request: web.Request) -> web.Response:
    removed = run_purge(request.app, _who(request), client_of(request))
    context = await _retention_context(request, removed=removed)
    return aiohttp_jinja2.render_template("retention.html", request, context)
