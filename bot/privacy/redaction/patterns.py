"""Pattern detectors: e-mail, URL and handles, ID numbers, cards, phones, birth dates, ages,
street addresses. Each takes the text and its fold (same length) and returns spans."""
from __future__ import annotations

import re
from typing import Iterable, List, Tuple

import phonenumbers

from bot.privacy.redaction.lexicons import en, es
from bot.privacy.redaction.lexicons.public import PUBLIC_DOMAINS, PUBLIC_NAMES, PUBLIC_NUMBERS
from bot.privacy.redaction.text import LABELS, Span, fold

I = re.IGNORECASE


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


PLACEHOLDER = re.compile(r"\[(?:%s)\]" % "|".join(LABELS))
PUBLIC_NAME = re.compile(r"(?<!\w)(?:%s)(?!\w)" % _alt(fold(n) for n in PUBLIC_NAMES))

# --- e-mail, URL, handles ----------------------------------------------------------------
EMAIL = re.compile(r"(?<![\w.%+-])[\w.%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
_MAIL_HOSTS = r"(?:gmail|hotmail|yahoo|outlook|icloud|aol|live|msn|protonmail|proton|ymail|prodigy)"
EMAIL_SPOKEN = re.compile(
    r"(?<![\w.+-])[\w.+-]{2,64}\s*(?:\(at\)|\[at\]|\bat\b|\barroba\b)\s*(?:"
    r"%s\s*(?:\(dot\)|\[dot\]|\.|\bdot\b|\bpunto\b)\s*(?:com|net|org|mx|es|us)(?:\.mx)?"
    r"|[\w-]+\s*(?:\(dot\)|\[dot\]|\bdot\b|\bpunto\b)\s*(?:com|net|org|edu|mx|es|us))\b"
    % _MAIL_HOSTS, I)
TLDS = ("com|org|net|biz|info|io|co|me|us|mx|es|ly|gl|app|site|online|xyz|gov|edu|tv|link|"
        "page|store|shop|club|live|life|lat|gt|hn|sv|ni|cr|pa|ar|cl|pe|ve|ec|bo|uy|py|cu|do")
URL = re.compile(
    r"(?:\bhttps?://|\bwww\.)[^\s<>\"']+"
    r"|(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])\.)+(?:%s)\b(?:/[^\s<>\"']*)?" % TLDS,
    I)
HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?")
PLATFORM = re.compile(
    r"\b(?:instagram|insta|ig|facebook|fb|face|tiktok|tik tok|snapchat|snap|twitter|whatsapp|"
    r"telegram|onlyfans|kik|discord|wechat|skype|threads|signal|grindr|tinder|bumble|hinge|"
    r"cashapp|cash app|venmo|zelle|paypal)\b(?:\s+(?:account|handle|user|username|name|usuario|"
    r"cuenta|es|is))?\s*(?:is|es|:|=|-|@)?\s*(?:is\s+|es\s+)?(@?[A-Za-z0-9_$][A-Za-z0-9_.$]{2,29})",
    I)

# --- identity documents --------------------------------------------------------------------
ID_FORMATS = [
    re.compile(r"(?<![\d-])(?<!\d[ .])\d{3}[- .]\d{2}[- .]\d{4}(?![\d-]|[ .]\d)"),  # SSN / ITIN
    re.compile(r"\b[aA][-#]?\s?\d{8,9}\b"),  # A-number
    re.compile(r"\bA[-#\s]?\d{3}[-\s]\d{3}[-\s]\d{2,3}\b"),
    re.compile(r"\b[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d\b", I),  # CURP
    re.compile(r"\b[A-Z]{6}\d{8}[HM]\d{3}\b", I),  # INE clave de elector
    re.compile(r"\b[A-Z&]{3,4}\d{6}[A-Z0-9]{3}\b", I),  # RFC
    re.compile(r"\b\d{8}[-\s]?[A-Z]\b", I),  # DNI / NIF
    re.compile(r"\b[XYZ][-\s]?\d{7}[-\s]?[A-Z]\b", I),  # NIE
    re.compile(r"\b[ABCDEFGHJNPQRSUVW]\d{7}[0-9A-J]\b"),  # CIF
]
ID_CONTEXT = re.compile(
    r"\b(?:ssn|ss#|social security(?: number| no)?|social|itin|tax id|ein|tin|a-number|a number|"
    r"numero a|numero de a|numero de extranjero|numero de registro|"
    r"alien(?: registration)?(?: number)?|uscis(?: number)?|passport(?: number| no| num)?|"
    r"driver'?s licen[cs]e(?: number| no)?|licen[cs]e(?: number| no)?|dl|id(?: number| no| card)?|"
    r"identification|state id|matricula(?: consular)?|ine|ife|curp|rfc|pasaporte|"
    r"licencia(?: de conducir| de manejo)?|numero de seguro social|seguro social|nss|dni|nie|nif|"
    r"cedula|identificacion|credencial|folio|visa(?: number)?|green card|case number|"
    r"numero de caso|permiso de trabajo|work permit|ead|i-94|i94|member id|employee id|"
    r"numero de empleado|badge)\b(?:\s*(?:number|numero|num|no|#|is|es|:|=|-|\.))*\s*"
    r"(?!(?:is|es|number|numero|num|no)\b)"
    r"([A-Z0-9][A-Z0-9-]{3,19}(?:\s\d{2,9}){0,3}|[A#]{1,2}\s?\d{2,9}(?:[\s-]\d{2,9}){1,3})\b", I)

# --- numbers: cards and phones --------------------------------------------------------------
DIGIT_RUN = re.compile(
    r"(?<![\w$€£/.,:])(?:\+\s?|00)?\(?\d(?:[\d\u00a0 ().-]{4,22})\d"
    r"(?:\s*(?:x|ext\.?|extension|ext:|ext\s)\s*\d{1,6})?(?![\w/:]|[.,]\d)", I)
CARD_CONTEXT = re.compile(r"\b(?:card|tarjeta|visa|master ?card|amex|american express|debit|"
                          r"credit|credito|debito|discover|cc)\b", I)
MONEY_AFTER = re.compile(r"\s*(?:dollars|dolares|pesos|euros|usd|mxn|dlls|bucks|k\b|%|mil\b)", I)
THOUSANDS = re.compile(r"^\d{1,3}(?:[.,]\d{3})+$")
DATE_LIKE = re.compile(r"^(?:\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2})|\d{4}[-./]\d{1,2}[-./]\d{1,2})$")
# Written like a phone number, not a card: international prefix, parentheses or an extension.
PHONE_SHAPE = re.compile(r"^\s*(?:\+|00|\(|0\d{2}\s)|.*(?:x|ext)", I)
ZIP4 = re.compile(r"^\d{5}-\d{4}$")
YEARS = re.compile(r"^(?:(?:19|20)\d{2}[\s,-]*)+$")
PHONE_REGIONS = ("US", "MX", "ES", "GT", "SV", "HN", "NI", "CR", "PA", "CO", "VE", "EC", "PE",
                 "BO", "CL", "AR", "UY", "PY", "DO", "CU", "PR")

# --- dates of birth and ages ------------------------------------------------------------------
_MONTHS = _alt(fold(m) for m in en.MONTHS + es.MONTHS)
DATE = (r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}"
        r"|(?:%(m)s)\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s*(?:de\s+|del\s+)?(?:\d{4}|'?\d{2}))?"
        r"|\d{1,2}(?:st|nd|rd|th|o|º)?\s+(?:de\s+|of\s+)?(?:%(m)s)\.?(?:,?\s*(?:de\s+|del\s+)?"
        r"(?:\d{4}|'?\d{2}))?"
        r"|(?:19|20)\d{2})" % {"m": _MONTHS})
