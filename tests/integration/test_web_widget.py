"""The web chat widget end to end: Debian's Chromium (headless, driven by Playwright) on the demo
page the real Rasa server serves, checked in what the page shows, in the browser's storage and
history, and in the tracker store's rows.

Screenshots (1280 px, 360 px, 320 px, 200% zoom) are kept under var/test-artifacts/web-widget/.
The exit site (weather.com by default) and a "previous page" are answered by Playwright itself:
nothing leaves the machine, and any other request off the assistant's origin fails the test.
"""
from __future__ import annotations

import json
import shutil
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Dict, Iterator, List

import pytest
import requests

from bot.channels.web import DEFAULT_EXIT_URL
from bot.privacy.pseudonym import load_secret, pseudonymous_id
from bot.settings import PROJECT_ROOT

playwright_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = PROJECT_ROOT / "var" / "test-artifacts" / "web-widget"
PREVIOUS_PAGE = "https://previous-page.test/"
UI = {  # the widget's own words, per language (bot/web/widget.js)
    "en": {"exit": "Exit now", "toggle": "Español", "send": "Send", "retry": "Send again",
           "limits": "Quick exit cannot erase your browser history",
           "busy": "You sent several messages quickly", "offline": "The connection was lost",
           "capped": "Messages can be up to 2,000 characters"},
    "es": {"exit": "Salir ya", "toggle": "English", "send": "Enviar", "retry": "Enviar de nuevo",
           "limits": "La salida rápida no puede borrar el historial del navegador",
           "busy": "Enviaste varios mensajes seguidos", "offline": "Se perdió la conexión",
           "capped": "Los mensajes pueden tener hasta 2000 caracteres"},
}
LOCALES = {"en": "en-US", "es": "es-ES"}


# Module scope: Playwright's sync API keeps an event loop running in this thread while it is open,
# which would stop later tests (aiohttp's test client, asyncio.run) from starting their own.
@pytest.fixture(scope="module")
def browser() -> Iterator["playwright_api.Browser"]:
    if not CHROMIUM.exists():
        pytest.skip("Chromium is not installed: sudo scripts/system-packages.sh "
                    "(apt-get install chromium); the tests never download a browser")
    with playwright_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    ARTIFACTS.mkdir(parents=True)
    return ARTIFACTS


class Chat:
    """One browser tab on the demo page, with what it requested and its conversation token."""

    def __init__(self, browser, assistant, language: str = "en", **context_options) -> None:
        self.assistant = assistant
        self.origin = assistant.settings.rasa_url
        self.url = f"{self.origin}/webhooks/web/"
        self.context = browser.new_context(locale=LOCALES[language], **context_options)
        self.requests: List[str] = []
        self.context.on("request", lambda r: self.requests.append(r.url))
        self.context.route(lambda url: url.startswith(DEFAULT_EXIT_URL),
                           lambda route: route.fulfill(content_type="text/html",
                                                       body="<title>Weather</title><p>Sunny</p>"))
        self.context.route(PREVIOUS_PAGE, lambda route: route.fulfill(
            content_type="text/html", body="<title>News</title><p>Today's news</p>"))
        self.page = self.context.new_page()
        self.errors: List[str] = []
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.token = ""

    def open(self) -> "Chat":
        with self.page.expect_response(lambda r: r.url.endswith("/webhooks/web/start")) as start:
            self.page.goto(self.url)
        self.token = start.value.json()["token"]
        self.wait_for_bot_messages(1)
        return self

    @property
    def sender(self) -> str:
        """The pseudonymous id the web channel files this conversation under."""
        conversation_id = self.token.split(".")[0]
        return pseudonymous_id("web", conversation_id, load_secret(self.assistant.settings))

    def rows(self) -> List[Dict]:
        return self.assistant.sql("SELECT type_name, intent_name, data FROM events "
                                  "WHERE sender_id = :s ORDER BY id", s=self.sender)

    def bot_texts(self) -> List[str]:
        return self.page.locator(".sa-bot .sa-text").all_inner_texts()

    def user_texts(self) -> List[str]:
        return self.page.locator(".sa-user .sa-text").all_inner_texts()

    def wait_for_bot_messages(self, count: int) -> List[str]:
        self.page.locator(".sa-bot").nth(count - 1).wait_for()
        # Locators, not wait_for_function: the page's policy forbids evaluating strings.
        self.page.locator(".sa-widget.sa-busy").wait_for(state="detached")
        return self.bot_texts()

    def say(self, text: str) -> List[str]:
        """Types a message and returns the bot's new messages."""
        before = len(self.bot_texts())
        self.page.locator("#sa-input").fill(text)
        self.page.keyboard.press("Enter")
        return self.wait_for_bot_messages(before + 1)[before:]

    def click(self, title: str) -> List[str]:
        """Presses the latest bot button with this title and returns the bot's new messages."""
        before = len(self.bot_texts())
        self.page.locator(".sa-choice", has_text=title).last.click()
        return self.wait_for_bot_messages(before + 1)[before:]

    def off_origin_requests(self) -> List[str]:
        allowed = (self.origin, DEFAULT_EXIT_URL, PREVIOUS_PAGE, "about:", "data:")
        return [url for url in self.requests if not url.startswith(allowed)]

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def chat(browser, assistant) -> Iterator:
    opened: List[Chat] = []

    def open_chat(language: str = "en", **context_options) -> Chat:
        opened.append(Chat(browser, assistant, language, **context_options).open())
        return opened[-1]

    yield open_chat
    for each in opened:
        assert each.errors == [], each.errors
        assert each.off_origin_requests() == []
        each.close()


