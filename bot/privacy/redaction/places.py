"""Places that locate a person: listed states, provinces, countries and large cities
(lexicons/places.py), and towns and neighbourhoods after "I live in" / "vivo en" / "near" /
"cerca de" (with a following state code: "Lake Laura, MT").
"""
from __future__ import annotations

import re
from typing import List, Optional, Tuple

from bot.privacy.redaction import vocab
from bot.privacy.redaction.lexicons import places as places_lexicon
from bot.privacy.redaction.text import Span
from bot.privacy.redaction.tokens import Tokens


# --- places -------------------------------------------------------------------------------------

WEAK_PLACE_TRIGGERS = frozenset(("in", "at", "to", "from", "de", "en", "a", "por el", "por la",
                                 "outside", "downtown", "desde", "hasta", "por", "d", "x el",
                                 "x la", "around", "until", "till"))


def _place_like(t: Tokens, i: int) -> bool:
    """A word shaped like a town's name: "lake", "nueva", or "richardburgh" (not a word)."""
    k = t.key(i)
    return k in t.w["place_words"] or (
        len(k) > 5 and not t.common(i) and k.isalpha() and k.endswith(places_lexicon.PLACE_SUFFIXES))


def _take_place(t: Tokens, i: int, place_starts=frozenset()) -> Optional[Tuple[int, int]]:
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
        if first is not None and key in vocab.PARTICLES:
            # "San Camila de la Montaña", "Santa Cruz de Tenerife", "San Pedro de los Altos"
            j = k
            while j < t.n and j - k < 3 and t.key(j) in vocab.PARTICLES:
                j += 1
            if j < t.n and t.is_alpha(j) and (t.cap(j) or t.key(j) in t.w["place_words"] or (
                    not t.case_informative and not t.stop(j))):
                last, k = j, j + 1  # the word after the particles is taken
                continue
        if first is not None and key == "," and k + 1 < t.n and (
                t.orig(k + 1).upper() in vocab.US_STATE_CODES or t.cap(k + 1) or
                (k + 1) in place_starts):
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
    place_starts = frozenset(s for label, s, e in triggers if label == "PLACE")
    trigger_ends = {}
    for label, start, end in triggers:
        if label == "LOC":
            phrase = " ".join(t.key(x) for x in range(start, end))
            trigger_ends[end] = max(trigger_ends.get(end, 0),
                                    0 if phrase in WEAK_PLACE_TRIGGERS else 1)
    for label, start, end in triggers:
        if label == "PLACE":
            ambiguous = " ".join(t.key(x) for x in range(start, end)) in t.w["places_common"] \
                or t.case_informative  # in mixed case a place is capitalised ("el paso")
            if not ambiguous or t.cap(start) or start in trigger_ends and not t.case_informative or (
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
            found = _take_place(t, end, place_starts)
        elif t.cap(end) and not t.sentence_start(end) and t.key(end) not in t.w["not_places"] \
                and not t.any_name(end) and (t.cap_unknown(end) or (
                    end + 1 < t.n and t.cap(end + 1))):
            # "at Silver Moon Laundromat", "in Francishaven": capitalised, not a listed name,
            # not a word ("grupos de Seeking Safety")
            found = None if vocab.word_like(t.orig(end).lower()) and not t.cap_unknown(end) \
                else _take_place(t, end, place_starts)
        elif not t.case_informative and _place_like(t, end):
            # lower-case "from south nancy", "desde nueva alemania", "to kimborough"
            found = _take_place(t, end, place_starts)
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
    for i in range(t.n):
        if t.blocked[i] or not t.is_alpha(i) or t.any_name(i):
            continue
        key = t.key(i)
        town = len(key) >= 7 and not t.common(i) and key.endswith(places_lexicon.TOWN_SUFFIXES) and (
            t.cap(i) or not t.case_informative)
        led = key in t.w["place_words"] and key not in ("new", "st", "park", "city", "town") and \
            i + 1 < t.n and t.is_alpha(i + 1) and not t.stop(i + 1) and (
                (t.cap(i) and t.cap(i + 1)) or (not t.case_informative and (
                    t.any_name(i + 1) or not t.common(i + 1))))
        if town or led:
            # no context: "South Alexisview", "Port Johnfort", "San Flavio los bajos", "kimborough"
            found = _take_place(t, i, place_starts)
            if found:
                out.append(t.span(*found, "LOCATION"))
    return out
