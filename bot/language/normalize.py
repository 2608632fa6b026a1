"""Text normalisation and tokenisation for English/Spanish language identification.

Everything here is pure and cheap: Unicode NFKC (NFC plus compatibility forms, so full-width
and "fancy font" letters become plain ones), lower-casing (langdetect-style models read
ALL-CAPS text as English, so case is removed before any scoring), removal of URLs, e-mail
addresses and @handles, and extraction of Latin-script word tokens. Digits, punctuation,
emoji and letters of other scripts (Cyrillic, CJK, ...) carry no English/Spanish evidence
and are dropped; they only separate tokens.
"""
from __future__ import annotations

import re
import unicodedata
from typing import List

MAX_INPUT_CHARS = 1000
"""Only this many characters of the raw input are examined (bounds the cost of huge inputs)."""

MAX_TOKENS = 80
"""At most this many word tokens are scored; more adds no useful evidence."""

MAX_WORD_CHARS = 40
"""Longer letter runs are cut to this length (no real word is longer)."""

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
# Lower-case Latin letters: ASCII, Latin-1 (minus the x/division signs), Latin Extended-A/B
# and Latin Extended Additional. Apostrophes are kept only inside a word ("don't").
_LATIN = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f\u1e00-\u1eff"
_TOKEN = re.compile(f"[{_LATIN}]+(?:'[{_LATIN}]+)*")
_INVERTED_MARKS = re.compile("[\u00bf\u00a1]")  # ¿ ¡ are used by Spanish only
_REPEATS = re.compile(r"(.)\1{2,}")


def tokens(text: str) -> List[str]:
    """Return the lower-case Latin word tokens of ``text`` (at most :data:`MAX_TOKENS`).

    >>> tokens("HOLA!! Necesito ayuda 😢 https://x.org 123")
    ['hola', 'necesito', 'ayuda']
    """
    text = unicodedata.normalize("NFKC", text[:MAX_INPUT_CHARS]).lower()
    text = " ".join(chunk for chunk in text.split() if not _is_noise(chunk))
    text = text.translate(_APOSTROPHES)
    return [word[:MAX_WORD_CHARS] for word in _TOKEN.findall(text)[:MAX_TOKENS]]


def _is_noise(chunk: str) -> bool:
    """URLs, e-mail addresses, @handles and #hashtags carry no language evidence."""
    return "@" in chunk or "://" in chunk or chunk.startswith(("www.", "#"))


def inverted_marks(text: str) -> int:
    """Count the Spanish inverted marks (¿ ¡) in the examined part of ``text``."""
    return len(_INVERTED_MARKS.findall(text[:MAX_INPUT_CHARS]))


def strip_accents(word: str) -> str:
    """Remove combining diacritics: ``"información" -> "informacion"``, ``"año" -> "ano"``."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def drop_non_ascii(word: str) -> str:
    """Delete non-ASCII letters, as lossy encodings do: ``"información" -> "informacin"``."""
    return "".join(ch for ch in word if ch.isascii())


def squeeze_repeats(word: str) -> str:
    """Shorten runs of three or more identical letters to one: ``"holaaaa" -> "hola"``."""
    return _REPEATS.sub(r"\1", word)
