"""Evaluate PII redaction (bot.privacy.redact) on a seeded, generated set with exact spans.

    python bench/redact_eval.py [--per-language 2400] [--clean 1200] [--seed N]
                                [--out bench/results/redaction.md] [--strict] [--misses K]

Messages are chat-like templates (English and Spanish) filled by Faker (en_US, es_MX, es_ES)
and by small generators here, in four writings: as typed, lower-case, without accents and
SMS-style (lower-case, no accents, no punctuation, "u"/"q"/"xq" abbreviations). Every slot's
character offsets are recorded, so the gold spans are exact.

Honesty: the redactor's name lists are vendored from Faker's en_US/es_MX/es_ES/es_CO/es_AR/
es_CL/es providers. A third of the person names here come from other locales (pt_BR, it_IT,
fr_FR, en_IN, pl_PL, ro_RO, en_NG) and are in none of those lists ("held-out"): their recall
measures the context rules alone and is reported separately. Business names come from Faker's
company providers and from nouns listed here, several of which the redactor does not know.

A gold span is found ("typed") when each of its letters and digits lies inside a placeholder
of its own label, and found ("any") when inside any placeholder: for privacy, "any" is what
counts. A placeholder is a false positive when it overlaps no gold span of its label (typed
precision) or no gold span at all (any). PII-free messages (numbers, prices, times, dates,
public service numbers, capitalised words, words that are also names) must come out unchanged.
"""
from __future__ import annotations

import argparse
import datetime
import os
import random
import re
import statistics
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from faker import Faker  # noqa: E402

from bench.build_name_lexicons import held_out  # noqa: E402
from bot.privacy.redaction import LABELS, find_spans, redact, warm_up  # noqa: E402

SEED = 20261121
TARGETS = {  # label -> minimum "any" recall (%)
    "PHONE": 99.5, "EMAIL": 99.5, "ID": 99.5, "CARD": 99.5,
    "PERSON": 95.0, "ADDRESS": 95.0, "LOCATION": 95.0, "ORG": 95.0,
}
MAX_CLEAN_ALTERED = 5.0
MIN_RATE = 500.0

Gold = Tuple[int, int, str]


@dataclass
class Message:
    text: str
    language: str
    gold: List[Gold]
    template: str
    variant: str
    tags: Dict[int, str] = field(default_factory=dict)  # gold index -> "vendored"/"held-out"/...


# --- writing variants -------------------------------------------------------------------------

def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


SMS_EN = {"you": "u", "your": "ur", "are": "r", "please": "pls", "because": "bc", "to": "2",
          "for": "4", "okay": "ok", "thanks": "thx", "with": "w", "people": "ppl"}
SMS_ES = {"que": "q", "porque": "xq", "por": "x", "por favor": "porfa", "también": "tmb",
          "también": "tmb", "estoy": "toy", "para": "pa", "de": "d", "mi": "mi", "muy": "muy"}


def sms(text: str, language: str) -> str:
    text = strip_accents(text.lower())
    table = SMS_EN if language == "en" else SMS_ES
    text = re.sub(r"[.,;!?¿¡'\"]", "", text)
    return re.sub(r"\b(\w+)\b", lambda m: table.get(m.group(1), m.group(1)), text)


def writing(variant: str, language: str) -> Callable[[str, bool], str]:
    """A per-part transform; the bool says whether the part is a slot value."""
    if variant == "lower":
        return lambda s, value: s.lower()
    if variant == "noaccent":
        return lambda s, value: strip_accents(s)
    if variant == "sms":
        return lambda s, value: strip_accents(s.lower()) if value else sms(s, language)
    return lambda s, value: s


# --- slot values --------------------------------------------------------------------------------