DOB = re.compile(
    r"\b(?:%s)\b[^.!?\n\d]{0,25}?(%s)(?![\d/])" % (_alt(fold(t) for t in en.DOB_TRIGGERS
                                                          + es.DOB_TRIGGERS), DATE))
_NOT_AGE = (r"(?!\s*(?:%|\$|dollars|dolares|bucks|pesos|hours?|hrs?|horas?|minutes?|mins?|"
            r"minutos?|am\b|pm\b|a\.m|p\.m|:|[.,]\d|miles|millas|km|blocks|cuadras|days?|dias?|"
            r"weeks?|semanas?|months?|meses|times|veces|people|personas|o'?clock|percent|"
            r"por ciento|k\b|st\b|nd\b|rd\b|th\b|in\b|on\b|at\b|de la|del|calls?|texts?|"
            r"messages?|mensajes?|of\b|x\b|/|-\d))")
AGE = re.compile(
    r"\b(?:i'?m|i am|im|he'?s|she'?s|he is|she is|just turned|turned|turning|age|aged|"
    r"age:|edad|edad:|edad de|la edad de)\s+(\d{1,3})\b" + _NOT_AGE
    + r"|\b(\d{1,3})\s*(?:-\s*)?(?:years?|yrs?|anos)[\s-]*(?:old|of age|de edad)\b"
    r"|\b(\d{1,3})\s*(?:y/?o|yo|yrs? old)\b"
    r"|\b(?:tengo|tiene|tienes|tenia|tenemos|cumpli|cumple|cumplo|cumplire|de|con)\s+"
    r"(\d{1,3}\s+anos)\b(?!\s+(?:trabajando|aqui|viviendo|en|sin|de trabajar|con|que|casad|"
    r"juntos|trabaj|haciendo|de estar|ahi|alli|alla))")

