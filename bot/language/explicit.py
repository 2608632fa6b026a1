"""Recognise a typed request for a language: "español", "in english please", "habla ingles?".

Deliberately narrow: a short message (at most :data:`MAX_WORDS` words) that names exactly one
language and otherwise contains only request words from a small lexicon. "My boss only speaks
English" is therefore *not* a request. A negated statement about oneself ("no hablo inglés",
"I don't speak Spanish") asks for the *other* language.
"""
from __future__ import annotations

from typing import FrozenSet, Optional

from bot.language.normalize import strip_accents, tokens

MAX_WORDS = 8

LANGUAGE_NAMES = {
    "en": frozenset({"english", "ingles", "inglish", "engl"}),
    "es": frozenset({"spanish", "espanol", "espanish", "castellano", "espaniol"}),
}
NEGATIONS: FrozenSet[str] = frozenset({"no", "not", "don't", "dont", "can't", "cant", "nunca"})
SELF_VERBS: FrozenSet[str] = frozenset({
    "hablo", "entiendo", "leo", "se", "speak", "understand", "read", "know",
})
REQUEST_WORDS: FrozenSet[str] = frozenset({
    # English
    "in", "please", "pls", "plz", "speak", "talk", "write", "can", "could", "we", "you", "i",
    "do", "does", "want", "would", "like", "prefer", "to", "switch", "change", "language",
    "the", "only", "yes", "ok", "okay", "is", "there", "someone", "anyone", "who", "use",
    # Spanish
    "en", "por", "favor", "porfa", "habla", "hablas", "hablan", "hablar", "hable", "usted",
    "puedes", "puede", "podemos", "quiero", "prefiero", "cambiar", "idioma", "al", "a", "el",
    "si", "vale", "mejor", "solo", "hay", "alguien", "que", "me", "escribe", "escribir",
})


def explicit_request(text: str) -> Optional[str]:
    """Return "en"/"es" if ``text`` is a short request for that language, else ``None``.

    >>> explicit_request("En español por favor"), explicit_request("habla ingles?")
    ('es', 'en')
    >>> explicit_request("no hablo inglés"), explicit_request("my boss speaks English")
    ('es', None)
    """
    if not isinstance(text, str):
        return None
    words = [strip_accents(word) for word in tokens(text)]
    if not words or len(words) > MAX_WORDS:
        return None
    named = {lang for lang, names in LANGUAGE_NAMES.items() if names.intersection(words)}
    if len(named) != 1:
        return None
    lang = named.pop()
    allowed = LANGUAGE_NAMES[lang] | REQUEST_WORDS | NEGATIONS | SELF_VERBS
    if not all(word in allowed for word in words):
        return None
    if NEGATIONS.intersection(words) and SELF_VERBS.intersection(words):
        return "es" if lang == "en" else "en"
    return lang