class Values:
    """Generators for slot values: (text, label or None, tag)."""

    def __init__(self, rng: random.Random, seed: int):
        self.rng = rng
        self.fakers = {}
        for i, loc in enumerate(("en_US", "es_MX", "es_ES")):
            fk = Faker(loc)
            fk.seed_instance(seed + i)
            self.fakers[loc] = fk
        self.held_first, self.held_last = held_out()

    def fk(self, language: str) -> Faker:
        if language == "en":
            return self.fakers["en_US"]
        return self.fakers[self.rng.choice(("es_MX", "es_ES"))]

    # people
    def name(self, language: str, full: bool = True):
        r = self.rng
        if r.random() < 1 / 3:
            first = r.choice(self.held_first)
            text = f"{first} {r.choice(self.held_last)}" if full else first
            return text, "PERSON", "held-out"
        fk = self.fk(language)
        text = f"{fk.first_name()} {fk.last_name()}" if full else fk.first_name()
        if full and r.random() < 0.3:
            text = fk.name()
            text = re.sub(r"^(?:Sr|Sra|Srita|Dr|Dra|Mr|Mrs|Ms|Miss|Lic|Ing|Mtro)\.? ", "", text)
            text = re.sub(r" (?:Jr\.|Sr\.|I+V?|MD|DDS|PhD|DVM)$", "", text)
        return text, "PERSON", "vendored"

    WORD_NAMES_ES = ("Rosa", "Luz", "Paz", "Esperanza", "Blanca", "Dolores", "Ángel", "Cruz",
                     "Soledad", "Consuelo", "Amparo", "Mercedes", "Pilar", "Rocío", "Estrella",
                     "Flor", "Victoria", "Gloria", "Socorro", "Guadalupe", "Reina", "Alegría")
    WORD_NAMES_EN = ("Hope", "Faith", "Grace", "Joy", "Rose", "Will", "Mark", "Frank", "Ray",
                     "June", "April", "Dawn", "Summer", "Crystal", "Amber", "Angel", "Destiny")

    def word_name(self, language: str):
        pool = self.WORD_NAMES_EN if language == "en" else self.WORD_NAMES_ES
        return self.rng.choice(pool), "PERSON", "word-name"

    # contact
    def phone(self, language: str):
        r = self.rng
        fk = self.fk(language)
        d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
        area = str(r.randint(2, 9)) + d(2)
        us = [f"({area}) {d(3)}-{d(4)}", f"{area}-{d(3)}-{d(4)}", f"{area}.{d(3)}.{d(4)}",
              f"{area}{d(7)}", f"+1 {area} {d(3)} {d(4)}", f"1-{area}-{d(3)}-{d(4)}",
              f"{area} {d(3)} {d(4)}"]
        latam = [f"+52 1 {d(2)} {d(4)} {d(4)}", f"{d(2)} {d(4)} {d(4)}", f"+52 {d(3)} {d(3)} {d(4)}",
                 f"044 {d(2)} {d(4)} {d(4)}", f"+502 {d(4)} {d(4)}", f"+503 {d(4)}-{d(4)}",
                 f"+504 {d(4)}-{d(4)}", f"+57 3{d(2)} {d(3)} {d(4)}", f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}",
                 f"6{d(2)} {d(3)} {d(3)}", f"{d(3)}-{d(3)}-{d(4)}"]
        pick = r.random()
        if pick < 0.35:
            text = fk.phone_number()
        elif pick < 0.75 or language == "en":
            text = r.choice(us)
        else:
            text = r.choice(latam)
        return text, "PHONE", ""

    def email(self, language: str):
        fk = self.fk(language)
        return (fk.free_email() if self.rng.random() < 0.6 else fk.email()), "EMAIL", ""

    def url(self, language: str):
        r = self.rng
        fk = self.fk(language)
        user = fk.user_name()
        choices = [fk.url(), f"facebook.com/{user}", f"www.instagram.com/{user}",
                   f"https://www.tiktok.com/@{user}", f"@{user}", f"https://wa.me/1{r.randint(10**9, 10**10 - 1)}",
                   f"{fk.domain_name()}"]
        return r.choice(choices), "URL", ""

    # places
    def address(self, language: str):
        fk = self.fk(language)
        text = fk.address() if self.rng.random() < 0.5 else fk.street_address()
        sep = self.rng.choice((", ", " ", ", "))
        return re.sub(r"\s*\n\s*", sep, text).strip(), "ADDRESS", ""

    def city(self, language: str):
        fk = self.fk(language)
        text = fk.city()
        if self.rng.random() < 0.3:
            text = f"{text}, {fk.state()}" if language == "es" else f"{text}, {fk.state_abbr()}"
        return text, "LOCATION", ""

    # employers
    BUSINESS_EN = ("Nails", "Nail Spa", "Massage", "Landscaping", "Farms", "Restaurant",
                   "Cleaning Services", "Construction", "Roofing", "Bistro", "Tacos", "Buffet",
                   "Day Spa", "Dairy", "Packing", "Staffing", "Car Wash", "Laundromat",
                   "Pressure Washing", "Eatery", "Motel", "Orchards", "Drywall")
    BUSINESS_ES = ("Restaurante", "Taquería", "Rancho", "Granja", "Taller", "Lavandería",
                   "Panadería", "Empacadora", "Constructora", "Cantina", "Estética", "Fonda",
                   "Maquiladora", "Vivero", "Carnicería", "Pollería", "Mariscos", "Loncheria")
    ADJ = ("Lucky", "Golden", "Sunny", "Royal", "Happy", "Star", "Paradise", "Diamond",
           "Blue Sky", "Green Valley", "Sunrise", "Eagle", "Crystal", "Silver Moon", "Top")
    NOMBRE = ("El Sol", "La Palma", "Los Pinos", "El Güero", "La Esperanza", "Las Flores",
              "El Rey", "Don Chuy", "La Michoacana", "El Paraíso", "San José", "Santa Fe")

    def company(self, language: str):
        r = self.rng
        fk = self.fk(language)
        pick = r.random()
        if pick < 0.4:
            text = fk.company()
        elif language == "en":
            text = f"{r.choice((fk.last_name(), r.choice(self.ADJ)))} {r.choice(self.BUSINESS_EN)}"
        else:
            text = f"{r.choice(self.BUSINESS_ES)} {r.choice((fk.last_name(), r.choice(self.NOMBRE)))}"
        return text, "ORG", ""

    # identity numbers
    def id_number(self, language: str):
        r = self.rng
        en_f = self.fakers["en_US"]
        d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
        kind = r.choice(("ssn", "itin", "anum", "passport", "license") if language == "en" else
                        ("anum", "curp", "rfc", "nif", "nie", "nss", "passport", "ssn", "elector"))
        if kind == "ssn":
            text = en_f.ssn()
        elif kind == "itin":
            text = en_f.itin()
        elif kind == "anum":
            text = r.choice((f"A{d(9)}", f"A-{d(3)}-{d(3)}-{d(3)}", f"A{d(8)}", f"A# {d(9)}",
                             f"A {d(3)} {d(3)} {d(3)}"))
        elif kind == "passport":
            text = r.choice((en_f.passport_number(), f"{r.choice('GEPNX')}{d(8)}"))
        elif kind == "license":
            text = r.choice((f"{r.choice('DFGKLMSW')}{d(7)}", d(9), f"{r.choice('ABCD')}{d(3)}-{d(4)}-{d(4)}",
                             f"{d(3)}-{d(3)}-{d(3)}"))
        elif kind == "curp":
            text = self.fakers["es_MX"].curp()
        elif kind == "rfc":
            text = self.fakers["es_MX"].rfc()
        elif kind == "elector":
            text = self.fakers["es_MX"].elector_code()
        elif kind == "nif":
            text = self.fakers["es_ES"].nif()
        elif kind == "nie":
            text = self.fakers["es_ES"].nie()
        else:
            text = self.fakers["es_MX"].ssn()
        return text, "ID", kind

    def card(self, language: str):
        text = self.fk(language).credit_card_number()
        if self.rng.random() < 0.4 and len(text) == 16:
            sep = self.rng.choice((" ", "-"))
            text = sep.join(text[i:i + 4] for i in range(0, 16, 4))
        return text, "CARD", ""

    MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre")

    def dob(self, language: str):
        r = self.rng
        day = self.fakers["en_US"].date_of_birth(minimum_age=18, maximum_age=75)
        if language == "en":
            fmt = r.choice(("%m/%d/%Y", "%m/%d/%y", "%Y-%m-%d", "%B %d, %Y", "%b %d %Y",
                            "%d %B %Y", "%m-%d-%Y"))
            text = day.strftime(fmt)
        else:
            mes = self.MESES[day.month - 1]
            text = r.choice((day.strftime("%d/%m/%Y"), day.strftime("%d-%m-%Y"),
                             f"{day.day} de {mes} de {day.year}", f"{day.day} de {mes} del {day.year}",
                             day.strftime("%d/%m/%y"), f"{day.day} {mes} {day.year}"))
        return text, "DOB", ""

    def age(self, language: str):
        return str(self.rng.randint(18, 70)), "AGE", ""

    # not personal information
    def hours(self, language: str):
        return str(self.rng.randint(2, 16)), None, ""

    def money(self, language: str):
        r = self.rng
        return r.choice((f"${r.randint(5, 20)}", f"${r.randint(50, 900)}", f"{r.randint(100, 5000)} pesos",
                         f"${r.randint(1, 9)},{r.randint(100, 999)}", f"{r.randint(7, 15)}.{r.randint(10, 99)}")), None, ""


