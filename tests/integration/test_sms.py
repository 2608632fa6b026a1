"""The SMS line through the real Rasa and action servers: webhooks signed with twilio's own code,
replies read from the TwiML answer (and, for the API mode, from a fake provider on loopback)."""
from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
import yaml

from bot.channels.sms import REPLIES, bilingual
from bot.channels.sms_format import MAX_SEGMENTS_PER_PART, segments
from bot.content.instrument import load
from bot.privacy.pseudonym import load_secret, pseudonymous_id
from bot.settings import PROJECT_ROOT
from sms_support import SmsClient, basic_auth, messages, new_number

INSTRUMENT = load()
DOMAIN = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))


def conversation_id(assistant, number):
    return pseudonymous_id("sms", number, load_secret(assistant.settings))


def rows(assistant, number):
    return assistant.sql("SELECT type_name, intent_name, action_name, data FROM events "
                         "WHERE sender_id = :s ORDER BY id", s=conversation_id(assistant, number))


def user_turns(assistant, number):
    return [r for r in rows(assistant, number) if r["type_name"] == "user"]


def slots(assistant, number):
    return {json.loads(r["data"])["name"]: json.loads(r["data"])["value"]
            for r in rows(assistant, number) if r["type_name"] == "slot"}


def option(parts, title):
    """The number the last numbered options give `title`."""
    for line in parts[-1].splitlines():
        number, _, label = line.partition(" ")
        if number.isdigit() and label == title:
            return number
    raise AssertionError(f"no option {title!r} in {parts[-1]!r}")


def sms_variation(name, language):
    for v in DOMAIN["responses"][name]:
        values = {c["value"] for c in v.get("condition") or [] if c["name"] == "language"}
        if v.get("channel") == "sms" and language in values:
            return v["text"]
    raise KeyError(name)


ANSWERS = {"en": {"yes": "Yes", "no": "No", "start": "Yes, start", "lang": "English",
                  "safe": "Safe to talk", "questions": "Go to the questions"},
           "es": {"yes": "Sí", "no": "No", "start": "Sí, empezar", "lang": "Español",
                  "safe": "Es seguro hablar", "questions": "Ir a las preguntas"}}


@pytest.mark.parametrize("lang, hello, housing", [
    ("en", "hi", "i need a safe place to sleep tonight"),
    ("es", "hola", "necesito un lugar seguro para dormir hoy"),
])
def test_whole_screening_over_sms_with_numbered_options(assistant, sms, lang, hello, housing):
    number = new_number()
    words = ANSWERS[lang]
    welcome = sms.send(number, hello)
    assert "EXIT" in welcome[0] and "SALIR" in welcome[1]
    assert welcome[-1].endswith("1 English\n2 Español")

    safe = sms.send(number, option(welcome, words["lang"]))  # "1" or "2"
    assert slots(assistant, number)["language"] == lang
    education = sms.send(number, option(safe, words["safe"]))
    consent = sms.send(number, option(education, words["questions"]))
    assert "24" in " ".join(consent)
    first = sms.send(number, option(consent, words["start"]))
    assert INSTRUMENT.items[0].question(lang, "sms") in "\n\n".join(first)

    # A need mid-screening: resources, then the same question again, over SMS.
    interrupted = sms.send(number, housing)
    assert any("1-888-373-7888" in p for p in interrupted)
    assert INSTRUMENT.items[0].question(lang, "sms") in "\n\n".join(interrupted)

    parts = interrupted
    for index in range(len(INSTRUMENT.items)):
        parts = sms.send(number, option(parts, words["yes"] if index == 0 else words["no"]))
        if index + 1 < len(INSTRUMENT.items):
            assert INSTRUMENT.items[index + 1].question(lang, "sms") in "\n\n".join(parts)
    values = slots(assistant, number)
    assert values["screening_result"] == "positive"
    assert values["screening_domains"] == [INSTRUMENT.items[0].domain]
    assert values["needs"] == ["housing"]
    assert all(segments(p) <= MAX_SEGMENTS_PER_PART for p in parts)

    # Nothing the provider gave us as an identity is stored: no phone number, no message id.
    stored = json.dumps([dict(r) for r in rows(assistant, number)])
    assert number not in stored and number[2:] not in stored
    assert number not in assistant.output() and number[2:] not in assistant.output()