AGE_THRESHOLD = re.compile(r"\b(?:menos|mas|mayor|mayores|menor|menores|under|over|least|minimo|"
                           r"hasta|below|above)\b(?:\s+de)?\s*$|\b(?:menos|under|over)\s+de?\b")
AGE_UNIT = re.compile(r"\s*(?:-\s*)?(?:years?|yrs?|anos)(?:[\s-]*(?:old|of age|de edad))?\b")

# --- street addresses -------------------------------------------------------------------------
_UNITS = _alt(fold(u) for u in en.SECONDARY_UNITS + es.SECONDARY_UNITS if u != "#")
_MEASURES = (r"(?:hours?|hrs?|dollars?|bucks|years?|days?|weeks?|months?|minutes?|people|times|"
             r"kids|children|miles|pesos|euros|am|pm|percent|horas?|anos|dias|semanas|meses|"
             r"personas|veces|ninos|hijos|millas|of|de|to|a|and|y|or|o|for|per|por|in|en|blocks?|"
             r"cuadras?|minutos?|mins?|km|other|otras|otros|more|mas|with|con|rooms?|cuartos?|"
             r"famil\w*|guys|girls|men|women|mujeres|hombres|workers|trabajadores)\b")
# Units after a number: "camino 20 minutos" is a walk, not "Camino 20".
_NUMBER_UNITS = (r"(?:hours?|hrs?|horas?|minutes?|mins?|minutos?|dollars?|dolares|pesos|euros|bucks|"
          r"years?|anos|days?|dias|weeks?|semanas?|months?|meses|people|personas|veces|times|"
          r"cuadras?|blocks?|km|kilometros|millas|miles|metros|meters)\b")
_WORD = r"(?!(?:the|and|for|to|in|on|at|of|a|an|is|are|was|were|my|with|from|or|but|y|en|de|con|" \
        r"que|more|other|big|small|little|long|short|new|old|good|bad|extra|whole|full|half|" \
        r"only|just|about|around|last|next|few|many|much|free|same|different|separate|" \
        r"mas|otros|otras|grandes|chicos)\b)[a-z0-9'.-]+"
# USPS abbreviations that are ordinary words in a chat ("question 4 is hard").
AMBIGUOUS_STREET_TYPES = frozenset(("is", "un", "cp", "br", "pr", "dl", "dm", "dv", "ml", "hl",
                                    "ft", "vl", "lf", "wl", "wy", "cv", "sta", "ky", "lk", "fls",
                                    "est", "arc", "rst", "orch"))
