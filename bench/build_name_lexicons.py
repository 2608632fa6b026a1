"""Regenerate bot/privacy/redaction/lexicons/names.py from Faker's person providers.

    python bench/build_name_lexicons.py

Faker (MIT licence, https://github.com/joke2k/faker) is a bench/test dependency only, so the
runtime reads the vendored, generated module, never Faker. Only the locales in VENDORED are
vendored; bench/redact_eval.py draws its "held-out" names from HELD_OUT locales and keeps only
names that are not in the vendored lists, so that figure measures the context rules alone.

A name that is also a frequent word (wordfreq Zipf >= AMBIGUOUS_ZIPF in English or Spanish,
e.g. "Rosa", "Will", "Paz", "Brown") goes into AMBIGUOUS: the redactor takes it as a name only
in a name context (after "me llamo", "my name is", a title, next to another name, ...).
"""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "bot" / "privacy" / "redaction" / "lexicons" / "names.py"

VENDORED = ("en_US", "es_MX", "es_ES", "es_CO", "es_AR", "es_CL", "es")
HELD_OUT = ("pt_BR", "it_IT", "fr_FR", "en_IN", "pl_PL", "ro_RO", "en_NG")
AMBIGUOUS_ZIPF = 3.6
# Frequent in corpora because they are names, not because they are words.
NAME_DOMINANT = {
    "maria", "jose", "juan", "john", "david", "michael", "james", "robert", "carlos", "luis",
    "jorge", "pedro", "miguel", "antonio", "manuel", "francisco", "javier", "daniel", "pablo",
    "sara", "sarah", "ana", "laura", "elena", "lucia", "andrea", "carmen", "sofia", "isabel",
    "mary", "jennifer", "lisa", "thomas", "george", "peter", "paul", "richard", "william",
    "charles", "joseph", "mark", "steven", "kevin", "brian", "jason", "jessica", "emily",
    "smith", "johnson", "williams", "jones", "miller", "davis", "wilson", "anderson", "taylor",
    "garcia", "rodriguez", "martinez", "hernandez", "lopez", "gonzalez", "perez", "sanchez",
    "ramirez", "torres", "flores", "rivera", "gomez", "diaz", "ruiz", "alvarez", "romero",
    "jimenez", "moreno", "munoz", "alonso", "gutierrez", "castillo", "vargas", "ramos",
    "mendoza", "ortiz", "morales", "delgado", "castro", "ortega", "rubio", "molina", "medina",
    "fernandez", "gomez", "navarro", "dominguez", "vazquez", "suarez", "herrera", "aguilar",
    "alejandro", "fernando", "ricardo", "roberto", "eduardo", "sergio", "alberto", "raul",
    "diego", "andres", "ramon", "enrique", "rafael", "oscar", "victor", "hector", "arturo",
    "beatriz", "patricia", "claudia", "monica", "veronica", "silvia", "teresa", "julia",
    "paula", "marta", "cristina", "susana", "raquel", "alicia",
    "adolfo", "alejandra", "alfonso", "alvarado", "benito", "borja", "camilo", "esteban",
    "eugenio", "federico", "felipe", "gabriela", "gerardo", "gonzalo", "gregorio", "guillermo",
    "gustavo", "homero", "horacio", "humberto", "ignacio", "isidro", "ismael", "josefina",
    "juana", "julieta", "leandro", "leopoldo", "manuela", "mariano", "mauricio", "octavio",
    "osvaldo", "paco", "patricio", "ramiro", "rodolfo", "roque", "vicente", "aguirre", "alfaro",
    "aznar", "camacho", "carmona", "carrasco", "carrillo", "carvajal", "contreras", "duarte",
    "figueroa", "gallardo", "godoy", "guevara", "heredia", "hurtado", "ibarra", "maldonado",
    "montero", "murillo", "osorio", "pacheco", "pizarro", "quintana", "saavedra", "sanz",
    "sarmiento", "tapia", "trujillo", "uribe", "valdivia", "varela", "velasco", "villanueva",
    "villegas", "zamora", "zapata", "rivas", "rosales", "isaiah", "rodgers", "gamble", "durham",
    "cervantes", "alcalde", "allende", "almagro", "amado", "casillas", "criado",
    "facundo", "evita", "iban", "libia", "marcial", "nieto", "pardo", "prieto",
}
# Name particles ("de la Cruz", "van Buren"): joined inside a name span, never a name alone.
PARTICLES = {"de", "del", "la", "las", "los", "le", "da", "di", "do", "dos", "das", "van", "von",
             "der", "den", "y", "e", "mc", "san", "santa", "st", "mas"}
