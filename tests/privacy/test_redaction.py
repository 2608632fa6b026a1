"""PII redaction: bot.privacy.redact(text, language) -> text with typed placeholders."""
import importlib.util
import re
import sys

import pytest
import yaml

from bot.privacy import redact
from bot.privacy.redaction import LABELS, find_spans
from bot.settings import PROJECT_ROOT

PLACEHOLDER = re.compile(r"\[(?:%s)\]" % "|".join(LABELS))


def labels(text, language):
    return [span.label for span in find_spans(text, language)]


# --- each label, in both languages ----------------------------------------------------------

@pytest.mark.parametrize("language, text, secret, label", [
    ("en", "my name is Aurelia Bianchi", "Aurelia Bianchi", "PERSON"),
    ("en", "my boss john pierce took my passport", "john pierce", "PERSON"),
    ("es", "me llamo Xochitl Ramírez", "Xochitl Ramírez", "PERSON"),
    ("es", "mi jefe roberto nos grita", "roberto", "PERSON"),
    ("en", "call me at (415) 555-0199", "(415) 555-0199", "PHONE"),
    ("en", "my cell is 6175550123", "6175550123", "PHONE"),
    ("es", "mi cel es 55 1234 5678", "55 1234 5678", "PHONE"),
    ("es", "llámame al +502 5555 1234", "+502 5555 1234", "PHONE"),
    ("es", "mi número es +34 612 34 56 78", "+34 612 34 56 78", "PHONE"),
    ("en", "email me at maria.l@gmail.com", "maria.l@gmail.com", "EMAIL"),
    ("es", "mi correo es jose_perez88@hotmail.com", "jose_perez88@hotmail.com", "EMAIL"),
    ("en", "I live at 1420 Oak Street Apt 4B, Fresno, CA 93721",
     "1420 Oak Street Apt 4B, Fresno, CA 93721", "ADDRESS"),
    ("es", "vivo en Calle Morelos 123 int. 4, Col. Centro", "Calle Morelos 123 int. 4", "ADDRESS"),
    ("es", "vivimos en Avenida de la Constitución 45, Sevilla, 41001",
     "Avenida de la Constitución 45, Sevilla, 41001", "ADDRESS"),
    ("en", "we are staying in Immokalee now", "Immokalee", "LOCATION"),
    ("es", "me trajeron a Houston desde Tapachula", "Tapachula", "LOCATION"),
    ("en", "I work at Golden Dragon Restaurant", "Golden Dragon Restaurant", "ORG"),
    ("es", "trabajo en Empacadora Los Pinos S.A. de C.V.", "Empacadora Los Pinos S.A. de C.V.", "ORG"),
    ("en", "my SSN is 123-45-6789", "123-45-6789", "ID"),
    ("en", "my A number is A123456789", "A123456789", "ID"),
    ("en", "passport number P12345678", "P12345678", "ID"),
    ("es", "mi CURP es GOMC900314HDFRRR05", "GOMC900314HDFRRR05", "ID"),
    ("es", "mi licencia de conducir es D1234567", "D1234567", "ID"),
    ("en", "I was born on March 14, 1990", "March 14, 1990", "DOB"),
    ("es", "nací el 14 de marzo de 1990", "14 de marzo de 1990", "DOB"),
    ("en", "I'm 23 years old", "23", "AGE"),
    ("es", "tengo 23 años", "23", "AGE"),
    ("en", "my card is 4111 1111 1111 1111", "4111 1111 1111 1111", "CARD"),
    ("es", "usa mi tarjeta 5500005555555559", "5500005555555559", "CARD"),
    ("en", "find me on facebook.com/maria.lopez.92", "facebook.com/maria.lopez.92", "URL"),
    ("es", "mi insta es @la_guera_23", "@la_guera_23", "URL"),
])
def test_each_kind_of_personal_information_is_replaced_by_its_placeholder(language, text, secret,
                                                                          label):
    out = redact(text, language)
    assert f"[{label}]" in out, out
    for part in re.findall(r"\w{2,}", secret):
        assert part not in out.replace(f"[{label}]", ""), out


def test_redact_is_exported_from_bot_privacy_with_a_stable_signature():
    import inspect

    import bot.privacy

    assert "redact" in bot.privacy.__all__
    assert list(inspect.signature(bot.privacy.redact).parameters) == ["text", "language"]


# --- what must stay ---------------------------------------------------------------------------

def test_public_service_numbers_and_sites_the_bot_gives_are_kept():
    text = ("Call 911, call or text 988, the hotline 1-888-373-7888 or text 233733, "
            "1 (888) 373-7888, 1-800-799-7233, text START to 88788, dial 2-1-1, TTY 711, "
            "humantraffickinghotline.org, 988lifeline.org, espanol.thehotline.org")
    assert redact(text, "en") == text
    assert redact(text.replace("Call", "Llama"), "es") == text.replace("Call", "Llama")


