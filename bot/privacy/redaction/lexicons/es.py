"""Spanish context phrases for the redactor (lower-case, without accents)."""

PERSON_NAMING = (
    "me llamo", "mi nombre es", "nombre:", "mi nombre:", "se llama", "se llamaba", "llamado",
    "llamada", "de nombre", "mi apodo es", "apodo:", "mi apellido es", "apellido:",
    "mi nombre completo es", "me yamo", "mi nombre s", "un senor llamado",
    "una senora llamada", "mi nombre real es",
)
PERSON_STRONG = (
    "me dicen", "me llaman", "le dicen", "le llaman", "firma", "atte", "atentamente",
    "pregunta por", "pregunte por", "preguntar por", "pregunten por", "pregunta x",
    "preguntar x", "pregunten x", "un tal", "una tal",
)
PERSON_AFTER = ("dice", "dijo", "me dijo", "es mi", "era mi", "tiene mi", "tiene mis",
                "me mando", "me llamo al", "me quito", "quiere que")
PERSON_WEAK = ("con", "y", "de", "a", "para", "por", "d", "pa", "x")
PERSON_COPULA = ("soy", "soy yo", "yo soy", "aqui", "aqui esta")
PERSON_ADDRESS = ("habla", "hablar con", "habla con", "llama a", "llamar a", "busca a",
                  "buscar a", "dile a", "decirle a", "conoci a", "hola", "gracias",
                  "mensaje a", "mandale mensaje a", "escribele a", "marcale a")
NOT_NAMES = ("mexicana", "mexicano", "guatemalteca", "guatemalteco", "hondurena", "hondureno",
             "salvadorena", "salvadoreno", "latina", "latino", "catolica", "catolico",
             "cristiana", "cristiano", "bien", "aqui", "yo")
RELATIONS = (
    "jefe", "jefa", "patron", "patrona", "encargado", "encargada", "supervisor", "supervisora",
    "capataz", "mayordomo", "dueno", "duena", "novio", "novia", "esposo", "esposa", "marido",
    "pareja", "amigo", "amiga", "primo", "prima", "hermano", "hermana", "mama", "madre", "papa",
    "padre", "tio", "tia", "hijo", "hija", "companero", "companera", "vecino", "vecina",
    "reclutador", "reclutadora", "contratista", "coyote", "chofer", "cunado", "cunada",
    "suegro", "suegra", "padrote", "padrino", "madrina", "cliente", "abogado", "abogada",
    "sobrino", "sobrina", "abuela", "abuelo", "nieto", "nieta", "ex", "bebe", "nena", "nene",
)
TITLES = ("sr", "sra", "srta", "senor", "senora", "senorita", "don", "dona", "lic",
          "licenciado", "licenciada", "ing", "ingeniero", "dr", "dra", "doctor", "doctora",
          "profe", "profesor", "profesora", "tio", "tia", "comadre", "compadre",
          "padre", "madre", "hermano", "hermana", "oficial", "seno", "sra.", "sr.")

ORG_TRIGGERS = (
    "trabajo en", "trabajo para", "trabaje en", "trabaje para", "trabajaba en",
    "trabajaba para", "trabajamos en", "trabajamos para", "trabaja en", "trabaja para",
    "trabajando en", "trabajando para", "me contrato", "me contrataron en", "la empresa",
    "una empresa", "empresa llamada", "la compania", "compania llamada", "el negocio",
    "negocio llamado", "mi empleador es", "empleador:", "empresa:", "la agencia", "agencia llamada",
    "limpio en", "cocino en", "el dueno de", "la duena de", "el patron de",
    "contratado por", "contratada por", "me reclutaron en", "me recluto", "trabajo pa",
    "trabaje pa", "trabajaba pa", "patron en", "jefe en", "jefa en", "trabajo n", "chambeo en",
)

LOCATION_TRIGGERS = (
    "vivo en", "vive en", "vivimos en", "viven en", "vivia en", "viviendo en", "estoy en",
    "estamos en", "esta en", "me quedo en", "nos quedamos en", "quedo en", "cerca de",
    "junto a", "al lado de", "enfrente de", "afuera de", "por el", "por la", "rumbo a",
    "me trajeron a", "me llevaron a", "nos trajeron a", "nos llevaron a", "me mandaron a",
    "me mudaron a", "me mude a", "llegue a", "soy de", "vengo de", "de", "en", "a",
    "la ciudad de", "el pueblo de", "pueblo llamado", "en la colonia", "colonia", "barrio",
    "municipio de", "estado de", "codigo postal", "cp", "c.p.", "c.p", "zona de", "desde",
    "hasta", "cerca d", "vivo n", "toy en", "x el", "x la", "rumbo a", "por", "soy d",
    "vengo d", "vivo x", "estamos x", "estoy x",
)
NOT_PLACES = ("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "ingles",
              "espanol", "navidad", "dios", "casa", "trabajo", "escuela", "iglesia", "noche",
              "manana", "tarde", "la", "el", "mi", "su", "semana")

DOB_TRIGGERS = ("naci", "naci el", "naci en", "nacido", "nacida", "nacimiento",
                "fecha de nacimiento", "fecha de nac", "f. nac", "cumpleanos", "cumple",
                "mi cumple es", "cumplo anos")

STREET_TYPES = (
    "calle", "c/", "avenida", "av", "avda", "ave", "blvd", "bulevar", "boulevard", "calzada",
    "calz", "camino", "carretera", "carr", "cerrada", "cda", "circuito", "circunvalacion",
    "privada", "priv", "prolongacion", "prol", "retorno", "periferico", "pasaje", "paseo",
    "plaza", "ronda", "glorieta", "travesia", "callejon", "andador", "diagonal", "eje",
    "viaducto", "corredor", "peatonal", "canada", "cuesta", "pasadizo", "via", "rambla",
    "urbanizacion", "urb", "carrera", "cra", "kra", "transversal", "manzana", "mz", "lote",
    "fraccionamiento", "fracc", "residencial", "conjunto", "callejuela", "alameda", "acceso",
    "ampliacion", "vereda", "sendero", "autopista", "libramiento", "cuesta", "grupo", "ramal",
    "rincon", "rua", "subida", "bajada", "poligono", "partida", "pje", "psje", "pza", "pl",
    "continuacion", "cjon", "ctra", "ave", "vial",
)
SECONDARY_UNITS = ("int", "interior", "depto", "departamento", "dpto", "dep", "piso", "puerta",
                   "edif", "edificio", "apt", "apto", "apartamento", "local", "mz", "lt", "lote",
                   "bis", "casa", "num", "numero", "no", "n", "#", "esc", "escalera", "bloque",
                   "portal", "planta")
MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "ene", "feb", "mar",
          "abr", "may", "jun", "jul", "ago", "sep", "sept", "oct", "nov", "dic")
