"""Word sets and the per-language spaCy tokenizer and phrase matcher, built once, lazily.

Built on first use (spaCy's blank pipelines and wordfreq's lists; seconds when spaCy is not
imported yet) under a lock, so concurrent first calls build them once; ``warm_up()`` builds
them ahead of time. The word sets are read-only. spaCy's tokenizer adds every new word to its
string store, so each language's tokenizer and matcher run under that language's lock
(uncontended in one event loop; safe from several threads) and are rebuilt every
RENEW_AFTER messages.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Dict, FrozenSet

from bot.privacy.redaction.lexicons import en, es, names, places
from bot.privacy.redaction.text import fold

LANGUAGES = ("en", "es")
COMMON_WORDS_PER_LANGUAGE = 20000
"""wordfreq's most frequent words of each language count as ordinary words."""

PARTICLES = frozenset(("de", "del", "la", "las", "los", "le", "da", "di", "do", "dos", "van",
                       "von", "der", "den", "y", "e", "mc", "st", "-", "'", "san", "santa"))
ARTICLES = frozenset(("the", "a", "an", "el", "la", "los", "las", "un", "una", "lo"))

LEGAL_WORDS = frozenset((
    "inc", "llc", "ltd", "corp", "corporation", "plc", "co", "company", "group", "holdings",
    "enterprises", "associates", "partners", "asociados", "hermanos", "hnos",
    "cia", "sa", "sl", "slu", "sll", "sc", "ac", "cv", "rl", "coop", "lp", "llp", "pc",
))
# A business noun after its name ("Lucky Nails", "Garcia Landscaping").
BUSINESS_AFTER = frozenset((
    "restaurant", "restaurants", "grill", "kitchen", "cafe", "diner", "bakery", "nails",
    "nail", "spa", "salon", "massage", "beauty", "cleaning", "cleaners", "janitorial",
    "construction", "builders", "roofing", "painting", "plumbing", "landscaping", "lawn",
    "farms", "farm", "ranch", "dairy", "orchards", "nursery", "produce", "packing", "foods",
    "services", "staffing", "labor", "agency", "solutions", "systems", "industries", "motel",
    "inn", "hotel", "lodge", "bar", "lounge", "club", "market", "store", "mart", "shop",
    "boutique", "factory", "mills", "trucking", "transport", "logistics", "moving", "auto",
    "motors", "carwash", "wash", "laundry", "studio", "studios", "entertainment", "dental",
    "clinic", "homecare", "seafood", "poultry", "meats", "textiles", "apparel",
    "garments", "imports", "exports", "trading", "contractors", "remodeling", "electric",
    "corp", "inc", "llc", "ltd", "group", "company", "enterprises", "holdings",
))
# A business noun before its name ("Restaurante El Sol", "Rancho Los Pinos").
BUSINESS_BEFORE = frozenset((
    "restaurante", "restaurant", "taqueria", "cantina", "bar", "rancho", "granja", "fabrica",
    "taller", "salon", "spa", "hotel", "motel", "tienda", "abarrotes", "lavanderia",
    "panaderia", "empacadora", "constructora", "grupo", "industrias", "laboratorios",
    "corporacion", "despacho", "proyectos", "club", "comercializadora", "distribuidora",
    "servicios", "agencia", "estetica", "maquiladora", "maquila", "fonda", "cafeteria",
    "pizzeria", "carniceria", "tortilleria", "hacienda", "vivero", "invernadero", "farmacia",
    "consultorio", "clinica", "inmobiliaria", "transportes", "limpiezas", "jardineria",
    "soluciones", "supermercados", "supermercado", "minisuper", "boutique", "almacen", "bodega",
))

US_STATE_CODES = places.US_STATE_CODES


RENEW_AFTER = 20000
"""spaCy interns every new word it tokenizes (names included) in the pipeline's string store
for the life of the process; after this many messages a language's pipeline is rebuilt (about
0.25 s), which bounds both the memory and how long words of past messages stay in it."""


@dataclass
class Language:
    """Everything the detectors need for one language."""

    code: str
    nlp: object
    matcher: object
    uses: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def tokens_and_triggers(self, folded: str):
        """The Doc of ``folded`` and its phrase-matcher triggers as (label, start, end)."""
        with self.lock:
            doc = self.nlp.make_doc(folded)
            strings = self.nlp.vocab.strings
            return doc, [(strings[m], s, e) for m, s, e in self.matcher(doc)]


_lock = threading.Lock()
_languages: Dict[str, Language] = {}
_words: Dict[str, FrozenSet[str]] = {}


