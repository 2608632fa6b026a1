"""Token detectors on spaCy's blank tokenizer: person names, employers and businesses, places.

Each token is looked up in its folded form (lower-case, no accents) in the vendored name lists
(bot/privacy/redaction/lexicons/names.py) and in wordfreq's common words; capitalisation is
read from the original text, and counts only when the message has both cases. Phrase-matcher
triggers ("my name is", "me llamo", "my boss", "trabajo en", "vivo en", ...) open a context
in which the next words are taken more freely.
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional, Tuple

from bot.privacy.redaction import vocab
from bot.privacy.redaction.lexicons import places as places_lexicon
from bot.privacy.redaction.patterns import PLACEHOLDER, legal_forms
from bot.privacy.redaction.text import Span, strip_marks

SENTENCE_END = frozenset(".!?¿¡\n:;\"“”()[]")
LINKERS = frozenset(("is", "es", "was", "era", "named", "called", "llamado", "llamada", "se",
                     "llama", ",", ":", "-", "that", "the", "el", "la", "mr", "mrs", "ms", "sr",
                     "sra", "don", "dona"))
MAX_NAME_TOKENS = 7
# Words that end a business name written in lower case ("lucky dairy for 12 a day").
FUNCTION_WORDS = frozenset((
    "every", "each", "all", "some", "any", "since", "until", "when", "where", "who", "which",
    "because", "about", "after", "before", "there", "here", "now", "then", "right", "just",
    "still", "never", "always", "only", "every", "are", "were", "be", "been", "am", "do", "does",
    "did", "have", "has", "had", "will", "would", "can", "could", "should", "may", "might",
    "must", "they", "them", "their", "his", "her", "him", "our", "us", "its", "mine", "yours",
    "desde", "hasta", "cuando", "donde", "quien", "porque", "aqui", "ahi", "alli", "ahora",
    "todavia", "siempre", "nunca", "solo", "todo", "todos", "todas", "cada", "nos", "me", "te",
    "ellos", "ellas", "nosotros", "ustedes", "esta", "estan", "esto", "eso", "ese", "esa",
    "hay", "fue", "era", "son", "soy", "eres", "somos", "tengo", "tiene", "tienen", "pero",
    "sino", "tambien", "mas", "menos", "x", "q", "pa", "4", "2", "n", "d", "w", "u", "r",
    "per", "during", "durante", "dia", "day", "days", "dias", "week", "semana", "hour", "hora",
    "horas", "hours", "night", "noche", "morning", "manana", "tarde", "afternoon",
))
# "my boss said ...": verbs that are also listed names, never a name right after "my boss".
VERBS_AFTER_RELATION = frozenset(("said", "says", "told", "took", "wants", "keeps", "makes",
                                  "gave", "got", "tells", "yells", "sale", "dice", "dijo",
                                  "manda", "paga", "quiere", "tiene", "grita", "pega", "vino"))
# After "my name is" / "me llamo" any word is taken as the name except these.
NOT_A_NAME = frozenset((
    "not", "no", "a", "an", "the", "so", "very", "too", "also", "on", "in", "at", "is", "was",
    "and", "but", "or", "if", "nothing", "none", "it", "that", "this", "what", "why", "how",
    "private", "secret", "confidential", "important", "unknown", "irrelevant", "to", "for",
    "of", "from", "with", "i", "you", "he", "she", "we", "they", "me", "my", "your", "es", "el",
    "la", "lo", "los", "las", "un", "una", "y", "o", "pero", "que", "de", "en", "con", "por",
    "para", "muy", "tan", "ya", "nada", "secreto", "privado", "importante", "yo", "tu", "mi",
    "su", "se", "le", "les", "como", "porque", "cuando", "si", "sin", "al", "del",
))


class Tokens:
    """The tokens of one message with the features the detectors read."""

    def __init__(self, text: str, doc, words: Dict[str, frozenset], blocked: List[bool]):
        self.text = text
        self.doc = doc
        self.w = words
        self.n = len(doc)
        self.blocked = blocked
        letters = [c for c in PLACEHOLDER.sub(" ", text) if c.isalpha()]
        uppers = sum(c.isupper() for c in letters)
        # Capitals carry information only in mixed-case text (not "maria lopez", not "MARIA").
        self.case_informative = 0 < uppers < len(letters) * 0.6
        self.keys = [strip_marks(t.text) for t in doc]
        self.legal = [False] * self.n
        for a, b in legal_forms(text):
            for i, tok in enumerate(doc):
                if a <= tok.idx < b:
                    self.legal[i] = True

    def key(self, i: int) -> str:
        return self.keys[i]

    def orig(self, i: int) -> str:
        t = self.doc[i]
        return self.text[t.idx:t.idx + len(t)]

    def is_alpha(self, i: int) -> bool:
        k = self.keys[i]
        return len(k) > 1 and k.replace("'", "").replace("-", "").isalpha()

    def cap(self, i: int) -> bool:
        o = self.orig(i)
        return self.case_informative and o[:1].isupper() and not (len(o) > 1 and o.isupper())

    def acronym(self, i: int) -> bool:
        """ "LK", "XURS": an all-capitals word in mixed-case text (company initials)."""
        o = self.orig(i)
        return self.case_informative and 2 <= len(o) <= 6 and o.isalpha() and o.isupper()

    def sentence_start(self, i: int) -> bool:
        return i == 0 or self.keys[i - 1] in SENTENCE_END or self.keys[i - 1] in ("...", "-")

    def stop(self, i: int) -> bool:
        return self.keys[i] in self.w["stop"]

    def common(self, i: int) -> bool:
        return self.keys[i] in self.w["common"]

    def strong_name(self, i: int) -> bool:
        return self.keys[i] in self.w["strong"] and self.is_alpha(i)

    def ambiguous_name(self, i: int) -> bool:
        return self.keys[i] in self.w["ambiguous"]

    def any_name(self, i: int) -> bool:
        return self.strong_name(i) or self.ambiguous_name(i)

    def cap_unknown(self, i: int) -> bool:
        """A capitalised word that is not an ordinary word (an unlisted name or place)."""
        return (self.cap(i) and self.is_alpha(i) and not self.stop(i) and not self.common(i))

    def span(self, i: int, j: int, label: str) -> Span:
        """Tokens i..j inclusive."""
        return Span(self.doc[i].idx, self.doc[j].idx + len(self.doc[j]), label)


# --- names ------------------------------------------------------------------------------------

def _looks_like_name(t: Tokens, i: int) -> bool:
    """A lower-case word that could be an unlisted name: not an ordinary word, no "sooo"."""
    k = t.key(i)
    return (len(k) > 2 and k.isalpha() and not t.common(i) and not t.stop(i)
            and any(c in "aeiouy" for c in k) and not any(k[j] == k[j + 1] == k[j + 2]
                                                          for j in range(len(k) - 2)))


def _accept_name(t: Tokens, i: int, mode: str, first: bool) -> bool:
    """Can token i be (part of) a name in this context?

    modes: "naming" (after "my name is"), "strong" ("call me", "ask for"), "relation" ("my
    boss", "Mr.", a name before "said"), "address" ("text X", "hola X"), "copula" ("I'm X",
    "soy X"), "weak" ("with X", "y X"), "free" (no context at all).
    """
    if t.blocked[i] or not t.is_alpha(i):
        return False
    k = t.key(i)
    if k in t.w["not_names"] and not (t.cap(i) and t.any_name(i)):
        return False
    if (k in t.w["relations"] or k in t.w["titles"]) and not t.strong_name(i):
        return False  # "The Boss said", "Gracias, Señor"
    if t.strong_name(i):
        return True
    contextual = mode in ("naming", "strong", "relation", "address", "copula")
    if t.ambiguous_name(i):
        if mode in ("naming", "strong") or t.cap(i) or not first:
            return True
        if mode in ("relation", "address") and not t.stop(i) and k not in VERBS_AFTER_RELATION:
            return True
        # "soy mercedes pascual casarez", "aqui modesto rios": a word-name and a surname
        return i + 1 < t.n and (t.strong_name(i + 1) or (
            t.ambiguous_name(i + 1) and i + 2 < t.n and t.strong_name(i + 2)) or (
            k in t.w["first"] and t.key(i + 1) in t.w["last"] and not t.stop(i + 1)) or (
            mode == "copula" and _looks_like_name(t, i + 1)))
    if mode == "naming" and first:
        return k not in NOT_A_NAME
    if k in NOT_A_NAME or k in FUNCTION_WORDS:
        return False
    if t.cap(i):
        # a capitalised word in a context is a name even if it is also a word ("Brinda")
        return contextual or not t.common(i)
    if t.stop(i):
        # "im will bethany maldonado": a stop word that is a name, before a listed name
        return mode == "copula" and first and t.any_name(i) and i + 1 < t.n and t.strong_name(i + 1)
    # lower-case and not a listed name: only in a context
    return contextual and _looks_like_name(t, i)


def _take_name(t: Tokens, i: int, mode: str) -> Optional[Tuple[int, int]]:
    found = _take_name_run(t, i, mode)
    if found and mode == "copula" and found[0] == found[1] and not t.cap(found[0]) \
            and not t.strong_name(found[0]):
        return None  # "soy mesera", "soy rosa": one unlisted or ambiguous lower-case word
    return found


def _take_name_run(t: Tokens, i: int, mode: str) -> Optional[Tuple[int, int]]:
    first, last, k = None, None, i
    while k < t.n and (last is None or last - first + 1 < MAX_NAME_TOKENS):
        if _accept_name(t, k, mode, first is None):
            first = k if first is None else first
            last = k
            k += 1
            continue
        # "Maria de la Cruz", "Gibson-Morris": a particle joins two name words
        if first is not None and t.key(k) in vocab.PARTICLES:
            j = k
            while j < t.n and t.key(j) in vocab.PARTICLES and j - k < 3:
                j += 1
            if j < t.n and _accept_name(t, j, "relation", False) and (t.cap(j) or t.any_name(j)):
                k = j
                continue
        break
    return (first, last) if first is not None else None


def _after(t: Tokens, end: int) -> int:
    """Skip a linker ("my boss is Carlos", "mi jefe, Carlos", "se llama") after a trigger."""
    k = end
    while k < t.n and k - end < 2 and t.key(k) in LINKERS:
        k += 1
    return k


def persons(t: Tokens, triggers: List[Tuple[str, int, int]]) -> List[Span]:
    out: List[Span] = []
    taken = [False] * t.n

    def add(found, label="PERSON"):
        if found:
            a, b = found
            out.append(t.span(a, b, label))
            for x in range(a, b + 1):
                taken[x] = True

    for label, start, end in triggers:
        if label == "PERSON_NAMING" and end < t.n:
            add(_take_name(t, _after(t, end), "naming"))
        elif label == "PERSON_STRONG" and end < t.n:
            add(_take_name(t, _after(t, end), "strong"))
        elif label == "PERSON_WEAK" and end < t.n:
            add(_take_name(t, end, "weak"))
        elif label == "PERSON_COPULA" and end < t.n:
            add(_take_name(t, end, "copula"))
        elif label == "PERSON_ADDRESS" and end < t.n:
            add(_take_name(t, _after(t, end), "address"))
        elif label == "PERSON_AFTER" and start > 0:
            # walk left: "Meera said", "raducu konda here"
            j = start - 1
            while j >= 0 and start - j <= 4 and _accept_name(t, j, "relation", True):
                j -= 1
            if j + 1 < start:
                add((j + 1, start - 1))
    w = t.w
    for i in range(t.n):
        key = t.key(i)
        if taken[i]:
            continue
        if (key in w["relations"] or key.rstrip(".") in w["titles"]) and i + 1 < t.n:
            nxt = _after(t, i + 1)
            if nxt < t.n and (t.any_name(nxt) or t.cap_unknown(nxt) or _looks_like_name(t, nxt) or
                              (t.cap(nxt) and key.rstrip(".") in w["titles"])):
                add(_take_name(t, nxt, "relation"))
    # Names without a context: a listed name (not an ordinary word) starts a span.
    for i in range(t.n):
        if taken[i] or t.blocked[i]:
            continue
        start = None
        if t.strong_name(i):
            start = i
        elif t.ambiguous_name(i) and t.cap(i) and i + 1 < t.n and (
                t.strong_name(i + 1) or (t.ambiguous_name(i + 1) and t.cap(i + 1))):
            start = i
        elif t.cap_unknown(i) and i + 1 < t.n and (
                (t.strong_name(i + 1) and not t.sentence_start(i)) or t.cap_unknown(i + 1)):
            start = i  # "Xochitl Garcia", "Nitara Mahe es mi patrona"
        if start is not None:
            found = _take_name(t, start, "relation" if t.cap(start) else "weak")
            if found and not all(t.ambiguous_name(x) for x in range(found[0], found[1] + 1)
                                 if t.is_alpha(x)):
                add(found)
            elif found and t.cap(found[0]) and found[1] > found[0]:
                add(found)
    return out


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
    if t.cap(i) and k not in vocab.ARTICLES:
        return True
    if t.stop(i) and not t.any_name(i):
        return False
    if t.strong_name(i):
        return True
    return free and not t.common(i) and t.is_alpha(i) and not t.ambiguous_name(i)


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
        if first is not None and t.key(k) in ("and", "y", "&", "de", "del", "-", "'s", ",") and \
                k + 1 < t.n and t.is_alpha(k + 1) and not t.stop(k + 1):
            k += 1
            continue
        break
    if first is None:
        return None
    words = range(first, last + 1)
    business = [x for x in words if _business(t, x) or _legal(t, x)]
    if not business:
        # "trabajaba en mariscos arce": no article, two words or more, one of them a name
        if not article and last > first and any(
                t.strong_name(x) or (not t.common(x) and t.is_alpha(x)) for x in words):
            while last + 1 < t.n and _legal(t, last + 1):
                last += 1
            return first, last
        return None
    named = any((t.any_name(x) or not t.common(x)) and not _business(t, x) and not _legal(t, x)
                for x in words if t.is_alpha(x))
    while last + 1 < t.n and (_legal(t, last + 1) or (t.key(last + 1) == "." and _legal(t, last))):
        last += 1
    if named or (not article and _business(t, last) and last > first):
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
        if first is not None and key in ("and", "y", "&", "de", "del", "la", "los", "las", "el",
                                         "-", ",", "'s", "e", ".", "of") and k + 1 < t.n \
                and _org_word(t, k + 1, free) and not t.key(k + 1).isdigit():
            k += 1
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
    out: List[Span] = []
    places = {(s, e - 1) for label, s, e in triggers if label == "PLACE"}
    for label, start, end in triggers:
        if label == "ORG" and end < t.n:
            found = _take_org(t, _after(t, end), free=not t.case_informative)
            if found and _just_a_person(t, *found):
                continue  # "I work for Maria Lopez": a person, not a company
            if found and found not in places:
                out.append(t.span(*found, "ORG"))
    for label, start, end in triggers:
        # lower-case "ask for brian at blue sky motel": a business noun ends the run
        if label == "LOC" and end < t.n and not t.case_informative and \
                t.key(end - 1) in ("at", "en") and end - start == 1:
            found = _take_org_loose(t, end)
            if found and (_business(t, found[1]) or _legal(t, found[1])):
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
    for i in range(t.n):
        key = t.key(i)
        if t.blocked[i]:
            continue
        if key in vocab.BUSINESS_AFTER or _legal(t, i):
            # extend left over capitalised / name words: "Lucky Star Nails", "Gomez Farms LLC"
            j = i - 1
            while j >= 0 and not t.blocked[j] and (
                    (t.cap(j) or t.acronym(j) or t.any_name(j) or
                     t.key(j) in ("&", "and", "y", "-", ",", "'s", "de", "del"))
                    and not t.sentence_start(j + 1) or (j >= 0 and _legal(t, j))):
                j -= 1
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


# --- places -------------------------------------------------------------------------------------

WEAK_PLACE_TRIGGERS = frozenset(("in", "at", "to", "from", "de", "en", "a", "por el", "por la",
                                 "outside", "downtown", "desde", "hasta", "por", "d", "x el",
                                 "x la", "around", "until", "till"))


def _place_like(t: Tokens, i: int) -> bool:
    """A word shaped like a town's name: "lake", "nueva", or "richardburgh" (not a word)."""
    k = t.key(i)
    return k in t.w["place_words"] or (
        len(k) > 5 and not t.common(i) and k.isalpha() and k.endswith(places_lexicon.PLACE_SUFFIXES))


