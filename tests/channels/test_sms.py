"""The SMS channel's parts that need no Rasa: keywords, form parsing, rendering, the opt-out store,
the provider API sender against a fake provider over real HTTP, dry run."""
from __future__ import annotations

import asyncio

import pytest
import sqlalchemy as sa

from bot.channels.sms import (
    COMMANDS, HELP, OPT_IN, OPT_OUT, REPLIES, OptOuts, ProviderApi, Refused, SmsConfig, SmsInput,
    bilingual, keyword_of, parse_form,
)
from bot.channels.sms_format import (
    MAX_SEGMENTS_PER_PART, choice, options_block, plain, render, segments, split_parts,
)
from sms_support import FakeProvider, messages


@pytest.mark.parametrize("text, word", [
    ("STOP", "stop"), ("Stop.", "stop"), (" stop! ", "stop"), ("Stop All", "stopall"),
    ("SALIR", "salir"), ("Salír", "salir"), ("¡salir!", "salir"), ("BÓRRAR", "borrar"),
    ("Opt-Out", "optout"), ("un-subscribe", "unsubscribe"), ("ＳＴＯＰ", "stop"),
])
def test_keywords_ignore_case_accents_and_punctuation(text, word):
    assert keyword_of(text) == word


def test_keyword_sets_keep_the_carrier_words_away_from_bot_commands():
    carrier = OPT_OUT | OPT_IN | HELP
    assert {"stop", "quit", "end", "cancel", "unsubscribe", "stopall", "revoke", "optout"} <= OPT_OUT
    assert {"start", "unstop"} <= OPT_IN and {"help", "info"} <= HELP
    assert carrier.isdisjoint(COMMANDS)
    assert set(COMMANDS) == {"exit", "salir", "delete", "borrar"}


def test_channel_replies_exist_in_both_languages_and_fit():
    for name, texts in REPLIES.items():
        assert set(texts) == {"en", "es"} and texts["en"] != texts["es"]
        for part in bilingual(name):
            assert segments(part) <= MAX_SEGMENTS_PER_PART, (name, part)


def test_parse_form_refuses_what_the_provider_never_sends():
    assert parse_form(b"From=%2B12025550100&Body=hola+%C2%BFqu%C3%A9%3F",
                      "application/x-www-form-urlencoded; charset=utf-8") == {
        "From": "+12025550100", "Body": "hola ¿qué?"}
    with pytest.raises(Refused) as e:
        parse_form(b"{}", "application/json")
    assert e.value.status == 415
    with pytest.raises(Refused) as e:
        parse_form(b"Body=" + b"a" * 9000, "application/x-www-form-urlencoded")
    assert e.value.status == 413
    with pytest.raises(Refused) as e:
        parse_form(b"Body=\xff\xfe", "application/x-www-form-urlencoded")
    assert e.value.status == 400


def test_segments_follow_gsm7_and_ucs2_rules():
    assert segments("a" * 160) == 1 and segments("a" * 161) == 2 and segments("a" * 306) == 2
    assert segments("é ñ ü ¿ ¡" + "a" * 150) == 1  # all GSM-7
    assert segments("á" * 70) == 1 and segments("á" * 71) == 2 and segments("á" * 134) == 2
    assert segments("{" * 80) == 1 and segments("{" * 81) == 2  # extension: two septets each
    assert segments("🙂" * 35) == 1 and segments("🙂" * 36) == 2  # UTF-16 surrogate pairs


def test_typography_is_made_plain_so_it_does_not_force_ucs2():
    assert plain("it’s “fine” – really…") == "it's \"fine\" - really..."
    assert segments(plain("it’s " * 30)) == 1