SLOT = re.compile(r"\{(\w+)\}")
GENERATORS = {
    "name": lambda v, lang: v.name(lang, True), "first": lambda v, lang: v.name(lang, False),
    "wordname": lambda v, lang: v.word_name(lang), "phone": lambda v, lang: v.phone(lang),
    "email": lambda v, lang: v.email(lang), "url": lambda v, lang: v.url(lang),
    "address": lambda v, lang: v.address(lang), "city": lambda v, lang: v.city(lang),
    "company": lambda v, lang: v.company(lang), "id": lambda v, lang: v.id_number(lang),
    "card": lambda v, lang: v.card(lang), "dob": lambda v, lang: v.dob(lang),
    "age": lambda v, lang: v.age(lang), "hours": lambda v, lang: v.hours(lang),
    "money": lambda v, lang: v.money(lang),
}

TEMPLATES = {
    "en": [
        "my name is {name}", "hi, I'm {first}. I need help", "this is {name}, can you help me",
        "My name is {name} and my number is {phone}", "call me at {phone}",
        "you can text me at {phone} after {hours}pm", "my cell is {phone}, ask for {first}",
        "my boss {name} took my passport", "{first} said I owe him {money}",
        "I work for {name} at {company}", "I work at {company} for {money} a day",
        "I used to work for {company}, they never paid me", "the company is called {company}",
        "my email is {email}", "email me: {email}", "send it to {email} please",
        "I live at {address}", "we stay at {address} with 6 other people",
        "the house is at {address}", "I'm in {city} right now", "I live in {city}",
        "they brought me to {city} from {city}", "we are near {city}",
        "my SSN is {id}", "my A number is {id}", "passport number {id}",
        "driver's license {id}", "my ID number is {id}", "he has my papers, my id is {id}",
        "my card number is {card}", "he uses my card {card}", "I was born on {dob}",
        "DOB: {dob}", "my birthday is {dob}", "I'm {age} years old", "I am {age}",
        "im {age} and i work {hours} hours a day", "my daughter is {age} years old",
        "my facebook is {url}", "look me up {url}", "my insta is {url}",
        "I'm {name}, {age} years old, from {city}. my phone is {phone}",
        "my name is {wordname} and I live in {city}", "I'm {wordname} {name}",
        "{name} is my manager at {company}", "my supervisor {first} yells at us",
        "please ask for {first} at {company}", "my husband {first} has my card {card}",
        "my girlfriend's name is {first}", "a guy named {name} recruited me",
        "Mr. {name} keeps our passports", "text {first} at {phone}",
        "I met {name} on {url}", "they call me {first}", "{name} here, my email is {email}",
    ],
    "es": [
        "me llamo {name}", "hola, soy {first}. necesito ayuda", "mi nombre es {name}",
        "Me llamo {name} y mi número es {phone}", "llámame al {phone}",
        "mándame mensaje al {phone} después de las {hours}", "mi cel es {phone}, pregunta por {first}",
        "mi jefe {name} tiene mi pasaporte", "{first} dice que le debo {money}",
        "trabajo para {name} en {company}", "trabajo en {company} por {money} al día",
        "trabajaba en {company} y nunca me pagaron", "la empresa se llama {company}",
        "mi correo es {email}", "escríbeme a {email}", "mándalo a {email} por favor",
        "vivo en {address}", "vivimos en {address} con otras 6 personas",
        "la casa está en {address}", "estoy en {city} ahorita", "vivo en {city}",
        "me trajeron a {city} desde {city}", "estamos cerca de {city}",
        "mi número de seguro social es {id}", "mi número A es {id}", "pasaporte número {id}",
        "mi CURP es {id}", "mi identificación: {id}", "él tiene mis papeles, mi DNI es {id}",
        "el número de mi tarjeta es {card}", "usa mi tarjeta {card}", "nací el {dob}",
        "fecha de nacimiento: {dob}", "mi cumpleaños es el {dob}", "tengo {age} años",
        "tengo {age} años y trabajo {hours} horas al día", "mi hija tiene {age} años",
        "mi face es {url}", "búscame en {url}", "mi insta es {url}",
        "soy {name}, tengo {age} años, soy de {city}. mi cel es {phone}",
        "me llamo {wordname} y vivo en {city}", "soy {wordname} {name}",
        "me llamo {wordname}", "mi jefa {wordname} no me deja salir",
        "{name} es mi patrón en {company}", "mi supervisor {first} nos grita",
        "pregunta por {first} en {company}", "mi esposo {first} tiene mi tarjeta {card}",
        "mi novia se llama {first}", "un señor llamado {name} me reclutó",
        "el señor {name} tiene nuestros pasaportes", "mándale mensaje a {first} al {phone}",
        "conocí a {name} en {url}", "me dicen {first}", "aquí {name}, mi correo es {email}",
    ],
}