def _take_place(t: Tokens, i: int) -> Optional[Tuple[int, int]]:
    k = i
    if k < t.n and t.key(k) in vocab.ARTICLES and k + 1 < t.n and (t.cap(k + 1) or
                                                                  t.key(k + 1) in t.w["place_words"]):
        k += 0 if t.cap(k) else 1  # "La Coruna" keeps its article; "the Bronx" does not
    first, last = None, None
    led = False  # the name began with "lake", "nueva", "san", ...: take the words after it
    while k < t.n and (last is None or last - first < 12):
        key = t.key(k)
        ok = not t.blocked[k] and t.is_alpha(k) and (
            t.cap(k) or t.any_name(k) or _place_like(t, k) or
            (not t.case_informative and not t.common(k) and not t.stop(k)) or
            (led and not t.stop(k) and last is not None and k == last + 1 and k - first < 4))
        if ok and key in t.w["stop"] and not t.cap(k) and key not in t.w["place_words"]:
            ok = False
        if ok and first is None and key in t.w["place_words"]:
            led = True
        if ok:
            first = k if first is None else first
            last = k
            k += 1
            continue
        if first is not None and key in vocab.PARTICLES and k + 1 < t.n and (
                t.cap(k + 1) or key in ("de", "del", "los", "las", "la")
                and t.key(k + 1) in t.w["place_words"] | t.w["strong"]):
            k += 1
            continue
        if first is not None and key == "," and k + 1 < t.n and (
                t.orig(k + 1).upper() in vocab.US_STATE_CODES or t.cap(k + 1)):
            if t.orig(k + 1).upper() in vocab.US_STATE_CODES and len(t.key(k + 1)) == 2:
                last = k + 1
                k += 2
                break
            k += 1
            continue
        break
    if first is None:
        return None
    # "in the morning", "near the store": a lone ordinary word is not a place
    if first == last and t.common(first) and not t.cap(first) and t.key(first) not in t.w["strong"]:
        return None
    return first, last


