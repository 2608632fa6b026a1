"""The staff portal, through aiohttp's test client over real HTTP on loopback: sign-in, cookie
flags, refusals without a session, CSRF, lockout, roles, the audit log, the pages and exports."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import uuid


from bot.staff.app import CSP
from tests.staff.conftest import PASSWORD, Portal, seed

ANY_ID = uuid.uuid4().hex


def _concrete(path: str) -> str:
    path = re.sub(r"\{id:\[0-9a-f\]\{32\}\}", ANY_ID, path)
    path = re.sub(r"\{id:\[0-9\]\+\}", "1", path)
    return re.sub(r"\{name:[^}]+\}", "results", path)


def routes(app):
    for route in app.router.routes():
        info = route.resource.get_info()
        path = info.get("path") or info.get("formatter") or info.get("prefix")
        yield route.name, route.method, _concrete(path)


def test_every_route_but_login_and_static_refuses_without_a_session(portal):
    seed(portal.factory, 3)
    checked = 0
    for name, method, path in routes(portal.app):
        if name in ("login", "login_submit") or path.startswith("/static"):
            continue
        if method == "HEAD":
            continue
        response, body = portal.request(method, path, data={"csrf_token": "x"})
        checked += 1
        if method == "GET":
            assert response.status == 303, (method, path, response.status)
            assert response.headers["Location"].startswith("/login?next="), path
        else:
            assert response.status == 401, (method, path, response.status)
        assert "hello [NAME]" not in body and "Transcript" not in body.split("<title>")[0]
    assert checked >= 15
    response, _ = portal.get("/login")
    assert response.status == 200
    response, body = portal.get("/static/portal.css")
    assert response.status == 200 and "body" in body


def test_sign_in_sets_an_encrypted_httponly_strict_session_cookie(portal):
    response, _ = portal.login()
    assert response.status == 303 and response.headers["Location"] == "/transcripts"
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert "Secure" not in cookie  # plain HTTP here
    assert "expires" not in cookie.lower() and "max-age" not in cookie.lower()  # memory only
    value = cookie.split(";")[0].split("=", 1)[1]
    assert "admin1" not in value and "user_id" not in value  # Fernet, not readable JSON
    response, body = portal.get("/transcripts")
    assert response.status == 200 and "admin1" in body
    assert ("admin1", "login") in {(n, a) for n, a in portal.sql("SELECT user_name, action FROM audit_log")}


def test_cookie_is_secure_when_served_over_tls(tmp_path):
    portal = Portal(tmp_path, always_secure=True)
    try:
        response, _ = portal.get("/login")
        assert "Secure" in response.headers["Set-Cookie"]
    finally:
        portal.close()


def test_every_page_has_strict_security_headers(portal):
    portal.login()
    for path in ("/login", "/transcripts", "/dashboard", "/audit", "/nope"):
        response, _ = portal.get(path)
        assert response.headers["Content-Security-Policy"] == CSP, path
        assert "script-src" not in CSP and "default-src 'none'" in CSP
        assert response.headers["Cache-Control"] == "no-store"
        assert response.headers["X-Frame-Options"] == "DENY"


def test_csrf_missing_or_wrong_token_is_rejected(portal):
    response, body = portal.post("/login", {"name": "admin1", "password": PASSWORD}, token=None)
    assert response.status == 403 and "Reload the page" in body
    portal.login()
    before = portal.sql("SELECT count(*) FROM portal_settings")[0][0]
    for token in (None, "forged-token"):
        response, _ = portal.post("/retention", {"days": "7"}, token=token)
        assert response.status == 403
    assert portal.sql("SELECT count(*) FROM portal_settings")[0][0] == before
    response, body = portal.post("/retention", {"days": "7"})
    assert response.status == 200 and 'value="7"' in body


def test_repeated_failures_lock_the_account_even_with_the_right_password(portal):
    for _ in range(5):
        response, body = portal.login(password="wrong password!")
        assert response.status == 401 and "do not match" in body
    response, body = portal.login()
    assert response.status == 429 and "15 minutes" in body
    audited = portal.sql("SELECT user_name, action FROM audit_log ORDER BY id")
    actions = [a for _, a in audited]
    assert actions.count("login_failed") == 5 and actions[-1] == "login_locked"
    assert audited[-1][0] == "admin1"  # a known account is named in the audit log
    portal.sql("DELETE FROM login_failures")  # the lockout ends when its window has passed
    response, _ = portal.login()
    assert response.status == 303


def test_unknown_names_count_against_the_client_and_are_not_stored(portal):
    for i in range(5):
        portal.login(name=f"nobody{i}", password="my secret pass")
    response, _ = portal.login()
    assert response.status == 429  # the same client is locked out
    stored = portal.sql("SELECT account FROM login_failures")
    assert all(account is None for (account,) in stored)
    audited = portal.sql("SELECT user_name, detail FROM audit_log")
    assert not any("nobody" in str(value) for row in audited for value in row)


def test_reviewers_read_but_admin_pages_are_refused(portal):
    ids = seed(portal.factory, 2)
    portal.login("reviewer1")
    for path in ("/transcripts", f"/transcripts/{ids[0]}", "/dashboard",
                 "/dashboard/charts/flags.svg"):
        assert portal.get(path)[0].status == 200, path
    for path in ("/export.csv", "/export.json", "/audit", "/users", "/retention",
                 "/dashboard/export.csv"):
        response, body = portal.get(path)
        assert response.status == 403 and "administrators" in body, path
    for path, data in (("/retention", {"days": "1"}), ("/retention/purge", {}),
                       ("/users", {"name": "x2", "password": PASSWORD, "role": "admin"})):
        assert portal.post(path, data)[0].status == 403, path
    assert portal.sql("SELECT count(*) FROM staff_users")[0][0] == 2


def test_views_and_exports_are_audited(portal):
    ids = seed(portal.factory, 3)
    portal.login()
    portal.get(f"/transcripts/{ids[1]}")
    portal.get("/export.csv?language=en")
    portal.get("/export.json")
    rows = portal.sql("SELECT user_name, action, target, detail FROM audit_log ORDER BY id")
    assert ("admin1", "view", ids[1]) in {(u, a, t) for u, a, t, _ in rows}
    exports = [(t, json.loads(d)) for u, a, t, d in rows if a == "export"]
    assert exports == [("csv", {"language": "en", "rows": 3}), ("json", {"rows": 3})]
    response, body = portal.get("/audit")
    assert response.status == 200 and ids[1] in body


def test_the_list_filters_and_pages(portal):
    seed(portal.factory, 55, language="en")
    seed(portal.factory, 3, language="es", result="positive", danger_flag=True,
         started_at=dt.datetime(2026, 11, 20, 9))
    portal.login()
    response, body = portal.get("/transcripts")
    assert 'id="total">58<' in body and "Page 1 / 2" in body
    _, body = portal.get("/transcripts?page=2")
    assert len(re.findall(r'href="/transcripts/[0-9a-f]{32}"', body)) == 8
    _, body = portal.get("/transcripts?language=es&result=positive&danger_flag=1")
    assert 'id="total">3<' in body
    _, body = portal.get("/transcripts?from=2026-11-20&to=2026-11-20")
    assert 'id="total">3<' in body
    _, body = portal.get("/transcripts?quick_exit=yes")
    assert "No conversations match" in body
    response, body = portal.get("/transcripts?from=yesterday")
    assert response.status == 400 and "YYYY-MM-DD" in body
    response, body = portal.get("/transcripts?page=abc")
    assert response.status == 400


def test_a_transcript_shows_its_turns_result_and_domains(portal):
    [tid] = seed(portal.factory, 1, result="positive", domains=["debt", "movement"])
    portal.login("reviewer1")
    response, body = portal.get(f"/transcripts/{tid}")
    assert response.status == 200
    assert "hello [NAME]" in body and "Hi, I&#39;m an assistant." in body
    assert '<dd id="result">positive</dd>' in body and "debt, movement" in body
    response, body = portal.get(f"/transcripts/{uuid.uuid4().hex}")
    assert response.status == 404 and "deleted on request" in body


def test_exports_hold_the_filtered_list(portal):
    seed(portal.factory, 2, language="es")
    seed(portal.factory, 4, language="en")
    portal.login()
    response, body = portal.get("/export.csv?language=es")
    assert response.headers["Content-Disposition"].startswith("attachment")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert len(rows) == 2 and {r["language"] for r in rows} == {"es"}
    assert "link_key" not in rows[0]
    _, body = portal.get("/export.json?language=en")
    assert len(json.loads(body)["transcripts"]) == 4


def test_dashboard_shows_small_counts_as_under_five(portal):
    seed(portal.factory, 7, channel="rest", language="en")
    seed(portal.factory, 2, channel="sms", language="es", ended_by_quick_exit=True)
    portal.login()
    _, body = portal.get("/dashboard")
    assert "<td>&lt;5</td>" in body and "<strong>9</strong>" in body
    assert body.count('<img src="/dashboard/charts/') == 6
    assert "http://" not in body and "https://" not in body  # nothing from another site
    _, svg = portal.get("/dashboard/charts/weekly_channel.svg")
    assert svg.lstrip().startswith("<?xml") and "&lt;5" in svg and ">7<" in svg.replace(" ", "")
    for name in ("weekly_language", "results", "resources", "quick_exits", "flags"):
        response, svg = portal.get(f"/dashboard/charts/{name}.svg")
        assert response.status == 200 and "<svg" in svg
        assert not re.search(r">\s*[1-4]\s*<", svg), name
    _, body = portal.get("/dashboard/export.csv")
    counts = [row["count"] for row in csv.DictReader(io.StringIO(body))]
    assert "<5" in counts and all(c == "<5" or int(c) >= 5 for c in counts)


def test_retention_purges_transcripts_older_than_the_setting(portal):
    old = seed(portal.factory, 2, started_at=dt.datetime(2020, 1, 1))
    recent = seed(portal.factory, 1, started_at=dt.datetime.utcnow())
    portal.login()
    response, body = portal.post("/retention", {"days": "0"})
    assert response.status == 400 and "from 1 to 3650" in body
    portal.post("/retention", {"days": "30"})
    response, body = portal.post("/retention/purge", {})
    assert 'id="removed">2<' in body
    left = {i for (i,) in portal.sql("SELECT id FROM transcript_sessions")}
    assert left == set(recent) and not left & set(old)
    assert portal.sql("SELECT count(*) FROM transcript_turns")[0][0] == 2
    assert ("purge",) in portal.sql("SELECT action FROM audit_log")


def test_admins_create_and_disable_accounts(portal):
    portal.login()
    response, body = portal.post("/users", {"name": "new.one", "password": "short", "role": "reviewer"})
    assert response.status == 400 and "at least 12" in body
    response, body = portal.post("/users", {"name": "new.one", "password": PASSWORD, "role": "reviewer"})
    assert response.status == 200 and "new.one" in body
    [(uid,)] = portal.sql("SELECT id FROM staff_users WHERE name = 'new.one'")
    portal.post(f"/users/{uid}/active", {"active": "0"})
    portal.logout_cookies()
    response, _ = portal.login("new.one")
    assert response.status == 401


def test_signing_out_ends_the_session(portal):
    portal.login()
    response, _ = portal.post("/logout", {})
    assert response.status == 303
    assert portal.get("/transcripts")[0].status == 303


def test_pages_in_spanish(portal):
    seed(portal.factory, 1)
    portal.login()
    _, body = portal.get("/transcripts?lang=es")
    assert '<html lang="es">' in body and "Transcripciones" in body and "Aplicar" in body
    _, body = portal.get("/dashboard")
    assert "Los conteos menores de 5" in body
    _, body = portal.get("/transcripts?from=ayer")
    assert "Filtro no válido: desde: se esperaba una fecha AAAA-MM-DD." in body


def test_a_disabled_account_loses_its_open_session_at_once(portal):
    portal.login("reviewer1")
    assert portal.get("/transcripts")[0].status == 200
    portal.sql("UPDATE staff_users SET active = 0 WHERE name = 'reviewer1'")
    response, _ = portal.get("/transcripts")
    assert response.status == 303 and response.headers["Location"].startswith("/login")


def test_an_idle_session_expires(portal, monkeypatch):
    import time as time_module

    portal.login()
    assert portal.get("/transcripts")[0].status == 200
    later = time_module.time() + 31 * 60
    monkeypatch.setattr("bot.staff.app.time.time", lambda: later)
    response, _ = portal.get("/transcripts")
    assert response.status == 303 and response.headers["Location"].startswith("/login")


def test_sign_in_goes_back_only_to_a_page_of_the_portal(portal):
    response, _ = portal.post("/login", {"name": "admin1", "password": PASSWORD,
                                         "next": "//evil.example/x"})
    assert response.status == 303 and response.headers["Location"] == "/transcripts"


def test_an_unreachable_database_gets_a_clear_503_and_the_portal_keeps_running(tmp_path):
    down = Portal.__new__(Portal)  # the portal alone, on a database that refuses connections
    import asyncio

    from aiohttp.test_utils import TestClient, TestServer

    from bot.settings import Settings
    from bot.staff.app import create_app

    down.loop = asyncio.new_event_loop()
    asyncio.set_event_loop(down.loop)
    down.app = create_app(Settings(var_dir=tmp_path), "s" * 40,
                          database_url="postgresql://nobody@127.0.0.1:1/none")

    async def start():
        client = TestClient(TestServer(down.app))
        await client.start_server()
        return client

    down.client = down.run(start())
    try:
        response, body = down.get("/login")
        assert response.status == 200  # what the launcher's readiness check asks for
        token = re.search(r'name="csrf_token" value="([^"]+)"', body).group(1)
        response, body = down.request("POST", "/login", data={
            "csrf_token": token, "name": "admin1", "password": PASSWORD})
        assert response.status == 503 and "cannot be reached right now" in body
        response, body = down.get("/transcripts")
        assert response.status == 503
    finally:
        down.close()
