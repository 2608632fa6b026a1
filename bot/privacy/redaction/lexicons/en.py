"""English context phrases for the redactor (lower-case; each phrase is matched as tokens)."""

# The word after these is a name, whatever it is ("my name is will").
PERSON_NAMING = (
    "my name is", "my names", "my name's", "name is", "name's", "name:", "i'm called",
    "im called", "i am called", "named", "a guy named", "a man named", "a woman named",
    "a lady named", "someone named", "my nickname is", "nickname:", "full name is",
    "real name is", "last name is", "first name is", "surname is",
)
# The words after these are a name even when lower-case and not in the name lists, but not
# when they are ordinary words ("call me later", "ask for help").
PERSON_STRONG = (
    "call me", "they call me", "everyone calls me", "goes by", "signed", "ask for",
    "asked for", "this is",
)
# After these, only a known name or a capitalised word counts ("i'm tired" is not a name).
PERSON_WEAK = ("with", "and", "from", "by", "to", "w", "4", "work 4", "love")
# "I'm X": X is a name only if listed, capitalised, or two name-like words ("i'm tired" is not).
PERSON_COPULA = ("i'm", "im", "i am", "it's", "its", "i'm called")
# Talking to or about someone: "text X", "ask for X", "hi X" (one unlisted word is enough).
PERSON_ADDRESS = ("call", "text", "tell", "told", "meet", "met", "ask", "called", "hi", "hello",
                  "hey", "thanks", "dear", "ask 4", "ask for", "text to", "message")
# Nationalities and faiths that follow "I'm" capitalised and are not names.
NOT_NAMES = ("mexican", "guatemalan", "honduran", "salvadoran", "american", "latina", "latino",
             "hispanic", "catholic", "christian", "muslim", "indian", "chinese", "filipino",
             "filipina", "spanish", "english", "african", "haitian", "cuban", "dominican",
             "colombian", "venezuelan", "peruvian", "ecuadorian", "nicaraguan", "brazilian",
             "ukrainian", "russian", "thai", "vietnamese", "korean", "canadian", "black", "white",
             "asian", "native", "okay", "ok", "fine", "good", "here", "sorry", "back", "ready")
# A name just before these is a person ("Meera said", "Ana here").
PERSON_AFTER = ("said", "says", "told me", "tells me", "is my", "was my", "texted me",
                "called me", "took my", "has my", "keeps my", "wants me")
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
    "cook at", "work in", "worked in", "working in", "works in", "boss at", "owner of", "manager at", "shift at", "they own", "owns",
    "recruited by", "recruiter from", "agency called", "agency is", "boss at", "supervisor at",
    "job is at", "wrk at", "work 4", "worked 4", "working 4", "clean houses for",
)

LOCATION_TRIGGERS = (
    "live in", "lives in", "living in", "lived in", "live near", "stay in", "staying in",
    "stayed in", "staying at", "i'm in", "im in", "i am in", "we're in", "we are in", "were in",
    "located in", "near", "close to", "next to", "outside of", "outside", "moved to",
    "brought me to", "took me to", "brought us to", "took us to", "sent me to", "drove me to",
    "i'm from", "im from", "i am from", "from", "to", "in the city of", "town of", "town called",
    "city of", "motel in", "hotel in", "apartment in", "house in", "trailer in", "farm in",
    "ranch in", "work in", "working in", "worked in", "in", "at", "neighborhood", "neighbourhood",
    "area of", "across from", "downtown", "zip code", "zip", "zipcode", "until", "till",
    "r in", "live n", "around", "brought me 2", "took me 2", "brought us 2", "took us 2",
    "moved 2", "sent me 2", "r near", "are near", "were near", "i'm near", "im near",
)
# Capitalised words that are never a place or an employer after "in"/"at".
NOT_PLACES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "english", "spanish", "christmas", "easter", "god", "jesus", "night", "morning",
              "first", "last", "the", "this", "that", "my", "our", "ok", "okay", "least", "all",
              "home", "work", "school", "church", "hospital", "court", "jail", "night")

DOB_TRIGGERS = ("born", "born on", "born in", "birth", "date of birth", "dob", "d.o.b", "d.o.b.",
                "birthday", "bday", "b-day", "birthdate", "birth date")

# USPS Publication 28 street suffixes (names, plurals, common abbreviations).
STREET_TYPES = tuple("""
alley aly allee anex annex arcade arc avenue ave av bayou bayoo beach bch bend bnd bluff bluffs
blf bottom btm boulevard blvd branch br bridge brg brook brooks brk burg burgs bypass byp camp
cp canyon cyn cape cpe causeway cswy center centers centre ctr circle circles cir cliff cliffs
clf club clb common commons corner corners cor course crse court courts ct cove coves cv creek
crk crescent cres crest crst crossing xing crossroad crossroads curve curv dale dl dam dm
divide dv drive drives dr estate estates est expressway expy extension extensions ext fall
falls fls ferry fry field fields fld flat flats flt ford fords frd forest frst forge forges
frg fork forks frk fort ft freeway fwy garden gardens gdn gateway gtwy glen glens gln green
greens grn grove groves grv harbor harbors hbr haven hvn heights hts highway hwy hill hills hl
hollow holw inlet inlt island islands is isle junction junctions jct key keys ky knoll knolls
knl lake lakes lk land landing lndg lane ln light lights lgt loaf lf lock locks lck lodge ldg
loop mall manor manors mnr meadow meadows mdw mews mill mills ml mission msn motorway mtwy
mount mt mountain mountains mtn neck nck orchard orch oval overpass opas park parks parkway
parkways pkwy pass passage psge path pike pine pines pne place pl plain plains pln plaza plz
point points pt port ports prt prairie pr radial radl ramp ranch rnch rapid rapids rpd rest
rst ridge ridges rdg river riv road roads rd route rte row rue run shoal shoals shl shore
shores shr skyway skwy spring springs spg spur spurs square squares sq station sta stravenue
stra stream strm street streets st summit smt terrace ter throughway trwy trace trce track
trak trafficway trfy trail trl trailer trlr tunnel tunl turnpike tpke underpass upas union
unions un valley valleys vly viaduct via vlg view views vw village villages ville vl vista
vis walk walks wall way ways wy well wells wl
""".split())
SECONDARY_UNITS = ("apt", "apartment", "suite", "ste", "unit", "room", "rm", "lot", "trailer",
                   "floor", "fl", "bldg", "building", "space", "spc", "box", "#", "no")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec")