def test_a_numbered_reply_without_a_question_is_just_text(assistant, sms):
    number = new_number()
    sms.send(number, "hi")
    sms.send(number, "1")  # English
    sms.send(number, "exit")
    sms.send(number, "hello")  # a new conversation: no options asked yet in it...
    replies = sms.send(number, "7")  # ...so "7" is not an option number
    assert user_turns(assistant, number)[-1]["intent_name"] != "change_language"
    assert replies


def test_exit_and_salir_erase_the_conversation(assistant, sms):
    for word in ("EXIT", "Salir!"):
        number = new_number()
        sms.send(number, "hi")
        sms.send(number, "1")
        assert rows(assistant, number)
        sms.send(number, word)
        assert rows(assistant, number) == []


def test_borrar_and_delete_erase_the_conversation(assistant, sms):
    for word, language in (("BORRAR", "2"), ("delete.", "1")):
        number = new_number()
        sms.send(number, "hola")
        sms.send(number, language)
        reply = sms.send(number, word)
        assert rows(assistant, number) == []
        assert reply  # says it is done, and that texts stay on the phone
        assert any("tel" in p.lower() or "phone" in p.lower() for p in reply)


def test_stop_silences_the_number_until_start(assistant, sms):
    number = new_number()
    sms.send(number, "hi")
    assert sms.send(number, "Stop") == []
    assert sms.send(number, "hello?") == []
    assert sms.send(number, "I need help with my job") == []
    turns_while_out = len(user_turns(assistant, number))
    assert sms.send(number, "START") == [REPLIES["opted_in"]["en"], REPLIES["opted_in"]["es"]]
    assert sms.send(number, "hi")  # answered again
    assert len(user_turns(assistant, number)) == turns_while_out + 1

    # The opt-out list holds the pseudonym only.
    engine = sa.create_engine(f"sqlite:///{assistant.settings.sms_state_db_path}")
    with engine.connect() as db:
        stored = [tuple(r) for r in db.execute(sa.text("SELECT * FROM sms_opt_out"))]
    assert number not in json.dumps(stored)


@pytest.mark.parametrize("word", ["STOPALL", "unsubscribe", "Cancel.", "QUIT", "end", "revoke",
                                  "OPTOUT"])
def test_every_carrier_opt_out_word_silences_the_number(assistant, sms, word):
    number = new_number()
    assert sms.send(number, word) == []
    assert sms.send(number, "hi") == []
    assert sms.send(number, "unstop")


def test_help_and_info_say_what_the_line_is_even_when_opted_out(assistant, sms):
    number = new_number()
    for word in ("HELP", "info"):
        reply = sms.send(number, word)
        assert any("1-888-373-7888" in p for p in reply)
        assert any("EXIT" in p for p in reply) and any("SALIR" in p for p in reply)
    sms.send(number, "stop")
    assert any("1-888-373-7888" in p for p in sms.send(number, "help"))
    assert user_turns(assistant, number) == []  # keywords never reach the assistant


def test_a_repeated_message_sid_is_processed_once_and_answered_the_same(assistant, sms):
    number = new_number()
    form = sms.form(number, "hi")
    first = sms.post(form)
    again = sms.post(form)
    assert first.status_code == again.status_code == 200
    assert first.text == again.text and messages(first.text)
    assert len(user_turns(assistant, number)) == 1


def test_forged_and_unsigned_requests_are_refused_and_store_nothing(assistant, sms):
    number = new_number()
    form = sms.form(number, "hi")
    unsigned = sms.post(form, signature=None)
    forged = sms.post(form, signature="bm90IGEgc2lnbmF0dXJl")
    other_url = sms.post(form, signature=sms.validator.compute_signature(sms.url, form))
    tampered = sms.post({**form, "Body": "hi there"}, signature=sms.sign(form))
    for reply in (unsigned, forged, other_url, tampered):
        assert reply.status_code == 403, reply.text
    assert "not signed" in unsigned.text and "does not match" in forged.text
    assert rows(assistant, number) == []
    log = assistant.output()
    assert "refused a request (403" in log and number not in log