def wait_until(condition, timeout_s: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return condition()


# --- a whole conversation in each language ---------------------------------------------------

@pytest.mark.parametrize("language", ["en", "es"])
def test_a_full_conversation_in_each_language(chat, response_text, artifacts, language):
    session = chat(language)
    page = session.page
    other = "es" if language == "en" else "en"
    assert page.locator(".sa-exit").inner_text() == UI[language]["exit"]
    assert UI[language]["limits"] in page.locator(".sa-limits").inner_text()
    assert session.bot_texts() == [response_text("utter_welcome", None)]

    name = "English" if language == "en" else "Español"
    assert session.click(name) == [response_text("utter_language_set", language),
                                   response_text("utter_ask_safe", language)]
    safe = "Safe to talk" if language == "en" else "Es seguro hablar"
    assert session.click(safe) == [response_text("utter_edu_what", language)]
    just_resources = "Just the resources" if language == "en" else "Solo los recursos"
    resources = session.click(just_resources)
    assert resources[0] == ("Here is where to get help:" if language == "en"
                            else "Aquí tienes dónde pedir ayuda:")
    assert any("1-888-373-7888" in text for text in resources)
    closing = session.say("bye" if language == "en" else "adiós")
    assert closing[0].startswith("Here is what we talked about:" if language == "en"
                                 else "Esto es lo que vimos:")
    assert closing[-1] == response_text("utter_closing_safety", language)
    page.screenshot(path=str(artifacts / f"conversation-{language}-1280.png"), full_page=True)

    # The language toggle tells the bot, which answers in the other language; the widget's
    # own words follow.
    toggle = page.locator(".sa-language")
    assert toggle.inner_text() == UI[language]["toggle"]
    before = len(session.bot_texts())
    toggle.click()
    session.wait_for_bot_messages(before + 1)
    assert session.bot_texts()[-1] == response_text("utter_language_set", other)
    assert page.locator(".sa-exit").inner_text() == UI[other]["exit"]
    assert page.locator(".sa-widget").get_attribute("lang") == other

    user_intents = [r["intent_name"] for r in session.rows() if r["type_name"] == "user"]
    assert user_intents == ["greet", "change_language", "affirm", "request_resources",
                            "goodbye", "change_language"]
    # Nothing of the conversation is kept by the browser.
    state = session.context.storage_state()
    assert state["cookies"] == []
    assert all(not origin.get("localStorage") for origin in state["origins"])
    assert page.evaluate("sessionStorage.length") == 0


# --- quick exit ------------------------------------------------------------------------------

def press_exit_button(page):
    page.locator(".sa-exit").click()


def press_escape_twice(page):
    for _ in range(2):
        page.locator("#sa-input").press("Escape")


def press_shift_three_times(page):
    for _ in range(3):
        page.locator("#sa-input").press("Shift")


@pytest.mark.parametrize("leave", [press_exit_button, press_escape_twice, press_shift_three_times],
                         ids=["button", "esc-esc", "shift-x3"])
def test_quick_exit_erases_clears_and_leaves_no_way_back(browser, assistant, leave):
    session = Chat(browser, assistant, "es")
    try:
        page = session.page
        page.goto(PREVIOUS_PAGE)
        session.open()
        session.click("Español")
        page.locator("#sa-input").focus()
        assert session.rows(), "the conversation should be stored before the exit"
        # What a host site or an earlier visit may have left: the exit must clear it too.
        page.evaluate("localStorage.setItem('seen', '1'); sessionStorage.setItem('seen', '1');"
                      "document.cookie = 'seen=1; path=/'")
        assert session.context.cookies()

        leave(page)
        page.wait_for_url(DEFAULT_EXIT_URL)
        assert wait_until(lambda: session.rows() == []), "the conversation was not erased"
        assert session.context.cookies() == []
        # Back goes to the page before the chat, never to the chat: walk the whole history.
        # (The tab's history: its first blank page, the previous page, the exit site.)
        back = []
        for _ in range(page.evaluate("history.length") - 1):
            page.go_back()
            back.append(page.url)
            assert page.locator(".sa-widget").count() == 0
        assert back[0] == PREVIOUS_PAGE
        assert session.url not in back
        page.go_forward()
        page.go_forward()
        assert page.url == DEFAULT_EXIT_URL
        # The assistant's origin keeps nothing, in this tab or anywhere in the browser.
        page.goto(f"{session.origin}/webhooks/web/widget.css")
        assert page.evaluate("[localStorage.length, sessionStorage.length]") == [0, 0]
        state = session.context.storage_state()
        assert all(not origin.get("localStorage") for origin in state["origins"])
        assert session.errors == []
        assert session.off_origin_requests() == []
    finally:
        session.close()


@pytest.mark.parametrize("leave", [press_exit_button, press_escape_twice, press_shift_three_times],
                         ids=["button", "esc-esc", "shift-x3"])
def test_quick_exit_blanks_the_page_at_once_even_if_the_next_site_never_loads(chat, leave):
    session = chat("en")
    page = session.page
    session.click("English")
    # The neutral site does not answer (a network gone, a blocked site): the tab stays where it
    # is, and must show nothing of the chat, not even its title.
    page.route(lambda url: url.startswith(DEFAULT_EXIT_URL), lambda route: route.abort("aborted"))
    leave(page)
    page.wait_for_timeout(200)
    assert page.evaluate("[document.title, document.body.children.length, "
                         "document.body.innerText]") == ["", 0, ""]
    assert session.requests.count(DEFAULT_EXIT_URL) == 1


def test_single_escape_or_shift_does_not_leave(chat):
    session = chat("en")
    page = session.page
    page.locator("#sa-input").focus()
    page.keyboard.press("Escape")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.keyboard.press("a")
    page.keyboard.press("Shift")
    assert session.say("thanks")  # still here, still talking
    assert page.url == session.url


def test_exit_button_comes_first_in_keyboard_order(chat):
    session = chat("en")
    session.page.keyboard.press("Tab")
    focused = session.page.evaluate("document.activeElement.className")
    assert focused == "sa-exit"


# --- bad input -------------------------------------------------------------------------------

def test_injected_html_is_shown_as_text(chat):
    session = chat("en")
    page = session.page
    attack = '<img src=x onerror="window.__injected = 1">'
    session.say(attack)
    assert session.user_texts()[-1] == attack
    assert page.locator(".sa-widget img").count() == 0
    assert page.evaluate("window.__injected") is None
    stored = [json.loads(r["data"])["text"] for r in session.rows() if r["type_name"] == "user"]
    assert attack in stored


def test_nothing_typed_and_no_id_reaches_the_logs(chat, assistant):
    session = chat("en")
    secret_words = f"my name is Zorblax{uuid.uuid4().hex[:6]} Quintavious"
    session.say(secret_words)
    output = assistant.output()
    conversation_id = session.token.split(".")[0]
    for value in (secret_words, secret_words.split()[3], session.token, conversation_id,
                  session.sender):
        assert value not in output


def test_empty_and_whitespace_messages_are_not_sent(chat):
    session = chat("en")
    page = session.page
    page.locator("#sa-input").fill("   \n  ")
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Send").click()
    page.wait_for_timeout(300)
    assert session.user_texts() == []
    assert [r["intent_name"] for r in session.rows() if r["type_name"] == "user"] == ["greet"]


def test_very_long_text_is_capped_and_the_person_is_told(chat):
    session = chat("es")
    page = session.page
    page.locator("#sa-input").focus()
    page.keyboard.insert_text("a" * 2500)
    assert len(page.locator("#sa-input").input_value()) == 2000
    assert UI["es"]["capped"] in page.locator(".sa-limit").inner_text()


@pytest.mark.parametrize("lost", ["request", "reply"])
def test_a_lost_connection_shows_a_retry_and_the_message_runs_once(chat, response_text, lost):
    """The request never arrives, or it arrives and runs but its reply is lost: either way the
    message stays on screen marked not sent, and Send again delivers it exactly once."""
    session = chat("en")
    page = session.page
    session.click("English")
    failures = []

    def drop_first(route):
        if failures:
            route.continue_()
            return
        failures.append(route.request.url)
        if lost == "reply":
            route.fetch()  # the server runs the turn ...
        route.abort("connectionreset")  # ... and the browser never hears back

    page.route("**/webhooks/web/chat", drop_first)
    page.locator("#sa-input").fill("thank you so much")
    page.keyboard.press("Enter")
    retry = page.get_by_role("button", name=UI["en"]["retry"])
    retry.wait_for()
    assert UI["en"]["offline"] in page.locator(".sa-alert").inner_text()
    assert "Not sent yet." in page.locator(".sa-user").last.inner_text()
    retry.click()
    page.locator(".sa-pending").wait_for(state="detached")
    assert session.bot_texts()[-1] == response_text("utter_you_are_welcome", "en")
    thanked = [r for r in session.rows() if r["type_name"] == "user"
               and json.loads(r["data"])["text"] == "thank you so much"]
    assert len(thanked) == 1


def test_a_burst_gets_a_kind_reply_and_the_message_waits(chat):
    session = chat("es")
    page = session.page
    session.click("Español")
    page.route("**/webhooks/web/chat", lambda route: route.fulfill(
        status=429, content_type="application/json",
        body=json.dumps({"error": "too many messages", "code": "rate_limited", "retry_after": 1})))
    page.locator("#sa-input").fill("gracias")
    page.keyboard.press("Enter")
    page.get_by_role("button", name=UI["es"]["retry"]).wait_for()
    assert UI["es"]["busy"] in page.locator(".sa-alert").inner_text()
    page.unroute("**/webhooks/web/chat")
    before = len(session.bot_texts())
    page.get_by_role("button", name=UI["es"]["retry"]).click()
    session.wait_for_bot_messages(before + 1)
    assert session.user_texts()[-1] == "gracias"
    assert page.locator(".sa-pending").count() == 0


def test_the_typing_indicator_shows_while_the_bot_answers(chat):
    session = chat("en")
    page = session.page
    held = []
    page.route("**/webhooks/web/chat", lambda route: held.append(route))
    page.locator("#sa-input").fill("thanks")
    page.keyboard.press("Enter")
    assert wait_until(lambda: held or page.wait_for_timeout(100), 10)
    assert page.locator(".sa-typing").inner_text() == "The assistant is typing…"
    held[0].continue_()
    page.locator(".sa-typing", has_text="typing").wait_for(state="detached")


# --- the server side over HTTP ---------------------------------------------------------------

def start(assistant) -> str:
    reply = requests.post(f"{assistant.settings.rasa_url}/webhooks/web/start", timeout=30)
    assert reply.status_code == 200
    return reply.json()["token"]


def post(assistant, path: str, body, headers=None) -> requests.Response:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    return requests.post(f"{assistant.settings.rasa_url}/webhooks/web/{path}", data=data,
                         headers={"Content-Type": "text/plain", **(headers or {})}, timeout=60)


def test_every_response_carries_the_privacy_headers(assistant):
    base = f"{assistant.settings.rasa_url}/webhooks/web/"
    replies = [requests.get(base, timeout=30), requests.get(base + "widget.js", timeout=30),
               requests.get(base + "widget.css", timeout=30),
               requests.post(base + "start", timeout=30),
               post(assistant, "chat", {"token": "forged.token", "id": "abcdefgh", "message": "hi"})]
    for reply in replies:
        assert reply.headers["Cache-Control"] == "no-store"
        assert reply.headers["Referrer-Policy"] == "no-referrer"
        assert reply.headers["X-Content-Type-Options"] == "nosniff"
        csp = reply.headers["Content-Security-Policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp
        assert "set-cookie" not in {name.lower() for name in reply.headers}
    assert replies[1].headers["Content-Type"].startswith("text/javascript")


def test_demo_page_shows_the_embed_tag_and_loads_nothing_from_elsewhere(assistant):
    page = requests.get(f"{assistant.settings.rasa_url}/webhooks/web/", timeout=30).text
    embed = (f"&lt;script src=&quot;{assistant.settings.rasa_url}/webhooks/web/widget.js&quot; "
             f"data-exit-url=&quot;{DEFAULT_EXIT_URL}&quot; defer&gt;&lt;/script&gt;")
    assert embed in page
    assert "https://" not in page.replace(DEFAULT_EXIT_URL, "")


def test_conversation_ids_come_from_the_server_and_cannot_be_forged(assistant):
    token = start(assistant)
    conversation_id = token.split(".")[0]
    assert uuid.UUID(conversation_id).version == 4
    chosen = f"{uuid.uuid4()}.{token.split('.')[1]}"
    cases = [({"token": chosen, "id": "abcdefgh", "message": "hi"}, 403, "forbidden"),
             ({"token": conversation_id, "id": "abcdefgh", "message": "hi"}, 403, "forbidden"),
             ({"id": "abcdefgh", "message": "hi"}, 400, "bad_request"),
             ({"token": token, "id": "abcdefgh", "message": "   "}, 400, "bad_request"),
             ({"token": token, "id": "abcdefgh", "message": "x" * 2001}, 413, "too_long"),
             (b"<html>", 400, "bad_request")]
    for body, status, code in cases:
        reply = post(assistant, "chat", body)
        assert (reply.status_code, reply.json()["code"]) == (status, code), body
        assert reply.json()["error"]
    assert post(assistant, "exit", {"token": chosen}).status_code == 403
    assert post(assistant, "exit", b"").status_code == 400


def test_a_message_sent_twice_with_the_same_id_runs_once(assistant):
    token = start(assistant)
    sender = pseudonymous_id("web", token.split(".")[0], load_secret(assistant.settings))
    body = {"token": token, "id": "same-message-1", "message": "hola"}
    with ThreadPoolExecutor(max_workers=3) as pool:
        replies = list(pool.map(lambda _: post(assistant, "chat", body), range(3)))
    assert [r.status_code for r in replies] == [200, 200, 200]
    assert replies[0].json() == replies[1].json() == replies[2].json()
    user_rows = assistant.sql("SELECT id FROM events WHERE sender_id = :s AND type_name = 'user'",
                              s=sender)
    assert len(user_rows) == 1


def test_a_burst_is_rate_limited_with_a_reason(assistant):
    token = start(assistant)
    bodies = [{"token": token, "id": f"burst-{i:04d}", "message": "gracias"} for i in range(14)]
    with ThreadPoolExecutor(max_workers=14) as pool:
        replies = list(pool.map(lambda body: post(assistant, "chat", body), bodies))
    statuses = [r.status_code for r in replies]
    assert set(statuses) == {200, 429}
    limited = [r.json() for r in replies if r.status_code == 429]
    assert all(r["code"] == "rate_limited" and r["retry_after"] >= 1 for r in limited)


def test_exit_endpoint_erases_like_typing_exit_and_closes_the_token(assistant):
    token = start(assistant)
    sender = pseudonymous_id("web", token.split(".")[0], load_secret(assistant.settings))
    assert post(assistant, "chat", {"token": token, "id": "first-msg", "message": "hola"}).ok
    assert assistant.sql("SELECT id FROM events WHERE sender_id = :s", s=sender)
    # As navigator.sendBeacon sends it: text/plain, no reply awaited by the page.
    reply = post(assistant, "exit", {"token": token})
    assert (reply.status_code, reply.json()) == (200, {"status": "closed"})
    assert assistant.sql("SELECT id FROM events WHERE sender_id = :s", s=sender) == []
    again = post(assistant, "chat", {"token": token, "id": "after-exit", "message": "hola"})
    assert (again.status_code, again.json()["code"]) == (410, "closed")
    assert assistant.sql("SELECT id FROM events WHERE sender_id = :s", s=sender) == []


def test_messages_racing_the_exit_leave_nothing_behind(assistant):
    """Messages sent with the exit (a page that leaves mid-turn): those that reached the server
    first run first and are erased with the rest; those after it are refused."""
    token = start(assistant)
    sender = pseudonymous_id("web", token.split(".")[0], load_secret(assistant.settings))
    assert post(assistant, "chat", {"token": token, "id": "first-msg", "message": "hola"}).ok
    with ThreadPoolExecutor(max_workers=5) as pool:
        chats = [pool.submit(post, assistant, "chat",
                             {"token": token, "id": f"race-{i:04d}", "message": "gracias"})
                 for i in range(4)]
        leave = pool.submit(post, assistant, "exit", {"token": token})
        statuses = {chat.result().status_code for chat in chats}
        assert leave.result().status_code == 200
    assert statuses <= {200, 410}
    assert assistant.sql("SELECT id FROM events WHERE sender_id = :s", s=sender) == []


def test_other_sites_get_no_cors_permission_unless_listed(assistant):
    reply = post(assistant, "start", b"", headers={"Origin": "https://evil.example"})
    assert reply.status_code == 200
    assert "Access-Control-Allow-Origin" not in reply.headers


# --- accessibility and layout ----------------------------------------------------------------

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_script() -> str:
    import axe_playwright_python
    return str(Path(axe_playwright_python.__file__).with_name("axe.min.js"))


@pytest.mark.parametrize("language", ["en", "es"])
def test_axe_finds_no_wcag_21_aa_violations(chat, language):
    # Only for axe's own script: the page's policy allows no script but the widget's.
    session = chat(language, bypass_csp=True)
    session.click("English" if language == "en" else "Español")
    session.page.locator("#sa-input").fill("<b>hola</b>")  # a half-typed message
    session.page.add_script_tag(path=axe_script())
    result = session.page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    violations = [(v["id"], v["help"], [n["target"] for n in v["nodes"]])
                  for v in result["violations"]]
    assert violations == []
    assert result["passes"], "axe ran no checks"


@pytest.mark.parametrize("width, height, scale, name", [
    (1280, 900, 1, "1280"), (360, 740, 1, "360"), (320, 640, 1, "320"),
    (640, 450, 2, "zoom-200")])  # 200% zoom of a 1280 x 900 window: 640 CSS px wide
def test_readable_at_narrow_widths_and_200_percent_zoom(chat, artifacts, width, height, scale,
                                                       name):
    session = chat("es", viewport={"width": width, "height": height}, device_scale_factor=scale)
    page = session.page
    session.click("Español")
    page.locator("#sa-input").fill("Un mensaje largo sin espacios: " + "x" * 80)
    page.screenshot(path=str(artifacts / f"widget-{name}.png"), full_page=True)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{overflow}px of horizontal scrolling at {name}"
    for selector in (".sa-exit", ".sa-language", "#sa-input", ".sa-send"):
        box = page.locator(selector).bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= width, selector
        assert box["height"] >= 24, selector  # a target a finger can hit
    assert (artifacts / f"widget-{name}.png").stat().st_size > 0


def test_focus_is_visible_on_every_control(chat):
    session = chat("en")
    page = session.page
    seen = []
    while "sa-send" not in seen and len(seen) < 12:
        page.keyboard.press("Tab")
        style = page.evaluate("""() => { const s = getComputedStyle(document.activeElement);
            return [document.activeElement.className, s.outlineStyle, s.outlineWidth]; }""")
        seen.append(style[0])
        assert style[1] != "none" and style[2] != "0px", style
    assert seen[:3] == ["sa-exit", "sa-language", "sa-log"]
    assert {"sa-choice", "sa-input", "sa-send"} <= set(seen)