# No context word before the personal information: these measure the lists and capitals alone.
NO_CONTEXT = {
    "en": ["{name} took our passports", "yesterday {name} hit me", "{first} and {first} are here too",
           "{company} pays us cash", "{city} is where they keep us", "{phone}", "{email}",
           "{address}", "ok {first} is coming back tonight", "{name}. {phone}. please hurry"],
    "es": ["{name} nos quitó los pasaportes", "ayer {name} me pegó", "{first} y {first} también están aquí",
           "{company} nos paga en efectivo", "{city} es donde nos tienen", "{phone}", "{email}",
           "{address}", "ok {first} regresa en la noche", "{name}. {phone}. por favor rápido"],
}
for _lang in ("en", "es"):
    TEMPLATES[_lang] = TEMPLATES[_lang] + NO_CONTEXT[_lang]

CLEAN_TEMPLATES = {
    "en": [
        "I work {hours} hours a day, 6 days a week", "they pay me {money} an hour",
        "I owe them {money} and they add more every week", "we start at 5:30 and finish at {hours}pm",
        "I called 1-888-373-7888 yesterday", "can I text 233733 from this phone?",
        "should I call 911 or 988?", "I saw the number 1-800-799-7233 on a poster",
        "is humantraffickinghotline.org safe to open?", "I have 3 kids and 2 of them are in school",
        "Monday through Friday, sometimes Saturday", "I came here in 2019 with a work visa",
        "On March 3 they took our phones", "We sleep 8 people in one room",
        "My boss says I owe $2,000 for the trip", "The rent is $450 a month and they take it from my check",
        "Is this really free? I only have $20", "I worked there from 2018 to 2021",
        "He told me the debt was 5000 dollars", "It was around 10:45 at night",
        "I don't know if I can talk, maybe after 9", "I speak English and Spanish",
        "Will you tell the police?", "May I ask what happens with my answers?",
        "I hope this is private", "Thank God someone answers", "OK. Yes. No. Maybe later",
        "What is a T visa?", "Grace period for the debt ended on the 15th",
        "Mark the ones that apply to me?", "I feel safe right now", "They said ICE would come",
        "The shift is 12 hours and the break is 20 minutes", "I paid 1500 for the ride and 300 for papers",
        "Christmas was the only day off", "I have 2 jobs, 70 hours a week",
        "Page 2 of the form asks 10 questions", "Press 2 for Spanish",
        "room 4 has no window", "we are 15 workers and 1 bathroom",
        # context words without personal information: the rules must not fire
        "I'm tired", "I'm scared to talk", "I'm not sure", "I'm at work right now", "I'm in danger",
        "I'm in a bad situation", "I'm from another country", "I live in a trailer behind the house",
        "I live in the back of the store", "I work at a farm", "I work at a restaurant",
        "I work for a cleaning company", "I work in construction", "I work in the fields",
        "my boss is very mean", "my boss said I can't leave", "my manager took our phones",
        "my husband is jealous", "they call me stupid", "can I ask for help?",
        "my name is not important", "call me later", "text me tomorrow", "I met him online",
        "I'm {hours} minutes away from the house", "I'm at the store", "we live near the highway",
        "we live near a big lake", "I'm staying with a friend", "she is 20 minutes late",
        "he's at the door", "I was born in another country", "my birthday is next week",
        "on my birthday they made me work", "HELP ME PLEASE", "I need a lawyer",
        "What does BEFREE mean?", "I saw your number at the clinic", "I work at night",
        "I clean houses for a lady", "The Boss said we owe more", "Will they find out?",
        "May is when the season starts", "Hope you can help", "Grace from God is all I have",
        "bus {hours} takes me to work", "call back in {hours} min", "question 4 is hard",
        "I have {money} saved", "from 6 to 6 every day", "they moved us on 3/15",
        "is it 24/7?", "text HELP to 233733", "I'm ok now thanks", "im so tired of this",
        "im sooo scared", "idk what to do", "my phone is almost dead", "I'm with my kids",
        "we sleep in the van", "the recruiter promised a good job", "the owner has a gun",
        "I have been here {hours} years", "I got paid {money} for 2 weeks", "No, I'm fine",
        "I'm alone", "my friend told me about this", "my sister is worried",
        "He keeps my ID and my passport", "They took my phone and my papers",
        "I work {hours} hours at the packing plant", "In the morning we go to the fields",
        "At night they lock the door", "On Sundays we clean the whole house",
        "I have 2 more keys", "we got 3 big boxes of work clothes", "it takes 2 buses and 1 train",
        "I walk 20 minutes to the bus station", "we had 2 long days in the field",
        "there are 4 small rooms and 1 kitchen", "I paid 300 for a spot in the trailer park",
        "they gave us 2 days rest in 3 months", "question 7 on page 2", "we are 5 in the house",
    ],
    "es": [
        "trabajo {hours} horas al día, 6 días a la semana", "me pagan {money} la hora",
        "les debo {money} y cada semana suben la deuda", "entramos a las 5:30 y salimos a las {hours}",
        "llamé al 1-888-373-7888 ayer", "¿puedo mandar mensaje al 233733 desde este teléfono?",
        "¿llamo al 911 o al 988?", "vi el número 1-800-799-7233 en un cartel",
        "¿es seguro abrir espanol.thehotline.org?", "tengo 3 hijos y 2 van a la escuela",
        "de lunes a viernes y a veces el sábado", "llegué en 2019 con una visa de trabajo",
        "El 3 de marzo nos quitaron los teléfonos", "Dormimos 8 personas en un cuarto",
        "Mi jefe dice que le debo $2,000 del viaje", "La renta es de 4500 pesos y me la descuentan",
        "¿Es gratis? Solo tengo $20", "Trabajé ahí de 2018 a 2021",
        "Me dijo que la deuda era de 5000 dólares", "Eran como las 10:45 de la noche",
        "No sé si puedo hablar, tal vez después de las 9", "Hablo inglés y español",
        "la rosa es roja", "tengo paz cuando hablo con mi mamá", "se fue la luz toda la noche",
        "tengo dolores de cabeza", "me dieron una camisa blanca", "la Cruz Roja nos ayudó",
        "tengo esperanza", "Gracias a Dios alguien contesta", "Sí. No. Tal vez luego",
        "¿Qué es la visa T?", "Dijeron que iba a venir la migra", "El turno es de 12 horas y el descanso de 20 minutos",
        "Pagué 15000 por el viaje y 3000 por los papeles", "Solo descansamos en Navidad",
        "Tengo 2 trabajos, 70 horas a la semana", "Marca 2 para español",
        "en el cuarto 4 no hay ventana", "somos 15 trabajadores y 1 baño", "el ángel de la guarda",
        "tengo 5 años trabajando aquí", "hace 3 años que llegué",
        # palabras de contexto sin datos personales
        "soy mesera", "soy de otro país", "soy muy tímida", "soy yo otra vez", "estoy cansada",
        "estoy en el trabajo", "estoy en peligro", "estoy en una situación difícil",
        "vivo en una casa con muchas personas", "vivo en el rancho donde trabajo", "vivo con mi tía",
        "trabajo en limpieza", "trabajo en el campo", "trabajo en la construcción",
        "trabajo en un restaurante", "trabajo para una señora", "mi jefe es muy malo",
        "mi jefe dice que no puedo salir", "mi patrón nos quita el pasaporte",
        "prefiero no decir mi nombre", "llámame luego", "¿a quién le pido ayuda?",
        "mi esposo es celoso", "me dicen que les debo", "la rosa blanca", "hay paz en la casa",
        "estamos sin luz", "mis dolores de espalda", "Dios te bendiga", "Feliz Navidad",
        "Buenos días", "Sí, señora", "tengo 2 hijos", "trabajo {hours} horas",
        "me pagan {money}", "gano {money} a la semana", "el 15 de mayo nos cambiaron de casa",
        "nací en otro país", "mi cumpleaños fue ayer", "en mi cumpleaños me hicieron trabajar",
        "estoy a {hours} minutos de la casa", "estamos cerca de la carretera",
        "vivimos cerca de un lago", "estoy con una amiga", "me quitaron el teléfono",
        "el dueño tiene pistola", "el reclutador me prometió un buen trabajo",
        "tengo {hours} años aquí", "me pagaron {money} por 2 semanas", "No, estoy bien",
        "estoy sola", "una amiga me habló de esto", "mi hermana está preocupada",
        "Él tiene mi identificación y mi pasaporte", "Nos quitaron los papeles",
        "trabajo {hours} horas en la empacadora", "En la mañana vamos al campo",
        "En la noche cierran la puerta con llave", "Los domingos limpiamos toda la casa",
        "ya no aguanto", "k onda", "toy muy cansada", "no se q hacer", "xq me pasa esto",
        "mi cel ya casi no tiene pila", "dormimos en la camioneta", "el camión {hours} me lleva",
        "la pregunta 4 es difícil", "de 6 a 6 todos los días", "nos cambiaron el 3/15",
        "¿Es 24/7?", "manda AYUDA al 988", "Gracias, Señor", "Esperanza es lo último que se pierde",
        "tengo 2 llaves más", "tomo 2 camiones y 1 tren", "camino 20 minutos a la parada",
        "hay 4 cuartos chicos y 1 cocina", "pagué 300 por un lugar en el parque de tráileres",
        "nos dieron 2 días de descanso en 3 meses", "la pregunta 7 de la página 2",
        "somos 5 en la casa", "vivo a 2 cuadras del trabajo", "vivimos 8 en un cuarto",
    ],
}


