"""Employers and businesses: after "I work at" / "trabajo en", before a legal form ("S.A. de
C.V.", "LLC"), around a business noun ("Lucky Nails", "Rancho Los Pinos"), and firm-style
surname lists ("Moore, Nelson and Young", "Gibson-Morris").
"""
from __future__ import annotations

from typing import List, Optional, Tuple

from bot.privacy.redaction import vocab
from bot.privacy.redaction.text import Span
from bot.privacy.redaction.tokens import FUNCTION_WORDS, NOT_A_NAME, Tokens, after_linker


# --- employers and businesses -------------------------------------------------------------------

def _legal(t: Tokens, i: int) -> bool:
    return t.legal[i] or t.key(i).replace(".", "") in vocab.LEGAL_WORDS


def _business(t: Tokens, i: int) -> bool:
    k = t.key(i)
    for form in (k, k[:-1] if k.endswith("s") else k, k[:-2] if k.endswith("es") else k):
        if form in vocab.BUSINESS_AFTER or form in vocab.BUSINESS_BEFORE:
            return True
    return False


def _org_word(t: Tokens, i: int, free: bool) -> bool:
    if t.blocked[i]:
        return False
    k = t.key(i)
    if _legal(t, i) or _business(t, i):
        return True
    o = t.orig(i)
    if t.case_informative and o.isupper() and o.isalpha() and 2 <= len(o) <= 6:
        return True  # "Industrias XURS", "LK Foods"
    if not t.is_alpha(i) and not (k.isdigit() and len(k) <= 4) and k not in ("&",):
        return False
    if k == "&":
        return True
    if t.cap(i) and (k not in vocab.ARTICLES or (i + 1 < t.n and t.cap(i + 1))):
        return True  # "Rancho Las Flores", "Pollería El Rey"
    if t.stop(i) and not t.any_name(i):
        return False
    if t.strong_name(i):
        return True
    return free and not t.common(i) and t.is_alpha(i) and not t.ambiguous_name(i)


LOOSE_CONNECTORS = frozenset(("and", "y", "&", "de", "del", "-", "'s", ",", "el", "la", "los",
                              "las"))
ORG_CONNECTORS = frozenset(("and", "y", "&", "de", "del", "la", "los", "las", "el", "-", ",",
                            "'s", "e", ".", "of"))


def _take_org_loose(t: Tokens, i: int) -> Optional[Tuple[int, int]]:
    """Lower-case text after "I work at": "taller san jose", "lucky dairy", "moore car wash"."""
    k = i
    article = k < t.n and t.key(k) in vocab.ARTICLES
    if article:
        k += 1
    first = last = None
    while k < t.n and (first is None or k - first < 6):
        if t.blocked[k]:
            break
        if t.is_alpha(k) and t.key(k) not in NOT_A_NAME and t.key(k) not in FUNCTION_WORDS:
            first = k if first is None else first
            last = k
            k += 1
            continue
        if first is not None and t.key(k) in LOOSE_CONNECTORS:
            # "loncheria el sol", "alimentacion del mediterraneo": connectors before a word
            j = k
            while j < t.n and j - k < 2 and t.key(j) in LOOSE_CONNECTORS:
                j += 1
            if j < t.n and t.is_alpha(j) and not t.stop(j) and t.key(j) not in FUNCTION_WORDS:
                k = j
                continue
        break
    if first is None:
        return None
    while last + 1 < t.n and (_legal(t, last + 1) or (t.key(last + 1) == "." and _legal(t, last))):
        last += 1  # "minería bu s.l.l."
    words = range(first, last + 1)
    business = [x for x in words if _business(t, x) or _legal(t, x)]
    if not business:
        # "trabajaba en mariscos arce": no article, two words or more, one of them a name
        if not article and last > first and any(
                t.strong_name(x) or (not t.common(x) and t.is_alpha(x)) for x in words):
            return first, last
        return None
    named = any((t.any_name(x) or not t.common(x)) and not _business(t, x) and not _legal(t, x)
                for x in words if t.is_alpha(x))
    ends_in_business = business[-1] >= last - (1 if t.key(last) == "." else 0)
    if named or (not article and ends_in_business and business[-1] > first):
        # trim a trailing ordinary word after the business noun ("lucky dairy downtown")
        while last > business[-1] and t.common(last) and not t.any_name(last):
            last -= 1
        return first, last
    return None