def test_every_contact_in_the_resource_directory_is_kept():
    data = yaml.safe_load((PROJECT_ROOT / "bot" / "content" / "resources.yml").read_text("utf-8"))
    contacts = []
    for resource in data["resources"]:
        for key in ("call", "tty", "chat"):
            if resource.get(key):
                contacts.append(str(resource[key]))
        if isinstance(resource.get("text"), dict):
            contacts.append(str(resource["text"]["number"]))
    assert len(contacts) > 10
    for contact in contacts:
        for language in ("en", "es"):
            sentence = f"you can reach them at {contact} anytime"
            assert redact(sentence, language) == sentence, contact


def bot_texts():
    """Every text the assistant says: responses in domain.yml, the resource directory, the
    screening instruments (a transcript holds them next to the user's messages)."""
    texts = []

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("en", "es") and isinstance(value, str):
                    texts.append(value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text("utf-8"))
    for variants in domain["responses"].values():
        texts.extend(v["text"] for v in variants if isinstance(v, dict) and v.get("text"))
    walk(yaml.safe_load((PROJECT_ROOT / "bot" / "content" / "resources.yml").read_text("utf-8")))
    for path in sorted((PROJECT_ROOT / "bot" / "content" / "instruments").glob("*.yml")):
        walk(yaml.safe_load(path.read_text("utf-8")))
    return texts


def test_the_assistants_own_words_are_never_redacted():
    texts = bot_texts()
    assert len(texts) > 100
    for language in ("en", "es"):
        changed = [text for text in texts if redact(text, language) != text]
        assert changed == [], changed[:3]


@pytest.mark.parametrize("language, text", [
    ("en", "I work 12 hours a day, 6 days a week, for $8 an hour"),
    ("en", "They said I owe $2,000 and the rent is 450 a month"),
    ("en", "We start at 5:30 and finish at 9:45 pm, since March 3, 2019"),
    ("en", "I have 3 kids and we sleep 8 people in 1 room"),
    ("en", "I worked there from 2018 to 2021, 70 hours a week"),
    ("en", "My boss said I can't leave. I'm tired. Will you call the police?"),
    ("en", "I live in a trailer behind the house and I work at a farm"),
    ("es", "trabajo 12 horas al día, 6 días a la semana, por 80 pesos"),
    ("es", "me dijeron que debo $2,000 y la renta es de 4500 pesos"),
    ("es", "entramos a las 5:30 y salimos a las 21:45, desde el 3 de marzo de 2019"),
    ("es", "tengo 5 años trabajando aquí y hace 3 años que llegué"),
    ("es", "Mi jefe dice que no puedo salir. Estoy cansada. Soy mesera."),
    ("es", "vivo en una casa con muchas personas y trabajo en el campo"),
    ("es", "Hablo inglés y español. Marca 2 para español."),
])
def test_ordinary_numbers_and_context_words_are_kept(language, text):
    assert redact(text, language) == text


@pytest.mark.parametrize("text", [
    "la rosa es roja", "tengo paz cuando hablo con mi mamá", "se fue la luz toda la noche",
    "tengo dolores de cabeza", "me dieron una camisa blanca", "la Cruz Roja nos ayudó",
    "tengo esperanza", "el ángel de la guarda", "Gracias a Dios",
])
def test_spanish_names_that_are_common_words_stay_outside_name_contexts(text):
    assert redact(text, "es") == text


@pytest.mark.parametrize("text, name", [
    ("me llamo Rosa", "Rosa"), ("me llamo luz", "luz"), ("mi nombre es Paz Ortega", "Paz"),
    ("soy Esperanza Gómez", "Esperanza"), ("mi jefa Blanca no me paga", "Blanca"),
    ("pregunta por Dolores", "Dolores"), ("se llama Ángel Cruz", "Ángel"),
])
def test_spanish_names_that_are_common_words_count_in_name_contexts(text, name):
    out = redact(text, "es")
    assert "[PERSON]" in out and name not in out, out


# --- properties ---------------------------------------------------------------------------------

REGRESSION = [
    # (language, input, expected output): a fixed set; a change here must be deliberate
    ("en", "My name is John Smith and my number is (555) 123-4567, email john.smith@gmail.com",
     "My name is [PERSON] and my number is [PHONE], email [EMAIL]"),
    ("en", "I live at 344 Mathis Parkways Suite 907, Lake Laura, MT 87630", "I live at [ADDRESS]"),
    ("es", "vivo en Prolongación Zacatecas 690 Edif. 736 , Depto. 625, San Eric los bajos, CHIS 86570",
     "vivo en [ADDRESS]"),
    ("en", "my ssn is 352-54-3081 and my card 4634168587831018", "my ssn is [ID] and my card [CARD]"),
    ("en", "I work for Crane, Douglas and Wong in Houston, TX", "I work for [ORG] in [LOCATION]"),
    ("es", "tengo 23 años y naci el 14 de marzo de 2001", "tengo [AGE] y naci el [DOB]"),
    ("es", "me llamo Rosa Martínez, mi cel es 55 1234 5678", "me llamo [PERSON], mi cel es [PHONE]"),
    ("en", "follow me on insta @maria_lopez92 or https://facebook.com/maria.lopez",
     "follow me on insta [URL] or [URL]"),
    ("en", "call the hotline 1-888-373-7888 or text 233733, or 911, or 988",
     "call the hotline 1-888-373-7888 or text 233733, or 911, or 988"),
    ("es", "mi jefa Rosa no me paga", "mi jefa [PERSON] no me paga"),
]


