"""The web channel's configuration, page and headers (its endpoints run through the real server
and a real browser in tests/integration/test_web_widget.py)."""
import pytest

from bot.channels.web import (
    CONTENT_SECURITY_POLICY,
    DEFAULT_EXIT_URL,
    SECURITY_HEADERS,
    WEB_DIR,
    WebInput,
    check_exit_url,
    check_origins,
    demo_page,
)
from bot.channels.web_guard import token_key, verify_token
from bot.privacy.pseudonym import pseudonymous_id


def test_default_exit_url_is_a_neutral_https_site():
    assert check_exit_url(DEFAULT_EXIT_URL) == "https://weather.com/"


@pytest.mark.parametrize("url", ["weather.com", "javascript:alert(1)", "/relative", "", None,
                                 "ftp://example.org/"])
def test_exit_url_must_be_an_absolute_http_address(url):
    with pytest.raises(ValueError, match="exit_url must be an absolute http"):
        check_exit_url(url)


def test_allowed_origins_are_scheme_and_host():
    assert check_origins(["https://www.example.org", "http://localhost:8080/"]) == [
        "https://www.example.org", "http://localhost:8080"]
    assert check_origins("https://a.example") == ["https://a.example"]
    assert check_origins(None) == []


@pytest.mark.parametrize("origin", ["*", "example.org", "https://example.org/page", 5])
def test_bad_allowed_origins_stop_the_server_with_the_reason(origin):
    with pytest.raises(ValueError, match="allowed_origins"):
        check_origins([origin])


def test_channel_reads_its_settings_from_credentials(monkeypatch, tmp_path):
    monkeypatch.setenv("VAR_DIR", str(tmp_path))
    monkeypatch.delenv("SENDER_ID_SECRET", raising=False)
    channel = WebInput.from_credentials(
        {"exit_url": "https://news.example/", "allowed_origins": ["https://org.example"]})
    assert channel.exit_url == "https://news.example/"
    assert channel.allowed_origins == {"https://org.example"}
    assert WebInput.from_credentials(None).exit_url == DEFAULT_EXIT_URL
    with pytest.raises(ValueError):
        WebInput.from_credentials({"exit_url": "nope"})


def test_the_channel_maps_conversation_ids_to_pseudonyms():
    channel = WebInput(b"k" * 40)
    first, second = channel.sender_for("a"), channel.sender_for("b")
    assert first == pseudonymous_id("web", "a", b"k" * 40) != second
    assert channel.sender_for("a") == first
    assert WebInput(b"j" * 40).sender_for("a") != first


def test_tokens_are_signed_with_a_key_derived_from_the_secret():
    channel = WebInput(b"k" * 40)
    assert channel.key == token_key(b"k" * 40) != b"k" * 40
    with pytest.raises(ValueError):
        verify_token(WebInput(b"other" * 8).key, "not.valid")


def test_demo_page_escapes_what_it_shows():
    page = demo_page((WEB_DIR / "index.html").read_text(), "http://h/webhooks/web/",
                     'https://w.example/?a="x"&b=<y>')
    assert 'data-exit-url="https://w.example/?a=&quot;x&quot;&amp;b=&lt;y&gt;"' in page
    assert "&lt;script src=&quot;http://h/webhooks/web/widget.js&quot;" in page
    assert "{{" not in page


def test_security_headers_are_strict():
    assert SECURITY_HEADERS["Cache-Control"] == "no-store"
    assert SECURITY_HEADERS["Referrer-Policy"] == "no-referrer"
    assert SECURITY_HEADERS["X-Content-Type-Options"] == "nosniff"
    directives = dict(d.strip().split(" ", 1) for d in CONTENT_SECURITY_POLICY.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["frame-ancestors"] == "'none'"
    for name in ("script-src", "style-src", "connect-src"):
        assert directives[name] == "'self'"
    assert "unsafe" not in CONTENT_SECURITY_POLICY


def test_widget_sources_use_no_persistent_storage_and_no_html_sinks():
    script = (WEB_DIR / "widget.js").read_text()
    for forbidden in ("localStorage.setItem", "sessionStorage.setItem", "indexedDB",
                      "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert forbidden not in script, forbidden
    for source in ("widget.js", "widget.css", "index.html"):
        text = (WEB_DIR / source).read_text()
        assert "@import" not in text and "fonts.g" not in text and "cdn" not in text.lower()
