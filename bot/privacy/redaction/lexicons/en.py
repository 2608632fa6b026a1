"""English context phrases for the redactor (lower-case; each phrase is matched as tokens)."""

# The words after these are a name even when lower-case and not in the name lists.
PERSON_STRONG = (
    "my name is", "my names", "my name's", "name is", "name's", "name:", "i'm called",
    "im called", "i am called", "call me", "they call me", "everyone calls me", "named",
    "a guy named", "a man named", "a woman named", "a lady named", "someone named",
    "goes by", "signed", "ask for", "asked for", "my nickname is", "nickname:", "full name is",
    "real name is", "last name is", "first name is", "surname is", "this is",
)
# After these, only a known name or a capitalised word counts ("i'm tired" is not a name).
PERSON_WEAK = (
    "i'm", "im", "i am", "it's", "its", "with", "and", "from", "call", "text", "tell", "told",
    "meet", "met", "ask", "called", "by", "hi", "hello", "hey", "thanks", "love", "dear", "to",
)
# People the user talks about: a name right after is a person ("my boss Carlos").
RELATIONS = (
    "boss", "manager", "supervisor", "foreman", "employer", "recruiter", "landlord", "owner",
    "boyfriend", "girlfriend", "husband", "wife", "partner", "friend", "cousin", "brother",
    "sister", "mom", "mother", "dad", "father", "uncle", "aunt", "son", "daughter", "coworker",
    "co-worker", "roommate", "pimp", "daddy", "neighbor", "neighbour", "ex", "fiance", "fiancee",
    "sponsor", "driver", "madam", "guy", "lady", "client", "trafficker", "agent", "lawyer",
    "caseworker", "teacher", "pastor", "nephew", "niece", "grandma", "grandpa", "stepdad",
    "stepmom", "baby", "kid", "child",
)
TITLES = ("mr", "mrs", "ms", "miss", "mister", "dr", "doctor", "sir", "madam", "officer", "uncle",
          "aunt", "auntie", "coach", "prof", "rev", "father", "sister", "brother")

ORG_TRIGGERS = (
    "work at", "work for", "worked at", "worked for", "working at", "working for", "works at",
    "works for", "job at", "employed by", "employer is", "my employer", "company is",
    "company called", "business called", "place called", "hired by", "hired me at", "clean at",
    "cook at", "i'm at", "im at", "i am at", "work in", "worked in", "working in", "works in",
    "company", "boss at", "owner of", "manager at", "shift at", "they own", "owns",
    "recruited by", "recruiter from", "agency called", "agency is",
)

LOCATION_TRIGGERS = (
    "live in", "lives in", "living in", "lived in", "live near", "stay in", "staying in",
    "stayed in", "staying at", "i'm in", "im in", "i am in", "we're in", "we are in", "were in",
    "located in", "near", "close to", "next to", "outside of", "outside", "moved to",
    "brought me to", "took me to", "brought us to", "took us to", "sent me to", "drove me to",
    "i'm from", "im from", "i am from", "from", "to", "in the city of", "town of", "town called",
    "city of", "motel in", "hotel in", "apartment in", "house in", "trailer in", "farm in",
    "ranch in", "work in", "working in", "worked in", "in", "at", "neighborhood", "neighbourhood",
    "area of", "across from", "downtown", "zip code", "zip", "zipcode",
)

DOB_TRIGGERS = ("born", "born on", "born in", "birth", "date of birth", "dob", "d.o.b", "d.o.b.",
                "birthday", "bday", "b-day", "birthdate", "birth date")

STREET_TYPES = (
    "street", "st", "avenue", "ave", "av", "road", "rd", "boulevard", "blvd", "drive", "dr",
    "lane", "ln", "court", "ct", "way", "place", "pl", "terrace", "ter", "circle", "cir",
    "highway", "hwy", "parkway", "pkwy", "square", "sq", "trail", "trl", "alley", "aly",
    "crossing", "xing", "loop", "path", "pike", "row", "run", "walk", "plaza", "point", "pt",
    "ridge", "rdg", "park", "pass", "plains", "pines", "port", "harbor", "harbour", "heights",
    "hts", "hills", "hill", "view", "views", "village", "vista", "valley", "vly", "glen", "grove",
    "gardens", "garden", "green", "meadow", "meadows", "mill", "mills", "mission", "mount",
    "mountain", "orchard", "oval", "overpass", "island", "isle", "junction", "jct", "key",
    "knoll", "knolls", "lake", "lakes", "landing", "light", "lights", "lock", "lodge", "manor",
    "mews", "neck", "parks", "parkways", "passage", "prairie", "radial", "ramp", "ranch",
    "rapid", "rapids", "rest", "river", "roads", "route", "rte", "shoal", "shoals", "shore",
    "shores", "skyway", "spring", "springs", "spur", "squares", "station", "stravenue",
    "stream", "streets", "summit", "throughway", "trace", "track", "trafficway", "tunnel",
    "turnpike", "underpass", "union", "unions", "ville", "vis", "wall", "ways", "well",
    "wells", "bypass", "camp", "canyon", "cape", "causeway", "center", "centre", "centers",
    "cliff", "cliffs", "club", "common", "commons", "corner", "corners", "course", "courts",
    "cove", "coves", "creek", "crescent", "crest", "curve", "dale", "dam", "divide", "drives",
    "estate", "estates", "expressway", "expy", "extension", "ext", "fall", "falls", "ferry",
    "field", "fields", "flat", "flats", "ford", "fords", "forest", "forge", "forges", "fork",
    "forks", "fort", "freeway", "fwy", "gateway", "glens", "greens", "groves", "haven",
    "hollow", "inlet", "islands", "keys", "land", "burg", "burgs", "branch", "bridge", "brook",
    "brooks", "bluff", "bluffs", "bottom", "bend", "beach", "arcade", "anex", "annex", "ports",
    "circles", "crossroad", "crossroads", "ridges", "stream", "cres", "cswy", "frwy",
)
SECONDARY_UNITS = ("apt", "apartment", "suite", "ste", "unit", "room", "rm", "lot", "trailer",
                   "floor", "fl", "bldg", "building", "space", "spc", "box", "#", "no")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec")
