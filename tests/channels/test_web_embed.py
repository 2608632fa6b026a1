"""The web channel over real HTTP, on its own Sanic server in this process (Rasa's dialogue is
replaced by a recorder that answers "hi there"), and embedded with its one-line script tag in
another site's page in Debian's Chromium: CORS for the listed sites only, the widget on top of the
host page. The whole assistant behind the widget is tested in tests/integration/test_web_widget.py.
"""
from __future__ import annotations

import asyncio
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator, List

import pytest
import requests
from sanic import Sanic

from bot.channels.web import WebInput

CHROMIUM = Path("/usr/bin/chromium")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# The host sites are small real HTTP servers on loopback (a page Playwright answered itself would
# count as public, and Chromium's local-network protection would block it before CORS is asked).
LISTED_PORT, UNLISTED_PORT = free_port(), free_port()
LISTED = f"http://localhost:{LISTED_PORT}"
UNLISTED = f"http://localhost:{UNLISTED_PORT}"


class Server:
    def __init__(self) -> None:
        self.messages: List[str] = []
        self.port = 0
        self.ready = threading.Event()
        self.stop = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/webhooks/web/"

    def run(self) -> None:
        asyncio.run(self._serve())

    async def _serve(self) -> None:
        channel = WebInput(b"k" * 40, allowed_origins=[LISTED])

        async def on_new_message(message) -> None:
            self.messages.append(message.text)
            await message.output_channel.send_text_with_buttons(
                message.sender_id, "hi there", [{"title": "Yes", "payload": "/affirm"}])

        app = Sanic(f"web_test_{id(self)}")
        app.config.ACCESS_LOG = False
        app.blueprint(channel.blueprint(on_new_message), url_prefix="/webhooks/web")
        self.port = free_port()
        server = await app.create_server(host="127.0.0.1", port=self.port,
                                         return_asyncio_server=True)
        await server.startup()
        self.stop = asyncio.Event()
        self.loop = asyncio.get_running_loop()
        self.ready.set()
        await self.stop.wait()
        server.close()
        await server.wait_closed()


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    running = Server()
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    assert running.ready.wait(30), "the test server did not start"
    yield running
    running.loop.call_soon_threadsafe(running.stop.set)
    thread.join(10)


def test_listed_site_gets_cors_permission_and_others_do_not(server):
    listed = requests.post(server.url + "start", headers={"Origin": LISTED}, timeout=10)
    assert listed.headers["Access-Control-Allow-Origin"] == LISTED
    assert listed.headers["Vary"] == "Origin"
    other = requests.post(server.url + "start", headers={"Origin": "http://evil.example"},
                          timeout=10)
    assert other.status_code == 200 and "Access-Control-Allow-Origin" not in other.headers


def test_retry_with_the_same_id_answers_from_the_first_run(server):
    token = requests.post(server.url + "start", timeout=10).json()["token"]
    body = json.dumps({"token": token, "id": "retry-test-1", "message": "only once"})
    first = requests.post(server.url + "chat", data=body, timeout=10)
    again = requests.post(server.url + "chat", data=body, timeout=10)
    assert first.json() == again.json()
    assert first.json()["messages"] == [
        {"text": "hi there", "buttons": [{"title": "Yes", "payload": "/affirm"}]}]
    assert server.messages.count("only once") == 1


def host_page(script_src: str) -> str:
    return ("<!doctype html><html lang='en'><head><title>Org</title></head><body>"
            "<header><a href='/about'>About us</a></header><main><h1>Our services</h1></main>"
            f"<script src='{script_src}' data-exit-url='https://weather.com/' defer></script>"
            "</body></html>")


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Chromium is not installed: sudo scripts/system-packages.sh")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def host_sites(server) -> Iterator[None]:
    """The organization's site (listed) and another one, each serving a page with the tag."""
    page = host_page(server.url + "widget.js").encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args) -> None:
            pass

    sites = [ThreadingHTTPServer(("127.0.0.1", port), Handler)
             for port in (LISTED_PORT, UNLISTED_PORT)]
    for site in sites:
        threading.Thread(target=site.serve_forever, daemon=True).start()
    yield
    for site in sites:
        site.shutdown()
        site.server_close()


def open_host(browser, origin: str):
    context = browser.new_context(locale="en-US")
    page = context.new_page()
    page.goto(origin + "/")
    return context, page


def test_the_one_line_tag_puts_the_widget_on_a_listed_site(browser, server, host_sites):
    context, page = open_host(browser, LISTED)
    try:
        page.locator(".sa-bot .sa-text", has_text="hi there").wait_for()
        assert "/greet" in server.messages
        page.keyboard.press("Tab")  # the exit button comes before the host page's own links
        assert page.evaluate("document.activeElement.className") == "sa-exit"
        page.locator("#sa-input").fill("hello from the org page")
        page.keyboard.press("Enter")
        page.locator(".sa-bot").nth(1).wait_for()
        assert "hello from the org page" in server.messages
    finally:
        context.close()


def test_an_unlisted_site_cannot_use_the_widget_and_the_person_is_told(browser, server,
                                                                     host_sites):
    context, page = open_host(browser, UNLISTED)
    try:
        alert = page.locator(".sa-alert-text", has_text="The connection was lost")
        alert.wait_for()
        assert page.locator(".sa-bot").count() == 0
    finally:
        context.close()