STREET_EN = re.compile(
    r"\b\d{1,6}[a-z]?(?:-\d{1,4})?\s+(?!%s)(?:(?:n|s|e|w|north|south|east|west|ne|nw|se|sw)\.?\s+)?"
    r"(?:%s\s+){1,4}(?:%s)\b\.?" % (_MEASURES, _WORD, _alt(fold(s) for s in en.STREET_TYPES
                                                             if s not in AMBIGUOUS_STREET_TYPES)))
_ES_TYPES = _alt(fold(s) for s in es.STREET_TYPES if s not in ("grupo", "partida", "conjunto"))
STREET_ES = re.compile(
    r"(?<![\w/])(?:%s|c\.)\.?\s+(?:[^\s\d,.;:!?()]+\s+){0,6}?(?:#\s*|n[o°º]\.?\s*|num\.?\s*|"
    r"numero\s+)?\d{1,5}[a-z]?\b(?!\s*%s)(?:\s*-\s*\d{1,5})?(?:\s+\d{1,5}\b)?" % (_ES_TYPES, _NUMBER_UNITS))
STREET_ES_NAMED = re.compile(r"\b(?:%s)\.?\s+(?:(?:de|del|la|los|las)\s+)?[A-Z][\w'-]+"
                             r"(?:\s+(?:(?:de|del|la|los|las)\s+)?[A-Z][\w'-]+){0,3}"
                             % _alt(s.capitalize() for s in ("calle", "avenida", "av", "avenue",
                                                             "callejon", "calzada", "boulevard",
                                                             "privada", "cerrada", "camino",
                                                             "carretera", "paseo")))
UNIT_TAIL = re.compile(r"(?:\s*,?\s*(?:%s|#)\.?\s*[#:]?\s*[a-z0-9-]{1,6}\b){1,3}" % _UNITS)
PLACE_TAIL = re.compile(
    r"\s*(?:,|\n|\s)\s*(?:[a-z][^\n,.;!?\d]{0,40}?\s*,\s*)?(?:[a-z][a-z.]{0,12}(?:\s[a-z.]{1,6})?"
    r"\s*,?\s+)?\d{5}(?:-\d{4})?\b"
    r"|\s*,\s*[a-z][^\n,.;!?\d]{0,30}?,?\s+(?:%s)\b(?:\s+\d{5}(?:-\d{4})?\b)?"
    % "|".join(c.lower() for c in ("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD "
                                   "MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC "
                                   "SD TN TX UT VT VA WA WV WI WY DC PR AS GU MP VI FM MH PW").split()))
_UP = "A-Z\u00c0-\u00de"
NEIGHBOURHOOD = re.compile(
    r"\b(?:[Cc]ol\.|[Cc]olonia|COL\.|[Ff]racc\.|[Ff]raccionamiento|[Bb]arrio|[Rr]esidencial|"
    r"[Uu]nidad [Hh]abitacional)\s+(?:(?:de|del|la|las|los|el|La|Las|Los|El)\s+)*[%(u)s][\w'-]*"
    r"(?:\s+(?:(?:de|del|la|las|los|el)\s+)*[%(u)s0-9][\w'-]*){0,3}"
    r"|\bcol\.\s*[a-z][\w'-]+(?:\s+(?:norte|sur|centro|oriente|poniente|[ivx]+))?" % {"u": _UP})
POSTCODE = re.compile(r"\b(?:c\.\s?p\.?|cp|codigo postal|zip(?: code)?|zipcode)\s*[:#]?\s*"
                      r"\d{5}(?:-\d{4})?\b")
_APO = r"(?:\s*,?\s*(?:fpo|dpo|apo)\s+a[aep]\s+\d{5}\b)"
MILITARY = re.compile(r"\b(?:unit|psc)\s+\d{3,5},?\s+box\s+\d{3,5}%(a)s?"
                      r"|\b(?:uss|usns|usnv|uscgc|usn)\s+[a-z]+%(a)s?"
                      r"|\b(?:fpo|dpo|apo)\s+a[aep]\s+\d{5}\b" % {"a": _APO})
