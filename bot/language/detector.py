"""English-vs-Spanish identification tuned for short chat messages.

Each Latin word token gets a log-odds score (positive = English, negative = Spanish) from two
kinds of evidence, and the message's log-odds is their sum plus small extras:

* **word frequencies** (wordfreq): ``log f_en(w) - log f_es(w)``, looked up without accents,
  also matching words whose accented letters were lost in transit (``informacin``), clipped so
  that no single word decides a long message;
* **character n-grams** (langdetect's en/es profiles): a naive-Bayes log-likelihood ratio over
  the word's 1-3-grams -- the only evidence for words missing from both frequency lists, a
  lighter-weighted second opinion for rarer known ones, and ignored for very frequent words
  (their n-grams would count the same evidence twice);
* Spanish inverted marks (``¿ ¡``) count towards Spanish, and the conversation's ``current``
  language adds a prior (about 88:12) that only decides when the evidence is weak.

**Confidence** is the model's probability of the returned language, in ``[0.5, 1.0]``:
0.5 means "no evidence" (empty text, digits, emoji, punctuation, other scripts) -- the answer
is then just ``current`` (or ``"en"``). Values above ~0.9 mean clear evidence.
"""
from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Tuple

from bot.language import resources
from bot.language.normalize import inverted_marks, squeeze_repeats, strip_accents, tokens

logger = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "en"
NGRAM_WEIGHT_KNOWN = 0.3  # n-gram weight for words found in the frequency lists
NGRAM_WEIGHT_UNKNOWN = 1.0  # n-gram weight for words found in neither list
WORD_LLR_CLIP = 7.0  # max |log-odds| one word's frequency ratio may contribute
FREQ_FLOOR = 3e-9  # frequency assumed for a word missing from one list (lists stop at 1e-8)
DAMAGED_SHARE = 0.05  # prior share of words that lost their accented letters in transit
INVERTED_MARK_LLR = 2.0  # Spanish evidence per ¿ or ¡ (at most two counted)
NGRAM_SKIP_FREQ = 1e-4  # words this frequent in either list are scored by frequency alone
CURRENT_PRIOR_LLR = 2.0  # bias toward the current language (~88:12): decides shared words
# such as "no", "ok", "me", "a"; one clearly-worded word ("gracias", "yes") overrides it.
STRONG_WORD_LLR = 4.0  # a word scoring beyond this "votes" for a language on its own


@dataclass(frozen=True)
class Analysis:
    """Detailed result of :func:`analyse` (``detect`` returns only language and confidence)."""

    language: str
    confidence: float
    words: int  # Latin word tokens scored
    letters: int  # letters in those tokens
    en_votes: int  # words clearly English on their own
    es_votes: int  # words clearly Spanish on their own


def detect(text: str, current: Optional[str] = None) -> Tuple[str, float]:
    """Guess whether ``text`` is English or Spanish; never raises.

    Args:
        text: any string (it is bounded internally; non-strings count as no evidence).
        current: the conversation's language ("en"/"es") -- a mild prior, and the answer when
            the text carries no evidence at all.

    Returns:
        ``(language, confidence)`` with language "en" or "es" and confidence in ``[0.5, 1.0]``
        (0.5 = no evidence, see the module docstring).
    """
    result = analyse(text, current)
    return result.language, result.confidence


def analyse(text: str, current: Optional[str] = None) -> Analysis:
    """Like :func:`detect` but also report word counts and per-language word votes."""
    fallback = current if current in resources.LANGS else DEFAULT_LANGUAGE
    try:
        return _analyse(text if isinstance(text, str) else "", current, fallback)
    except Exception as exc:  # pragma: no cover - a detector must never break the conversation
        # Only the exception type: its message or traceback could quote the user's text.
        logger.error("language detection failed (%s); using %s", type(exc).__name__, fallback)
        return Analysis(fallback, 0.5, 0, 0, 0, 0)


def warm_up() -> None:
    """Load every resource now (call once at server start-up) so the first message is fast."""
    resources.get()
    analyse("Warm-up: ¿está todo listo? Everything is ready.")


def _analyse(text: str, current: Optional[str], fallback: str) -> Analysis:
    words = tokens(text)
    marks = min(inverted_marks(text), 2)
    if not words and not marks:
        return Analysis(fallback, 0.5, 0, 0, 0, 0)
    scores = [_word_score(word) for word in words]
    log_odds = sum(scores) - INVERTED_MARK_LLR * marks
    if current == "en":
        log_odds += CURRENT_PRIOR_LLR
    elif current == "es":
        log_odds -= CURRENT_PRIOR_LLR
    p_en = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, log_odds))))
    language = "en" if p_en > 0.5 or (p_en == 0.5 and fallback == "en") else "es"
    return Analysis(
        language=language,
        confidence=max(p_en, 1.0 - p_en),
        words=len(words),
        letters=sum(len(word) for word in words),
        en_votes=sum(1 for s in scores if s > STRONG_WORD_LLR),
        es_votes=sum(1 for s in scores if s < -STRONG_WORD_LLR),
    )


@lru_cache(maxsize=1 << 16)
def _word_score(word: str) -> float:
    """Log-odds English vs Spanish of one lower-case token (cached: chat vocabulary repeats)."""
    res = resources.get()
    f_en, f_es = _frequencies(res.lexicon, word)
    if not (f_en or f_es) and squeeze_repeats(word) != word:
        word = squeeze_repeats(word)
        f_en, f_es = _frequencies(res.lexicon, word)
    if not (f_en or f_es):
        return NGRAM_WEIGHT_UNKNOWN * _ngram_llr(res.gram_llr, word)
    word_llr = math.log(max(f_en, FREQ_FLOOR)) - math.log(max(f_es, FREQ_FLOOR))
    word_llr = max(-WORD_LLR_CLIP, min(WORD_LLR_CLIP, word_llr))
    if max(f_en, f_es) >= NGRAM_SKIP_FREQ:
        return word_llr
    return NGRAM_WEIGHT_KNOWN * _ngram_llr(res.gram_llr, word) + word_llr


def _frequencies(lexicon: resources.Lexicon, word: str) -> Tuple[float, float]:
    f_en, f_es = lexicon.frequencies(strip_accents(word))
    if word.isascii():
        d_en, d_es = lexicon.frequencies(resources.deleted_key(word))
        f_en += DAMAGED_SHARE * d_en
        f_es += DAMAGED_SHARE * d_es
    return f_en, f_es


def _ngram_llr(table: dict, word: str) -> float:
    """Naive-Bayes log-likelihood ratio of the word's 1-3-grams, langdetect-style padding."""
    padded = f" {word} "
    total = 0.0
    for n in (1, 2, 3):
        for i in range(len(padded) - n + 1):
            total += table.get(padded[i:i + n], 0.0)
    return total