STATE_AFTER = re.compile(r"\s*,\s*([A-Za-z]{2})\b")


def _with_state(t: Tokens, span: Span) -> Span:
    """ "Lake Laura, MT": take a following state code into the place."""
    m = STATE_AFTER.match(t.text, span.end)
    if m and m.group(1).upper() in vocab.US_STATE_CODES and (
            m.group(1).isupper() or not t.case_informative):
        return Span(span.start, m.end(), span.label)
    return span


def places(t: Tokens, triggers: List[Tuple[str, int, int]]) -> List[Span]:
    return [_with_state(t, s) for s in _places(t, triggers)]


def _places(t: Tokens, triggers: List[Tuple[str, int, int]]) -> List[Span]:
    out: List[Span] = []
    trigger_ends = {}
    for label, start, end in triggers:
        if label == "LOC":
            phrase = " ".join(t.key(x) for x in range(start, end))
            trigger_ends[end] = max(trigger_ends.get(end, 0),
                                    0 if phrase in WEAK_PLACE_TRIGGERS else 1)
    for label, start, end in triggers:
        if label == "PLACE":
            ambiguous = " ".join(t.key(x) for x in range(start, end)) in t.w["places_common"]
            if not ambiguous or t.cap(start) or start in trigger_ends or (
                    start > 0 and t.key(start - 1) == ","):
                last = end - 1
                while last + 2 < t.n and t.key(last + 1) == "," and \
                        t.orig(last + 2) in vocab.US_STATE_CODES:
                    last += 2
                out.append(t.span(start, last, "LOCATION"))
    for end, strong in trigger_ends.items():
        if end >= t.n:
            continue
        if strong:
            found = _take_place(t, end)
        elif t.cap(end) and not t.sentence_start(end) and t.key(end) not in t.w["not_places"] \
                and not t.strong_name(end) and (t.cap_unknown(end) or (
                    end + 1 < t.n and t.cap(end + 1))):
            # "at Silver Moon Laundromat", "in Francishaven": capitalised, not a listed name
            found = _take_place(t, end)
        elif not t.case_informative and _place_like(t, end):
            # lower-case "from south nancy", "desde nueva alemania", "to kimborough"
            found = _take_place(t, end)
        else:
            found = None
        if found:
            out.append(t.span(*found, "LOCATION"))
    for i in range(t.n - 1):
        # "Lake Laura, MT", "Springfield, IL"
        if t.key(i) == "," and t.orig(i + 1) in vocab.US_STATE_CODES and i > 0 and t.cap(i - 1):
            j = i - 1
            while j > 0 and t.cap(j - 1) and not t.sentence_start(j):
                j -= 1
            out.append(t.span(j, i + 1, "LOCATION"))
    return out


def detect(text: str, folded: str, language: str, blocked_chars: List[Tuple[int, int]]) -> List[Span]:
    lang = vocab.language(language)
    doc = lang.nlp.make_doc(folded)
    blocked = [False] * len(doc)
    if blocked_chars:
        for i, tok in enumerate(doc):
            a, b = tok.idx, tok.idx + len(tok)
            for s, e in blocked_chars:
                if a < e and s < b:
                    blocked[i] = True
                    break
    t = Tokens(text, doc, vocab.words(), blocked)
    triggers = [(lang.nlp.vocab.strings[m], s, e) for m, s, e in lang.matcher(doc)]
    return persons(t, triggers) + orgs(t, triggers) + places(t, triggers)
