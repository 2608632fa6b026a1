"""The staff portal in a real browser (Playwright driving Debian's Chromium at /usr/bin/chromium;
nothing is downloaded): sign in, filter the list, open a transcript, view the dashboard, in
English and Spanish. The portal runs as `python -m bot.staff serve` on a free port against a
seeded database; accounts come from the create-user command. Screenshots go to
var/artifacts/staff-portal/."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from bot.settings import PROJECT_ROOT
from bot.transcripts.db import make_engine, session_factory, upgrade_to_head
from tests.conftest import free_port
from tests.staff.conftest import PASSWORD, seed

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = PROJECT_ROOT / "var" / "artifacts" / "staff-portal"


@pytest.fixture(scope="module")
def served_portal(tmp_path_factory):
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    var_dir = tmp_path_factory.mktemp("staff_var")
    port = free_port()
    env = {**os.environ, "VAR_DIR": str(var_dir), "STAFF_PORT": str(port), "LOG_LEVEL": "INFO"}
    env.pop("STAFF_SECRET", None)
    env.pop("TRANSCRIPTS_DB", None)
    engine = make_engine(f"sqlite:///{var_dir / 'transcripts.db'}")
    upgrade_to_head(engine)
    factory = session_factory(engine)
    week = dt.datetime.utcnow() - dt.timedelta(days=3)
    seed(factory, 12, language="en", started_at=week)
    ids = seed(factory, 3, language="es", result="positive", domains=["deuda", "movimiento"],
               danger_flag=True, started_at=week + dt.timedelta(hours=1))
    for name, role in (("admin1", "admin"), ("reviewer1", "reviewer")):
        created = subprocess.run([sys.executable, "-m", "bot.staff", "create-user", name,
                                  "--role", role], input=PASSWORD + "\n", text=True, env=env,
                                 cwd=PROJECT_ROOT, capture_output=True, timeout=60)
        assert created.returncode == 0, created.stderr
        assert PASSWORD not in created.stdout + created.stderr
    log = (var_dir / "staff.out").open("wb")
    process = subprocess.Popen([sys.executable, "-m", "bot.staff", "serve"], env=env,
                               cwd=PROJECT_ROOT, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://localhost:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if requests.get(f"{base}/login", timeout=2).status_code == 200:
                break
        except requests.ConnectionError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail("the portal did not start:\n" + (var_dir / "staff.out").read_text())
        time.sleep(0.3)
    yield base, ids
    process.terminate()
    process.wait(timeout=20)
    log.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                              args=["--no-sandbox", "--disable-gpu"])
        yield launched
        launched.close()


def test_reviewer_signs_in_filters_opens_a_transcript_and_sees_the_dashboard(served_portal,
                                                                               browser):
    base, spanish_ids = served_portal
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(locale="en-US")
    page = context.new_page()
    requested, problems = [], []
    page.on("request", lambda r: requested.append(r.url))
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)

    page.goto(f"{base}/transcripts")
    assert page.url.startswith(f"{base}/login")
    page.fill("#name", "reviewer1")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/transcripts")
    assert page.inner_text("#total") == "15"
    page.screenshot(path=str(ARTIFACTS / "1-list.png"), full_page=True)

    page.select_option("select[name=language]", "es")
    page.check("input[name=danger_flag]")
    page.click("form.filters button[type=submit]")
    page.wait_for_load_state()
    assert "language=es" in page.url and page.inner_text("#total") == "3"
    assert page.locator("text=Export CSV").count() == 0  # reviewers cannot export
    page.screenshot(path=str(ARTIFACTS / "2-filtered.png"), full_page=True)

    page.click("table.list a >> nth=0")
    page.wait_for_load_state()
    assert any(i in page.url for i in spanish_ids)
    assert page.inner_text("#result") == "positive"
    assert page.inner_text("#domains") == "deuda, movimiento"
    assert "hello [NAME]" in page.inner_text("ol.turns")
    page.screenshot(path=str(ARTIFACTS / "3-transcript.png"), full_page=True)

    page.click("nav >> text=Dashboard")
    page.wait_for_load_state("networkidle")
    images = page.locator("figure.chart img")
    assert images.count() == 6
    widths = page.eval_on_selector_all("figure.chart img", "els => els.map(e => e.naturalWidth)")
    assert all(w > 100 for w in widths)  # every chart loaded and drew
    assert "<5" in page.inner_text("table.figures")
    page.screenshot(path=str(ARTIFACTS / "4-dashboard.png"), full_page=True)

    page.click("text=Español")
    page.wait_for_load_state("networkidle")
    assert "Los conteos menores de 5" in page.inner_text("main")
    page.screenshot(path=str(ARTIFACTS / "5-dashboard-es.png"), full_page=True)

    assert all(url.startswith(base) for url in requested), "a request left the portal"
    assert problems == []  # no CSP violation or script error
    # The session cookie lives only in memory: nothing in persistent storage.
    [cookie] = [c for c in context.cookies() if c["name"] == "staff_session"]
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and cookie["expires"] == -1
    assert page.evaluate("() => localStorage.length + sessionStorage.length") == 0
    context.close()


def test_admin_exports_from_the_browser(served_portal, browser):
    base, _ = served_portal
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    page.goto(f"{base}/login")
    page.fill("#name", "admin1")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/transcripts")
    with page.expect_download() as download:
        page.click("text=Export CSV")
    path = download.value.path()
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("id,channel,language") and len(lines) == 16
    page.goto(f"{base}/audit")
    assert "export" in page.inner_text("table.list")
    page.screenshot(path=str(ARTIFACTS / "6-audit.png"), full_page=True)
    context.close()