@pytest.mark.parametrize("case, status, reason", [
    ("missing From", 400, "From"),
    ("missing MessageSid", 400, "MessageSid"),
    ("10 kB body", 413, "larger"),
    ("non-UTF-8", 400, "UTF-8"),
    ("JSON", 415, "x-www-form-urlencoded"),
])
def test_bad_requests_get_a_clear_4xx(assistant, sms, case, status, reason):
    number = new_number()
    form = sms.form(number, "hi")
    if case == "missing From":
        form.pop("From")
        reply = sms.post(form)
    elif case == "missing MessageSid":
        form.pop("MessageSid")
        reply = sms.post(form)
    elif case == "10 kB body":
        form["Body"] = "a" * 10_000
        reply = sms.post(form)
    elif case == "non-UTF-8":
        reply = sms.post(form, data=b"From=%2B1202&Body=\xff\xfe\xfa")
    else:
        reply = sms.post(form, data=json.dumps(form).encode(), content_type="application/json")
    assert reply.status_code == status, reply.text
    assert reason in reply.text
    assert rows(assistant, number) == []


def test_empty_body_and_picture_only_messages_get_a_kind_reply(assistant, sms):
    number = new_number()
    assert sms.send(number, "   ") == [REPLIES["empty"]["en"], REPLIES["empty"]["es"]]
    assert sms.send(number, None) == [REPLIES["empty"]["en"], REPLIES["empty"]["es"]]
    assert sms.send(number, "", media=1) == [REPLIES["media"]["en"], REPLIES["media"]["es"]]
    assert rows(assistant, number) == []


def test_spanish_sms_wording_is_the_short_variation(assistant, sms):
    number = new_number()
    sms.send(number, "hola")
    sms.send(number, "2")  # Español
    privacy = sms.send(number, "mis datos son privados?")
    assert "\n\n".join(privacy) == sms_variation("utter_privacy", "es")
    assert all(segments(p) <= MAX_SEGMENTS_PER_PART for p in privacy)


# --- replies through the provider's REST API -------------------------------------------------

def test_api_mode_replies_through_the_provider_and_never_twice(assistant_sms_api, fake_provider):
    client = SmsClient(assistant_sms_api)
    number = new_number()
    form = client.form(number, "hi")
    answer = client.post(form)
    assert answer.status_code == 200 and messages(answer.text) == []
    calls = fake_provider.wait_for(number)
    assert calls and all(c.form["From"] == assistant_sms_api.settings.twilio_number for c in calls)
    settings = assistant_sms_api.settings
    assert all(c.account == settings.twilio_account_sid for c in calls)
    assert all(c.auth == basic_auth(settings.twilio_account_sid, settings.twilio_auth_token)
               for c in calls)
    assert "EXIT" in calls[0].form["Body"]

    repeated = client.post(form)  # the provider retrying its webhook
    assert repeated.status_code == 200
    assert len(fake_provider.wait_for(number, quiet_s=1.5)) == len(calls)


def test_api_mode_retries_server_errors_but_not_client_errors(assistant_sms_api, fake_provider):
    client = SmsClient(assistant_sms_api)
    number = new_number()
    client.post(client.form(number, "hi"))
    fake_provider.wait_for(number)

    before = len(fake_provider.to(number))
    fake_provider.script = [500, 503]  # two failures, then accepted
    client.post(client.form(number, "help"))
    calls = fake_provider.wait_for(number, at_least=before + 3 + 2, quiet_s=2)[before:]
    bodies = [c.form["Body"] for c in calls]
    expected = bilingual("help")
    assert bodies == [expected[0]] * 3 + expected[1:]  # the first part tried three times

    before = len(fake_provider.to(number))
    fake_provider.script = [400]
    client.post(client.form(number, "info"))
    calls = fake_provider.wait_for(number, at_least=before + 1, quiet_s=2.5)
    assert len(calls) == before + 1  # refused once: not retried, later parts not sent


def test_api_mode_sends_nothing_to_an_opted_out_number(assistant_sms_api, fake_provider):
    client = SmsClient(assistant_sms_api)
    number = new_number()
    client.post(client.form(number, "STOP"))
    client.post(client.form(number, "hi"))
    assert fake_provider.wait_for(number, at_least=0, quiet_s=2) == []


def test_the_launcher_says_where_the_sms_webhook_is(assistant):
    assert (f"SMS webhook:   POST {assistant.settings.rasa_url}/webhooks/sms/webhook  "
            f"(public URL {assistant.settings.sms_public_url}; replies via twiml)") in assistant.output()
