"""Token detectors on spaCy's blank tokenizer: person names, employers and businesses, places.

Each token is looked up in its folded form (lower-case, no accents) in the vendored name lists
(bot/privacy/redaction/lexicons/names.py) and in wordfreq's common words; capitalisation is
read from the original text, and counts only when the message has both cases. Phrase-matcher
triggers ("my name is", "me llamo", "my boss", "trabajo en", "vivo en", ...) open a context
in which the next words are taken more freely.
"""
from __future__ import annotations

from typing import Dict, List, Optional, Tuple

from bot.privacy.redaction import vocab
from bot.privacy.redaction.text import Span, strip_marks

SENTENCE_END = frozenset(".!?¿¡\n:;\"“”()[]")
LINKERS = frozenset(("is", "es", "was", "era", "named", "called", "llamado", "llamada", "se",
                     "llama", ",", ":", "-", "that", "the", "el", "la", "mr", "mrs", "ms", "sr",
                     "sra", "don", "dona"))
MAX_NAME_TOKENS = 5


class Tokens:
    """The tokens of one message with the features the detectors read."""

    def __init__(self, text: str, doc, words: Dict[str, frozenset], blocked: List[bool]):
        self.text = text
        self.doc = doc
        self.w = words
        self.n = len(doc)
        self.blocked = blocked
        letters = [c for c in text if c.isalpha()]
        uppers = sum(c.isupper() for c in letters)
        # Capitals carry information only in mixed-case text (not "maria lopez", not "MARIA").
        self.case_informative = 0 < uppers < len(letters) * 0.6
        self.keys = [strip_marks(t.text) for t in doc]

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

def _accept_name(t: Tokens, i: int, mode: str, first: bool) -> bool:
    if t.blocked[i] or not t.is_alpha(i):
        return False
    if t.strong_name(i):
        return True
    if t.ambiguous_name(i):
        return mode in ("strong", "relation") or t.cap(i) or not first
    if t.stop(i):
        return False
    if t.cap(i):
        return mode == "strong" or not t.common(i)
    # lower-case and not a listed name: only right after "my name is" / "me llamo"
    return mode == "strong" and not t.common(i) and len(t.key(i)) > 2


def _take_name(t: Tokens, i: int, mode: str) -> Optional[Tuple[int, int]]:
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
        if label == "PERSON_STRONG" and end < t.n:
            add(_take_name(t, _after(t, end), "strong"))
        elif label == "PERSON_WEAK" and end < t.n:
            add(_take_name(t, end, "weak"))
    w = t.w
    for i in range(t.n):
        key = t.key(i)
        if taken[i]:
            continue
        if (key in w["relations"] or key.rstrip(".") in w["titles"]) and i + 1 < t.n:
            nxt = _after(t, i + 1)
            if nxt < t.n and (t.any_name(nxt) or t.cap_unknown(nxt) or
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
        elif t.cap_unknown(i) and not t.sentence_start(i) and i + 1 < t.n and t.strong_name(i + 1):
            start = i
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
    return t.key(i).replace(".", "") in vocab.LEGAL_WORDS


def _org_word(t: Tokens, i: int, free: bool) -> bool:
    if t.blocked[i]:
        return False
    k = t.key(i)
    if _legal(t, i) or k in vocab.LEGAL_WORDS or k in vocab.BUSINESS_AFTER or k in vocab.BUSINESS_BEFORE:
        return True
    if not t.is_alpha(i) and not (k.isdigit() and len(k) <= 4) and k not in ("&",):
        return False
    if k == "&":
        return True
    if t.stop(i) and not t.any_name(i):
        return False
    if t.cap(i) or t.any_name(i):
        return True
    return free and not t.common(i) and t.is_alpha(i)


def _take_org(t: Tokens, i: int, free: bool) -> Optional[Tuple[int, int]]:
    k = i
    if k < t.n and t.key(k) in vocab.ARTICLES:
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
    if not any(t.key(x) not in vocab.BUSINESS_AFTER and t.key(x) not in vocab.BUSINESS_BEFORE
               and not _legal(t, x) for x in words):
        return None
    return first, last


def orgs(t: Tokens, triggers: List[Tuple[str, int, int]]) -> List[Span]:
    out: List[Span] = []
    for label, start, end in triggers:
        if label == "ORG" and end < t.n:
            found = _take_org(t, end, free=not t.case_informative)
            if found:
                out.append(t.span(*found, "ORG"))
    for i in range(t.n):
        key = t.key(i)
        if t.blocked[i]:
            continue
        if key in vocab.BUSINESS_AFTER or _legal(t, i):
            # extend left over capitalised / name words: "Lucky Star Nails", "Gomez Farms LLC"
            j = i - 1
            while j >= 0 and not t.blocked[j] and (
                    (t.cap(j) or t.any_name(j) or t.key(j) in ("&", "and", "y", "-", ",", "'s"))
                    and not t.sentence_start(j + 1) or (j >= 0 and _legal(t, j))):
                j -= 1
            j += 1
            while j < i and t.key(j) in ("&", "and", "y", "-", ",", "'s"):
                j += 1
            if j < i and (t.cap(i) or t.any_name(j) or t.cap(j)):
                end = i
                while end + 1 < t.n and (_legal(t, end + 1) or t.key(end + 1) == "." or (
                        t.key(end + 1) in ("de", "&") and end + 2 < t.n and _legal(t, end + 2))):
                    end += 1
                out.append(t.span(j, end, "ORG"))
        if key in vocab.BUSINESS_BEFORE and i + 1 < t.n and (t.cap(i) or t.case_informative):
            found = _take_org(t, i + 1, free=False)
            if found and (t.cap(found[0]) or t.any_name(found[0])):
                out.append(t.span(i, found[1], "ORG"))
    return out


# --- places -------------------------------------------------------------------------------------

WEAK_PLACE_TRIGGERS = frozenset(("in", "at", "to", "from", "de", "en", "a", "por el", "por la",
                                 "outside", "downtown", "near"))


def _take_place(t: Tokens, i: int) -> Optional[Tuple[int, int]]:
    k = i
    if k < t.n and t.key(k) in vocab.ARTICLES and k + 1 < t.n and (t.cap(k + 1) or
                                                                  t.key(k + 1) in t.w["place_words"]):
        k += 1
    first, last = None, None
    while k < t.n and (last is None or last - first < 5):
        key = t.key(k)
        ok = not t.blocked[k] and t.is_alpha(k) and (
            t.cap(k) or t.any_name(k) or key in t.w["place_words"] or
            (not t.case_informative and not t.common(k) and not t.stop(k)))
        if ok and key in t.w["stop"] and not t.cap(k) and key not in t.w["place_words"]:
            ok = False
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
                t.orig(k + 1) in vocab.US_STATE_CODES or t.cap(k + 1)):
            k += 1
            continue
        break
    if first is None:
        return None
    # "in the morning", "near the store": a lone ordinary word is not a place
    if first == last and t.common(first) and not t.cap(first) and t.key(first) not in t.w["strong"]:
        return None
    return first, last


def places(t: Tokens, triggers: List[Tuple[str, int, int]]) -> List[Span]:
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
        elif t.cap(end) and not t.sentence_start(end) and t.cap_unknown(end) and \
                not t.any_name(end):
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
