"""Closed-class place names: a person's state, province, country or large city locates them.

Lower-case, accents removed, multi-word names as they are written. Towns and neighbourhoods
are open-class: the redactor finds them from context ("I live in ...", "vivo en ...").
"""

US_STATES = (
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
    "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
    "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey",
    "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon",
    "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
    "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming",
    "district of columbia", "puerto rico", "guam", "nueva york", "nuevo mexico", "carolina del norte",
    "carolina del sur", "luisiana", "misuri", "pensilvania", "tejas", "florida", "california",
)

# Postal abbreviations (upper-case in text; matched only when written upper-case).
US_STATE_CODES = frozenset((
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
    "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI AS MP FM MH PW "
    "AA AE AP"
).split())

MX_STATES = (
    "aguascalientes", "baja california", "baja california sur", "campeche", "chiapas",
    "chihuahua", "coahuila", "colima", "durango", "guanajuato", "guerrero", "hidalgo", "jalisco",
    "estado de mexico", "edomex", "michoacan", "morelos", "nayarit", "nuevo leon", "oaxaca",
    "puebla", "queretaro", "quintana roo", "san luis potosi", "sinaloa", "sonora", "tabasco",
    "tamaulipas", "tlaxcala", "veracruz", "yucatan", "zacatecas", "ciudad de mexico", "cdmx",
)

ES_PROVINCES = (
    "a coruna", "alava", "albacete", "alicante", "almeria", "asturias", "avila", "badajoz",
    "baleares", "barcelona", "burgos", "caceres", "cadiz", "cantabria", "castellon",
    "ciudad real", "cordoba", "cuenca", "girona", "granada", "guadalajara", "guipuzcoa", "huelva",
    "huesca", "jaen", "la rioja", "las palmas", "leon", "lleida", "lugo", "madrid", "malaga",
    "murcia", "navarra", "ourense", "palencia", "pontevedra", "salamanca", "segovia", "sevilla",
    "soria", "tarragona", "tenerife", "teruel", "toledo", "valencia", "valladolid", "vizcaya",
    "zamora", "zaragoza", "ceuta", "melilla", "bilbao", "santander", "oviedo", "gijon", "vigo",
)

COUNTRIES = (
    "la coruna", "mexico", "guatemala", "honduras", "el salvador", "nicaragua", "costa rica", "panama",
    "colombia", "venezuela", "ecuador", "peru", "bolivia", "chile", "argentina", "uruguay",
    "paraguay", "cuba", "haiti", "republica dominicana", "dominican republic", "brasil", "brazil",
    "espana", "spain", "filipinas", "philippines", "china", "india", "nigeria", "ukraine",
    "ucrania", "rusia", "russia", "thailand", "tailandia", "vietnam", "korea", "corea",
    "canada", "belice", "belize", "jamaica",
)

CITIES = (
    "los angeles", "houston", "dallas", "san antonio", "austin", "el paso", "phoenix",
    "tucson", "san diego", "san jose", "san francisco", "oakland", "fresno", "sacramento",
    "las vegas", "denver", "chicago", "atlanta", "miami", "orlando", "tampa", "jacksonville",
    "charlotte", "raleigh", "nashville", "memphis", "new orleans", "seattle", "portland",
    "boston", "philadelphia", "baltimore", "detroit", "minneapolis", "st louis", "kansas city",
    "oklahoma city", "albuquerque", "salt lake city", "omaha", "newark", "brooklyn", "bronx",
    "queens", "manhattan", "long island", "bakersfield", "salinas", "yakima", "immokalee",
    "homestead", "mcallen", "brownsville", "laredo", "harlingen", "riverside", "santa ana",
    "anaheim", "long beach", "stockton", "modesto", "watsonville", "oxnard", "tijuana",
    "ciudad juarez", "juarez", "monterrey", "guadalajara", "puebla", "leon", "cancun",
    "acapulco", "mexicali", "hermosillo", "culiacan", "mazatlan", "reynosa", "matamoros",
    "nuevo laredo", "toluca", "morelia", "tapachula", "tegucigalpa", "san pedro sula",
    "san salvador", "managua", "guatemala city", "ciudad de guatemala", "quetzaltenango",
    "bogota", "medellin", "cali", "caracas", "quito", "guayaquil", "lima", "santiago",
    "buenos aires", "la habana", "havana", "santo domingo", "port-au-prince", "barcelona",
    "madrid", "sevilla", "valencia", "malaga", "bilbao",
)

ALL = frozenset(US_STATES + MX_STATES + ES_PROVINCES + COUNTRIES + CITIES)
LONGEST = max(len(p.split()) for p in ALL)

# How English town names end ("Richardburgh", "Francishaven", "Lake Shannonfort").
PLACE_SUFFIXES = ("burgh", "burg", "ville", "view", "stad", "land", "ton", "furt", "haven",
                  "side", "borough", "boro", "berg", "fort", "mouth", "chester", "bury", "port",
                  "shire", "town", "field", "wood", "ford", "dale", "mont", "polis", "ham")

# Town-name endings distinctive enough to count without a context ("Alexisview", "Kimborough").
TOWN_SUFFIXES = ("burgh", "burg", "ville", "stad", "furt", "haven", "borough", "berg", "mouth",
                 "chester", "bury", "shire", "view", "fort", "port", "land", "ton", "town", "side",
                 "field")

# Words that begin or make up town and neighbourhood names ("Lake Laura", "San Pedro los altos").
PLACE_WORDS = frozenset((
    "lake new north south east west port fort mount mt saint st san santa santo "
    "nueva nuevo ciudad villa valle puerto city town village heights park springs beach "
    "falls hills ville view bay haven burgh borough creek river island county colonia barrio "
    "altos bajos alto bajo real vieja viejo"
).split())