def _phrases(*groups) -> list:
    out = []
    for group in groups:
        out.extend(fold(p) for p in group)
    return sorted(set(out))


def _build_words() -> Dict[str, FrozenSet[str]]:
    import wordfreq  # a runtime dependency already (language detection); reads packaged lists
    from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
    from spacy.lang.es.stop_words import STOP_WORDS as ES_STOP

    common = set()
    for lang in LANGUAGES:
        common.update(fold(w) for w in wordfreq.top_n_list(lang, COMMON_WORDS_PER_LANGUAGE))
    stop = {fold(w) for w in EN_STOP | ES_STOP} | {"im", "ur", "u", "q", "pq", "xq", "k", "tb",
                                                   "ok", "okay", "pls", "plz", "porfa", "lol"}
    first = names.FIRST_NAMES
    last = names.SURNAMES
    ambiguous = names.AMBIGUOUS | ((first | last) & stop)
    strong = (first | last) - ambiguous
    return {
        "common": frozenset(common - strong),
        "stop": frozenset(stop),
        "first": first,
        "last": last,
        "strong": frozenset(strong),
        "ambiguous": frozenset(ambiguous),
        "places_common": frozenset(p for p in places.ALL if p in common or p in first | last),
        "street_en": frozenset(fold(w) for w in en.STREET_TYPES),
        "street_es": frozenset(fold(w) for w in es.STREET_TYPES),
        "relations": frozenset(fold(w) for w in en.RELATIONS + es.RELATIONS),
        "titles": frozenset(fold(w).rstrip(".") for w in en.TITLES + es.TITLES),
        "place_words": places.PLACE_WORDS,
        "not_places": frozenset(en.NOT_PLACES + es.NOT_PLACES),
        "not_names": frozenset(en.NOT_NAMES + es.NOT_NAMES),
    }


def _build_language(code: str) -> Language:
    import spacy
    from spacy.matcher import PhraseMatcher

    nlp = spacy.blank(code)
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    groups = {
        "PERSON_NAMING": _phrases(en.PERSON_NAMING, es.PERSON_NAMING),
        "PERSON_STRONG": _phrases(en.PERSON_STRONG, es.PERSON_STRONG),
        "PERSON_WEAK": _phrases(en.PERSON_WEAK, es.PERSON_WEAK),
        "PERSON_AFTER": _phrases(en.PERSON_AFTER, es.PERSON_AFTER),
        "PERSON_COPULA": _phrases(en.PERSON_COPULA, es.PERSON_COPULA),
        "PERSON_ADDRESS": _phrases(en.PERSON_ADDRESS, es.PERSON_ADDRESS),
        "ORG": _phrases(en.ORG_TRIGGERS, es.ORG_TRIGGERS),
        "LOC": _phrases(en.LOCATION_TRIGGERS, es.LOCATION_TRIGGERS),
        "PLACE": sorted(places.ALL),
    }
    for label, phrases in groups.items():
        matcher.add(label, [nlp.make_doc(p) for p in phrases])
    return Language(code, nlp, matcher)


def words() -> Dict[str, FrozenSet[str]]:
    if not _words:
        with _lock:
            if not _words:
                _words.update(_build_words())
    return _words


def language(code: str) -> Language:
    """The tokenizer and matcher of ``code`` ("en" or "es"; anything else reads as "en")."""
    code = code if code in LANGUAGES else "en"
    found = _languages.get(code)
    if found is None or found.uses >= RENEW_AFTER:
        with _lock:
            found = _languages.get(code)
            if found is None or found.uses >= RENEW_AFTER:
                found = _languages[code] = _build_language(code)
    found.uses += 1
    return found


@lru_cache(maxsize=65536)
def word_like(word: str) -> bool:
    """Is ``word`` (lower-case, as written) an ordinary English or Spanish word rather than a
    name? Words are frequent in one language and rare in the other ("mesera" 0.0 / 2.9 Zipf,
    "frowned" 3.2 / 0.0); names are rare in both or alike in both ("leena" 2.3 / 2.1); very
    frequent words (Zipf >= 4.5 in either) are words."""
    import wordfreq

    en, es = wordfreq.zipf_frequency(word, "en"), wordfreq.zipf_frequency(word, "es")
    high, low = max(en, es), min(en, es)
    return high >= WORD_ZIPF or (high >= 2.5 and high - low >= 1.5)


WORD_ZIPF = 4.5


def warm_up() -> None:
    """Build both languages' tokenizers, matchers and word sets now rather than on first use."""
    words()
    word_like("warm")
    for code in LANGUAGES:
        language(code)