def test_buttons_become_numbered_options_and_numbers_map_back():
    buttons = [{"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "/deny"}]
    assert options_block(buttons) == "1 Yes\n2 No"
    assert render({"text": "Is it safe?", "buttons": buttons}) == ["Is it safe?\n\n1 Yes\n2 No"]
    assert choice("1", buttons) == "/affirm" and choice(" 2. ", buttons) == "/deny"
    assert choice("#2", buttons) == "/deny" and choice("2)", buttons) == "/deny"
    assert choice("3", buttons) is None and choice("0", buttons) is None
    assert choice("1 more thing", buttons) is None and choice("1", None) is None


def test_parts_split_at_paragraphs_and_long_ones_at_sentences():
    text = "First paragraph.\n\nSecond one."
    assert split_parts(text) == ["First paragraph.\n\nSecond one."]  # both fit one segment
    long_a, long_b = "A" * 150 + ".", "B" * 150 + "."
    assert split_parts(f"{long_a}\n\n{long_b}") == [long_a, long_b]
    spanish = " ".join(["Está bien, gracias."] * 20)
    parts = split_parts(spanish)
    assert len(parts) > 1 and all(segments(p) <= MAX_SEGMENTS_PER_PART for p in parts)
    assert " ".join(parts) == spanish
    assert all(segments(p) <= 2 for p in split_parts("x" * 2000))


def test_opt_out_store_holds_pseudonyms_only(tmp_path):
    store = OptOuts(f"sqlite:///{tmp_path / 'sms.db'}")
    assert not store.is_out("abc")
    store.opt_out("abc")
    store.opt_out("abc")  # twice: still one row
    assert store.is_out("abc")
    with store.engine.connect() as db:
        assert [tuple(r) for r in db.execute(sa.text("SELECT * FROM sms_opt_out"))] == [("abc",)]
    store.opt_in("abc")
    assert not store.is_out("abc")


def config(tmp_path, provider=None, **extra):
    return SmsConfig(account_sid="AC" + "1" * 32, auth_token="token", number="+15005550006",
                     public_url="https://example.org/webhooks/sms/webhook",
                     reply_via="api" if provider else "twiml",
                     api_base=provider.url if provider else "https://api.twilio.com",
                     state_db=str(tmp_path / "sms.db"), backoff_s=0.01, **extra)


@pytest.fixture
def provider():
    fake = FakeProvider().start()
    yield fake
    fake.stop()


def test_api_sender_posts_each_part_with_basic_auth(tmp_path, provider):
    api = ProviderApi(config(tmp_path, provider))
    sent = asyncio.run(api.send("+12025550100", "+15005550006", ["one", "two"]))
    assert sent == 2
    assert [c.form for c in provider.calls] == [
        {"To": "+12025550100", "From": "+15005550006", "Body": "one"},
        {"To": "+12025550100", "From": "+15005550006", "Body": "two"}]
    assert provider.calls[0].account == "AC" + "1" * 32


def test_api_sender_retries_5xx_with_a_bound(tmp_path, provider):
    provider.script = [500, 502]
    api = ProviderApi(config(tmp_path, provider))
    assert asyncio.run(api.send("+12025550100", "+1500", ["one"])) == 1
    assert len(provider.calls) == 3
    provider.calls.clear()
    provider.script = [500, 500, 500, 500]
    assert asyncio.run(api.send("+12025550100", "+1500", ["one", "two"])) == 0
    assert len(provider.calls) == 3  # three attempts, then the later part is not sent alone


def test_api_sender_does_not_retry_4xx(tmp_path, provider):
    provider.script = [400]
    api = ProviderApi(config(tmp_path, provider))
    assert asyncio.run(api.send("+12025550100", "+1500", ["one", "two"])) == 0
    assert len(provider.calls) == 1


def test_api_sender_retries_timeouts(tmp_path, provider):
    provider.delay_s = 0.5
    api = ProviderApi(config(tmp_path, provider, timeout_s=0.2))
    assert asyncio.run(api.send("+12025550100", "+1500", ["one"])) == 0
    assert len(provider.calls) == 3


def test_dry_run_sends_nothing_in_either_mode(tmp_path, provider):
    async def replies(channel):
        answer = await channel.reply({"From": "+12025550100", "To": "+1500"}, ["one", "two"])
        await asyncio.sleep(0.3)
        return answer

    twiml = SmsInput(config(tmp_path, dry_run=True), b"s" * 32)
    assert messages(asyncio.run(replies(twiml))) == []
    api = SmsInput(config(tmp_path, provider, dry_run=True), b"s" * 32)
    assert messages(asyncio.run(replies(api))) == []
    assert provider.calls == []
    live = SmsInput(config(tmp_path), b"s" * 32)
    assert messages(asyncio.run(replies(live))) == ["one", "two"]


def test_the_channel_offers_rasa_no_way_to_send_unprompted(tmp_path):
    assert SmsInput(config(tmp_path), b"s" * 32).get_output_channel() is None


def test_config_from_credentials_reads_the_environment_values():
    made = SmsConfig.from_credentials({"account_sid": "AC1", "auth_token": "t", "number": "+1",
                                       "public_url": "https://x/webhooks/sms/webhook",
                                       "reply_via": "API", "dry_run": "true", "api_base": ""})
    assert made.reply_via == "api" and made.dry_run and made.configured
    assert made.api_base == "https://api.twilio.com"
    assert not SmsConfig.from_credentials({"auth_token": "", "public_url": ""}).configured
    with pytest.raises(ValueError, match="reply_via"):
        SmsConfig.from_credentials({"reply_via": "carrier-pigeon"})