@pytest.mark.parametrize("language, text, expected", REGRESSION)
def test_fixed_regression_set(language, text, expected):
    assert redact(text, language) == expected


def test_redacting_twice_is_the_same_as_once():
    samples = [text for _, text, _ in REGRESSION] + [
        "me llamo [PERSON] y vivo en [LOCATION]", "pregunta x ana en rancho don chuy",
        "[PHONE] [PHONE] 555-123-4567", "trabajo pa luz menchaca en taller morante",
    ]
    for text in samples:
        for language in ("en", "es"):
            once = redact(text, language)
            assert redact(once, language) == once


@pytest.mark.parametrize("text", [
    "", " ", "\n\n", "😀🙏💔", "[PERSON]", "[", "]]]][[[", "\x00\x01\x02\x1b[31m", "\ufeff\u200b",
    "İstanbul ǅ ŉ ß ﬁ", "e\u0301\u0301\u0301", "1" * 500, "+" * 300, "@" * 200, "a@b" * 100,
    "ñ" * 1000, "Calle " * 500, "my name is " * 300, "x\u0000y\u0007z",
])
def test_never_raises_on_odd_input_and_keeps_length_sensible(text):
    for language in ("en", "es", "fr", ""):
        out = redact(text, language)
        assert isinstance(out, str)
        assert len(out) <= len(text) + 20 * text.count(" ") + 20


def test_a_ten_kilobyte_message_is_redacted_throughout():
    chunk = "hi, my name is Ana Pérez and my number is 555-201-7788. I work 12 hours a day. "
    text = chunk * (10_000 // len(chunk) + 1)
    assert len(text) > 10_000
    out = redact(text, "en")
    assert "Pérez" not in out and "7788" not in out
    assert out.count("[PHONE]") == text.count("555-201-7788")
    assert "12 hours" in out


@pytest.mark.parametrize("text", [".,;:!?" * 2000, "😀" * 5000, "1-" * 5000, "a " * 5000 + "@"])
def test_pathological_ten_kilobyte_inputs_stay_fast(text):
    import time

    started = time.perf_counter()
    redact(text, "es")
    # linear work is ~0.1 s here; the quadratic cases this guards against took 1-11 s
    assert time.perf_counter() - started < 3.0


def test_words_of_past_messages_do_not_stay_in_the_tokenizer_forever(monkeypatch):
    from bot.privacy.redaction import vocab

    monkeypatch.setattr(vocab, "RENEW_AFTER", 50)
    first = vocab.language("en")
    for i in range(60):
        redact(f"my name is Qzxw{i}name", "en")
    renewed = vocab.language("en")
    assert renewed is not first
    assert "qzxw5name" in first.nlp.vocab.strings and "qzxw5name" not in renewed.nlp.vocab.strings
    assert redact("my name is Qzxwname Okafor", "en") == "my name is [PERSON]"


def test_concurrent_calls_from_threads_give_the_same_answers():
    import threading

    texts = [text for _, text, _ in REGRESSION] * 10
    expected = [redact(text, "es") for text in texts]
    mismatches = []

    def work():
        for text, want in zip(texts, expected):
            if redact(text, "es") != want:
                mismatches.append(text)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert mismatches == []


def test_non_string_input_is_a_type_error():
    with pytest.raises(TypeError):
        redact(None, "en")  # type: ignore[arg-type]


def test_unknown_language_reads_as_english():
    assert redact("my name is John Smith", "de") == "my name is [PERSON]"


# --- the evaluation script cannot rot -------------------------------------------------------------

def test_the_evaluation_runs_on_a_small_sample(tmp_path, monkeypatch):
    pytest.importorskip("faker")
    spec = importlib.util.spec_from_file_location("redact_eval", PROJECT_ROOT / "bench" / "redact_eval.py")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "redact_eval", module)  # dataclasses look the module up
    spec.loader.exec_module(module)
    out = tmp_path / "redaction.md"
    args = ["--per-language", "60", "--clean", "40", "--tatoeba-sample", "40", "--extra-seeds", "1",
            "--out", str(out)]
    assert module.main(args) == 0
    text = out.read_text(encoding="utf-8")
    assert "| PERSON |" in text and "| PHONE |" in text and "PII-free messages altered" in text
    assert "held-out" in text and "messages/s" in text and "other seeds" in text
    if module.TATOEBA.exists():
        assert "| en (unseen) |" in text
    # the gold spans are exact: each one's text is the value the template put there
    pii, free = module.generate(30, 10, 7)
    assert all(m.text[a:b].strip() == m.text[a:b] and b > a for m in pii for a, b, _ in m.gold)
    assert any(m.variant == "sms" for m in pii) and all(not m.gold for m in free)