# "I live at 22 Birch", "la casa esta en 45 ...": a number-led run right after a home context
HOME_CONTEXT = re.compile(
    r"\b(?:live|living|lives|lived|stay|staying|stays|house is|home is|address is|address|"
    r"direccion es|direccion|domicilio|vivo|vivimos|vive|casa esta)\s*(?:at|on|in|en|es|:)?\s*"
    r"(\d{1,6}[a-z]?\s+(?!%s)[a-z][\w'.-]*(?:\s+(?!(?:with|and|for|y|con|por|to|from|de)\b)"
    r"[a-z][\w'.-]*){0,3})" % _MEASURES)


# Company legal forms: "S.A. de C.V.", "S. de R.L.", "S.L.N.E", "S.Coop.", "Inc.", "LLC".
LEGAL_FORM = re.compile(
    r"(?<![\w.])(?:S\.\s?(?:A\.?|L\.?|C\.?|R\.\s?L\.?|Coop\.?|Com\.?|C\.\s?P\.?|A\.\s?T\.?|"
    r"A\.\s?D\.?|L\.\s?N\.\s?E\.?|L\.\s?L\.?|A\.\s?U\.?|L\.\s?U\.?|de\s?R\.\s?L\.?)"
    r"(?:\s?de\s?C\.\s?V\.?)?|SA|SL|SLU|SAS|SAPI(?:\s+de\s+CV)?|SA\s+de\s+CV|S\s?de\s?RL|"
    r"A\.\s?C\.?|Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Corp\.?|PLC|LLP|L\.P\.)(?![\w])", I)


def legal_forms(text: str) -> List[Tuple[int, int]]:
    out = []
    for m in LEGAL_FORM.finditer(text):
        form = m.group()
        if "." in form or form.isupper() or form.lower() in ("inc", "llc", "ltd", "corp", "plc"):
            out.append(m.span())
    return out


def luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _is_public(digits: str) -> bool:
    return digits in PUBLIC_NUMBERS or (digits[:1] == "1" and digits[1:] in PUBLIC_NUMBERS)


def _years_and_counts(candidate: str) -> bool:
    """ "2018 2 2021", "2019 12 2020": years and small numbers, not a phone."""
    groups = candidate.split()
    return (1 < len(groups) <= 3 and not candidate.startswith(("+", "1 ", "0"))
            and any(re.fullmatch(r"(?:19[5-9]\d|20[0-3]\d)", g) for g in groups)
            and any(len(g) <= 2 for g in groups))


def _phone_possible(candidate: str) -> bool:
    try:
        if candidate.lstrip().startswith(("+", "00")):
            text = candidate.strip()
            if text.startswith("00"):
                text = "+" + text[2:]
            return phonenumbers.is_possible_number(phonenumbers.parse(text, None))
        for region in PHONE_REGIONS:
            if phonenumbers.is_possible_number(phonenumbers.parse(candidate, region)):
                return True
    except phonenumbers.NumberParseException:
        return False
    return False


def numbers(text: str, low: str) -> List[Span]:
    """Cards, phones and other long digit runs (7+ digits) that are not public, money or dates."""
    out: List[Span] = []
    for m in DIGIT_RUN.finditer(text):
        start, end = m.span()
        cand = m.group()
        while cand and cand[-1] in " -.(\u00a0":
            cand = cand[:-1]
            end -= 1
        if cand.count("(") != cand.count(")") and cand.endswith(")"):
            cand, end = cand[:-1], end - 1
        main = re.split(r"\s*(?:x|ext)", cand, maxsplit=1, flags=I)[0]
        digits = re.sub(r"\D", "", main)
        if len(digits) < 7 or len(digits) > 19:
            continue
        groups = main.split()
        if len(groups) > 1 and len(groups[0]) <= 2 and not main.startswith("+") and \
                _is_public(re.sub(r"\D", "", "".join(groups[1:]))):
            continue  # "text HELP 2 233733"
        if _is_public(digits) or THOUSANDS.match(main) or DATE_LIKE.match(main) \
                or YEARS.match(main) or MONEY_AFTER.match(text, end) or _years_and_counts(main):
            continue
        if ZIP4.match(main):
            out.append(Span(start, end, "ADDRESS"))
        elif PHONE_SHAPE.match(cand) and len(digits) <= 15:
            out.append(Span(start, end, "PHONE"))  # "+57 ...", "001-...", "(555) ...", "x123"
        elif 12 <= len(digits) <= 19 and (luhn(digits) or CARD_CONTEXT.search(low, max(0, start - 30),
                                                                             start)):
            out.append(Span(start, end, "CARD"))
        elif len(digits) <= 15 and _phone_possible(main):
            out.append(Span(start, end, "PHONE"))
        else:
            out.append(Span(start, end, "ID" if len(digits) != 10 else "PHONE"))
    return out


