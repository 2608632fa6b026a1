"""Lazily loaded, process-wide language resources (nothing is ever downloaded).

Two resources, both read from files shipped inside installed packages:

* **Character n-grams** -- langdetect 1.0.9's English and Spanish profiles (1-3 letter n-grams
  counted on Wikipedia). They become one table ``gram -> log P(gram|en) - log P(gram|es)``,
  smoothed the way langdetect smooths (``alpha / BASE_FREQ`` added to each probability).
* **Word frequencies** -- wordfreq's "large" English and Spanish lists. To stay small
  (~7 MB of arrays instead of ~80 MB of dicts) they are stored as a sorted ``array`` of 64-bit
  string hashes plus parallel arrays of frequency codes (centibels), searched with ``bisect``.
  Words are keyed without accents (``informacion``), and a second key space holds words whose
  non-ASCII letters were deleted by a lossy encoding (``informacin``).

:func:`get` loads both once (thread-safe) and caches them at module level.
"""
from __future__ import annotations

import json
import logging
import math
import os
import threading
import time
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from bot.language.normalize import drop_non_ascii, strip_accents

logger = logging.getLogger(__name__)

LANGS = ("en", "es")
_SMOOTHING = 0.5 / 10000  # langdetect's Detector.ALPHA_DEFAULT / BASE_FREQ
_ABSENT = 0  # frequency code meaning "not in this list"; otherwise code = centibels + 1
_DELETED_SALT = "\x00"  # separates the "non-ASCII letters deleted" key space


@dataclass(frozen=True)
class Lexicon:
    """Word frequencies for English and Spanish, keyed by accent-stripped word."""

    hashes: array  # sorted signed 64-bit hashes of the keys
    en: array  # frequency codes aligned with ``hashes``
    es: array

    def frequencies(self, key: str) -> Tuple[float, float]:
        """Return (English, Spanish) frequencies of ``key`` (0.0 when absent)."""
        h = hash(key)
        i = bisect_left(self.hashes, h)
        if i == len(self.hashes) or self.hashes[i] != h:
            return 0.0, 0.0
        return _code_to_freq(self.en[i]), _code_to_freq(self.es[i])


@dataclass(frozen=True)
class Resources:
    """Everything the detector scores with."""

    gram_llr: Dict[str, float]  # n-gram -> log P(g|en) - log P(g|es)
    lexicon: Lexicon


_lock = threading.Lock()
_cache: Optional[Resources] = None


def get() -> Resources:
    """Return the process-wide resources, loading them on first use."""
    global _cache
    if _cache is None:
        with _lock:
            if _cache is None:
                started = time.perf_counter()
                _cache = Resources(gram_llr=_load_gram_llr(), lexicon=_load_lexicon())
                logger.info("language resources loaded in %.2fs (%d n-grams, %d words)",
                            time.perf_counter() - started, len(_cache.gram_llr),
                            len(_cache.lexicon.hashes))
    return _cache


def _code_to_freq(code: int) -> float:
    return 0.0 if code == _ABSENT else 10.0 ** (-(code - 1) / 100.0)


def _load_gram_llr() -> Dict[str, float]:
    import langdetect  # imported lazily: only its profile files are used

    folder = os.path.join(os.path.dirname(langdetect.__file__), "profiles")
    probs: List[Dict[str, float]] = []
    for lang in LANGS:
        with open(os.path.join(folder, lang), encoding="utf-8") as handle:
            profile = json.load(handle)
        n_words = profile["n_words"]
        probs.append({gram: count / n_words[len(gram) - 1]
                      for gram, count in profile["freq"].items()
                      if gram == gram.lower() and 1 <= len(gram) <= 3})
    en, es = probs
    return {gram: math.log(en.get(gram, 0.0) + _SMOOTHING)
            - math.log(es.get(gram, 0.0) + _SMOOTHING) for gram in set(en) | set(es)}


def _load_lexicon() -> Lexicon:
    import wordfreq  # imported lazily: reads its packaged msgpack lists, never the network

    en, es = (_column(wordfreq.get_frequency_list(lang, "large")) for lang in LANGS)
    ordered = sorted(en.keys() | es.keys())
    return Lexicon(hashes=array("q", ordered),
                   en=array("H", [en.get(h, _ABSENT) for h in ordered]),
                   es=array("H", [es.get(h, _ABSENT) for h in ordered]))


def _column(buckets: List[List[str]]) -> Dict[int, int]:
    """Map key hash -> frequency code for one language (codes of colliding keys are summed).

    Keys: the word without accents, and (for words with non-ASCII letters) the word with those
    letters deleted, in a separate key space (see :func:`deleted_key`).
    """
    # Listed words are unique, so plain ASCII words cannot collide with each other.
    codes = {hash(word): centibels + 1 for centibels, words in enumerate(buckets)
             for word in words if word.isascii()}
    for centibels, words in enumerate(buckets):
        for word in words:
            if word.isascii():
                continue
            for key in (hash(strip_accents(word)), hash(deleted_key(drop_non_ascii(word)))):
                old = codes.get(key)
                codes[key] = centibels + 1 if old is None else _freq_to_code(
                    _code_to_freq(old) + 10.0 ** (-centibels / 100.0))
    return codes


def _freq_to_code(freq: float) -> int:
    return min(65535, int(round(-100.0 * math.log10(freq))) + 1)


def deleted_key(word: str) -> str:
    """Key under which words that lost their non-ASCII letters are stored."""
    return _DELETED_SALT + word