def fill(template: str, language: str, variant: str, values: Values) -> Message:
    transform = writing(variant, language)
    parts: List[str] = []
    gold: List[Gold] = []
    tags: Dict[int, str] = {}
    pos = 0
    length = 0
    for m in SLOT.finditer(template):
        literal = transform(template[pos:m.start()], False)
        parts.append(literal)
        length += len(literal)
        text, label, tag = GENERATORS[m.group(1)](values, language)
        text = transform(text, True)
        if label:
            if tag:
                tags[len(gold)] = tag
            gold.append((length, length + len(text), label))
        parts.append(text)
        length += len(text)
        pos = m.end()
    parts.append(transform(template[pos:], False))
    return Message("".join(parts), language, gold, template, variant, tags)


def generate(per_language: int, clean: int, seed: int) -> Tuple[List[Message], List[Message]]:
    rng = random.Random(seed)
    values = Values(rng, seed)
    pii: List[Message] = []
    for language in ("en", "es"):
        variants = ["typed"] * 5 + ["lower"] * 2 + ["sms"] * 2 + (["noaccent"] * 2 if language == "es" else [])
        templates = TEMPLATES[language]
        for i in range(per_language):
            template = templates[i % len(templates)]
            pii.append(fill(template, language, rng.choice(variants), values))
    free: List[Message] = []
    for i in range(clean):
        language = ("en", "es")[i % 2]
        templates = CLEAN_TEMPLATES[language]
        variant = rng.choice(["typed", "typed", "lower", "sms"] + (["noaccent"] if language == "es" else []))
        free.append(fill(templates[(i // 2) % len(templates)], language, variant, values))
    return pii, free


# --- an external PII-free proxy: Tatoeba sentences without capitalised words ----------------

TATOEBA = REPO.parent / "shared" / "data" / "langid" / "tatoeba_spa-eng_dev.txt"
TATOEBA_SAMPLE = 3000
ENGLISH_I = re.compile(r"^I(?:'m|'ll|'d|'ve)?$")


def no_capitals_after_first(sentence: str, stop_words) -> bool:
    """No capitalised word after the first, and the first is a stop word ("The", "Yo", ...):
    so no names, places or brands (spaCy's stop lists, not the redactor's lexicons, decide)."""
    words = re.findall(r"[^\W\d_][\w']*", sentence)
    return bool(words) and words[0].lower() in stop_words and \
        all(not w[0].isupper() or ENGLISH_I.match(w) for w in words[1:])


def tatoeba_sets(path: Path, seed: int, size: int = TATOEBA_SAMPLE) -> Dict[str, List[str]]:
    """Seeded samples of Tatoeba pairs (written by others; CC-BY 2.0): per language, the
    sentences that begin with a stop word and have no capitalised word after it (so no names,
    places or brands). "inspected": the sample whose false positives were read while the rules
    were tuned; "unseen": a disjoint sample nobody looked at."""
    if not path.exists():
        return {}
    rows = [r.split("\t")[:2] for r in path.read_text(encoding="utf-8").splitlines() if "\t" in r]
    order = list(range(len(rows)))
    inspected = random.Random(seed).sample(order, min(TATOEBA_SAMPLE, len(rows)))[:size]
    rest = sorted(set(order) - set(inspected))
    unseen = random.Random(seed + 1).sample(rest, min(TATOEBA_SAMPLE, len(rest)))[:size]
    from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
    from spacy.lang.es.stop_words import STOP_WORDS as ES_STOP

    out: Dict[str, List[str]] = {}
    for name, sample in (("inspected", inspected), ("unseen", unseen)):
        out[f"en ({name})"] = [rows[i][0] for i in sample if no_capitals_after_first(rows[i][0], EN_STOP)]
        out[f"es ({name})"] = [rows[i][1] for i in sample if no_capitals_after_first(rows[i][1], ES_STOP)]
    return out


# --- scoring ------------------------------------------------------------------------------------

def covered(text: str, start: int, end: int, spans, label: Optional[str]) -> bool:
    for i in range(start, end):
        if not text[i].isalnum():
            continue
        if not any(s.start <= i < s.end and (label is None or s.label == label) for s in spans):
            return False
    return True


@dataclass
class Score:
    found_typed: Counter = field(default_factory=Counter)
    found_any: Counter = field(default_factory=Counter)
    gold: Counter = field(default_factory=Counter)
    predicted: Counter = field(default_factory=Counter)
    correct_typed: Counter = field(default_factory=Counter)
    correct_any: Counter = field(default_factory=Counter)
    groups: Dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    misses: List[Tuple[str, str, str]] = field(default_factory=list)
    false_positives: List[Tuple[str, str, str]] = field(default_factory=list)


def score(messages: Sequence[Message], predictions) -> Score:
    s = Score()
    for msg, spans in zip(messages, predictions):
        for gi, (a, b, label) in enumerate(msg.gold):
            s.gold[label] += 1
            typed = covered(msg.text, a, b, spans, label)
            anyl = covered(msg.text, a, b, spans, None)
            s.found_typed[label] += typed
            s.found_any[label] += anyl
            no_context = msg.template in NO_CONTEXT[msg.language]
            for group in (f"{label} / {msg.language} / {msg.variant}",
                          f"{label} / {msg.tags[gi]}" if gi in msg.tags else None,
                          f"{label} / {'no context' if no_context else 'context'}"):
                if group:
                    s.groups[group]["n"] += 1
                    s.groups[group]["any"] += anyl
            if not anyl:
                s.misses.append((label, msg.text, msg.text[a:b]))
        for sp in spans:
            s.predicted[sp.label] += 1
            hit_typed = any(sp.start < b and a < sp.end and label == sp.label for a, b, label in msg.gold)
            hit_any = any(sp.start < b and a < sp.end for a, b, _ in msg.gold)
            s.correct_typed[sp.label] += hit_typed
            s.correct_any[sp.label] += hit_any
            if not hit_any:
                s.false_positives.append((sp.label, msg.text, msg.text[sp.start:sp.end]))
    return s


def pct(a: float, b: float) -> str:
    return f"{100.0 * a / b:.1f}" if b else "-"


def report(pii, free, s: Score, free_preds, seconds: float, n_timed: int, idem_fail: int,
           latencies: List[float], warm: float, seed: int,
           tatoeba: Optional[Dict[str, Tuple[int, int, Counter]]] = None,
           tatoeba_size: int = TATOEBA_SAMPLE,
           stability: Optional[Dict[int, Score]] = None) -> Tuple[str, List[str]]:
    lines = ["## PII redaction (`bench/redact_eval.py`)", ""]
    today = datetime.date.today().isoformat()
    from bench.report import machine_line

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines.append(
        f"{today}, {machine_line()}, load average {load:.1f} while measuring (the machine is "
        f"shared). Seed {seed}: {len(pii)} generated messages with "
        f"personal information ({sum(m.language == 'en' for m in pii)} English, "
        f"{sum(m.language == 'es' for m in pii)} Spanish; typed, lower-case, no-accent and "
        f"SMS-style writings; {sum(len(m.gold) for m in pii)} gold spans) and {len(free)} "
        f"PII-free messages. Faker en_US, es_MX, es_ES. Recall \"any\" = the span's letters and "
        f"digits are all inside placeholders (what matters for privacy); \"typed\" = inside "
        f"placeholders of the right type. Warm-up {warm:.1f} s (spaCy's import, which pulls in "
        f"TensorFlow here, the two blank pipelines, wordfreq's lists); `warm_up()` does it at start.")
    lines += ["", "### Per label", "",
              "| label | gold spans | recall any % | recall typed % | placeholders | precision typed % | precision any % | target (recall any) |",
              "|---|---:|---:|---:|---:|---:|---:|---:|"]
    missed: List[str] = []
    for label in LABELS:
        n = s.gold[label]
        target = TARGETS.get(label)
        r_any = 100.0 * s.found_any[label] / n if n else 100.0
        if target and r_any < target:
            missed.append(f"{label} recall {r_any:.1f}% < {target}%")
        lines.append(f"| {label} | {n} | {pct(s.found_any[label], n)} | {pct(s.found_typed[label], n)} | "
                     f"{s.predicted[label]} | {pct(s.correct_typed[label], s.predicted[label])} | "
                     f"{pct(s.correct_any[label], s.predicted[label])} | {f'>= {target}' if target else ''} |")
    total_gold = sum(s.gold.values())
    lines.append(f"| all | {total_gold} | {pct(sum(s.found_any.values()), total_gold)} | "
                 f"{pct(sum(s.found_typed.values()), total_gold)} | {sum(s.predicted.values())} | "
                 f"{pct(sum(s.correct_typed.values()), sum(s.predicted.values()))} | "
                 f"{pct(sum(s.correct_any.values()), sum(s.predicted.values()))} | |")

    if stability and len(stability) > 1:
        seeds = sorted(stability, key=lambda x: (x != seed, x))
        lines += ["", "### Recall (any) on other seeds", "",
                  "The same templates filled again with other seeds (new names, numbers, places): "
                  "the spread shows how much the figures above owe to one draw. Targets are checked "
                  "on the first seed.", "",
                  "| label | " + " | ".join(f"seed {x}" for x in seeds) + " | lowest |",
                  "|---|" + "---:|" * (len(seeds) + 1)]
        for label in TARGETS:
            values = [100.0 * stability[x].found_any[label] / stability[x].gold[label]
                      if stability[x].gold[label] else 100.0 for x in seeds]
            lines.append(f"| {label} | " + " | ".join(f"{v:.1f}" for v in values)
                         + f" | {min(values):.1f} |")

    lines += ["", "### Person names by source", "",
              "Vendored = in the redactor's name lists (Faker en_US/es_* providers); held-out = from "
              "other Faker locales and in none of those lists (found by context and capitals only); "
              "word names = Spanish/English names that are also ordinary words (Rosa, Paz, Luz, Hope, "
              "Will), used in name contexts.", "",
              "| names | spans | recall any % |", "|---|---:|---:|"]
    for tag in ("vendored", "held-out", "word-name"):
        g = s.groups.get(f"PERSON / {tag}", Counter())
        lines.append(f"| {tag} | {g['n']} | {pct(g['any'], g['n'])} |")

    lines += ["", "### Recall (any) with and without a context word", "",
              "Most templates give a context (\"my name is\", \"I work at\", \"vivo en\"); "
              f"{len(NO_CONTEXT['en'])} per language give none (\"{NO_CONTEXT['en'][0]}\", "
              f"\"{NO_CONTEXT['es'][3]}\"), where only the name lists, capitals and shapes can "
              "find the information.", "",
              "| label | spans with context | recall % | spans without | recall % |",
              "|---|---:|---:|---:|---:|"]
    for label in ("PERSON", "ORG", "LOCATION", "ADDRESS", "PHONE", "EMAIL"):
        c = s.groups.get(f"{label} / context", Counter())
        n = s.groups.get(f"{label} / no context", Counter())
        lines.append(f"| {label} | {c['n']} | {pct(c['any'], c['n'])} | {n['n']} | {pct(n['any'], n['n'])} |")

    lines += ["", "### Recall (any) by language and writing", "",
              "| label | " + " | ".join(f"{lang} {v}" for lang in ("en", "es")
                                      for v in ("typed", "lower", "noaccent", "sms")
                                      if not (lang == "en" and v == "noaccent")) + " |",
              "|---|" + "---:|" * 7]
    for label in LABELS:
        cells = []
        for lang in ("en", "es"):
            for v in ("typed", "lower", "noaccent", "sms"):
                if lang == "en" and v == "noaccent":
                    continue
                g = s.groups.get(f"{label} / {lang} / {v}", Counter())
                cells.append(pct(g["any"], g["n"]))
        lines.append(f"| {label} | " + " | ".join(cells) + " |")

    altered = [m for m, p in zip(free, free_preds) if p]
    rate_altered = 100.0 * len(altered) / len(free) if free else 0.0
    if rate_altered > MAX_CLEAN_ALTERED:
        missed.append(f"PII-free altered {rate_altered:.1f}% > {MAX_CLEAN_ALTERED}%")
    by_label = Counter(sp.label for p in free_preds for sp in p)
    rate = n_timed / seconds if seconds else 0.0
    if rate < MIN_RATE:
        missed.append(f"throughput {rate:.0f}/s < {MIN_RATE:.0f}/s")
    lat = sorted(latencies)
    p95 = lat[int(0.95 * (len(lat) - 1))] if lat else 0.0
    lines += ["", "### PII-free messages, speed, idempotence", "",
              "| metric | value | target |", "|---|---:|---:|",
              f"| PII-free messages altered | {len(altered)} / {len(free)} = {rate_altered:.2f}% | <= {MAX_CLEAN_ALTERED}% |",
              f"| placeholders put in PII-free messages, by label | {', '.join(f'{k} {v}' for k, v in by_label.most_common()) or 'none'} | |",
              f"| throughput, single process (`redact()` on all {n_timed} messages) | {rate:.0f} messages/s | >= {MIN_RATE:.0f}/s |",
              f"| latency per message p50 / p95 / max | {statistics.median(lat):.2f} / {p95:.2f} / {lat[-1]:.2f} ms | |",
              f"| redact(redact(x)) != redact(x) | {idem_fail} | 0 |"]
    if idem_fail:
        missed.append(f"{idem_fail} messages not idempotent")
    if tatoeba:
        lines += ["", "### External check: Tatoeba sentences without names", "",
                  f"Two disjoint seeded samples of {tatoeba_size} English-Spanish pairs from "
                  "`shared/data/langid/tatoeba_spa-eng_dev.txt` (manythings.org export, CC-BY 2.0; "
                  "written by others), keeping the sentences that begin with a stop word (spaCy's "
                  "lists) and have no capitalised word after it, so that they hold no names, places "
                  "or brands. Not a target; any "
                  "change is a false positive. The \"inspected\" sample's false positives were read "
                  "while tuning (they led to the mixed-case rule, the possessive before \"my boss\" "
                  "and the accent-folded word check of the name lists); the \"unseen\" sample was not "
                  "looked at.", "",
                  "| sample | sentences | altered % | placeholders by label |", "|---|---:|---:|---|"]
        for lang, (n, changed, labels_seen) in tatoeba.items():
            lines.append(f"| {lang} | {n} | {pct(changed, n)} | "
                         f"{', '.join(f'{k} {v}' for k, v in labels_seen.most_common()) or 'none'} |")
    lines += ["", "### Targets", "", ("All met." if not missed else "Missed: " + "; ".join(missed) + ".")]
    lines += ["", "Re-run: `.venv/bin/python bench/redact_eval.py` (about 30 s here; `--misses 40` prints misses "
              "and false positives to stderr)."]
    return "\n".join(lines) + "\n", missed


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-language", type=int, default=2400, help="PII messages per language")
    parser.add_argument("--clean", type=int, default=1200, help="PII-free messages")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", default=None, help="write the section here instead of bench/results")
    parser.add_argument("--strict", action="store_true", help="exit 1 if a target is missed")
    parser.add_argument("--misses", type=int, default=0, help="print this many misses and false positives")
    parser.add_argument("--extra-seeds", type=int, default=2,
                        help="also report recall on this many other seeds")
    parser.add_argument("--tatoeba", default=str(TATOEBA), help="Tatoeba pairs file (external check)")
    parser.add_argument("--tatoeba-sample", type=int, default=TATOEBA_SAMPLE,
                        help="pairs per Tatoeba sample (at most %(default)s)")
    parser.add_argument("--no-tatoeba", action="store_true", help="skip the external Tatoeba check")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    warm_up()
    redact("warm up: my name is Ana, 555-123-4567", "en")
    warm = time.perf_counter() - started
    pii, free = generate(args.per_language, args.clean, args.seed)

    predictions = [find_spans(m.text, m.language) for m in pii]
    free_preds = [find_spans(m.text, m.language) for m in free]
    s = score(pii, predictions)

    everything = pii + free
    latencies: List[float] = []
    outputs: List[str] = []
    t0 = time.perf_counter()
    for m in everything:
        a = time.perf_counter()
        outputs.append(redact(m.text, m.language))
        latencies.append(1000.0 * (time.perf_counter() - a))
    seconds = time.perf_counter() - t0
    idem_fail = sum(redact(o, m.language) != o for o, m in zip(outputs, everything))

    stability: Dict[int, Score] = {args.seed: s}
    for extra in range(1, args.extra_seeds + 1):
        other, _ = generate(args.per_language, 0, args.seed + extra)
        stability[args.seed + extra] = score(other, [find_spans(m.text, m.language) for m in other])

    tatoeba = {}
    tatoeba_changed: List[Tuple[str, str]] = []
    if not args.no_tatoeba:
        for group, sentences in tatoeba_sets(Path(args.tatoeba), args.seed,
                                             args.tatoeba_sample).items():
            lang = group[:2]
            labels_seen: Counter = Counter()
            changed = 0
            for sentence in sentences:
                spans = find_spans(sentence, lang)
                if spans:
                    changed += 1
                    labels_seen.update(sp.label for sp in spans)
                    tatoeba_changed.append((redact(sentence, lang), sentence))
            tatoeba[group] = (len(sentences), changed, labels_seen)
    text, missed = report(pii, free, s, free_preds, seconds, len(everything), idem_fail,
                          latencies, warm, args.seed, tatoeba, min(args.tatoeba_sample, TATOEBA_SAMPLE),
                          stability)
    if args.misses:
        rng = random.Random(1)
        for title, rows in (("MISSES", s.misses), ("FALSE POSITIVES (in PII messages)", s.false_positives)):
            print(f"--- {title}: {len(rows)}", file=sys.stderr)
            for label, msg, part in rng.sample(rows, min(args.misses, len(rows))):
                print(f"{label:9} {part!r:40} in {msg!r}", file=sys.stderr)
        for o, m in zip(outputs, everything):
            again = redact(o, m.language)
            if again != o:
                print(f"NOT IDEMPOTENT: {o!r} -> {again!r}", file=sys.stderr)
        print(f"--- TATOEBA ALTERED: {len(tatoeba_changed)}", file=sys.stderr)
        for out, sentence in tatoeba_changed[:args.misses]:
            print(f"{out!r}", file=sys.stderr)
        altered = [(m, p) for m, p in zip(free, free_preds) if p]
        print(f"--- PII-FREE ALTERED: {len(altered)}", file=sys.stderr)
        for m, p in altered[:args.misses]:
            print(f"{[(x.label, m.text[x.start:x.end]) for x in p]} in {m.text!r}", file=sys.stderr)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
        print(text)
    else:
        from bench.report import write_section

        print(f"wrote {write_section('redaction', text)}")
        print(text)
    return 1 if (args.strict and missed) else 0


if __name__ == "__main__":
    sys.exit(main())
