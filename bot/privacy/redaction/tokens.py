"""The tokens of one message, with the features every token detector reads.

Each token is looked up in its folded form (lower-case, no accents) in the vendored name lists
(lexicons/names.py) and in wordfreq's common words; capitalisation is read from the original
text and counts only when the message has both cases ("case_informative").
"""
from __future__ import annotations

from typing import Dict, List

from bot.privacy.redaction import vocab
from bot.privacy.redaction.patterns import PLACEHOLDER, legal_forms
from bot.privacy.redaction.text import Span, strip_marks

SENTENCE_END = frozenset(".!?¿¡\n:;\"“”()[]")
LINKERS = frozenset(("is", "es", "was", "era", "named", "called", "llamado", "llamada", "se",
                     "llama", ",", ":", "-", ".", "mr", "mrs", "ms", "sr", "sra", "don", "dona"))
POSSESSIVES = frozenset(("my", "his", "her", "their", "our", "your", "the", "mi", "su", "tu",
                         "mis", "sus", "tus", "nuestro", "nuestra", "el", "la", "ur", "mah", "a",
                         "un", "una", "this", "that", "ese", "esa", "este", "esta"))
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
    "per", "during", "durante",
))
# "my boss said ...": verbs that are also listed names, never a name right after "my boss".
VERBS_AFTER_RELATION = frozenset(("said", "says", "told", "took", "wants", "keeps", "makes",
                                  "gave", "got", "tells", "yells", "sale", "dice", "dijo",
                                  "manda", "paga", "quiere", "tiene", "grita", "pega", "vino"))
# After "my name is" / "me llamo" any word is taken as the name except these.
NOT_A_NAME = frozenset((
    "i'm", "i'll", "i've", "i'd", "you're", "you'll", "it's", "that's", "he's", "she's", "we're",
    "they're", "don't", "can't", "won't", "didn't", "isn't", "let's", "what's", "there's",
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
        k = self.keys[i]
        if "-" in k:  # "ibarra-espinosa", "aranda-bueno" (one token in the Spanish tokenizer)
            parts = [p for p in k.split("-") if p]
            return len(parts) > 1 and all(p in self.w["strong"] or p in self.w["ambiguous"]
                                          for p in parts) and any(p in self.w["strong"] for p in parts)
        return k in self.w["strong"] and self.is_alpha(i)

    def ambiguous_name(self, i: int) -> bool:
        return self.keys[i] in self.w["ambiguous"]

    def any_name(self, i: int) -> bool:
        return self.strong_name(i) or self.ambiguous_name(i)

    def ordinary(self, i: int) -> bool:
        """An ordinary word: among the most frequent words and shaped like a word of one
        language (vocab.word_like: "brinda", "everything"), unlike a name ("roland", "leena")."""
        return self.keys[i] in self.w["common"] and vocab.word_like(self.orig(i).lower())

    def cap_unknown(self, i: int) -> bool:
        """A capitalised word that is not an ordinary word (an unlisted name or place)."""
        return (self.cap(i) and self.is_alpha(i) and not self.stop(i) and not self.ordinary(i))

    def span(self, i: int, j: int, label: str) -> Span:
        """Tokens i..j inclusive."""
        return Span(self.doc[i].idx, self.doc[j].idx + len(self.doc[j]), label)


def after_linker(t: Tokens, end: int) -> int:
    """Skip a linker ("my boss is Carlos", "mi jefe, Carlos", "se llama") after a trigger."""
    k = end
    while k < t.n and k - end < 2 and t.key(k) in LINKERS:
        k += 1
    return k