def _take_org(t: Tokens, i: int, free: bool) -> Optional[Tuple[int, int]]:
    if free:
        found = _take_org_loose(t, i)
        if found:
            return found
    k = i
    if k < t.n and t.key(k) in vocab.ARTICLES and not t.cap(k):
        k += 1
    first, last = None, None
    while k < t.n and (last is None or last - first < 7):
        key = t.key(k)
        if _org_word(t, k, free) and not (first is None and key.isdigit()):
            first = k if first is None else first
            last = k
            k += 1
            continue
        if first is not None and key in ORG_CONNECTORS:
            # "Grupo Muro, de la Fuente y Mesa": up to three connectors before the next word
            j = k
            while j < t.n and j - k < 3 and t.key(j) in ORG_CONNECTORS:
                j += 1
            if j < t.n and _org_word(t, j, free) and not t.key(j).isdigit():
                k = j
                continue
        if first is not None and key in (".",) and k > 0 and _legal(t, k - 1):
            last = k
            k += 1
            continue
        break
    if first is None:
        return None
    while last + 1 < t.n and (_legal(t, last + 1) or (
            t.key(last + 1) in ("de", "&", ",") and last + 2 < t.n and _legal(t, last + 2))):
        last += 1
    words = [x for x in range(first, last + 1) if t.is_alpha(x)]
    # A run of business nouns alone ("la fabrica", "a farm") names nothing.
    if not any(not _business(t, x) and not _legal(t, x) for x in words):
        return None
    return first, last


def _just_a_person(t: Tokens, first: int, last: int) -> bool:
    words = [x for x in range(first, last + 1) if t.is_alpha(x)]
    return bool(words) and t.key(first) in t.w["first"] and \
        last - first < 4 and all(t.any_name(x) or t.key(x) in vocab.PARTICLES for x in words) and \
        not any(_legal(t, x) or _business(t, x) for x in range(first, last + 1))


BUSINESS_BEFORE_FORMS = vocab.BUSINESS_BEFORE | {k + "s" for k in vocab.BUSINESS_BEFORE}
DETERMINERS = frozenset(("un", "una", "el", "la", "los", "las", "mi", "mis", "su", "sus", "ese",
                         "esa", "este", "esta", "otro", "otra", "the", "a", "an", "my", "his",
                         "her", "their", "this", "that", "our", "nuestro", "nuestra", "cada"))
NAME_LEADS = frozenset(("el", "la", "los", "las", "don", "dona", "san", "santa", "the"))


def orgs(t: Tokens, triggers: List[Tuple[str, int, int]]) -> List[Span]:
    """Employer and business spans; a possessive that is part of the name stays inside it
    ("McDonald's", "Denny's")."""
    spans = _orgs(t, triggers)
    return [Span(sp.start, sp.end + 2, sp.label) if t.text[sp.end:sp.end + 2] in ("'s", "\u2019s")
            and not t.text[sp.end + 2:sp.end + 3].isalnum() else sp for sp in spans]


