"""Person names: listed names (lexicons/names.py), and unlisted ones in a name context.

Contexts come from the phrase matcher: "my name is" / "me llamo" (naming), "call me" / "pregunta
por" (strong), "my boss" / "Sr." (relation), "text X" / "hola X" (address), "I'm" / "soy"
(copula), "with" / "con" (weak), and a name before "said" / "dice". Names that are also
ordinary words (Rosa, Luz, Will) count only in a context or next to another name.
"""
from __future__ import annotations

from typing import List, Optional, Tuple

from bot.privacy.redaction import vocab
from bot.privacy.redaction.lexicons.places import TOWN_SUFFIXES
from bot.privacy.redaction.text import Span
from bot.privacy.redaction.tokens import (
    FUNCTION_WORDS, MAX_NAME_TOKENS, NOT_A_NAME, POSSESSIVES, VERBS_AFTER_RELATION, Tokens,
    after_linker,
)


# --- names ------------------------------------------------------------------------------------

def _town_like(t: Tokens, i: int) -> bool:
    k = t.key(i)
    return len(k) >= 7 and k.endswith(TOWN_SUFFIXES) and not t.any_name(i)


def _looks_like_name(t: Tokens, i: int) -> bool:
    """A lower-case word that could be an unlisted name: not an ordinary word, no "sooo"."""
    k = t.key(i)
    return (len(k) > 2 and k.isalpha() and not t.stop(i) and not t.ordinary(i)
            and not vocab.word_like(t.orig(i).lower())
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
    if first and (k in t.w["relations"] or k in t.w["titles"]) and not t.strong_name(i):
        return False  # "The Boss said", "Gracias, Señor" (but "Macario Pastor Mancebo")
    if t.strong_name(i):
        return True
    contextual = mode in ("naming", "strong", "relation", "address", "copula")
    if t.ambiguous_name(i):
        if mode in ("naming", "strong") or t.cap(i) or not first:
            return True
        if mode in ("relation", "address") and not t.stop(i) and k not in VERBS_AFTER_RELATION \
                and not t.case_informative:
            return True  # "mi jefa rosa" in an all-lower-case message
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
        # a capitalised word in a context is a name even if it is also a word ("Brinda"); with
        # "y" / "with" only if it is no word ("Desaparecidos y Explotados" are words)
        return contextual or (not t.common(i) and not vocab.word_like(t.orig(i).lower()))
    if t.stop(i):
        # "im will bethany maldonado": a stop word that is a name, before a listed name
        return mode == "copula" and first and t.any_name(i) and i + 1 < t.n and t.strong_name(i + 1)
    # lower-case and not a listed name: only in a context, and only when the message has no
    # capitals at all (in mixed case people capitalise names: "El doctor instó" is a verb)
    return contextual and not t.case_informative and _looks_like_name(t, i)


def _take_name(t: Tokens, i: int, mode: str) -> Optional[Tuple[int, int]]:
    found = _take_name_run(t, i, mode)
    if found and mode == "copula" and found[0] == found[1] and not t.cap(found[0]) \
            and not t.strong_name(found[0]) and not _looks_like_name(t, found[0]):
        return None  # "soy rosa": one ambiguous lower-case word ("soy mesera" is no name at all)
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



def persons(t: Tokens, triggers: List[Tuple[str, int, int]]) -> List[Span]:
    out: List[Span] = []
    taken = [False] * t.n

    def add(found, label="PERSON"):
        if found:
            a, b = found
            out.append(t.span(a, b, label))
            for x in range(a, b + 1):
                taken[x] = True

    places = set()
    for label, start, end in triggers:
        if label == "PLACE":
            places.update(range(start, end))
    for label, start, end in triggers:
        if label == "PERSON_WEAK" and end < t.n and (end in places or _town_like(t, end)):
            continue  # "from Masonside", "a Girona": a place, not a person
        if label == "PERSON_NAMING" and end < t.n:
            add(_take_name(t, after_linker(t, end), "naming"))
        elif label == "PERSON_STRONG" and end < t.n:
            add(_take_name(t, after_linker(t, end), "strong"))
        elif label == "PERSON_WEAK" and end < t.n:
            add(_take_name(t, end, "weak"))
        elif label == "PERSON_COPULA" and end < t.n:
            add(_take_name(t, end, "copula"))
        elif label == "PERSON_ADDRESS" and end < t.n:
            add(_take_name(t, after_linker(t, end), "address"))
        elif label == "PERSON_AFTER" and start > 0:
            # walk left: "Meera said", "raducu konda here"
            j = start - 1
            while j >= 0 and start - j <= 4 and _accept_name(t, j, "relation", True) and not (
                    t.sentence_start(j) and t.ordinary(j) and not t.any_name(j)):
                j -= 1
            if j + 1 < start:
                add((j + 1, start - 1))
    w = t.w
    for i in range(t.n):
        key = t.key(i)
        if taken[i]:
            continue
        relation = key in w["relations"] and i > 0 and t.key(i - 1) in POSSESSIVES
        if (relation or key.rstrip(".") in w["titles"]) and i + 1 < t.n:
            nxt = after_linker(t, i + 1)
            if nxt < t.n and (t.any_name(nxt) or t.cap_unknown(nxt) or _looks_like_name(t, nxt) or
                              (t.cap(nxt) and key.rstrip(".") in w["titles"])):
                add(_take_name(t, nxt, "relation"))
    # Names without a context: a listed name (not an ordinary word) starts a span; a listed
    # place ("Houston", "Santiago") is left to the place detector.
    for i in range(t.n):
        if taken[i] or t.blocked[i] or i in places:
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
        elif not t.case_informative and i + 1 < t.n and _looks_like_name(t, i) and (
                _looks_like_name(t, i + 1) or t.strong_name(i + 1)) and not _town_like(t, i):
            start = i  # all lower case: "ayer raducu konda me pego" (two words that are no words)
        if start is not None:
            # "sierra thomas", "norma alejandra": a first name that is also a word, just before
            while start > 0 and not taken[start - 1] and not t.blocked[start - 1] and \
                    t.key(start - 1) in t.w["first"] and t.is_alpha(start - 1) and \
                    not t.stop(start - 1) and (t.cap(start - 1) or not t.case_informative) and \
                    start - 1 not in places:
                start -= 1
            mode = "relation" if t.cap(start) else (
                "address" if t.key(start) in t.w["first"] or _looks_like_name(t, start) else "weak")
            found = _take_name(t, start, mode)
            if found and not all(t.ambiguous_name(x) for x in range(found[0], found[1] + 1)
                                 if t.is_alpha(x)):
                add(found)
            elif found and t.cap(found[0]) and found[1] > found[0]:
                add(found)
    return out