# Ordinary words (in English or Spanish) that the frequency rule below misses.
ALWAYS_AMBIGUOUS = {
    "angel", "angeles", "victoria", "gloria", "mercedes", "pilar", "rocio", "cruz", "rose",
    "grace", "hope", "mark", "will", "frank", "jack", "ray", "june", "lily", "ruby", "pearl",
    "dawn", "sunny", "dora", "modesto", "pastor", "justo", "fe", "alegria",
    "trinidad", "concepcion", "asuncion", "encarnacion", "jesus", "marina", "dolores",
    "sierra", "vega", "ramos", "reyes", "flores", "santos", "mesa", "leon", "cano", "gil",
    "moreno", "delgado", "castillo", "rubio", "molina", "medina", "herrera", "guerrero", "ortega",
    "blanco", "cabrera", "bravo", "serrano", "robles", "salvador", "max", "don",
    "christian", "pat", "sandy", "miles", "penny", "holly", "ivy", "rich", "bob", "sue",
    "august", "hunter", "carpenter", "miller", "baker", "bishop", "mason", "porter",
    "turner", "walker", "cooper", "carter", "parker", "fisher", "king", "hill", "bell", "ward",
    "cole", "wolf", "fox", "gray", "grey", "marsh", "storm", "chance", "faith", "amber",
    "rosa", "luz", "paz", "esperanza", "blanca", "flor", "sol", "mar", "cielo", "estrella",
    "africa", "bond", "bush", "cherry", "clay", "colon", "duke", "gay", "grant", "graves", "hall",
    "hood", "israel", "knight", "lady", "mate", "moon", "noble", "solar", "stone", "savage",
    "villa", "rico", "roma", "mills", "ford", "wells", "dale", "chan", "che", "coca", "junior",
    "jo", "mia", "lee", "cal", "ho", "ida", "vera", "linda", "clara", "franco", "gala", "lagos",
    "laguna", "polo", "mora", "marco", "montana", "catalan", "company", "said", "melody",
    "frances", "nina", "tina", "pinto", "bienvenida", "sobrino", "delfin", "adora",
}


def fold(word: str) -> str:
    """Lower-case, accents removed (the redactor looks names up in this form)."""
    word = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in word if not unicodedata.combining(c))


def provider_names(locale: str, folded: bool = True):
    import importlib

    module = importlib.import_module(f"faker.providers.person.{locale}")
    provider = module.Provider
    firsts, lasts = set(), set()
    for attr in dir(provider):
        if not attr.startswith(("first_names", "last_names")) or attr.endswith("_formats"):
            continue
        value = getattr(provider, attr)
        if isinstance(value, dict):
            value = list(value)
        if not isinstance(value, (list, tuple)):
            continue
        target = firsts if attr.startswith("first_names") else lasts
        for name in value:
            if isinstance(name, str):
                for part in name.replace("-", " ").split():
                    if len(part) > 1 and part.isalpha() and fold(part) not in PARTICLES:
                        target.add(fold(part) if folded else part)
    return firsts, lasts


def vendored():
    firsts, lasts = set(), set()
    for locale in VENDORED:
        f, l = provider_names(locale)
        firsts |= f
        lasts |= l
    return firsts, lasts


def written_forms():
    """folded name -> the lower-case forms it is written in (with accents: "español")."""
    forms = {}
    for locale in VENDORED:
        f, l = provider_names(locale, folded=False)
        for name in f | l:
            forms.setdefault(fold(name), set()).add(name.lower())
    return forms


def held_out():
    """Names from HELD_OUT locales whose folded form is in no vendored list, as written
    (for the evaluation: sorted first names and surnames)."""
    vf, vl = vendored()
    known = vf | vl
    firsts, lasts = set(), set()
    for locale in HELD_OUT:
        f, l = provider_names(locale, folded=False)
        firsts |= {n for n in f if fold(n) not in known}
        lasts |= {n for n in l if fold(n) not in known}
    return sorted(firsts), sorted(lasts)


def folded_frequencies(lang: str, n: int = 200000):
    """folded word -> the highest Zipf frequency of any word that folds to it ("nacio" gets
    the frequency of "nació": the redactor matches folded text, so the verb shadows the name)."""
    from wordfreq import top_n_list, zipf_frequency

    out = {}
    for word in top_n_list(lang, n):
        key = fold(word)
        if key not in out:  # the list is sorted by frequency: the first form is the most frequent
            out[key] = zipf_frequency(word, lang)
    return out


def ambiguous(names):
    from wordfreq import zipf_frequency

    folded = {lang: folded_frequencies(lang) for lang in ("en", "es")}

    out = {name for name in names if name in ALWAYS_AMBIGUOUS}
    forms = written_forms()
    for name in names:
        if name in NAME_DOMINANT:
            continue
        written = forms.get(name, set()) | {name}
        en = max([zipf_frequency(w, "en") for w in written] + [folded["en"].get(name, 0.0)])
        es = max([zipf_frequency(w, "es") for w in written] + [folded["es"].get(name, 0.0)])
        # Names are international; ordinary words are far more frequent in one language.
        if max(en, es) >= AMBIGUOUS_ZIPF and (abs(en - es) >= 1.0 or max(en, es) >= 5.0):
            out.add(name)
    return out


def render(name: str, words) -> str:
    words = sorted(words)
    return "\n".join(["%s = frozenset({" % name]
                     + ["    " + " ".join(f'"{w}",' for w in words[i:i + 8])
                        for i in range(0, len(words), 8)] + ["})", ""])


def main() -> int:
    import faker

    firsts, lasts = vendored()
    amb = ambiguous(firsts | lasts)
    text = "\n".join([
        '"""First names and surnames, lower-case and without accents. GENERATED: do not edit.',
        "",
        f"Regenerate with `python bench/build_name_lexicons.py`. Source: Faker {faker.VERSION}",
        f"(MIT licence, Copyright (c) 2012 Daniele Faraglia), person providers {', '.join(VENDORED)}.",
        "AMBIGUOUS: names that are also frequent words; they count only in a name context.",
        '"""',
        "",
        render("FIRST_NAMES", firsts),
        render("SURNAMES", lasts),
        render("AMBIGUOUS", amb),
    ])
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT}: {len(firsts)} first names, {len(lasts)} surnames, {len(amb)} ambiguous",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