def contacts(text: str, low: str, common: frozenset, stop: frozenset) -> List[Span]:
    out: List[Span] = []
    for m in EMAIL.finditer(text):
        out.append(Span(*m.span(), "EMAIL"))
    for m in EMAIL_SPOKEN.finditer(low):
        out.append(Span(*m.span(), "EMAIL"))
    for m in URL.finditer(text):
        start, end = m.span()
        while end > start and text[end - 1] in ".,;:!?)]}'\"":
            end -= 1
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", low[start:end]).split("/")[0]
        if host in PUBLIC_DOMAINS or any(host.endswith("." + d) for d in PUBLIC_DOMAINS):
            continue
        out.append(Span(start, end, "URL"))
    for m in HANDLE.finditer(text):
        out.append(Span(*m.span(), "URL"))
    for m in PLATFORM.finditer(text):
        handle = m.group(1)
        key = low[m.start(1):m.end(1)].lstrip("@")
        if handle.startswith("@") or re.search(r"[\d_.$]", handle) or (
                key not in common and key not in stop):
            out.append(Span(m.start(1), m.end(1), "URL"))
    return out


def ids(text: str, low: str) -> List[Span]:
    out = [Span(*m.span(), "ID") for rx in ID_FORMATS for m in rx.finditer(text)]
    for m in ID_CONTEXT.finditer(low):
        value = m.group(1)
        if sum(c.isdigit() for c in value) >= 4:
            out.append(Span(m.start(1), m.end(1), "ID"))
    return out


def dates_and_ages(low: str) -> List[Span]:
    out = [Span(m.start(1), m.end(1), "DOB") for m in DOB.finditer(low)]
    for m in AGE.finditer(low):
        group = next(g for g in range(1, 5) if m.group(g) is not None)
        start, end = m.start(group), m.end(group)
        if AGE_THRESHOLD.search(low, max(0, m.start() - 14), m.start() + 3):
            continue  # "menos de 18 años", "under 18 years old": a rule, not someone's age
        if group in (2, 3):
            end = m.end()
        unit = AGE_UNIT.match(low, end)
        if unit:
            end = unit.end()
        value = int(re.match(r"\d+", low[start:end]).group())
        if 0 < value < 120:
            out.append(Span(start, end, "AGE"))
    return out


def _tail(low: str, end: int) -> int:
    m = UNIT_TAIL.match(low, end)
    if m:
        end = m.end()
    m = PLACE_TAIL.match(low, end)
    if m:
        end = m.end()
    return end


def addresses(text: str, low: str) -> List[Span]:
    out: List[Span] = []
    for rx in (STREET_EN, STREET_ES):
        for m in rx.finditer(low):
            out.append(Span(m.start(), _tail(low, m.end()), "ADDRESS"))
    for m in STREET_ES_NAMED.finditer(text):
        before = text[:m.start()].rstrip()
        word = before.split()[-1] if before.split() else ""
        if word[:1].isupper() and before[-1:] not in ".!?":
            continue  # "Banca Privada Saavedra": part of a capitalised name, not a street
        out.append(Span(m.start(), _tail(low, m.end()), "ADDRESS"))
    for m in NEIGHBOURHOOD.finditer(text):
        out.append(Span(m.start(), _tail(low, m.end()), "ADDRESS"))
    for rx in (POSTCODE, MILITARY):
        for m in rx.finditer(low):
            out.append(Span(m.start(), _tail(low, m.end()), "ADDRESS"))
    for m in HOME_CONTEXT.finditer(low):
        out.append(Span(m.start(1), _tail(low, m.end(1)), "ADDRESS"))
    return out