def _orgs(t: Tokens, triggers: List[Tuple[str, int, int]]) -> List[Span]:
    out: List[Span] = []
    places = {(s, e - 1) for label, s, e in triggers if label == "PLACE"}
    # "vivo en", "estoy en", "near": what follows is a place, not an employer
    place_contexts = {e for label, s, e in triggers if label == "LOC" and e - s > 1}
    for label, start, end in triggers:
        if label == "ORG" and end < t.n:
            found = _take_org(t, after_linker(t, end), free=not t.case_informative)
            if found and _just_a_person(t, *found):
                continue  # "I work for Maria Lopez": a person, not a company
            if found and found not in places:
                out.append(t.span(*found, "ORG"))
    for label, start, end in triggers:
        # lower-case "ask for brian at blue sky motel": a business noun ends the run
        if label == "LOC" and end < t.n and t.case_informative and \
                t.key(end - 1) in ("at", "en") and end - start == 1 and t.cap(end) and \
                not t.sentence_start(end) and end not in place_contexts and \
                t.key(end) not in t.w["place_words"]:
            # "at Silver Moon Laundromat", "en Mariscos El Güero": two capitalised words or more
            found = _take_org(t, end, free=False)
            if found and found[1] > found[0] and found not in places and \
                    all(t.cap(x) or t.acronym(x) or not t.is_alpha(x) or t.key(x) in ORG_CONNECTORS
                        for x in range(found[0], found[1] + 1)) and \
                    not _just_a_person(t, *found):
                out.append(t.span(*found, "ORG"))
        if label == "LOC" and end < t.n and not t.case_informative and \
                t.key(end - 1) in ("at", "en") and end - start == 1:
            found = _take_org_loose(t, end)
            if found and (_business(t, found[1]) or _legal(t, found[1]) or (
                    found[1] > found[0] and not t.any_name(found[0]) or t.strong_name(found[0])
                    and found[1] > found[0] and t.key(found[0]) not in t.w["first"])):
                # "at lucky bistro", "en loncheria pineda", "at alvarez tacos"
                out.append(t.span(*found, "ORG"))
    for i in range(t.n - 2):
        # "Gibson-Morris", "price-garner": two surnames joined by a hyphen, no first name before
        if t.key(i + 1) == "-" and t.any_name(i) and t.any_name(i + 2) and not t.blocked[i] \
                and (i == 0 or t.key(i - 1) not in t.w["first"]) and \
                t.doc[i + 1].idx == t.doc[i].idx + len(t.doc[i]):
            end = i + 2
            while end + 1 < t.n and (_legal(t, end + 1) or t.key(end + 1) in ("y", "and", "&") and
                                     end + 2 < t.n and (_legal(t, end + 2) or _business(t, end + 2))):
                end += 1
            out.append(t.span(i, end, "ORG"))
    for i in range(2, t.n):
        # "Brewer and Sons", "Garza e Hijos", "Ruiz Hermanos"
        if t.key(i) in ("sons", "hijos", "hermanos", "brothers") and t.key(i - 1) in (
                "and", "&", "e", "y") and (t.any_name(i - 2) or t.cap(i - 2)):
            out.append(t.span(i - 2, i, "ORG"))
    for i in range(t.n):
        key = t.key(i)
        if t.blocked[i]:
            continue
        if key in vocab.BUSINESS_AFTER or _legal(t, i):
            # extend left over capitalised / name words: "Lucky Star Nails", "Gomez Farms LLC"
            j = i - 1
            legal_anchor = _legal(t, i)
            while j >= 0 and not t.blocked[j] and (
                    (t.cap(j) or t.acronym(j) or (t.any_name(j) and not t.case_informative) or
                     (legal_anchor and not t.case_informative and t.is_alpha(j) and not t.stop(j)
                      and i - j <= 3) or
                     t.key(j) in ("&", "and", "y", "-", ",", "'s", "de", "del"))
                    and not t.sentence_start(j + 1) or (j >= 0 and _legal(t, j))):
                j -= 1
            j += 1
            # not "The company", "This store", "His sons": no determiner, and a sentence-initial
            # ordinary word only when the rest of the name is capitalised too ("Royal Farms")
            capitalised_rest = any(t.cap(x) or t.acronym(x) for x in range(j + 1, i + 1))
            while j < i and (t.stop(j) and (t.sentence_start(j) or not t.cap(j)) and
                             not t.strong_name(j) or
                             (t.sentence_start(j) and t.common(j) and not t.any_name(j) and
                              not capitalised_rest)):
                j += 1
            while j < i and t.key(j) in ("&", "and", "y", "-", ",", "'s"):
                j += 1
            while j < i and t.key(j) in ("de", "del"):
                j += 1
            if j < i and (t.cap(i) or t.any_name(j) or t.cap(j) or t.acronym(j)):
                end = i
                while end + 1 < t.n and (_legal(t, end + 1) or t.key(end + 1) == "." or (
                        t.key(end + 1) in ("de", "&") and end + 2 < t.n and _legal(t, end + 2))):
                    end += 1
                out.append(t.span(j, end, "ORG"))
        if t.any_name(i) and i + 3 < t.n and t.key(i + 1) == "," and (i == 0 or t.key(i - 1) != ","):
            # "Moore, Nelson and Young": surnames in a list joined by "and" name a firm
            j = i
            while j + 2 < t.n and t.key(j + 1) == "," and t.any_name(j + 2):
                j += 2
            if j > i and j + 2 < t.n and t.key(j + 1) in ("and", "y", "&") and t.any_name(j + 2):
                out.append(t.span(i, j + 2, "ORG"))
        if _business(t, i) and t.key(i) in vocab.BUSINESS_BEFORE | {k + "s" for k in vocab.BUSINESS_BEFORE} \
                and i + 1 < t.n and (t.cap(i) or t.case_informative):
            found = _take_org(t, i + 1, free=False)
            if found and (t.cap(found[0]) or t.any_name(found[0]) or t.acronym(found[0])):
                out.append(t.span(i, found[1], "ORG"))
        elif _business(t, i) and not t.case_informative and i + 1 < t.n and \
                t.key(i) in BUSINESS_BEFORE_FORMS and (i == 0 or t.key(i - 1) not in DETERMINERS):
            # lower-case "rancho don chuy", "taller el sol", "panaderia ibarra"
            k = i + 1
            lead = t.key(k) in NAME_LEADS
            if lead:
                k += 1
            j = k
            while j < t.n and j - k < 3 and t.is_alpha(j) and not t.stop(j) and not t.blocked[j]:
                j += 1
            if j > k and (lead or any(t.any_name(x) or not t.common(x) for x in range(k, j))):
                out.append(t.span(i, j - 1, "ORG"))
    return out
