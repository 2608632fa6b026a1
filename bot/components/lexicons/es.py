"""Órdenes de seguridad en español (mensajes completos) y las palabras de relleno permitidas."""

COMMANDS = {
    "quick_exit": [
        "salir", "salir del chat", "me salgo", "cerrar", "cerrar chat", "cierra", "cierra esto",
        "esconder", "ocultar", "sacame de aqui", "panico", "terminar chat", "alguien viene",
        "viene alguien", "ya viene", "ya llego", "esta aqui", "alguien me ve el telefono",
        "me estan viendo el celular", "me estan mirando", "alguien esta mirando",
        "estan viendo mi telefono", "me tengo que ir ya", "me tengo que ir", "cierra el chat",
        "cerrar el chat", "ya vienen", "ahi viene", "alguien esta aqui",
        # Errores de tecleo, palabras repetidas y lo corto que se escribe con prisa.
        "slair", "salirr", "sali", "sal", "salgo", "salir salir", "cerrar cerrar", "cierra cierra",
        "cierralo", "escondelo", "esconde esto", "oculta esto", "oculta el chat", "apaga esto",
        "cerrar ventana", "cierra la ventana", "quitalo de la pantalla", "terminar", "termina esto",
        "acaba esto", "me tengo que salir", "quiero salir", "tengo que cerrar esto",
        "tengo q cerrar esto", "ya vino", "ya llegaron", "ahi vienen", "viene mi patron",
        "viene el patron", "ahi viene el jefe", "viene el jefe", "viene mi jefe", "mi boss viene",
        "se acerca alguien", "me ven cierra", "me esta viendo el celular", "me estan viendo",
        "no puedo hablar", "no puedo hablar ahorita", "me vigilan", "esconde todo",
        "ya llego mi jefe", "llego mi jefe", "llego el patron", "llego el jefe", "viene la senora",
        "esta aqui la senora", "me estan mirando el celular", "me esta viendo", "me ven",
        "no estoy sola", "no estoy solo", "no puedo escribir", "me tengo que esconder",
        "tengo que irme", "sal del chat", "salirme", "salte", "cerra", "cerrr", "salri", "slir",
        "ciera",
        # Alguien que llega, entra o está cerca, dicho en pocas palabras; esconder la pantalla.
        "acaba de entrar", "acaba de llegar", "ya entro", "entro el jefe", "entro mi jefe",
        "entro el patron", "ya entro mi jefe", "esta detras de mi", "esta atras de mi",
        "lo tengo atras", "lo tengo al lado", "esta al lado mio", "esta a mi lado", "ya esta en la casa",
        "llego a la casa", "ya llego a la casa", "esta afuera de la puerta", "aguas", "aguas aguas",
        "ocultar pantalla", "oculta la pantalla", "esconde la pantalla", "esconder pantalla",
        "quita la pantalla", "cierra la pagina", "cerrar pagina", "sal de la pagina",
        "me esta revisando el cel", "me esta revisando el celular", "me revisa el cel",
        "me revisa el telefono", "esta revisando mi cel", "esta revisando mi celular",
        "esta revisando mi telefono", "me quiere ver el cel", "no es seguro ahorita",
        "ahorita no es seguro", "ahorita no puedo", "ahora no puedo hablar",
        "ya volvio", "ya regreso el", "volvio el jefe", "ya volvieron", "me esta vigilando",
        "me estan vigilando", "nos estan vigilando", "esta vigilando", "hay gente", "hay gente aqui",
        "hay gente cerca", "no puedo hablar hay gente", "no puedo hablar ahora hay gente",
        "esta en la puerta", "el jefe esta en la puerta", "ya esta en la puerta",
        "estan en la puerta", "estan tocando la puerta", "tocan la puerta", "vienen subiendo",
        "viene subiendo", "vienen subiendo las escaleras", "viene subiendo las escaleras",
        "esta leyendo", "me esta leyendo", "esta leyendo lo que escribo", "esta leyendo lo q escribo",
        "lee lo que escribo", "limpia la pantalla", "borra la pantalla", "no es seguro escribir",
        "no es seguro hablar",
    ],
    "delete_data": [
        "borrar", "borra", "borrar mis datos", "borra mis datos", "borrar todo", "borra todo",
        "borrar esta conversacion", "borra el chat", "eliminar", "eliminar mis datos",
        "elimina mis datos", "elimina todo",
        "borrar mi informacion", "borra mi informacion", "borra mi info", "borrar el chat",
        "borra lo que dije", "borra lo que escribi", "borra mis mensajes", "borrar mis mensajes",
        "borrame los mensajes", "borrar mi historial", "borra mi historial", "borren mi conversacion",
        "borren todo", "elimina esta conversacion", "eliminar esta conversacion", "elimina mis mensajes",
        "elimina esta charla", "elimina el historial", "eliminar chat", "quita mis datos",
        "quitar mi informacion", "olvida lo que dije", "olvida todo lo que te dije",
        "olvida esta conversacion", "quiero que borres mis datos", "quiero que borres esto",
        "puedes borrar esto", "puedes borrar mis datos", "no guardes mis datos", "no guardes esto",
        "no guardes mis mensajes", "no guardes nada", "limpia mis datos", "limpiar este chat",
        "limpia el chat", "suprimir mis datos", "borralo", "borralo todo", "borra eso",
        "borra todo lo que dije", "borra todo lo que escribi", "borrar conversacion",
        "borra la conversacion", "borra el historial", "elimina todo lo que dije",
        "eliminar mi informacion", "elimina mi info", "quita todo", "quita mis mensajes",
        "olvida todo", "olvidame", "olvida lo que te conte", "olvidate de lo que te conte",
        "no guardes nada de esto", "no quiero que guarden mis datos", "no quiero que guardes esto",
        "quiero que borren todo", "quiero que eliminen mis datos", "puedes eliminar mis datos",
        "puedes eliminar lo que escribi", "puedes borrar mi informacion", "limpia todo",
        "limpiar mis datos", "destruye mis datos", "quiero borrar el historial del chat",
        "desaparece mis mensajes",
    ],
    # Alarmas que significan peligro solo como mensaje completo ("sos" también es "eres").
    "immediate_danger": [
        "ayuda ya", "ayudame ya", "auxilio ya", "sos", "sos sos", "ayuda sos", "emergencia", "es una emergencia", "peligro",
        "ayuda ayuda", "ayuda rapido", "ayuda urgente", "911",
        # "me atacan los nervios" es ansiedad: solo el mensaje completo.
        "me atacan", "nos atacan",
    ],
    # Autolesión dicha como mensaje completo ("me corté trabajando" no lo es).
    "self_harm": ["me corte", "me corte otra vez", "me volvi a cortar"],
}

FILLERS = ["ya", "ahora", "por", "favor", "porfa", "porfavor", "rapido", "pronto", "el", "la",
           "esto", "ahorita", "mismo", "ay", "oye"]

# Frases que, en cualquier parte del mensaje, significan la crisis (tras normalise(): minúsculas,
# sin tildes ni puntuación). Autolesión se revisa antes que peligro.
CRISIS = {
    "self_harm": [
        "quiero matarme", "voy a matarme", "pienso matarme", "me quiero matar", "me voy a matar", "me quiero morir", "quiero morir",
        "quiero morirme", "ya no quiero vivir", "no quiero seguir viviendo", "quitarme la vida",
        "suicidarme", "suicidio", "hacerme dano a proposito", "quiero lastimarme",
        "mejor muerta", "mejor muerto", "no tiene sentido vivir", "no vale la pena vivir",
        "acabar con mi vida", "ya no quiero estar aqui", "cortarme las venas",
        "tomarme todas las pastillas", "aventarme de un puente", "tirarme de un puente",
        "ahorcarme", "prefiero morir", "prefiero estar muerta", "prefiero estar muerto",
        "quiero que todo termine", "desaparecer para siempre", "nadie me extranaria",
        "sentido a vivir", "sentido vivir", "ninguna razon para vivir", "no tengo razon para vivir",
        "no tengo razones para vivir", "no tengo una razon para vivir", "no hay razon para vivir",
        "sin razon para vivir", "nada por que vivir", "nada por lo que vivir",
        "estaria muerta", "estaria muerto", "estarian mejor sin mi", "si yo no existiera",
        "me corto para", "cortar las venas", "me estoy cortando", "quiero cortarme",
        "ganas de cortarme", "me corte anoche", "me corte otra vez", "me lastimo a mi misma",
        "me lastimo a mi mismo", "me hago dano a proposito", "hago dano a proposito",
        "ganas de hacerme dano", "me pego a mi misma", "me quemo con cigarros", "tomarme todas",
        "tomar todas las pastillas", "frasco de pastillas", "aventarme", "tirarme de un edificio",
        "tirar de un edificio", "aventar del puente", "vale la pena seguir viviendo",
        "para que sigo viviendo", "no quiero despertar", "no despertara", "no despertar nunca",
        "cansada de vivir", "cansado de vivir", "harta de la vida", "harto de la vida",
        "la vida no tiene sentido", "irme de este mundo", "ir de este mundo", "no vale la pena seguir viviendo",
        "quiero tomar todas", "estar en este mundo", "como matarme",
        "carta de despedida", "colgarme", "me quiero colgar", "soy una carga",
        "si me muero nadie", "si me muero a nadie", "si me muero seria mejor", "si me muero mejor",
        "terminar con mi vida", "mejor morirme", "dejar de existir", "intente matarme",
        "lo que me pueda hacer a mi misma", "lo que me pueda hacer a mi mismo",
        "lo que yo me pueda hacer", "pensamientos de muerte", "pensamientos suicidas",
        "ideas suicidas", "ya llevame", "que me muera", "solo la muerte", "no quiero estar viva",
        "no quiero estar vivo", "mejor me muero", "tomar veneno", "no haber nacido", "suicidar",
        "quitarme la vida", "en matarme", "para matarme", "ganas de morirme", "ganas de morir",
        "me quiero lastimar", "me he estado cortando", "estuviera muerta", "estuviera muerto",
        "ojala no existiera", "la vida ya no vale la pena", "aventar de un puente",
        "me quiero ahorcar", "quiero acabar con todo", "voy a acabar con todo",
        "para acabar con todo", "quiero terminar con todo", "para terminar con todo",
        "pastillas guardadas", "guardando pastillas", "tomarme todas mis pastillas",
        "tragarme todas las pastillas", "tomarme el frasco entero", "tomarme todo el frasco",
        "me tome todo el frasco", "darme una sobredosis", "quiero una sobredosis", "me lastimo cuando", "me hago dano cuando",
        "me corto cuando", "me corto los brazos", "me quemo cuando", "no quiero amanecer",
        "no volver a despertar", "fin a todo", "ponerle fin", "me lastimo pa", "me lastimo para sentir",
        "me corto para sentir", "me corto pa", "facil de morir", "forma de morir", "como morir",
        "consegui una soga", "compre una soga", "hasta sangrar", "podria acabar con todo",
        "con el veneno", "navaja escondida", "me volvi a hacer dano", "volvi a cortarme", "me volvi a lastimar",
        "monton de pastillas", "bote de pastillas", "me quemo los brazos", "me quemo la piel",
        "quemarme los brazos", "con el encendedor", "no me mata lo hago yo", "me mato yo", "soga lista", "tengo una soga",
        "como lo voy a hacer", "como me voy a matar",
        "lastimarme es lo unico", "hacerme dano es lo unico", "cortarme es lo unico",
        "cuchillo en la muneca", "navaja en la muneca", "llegue a la otra semana",
        "llegar a la otra semana", "no voy a llegar a", "me doy golpes", "me pego contra la pared",
        "golpes en la cabeza contra", "hasta sacarme sangre", "hasta que sangro", "me rasguno",
        "me arano", "que todo se acabe", "que se acabe todo", "carta de adios",
        "me corto los brazos", "cortarme los brazos", "me corto las piernas", "regalando mis cosas",
        "me tiro del puente", "me tiro de un puente", "me tiro de un edificio", "tirarme del puente",
        "ojala no amanezca", "ojala ya no amanezca", "ojala no despierte", "ojala ya no despierte",
        "la muerte seria mas facil", "morir seria mas facil", "mas facil morirme",
        "valor de acabar con todo", "valor para acabar con todo",
    ],
    "immediate_danger": [
        "navaja en el cuello", "cuchillo en el cuello", "navaja en la garganta",
        "cuchillo en la garganta", "pistola en la cabeza", "le estan pegando", "le esta pegando",
        "le estan golpeando", "le esta golpeando",
        "me va a matar", "me quiere matar", "me quieren matar", "me van a matar", "me va a pegar",
        "me van a pegar", "me esta pegando", "me estan pegando", "me esta golpeando",
        "me estan golpeando", "tiene un arma", "tienen un arma", "tiene una pistola",
        "tienen una pistola", "tiene un cuchillo", "me encerro", "me encerraron",
        "me tienen encerrada", "me tienen encerrado", "estoy encerrada", "estoy encerrado",
        "estoy atrapada", "estoy atrapado", "me secuestraron", "estoy en peligro", "auxilio",
        "socorro", "ayudenme ya", "ayudame ya", "llamen al 911", "me esta lastimando",
        "me estan lastimando", "me esta ahorcando", "con una pistola", "con un arma",
        "con un cuchillo", "me va a apunalar", "me va a disparar", "me esta pateando",
        "me amarraron", "temo por mi vida", "me estan llevando", "me subieron a un carro",
        "me quiere pegar", "me quieren pegar", "me va a hacer dano", "me van a hacer dano",
        "me quiere hacer dano", "me va a hacer algo", "me van a hacer algo", "me estan siguiendo",
        "me viene persiguiendo", "me persiguen", "del cuello", "me esta ahogando", "estoy sangrando",
        "llevar a la fuerza", "subir a una camioneta", "cerraron con llave", "me quiere forzar",
        "me quiere violar", "rompiendo la puerta", "meterse al cuarto", "que me mate",
        "golpiza", "vida corre peligro", "corro peligro", "en riesgo ahorita", "con pistola",
        "me tienen amarrada", "me tienen amarrado", "para pegarme", "golpearme",
        "no estoy a salvo", "no estoy segura aqui", "no estoy seguro aqui", "con un bate",
        "golpeando a mi companera", "volver a pegar", "amenazo con matarme", "tienen encerrados",
        "tienen encerradas", "hombres armados", "peligro de muerte", "saco el machete", "me quiere quemar",
        "tienen secuestrada", "tienen secuestrado", "estoy secuestrada", "estoy secuestrado",
        "dando golpes", "nos quieren matar", "quiere ahorcar", "me estan pateando",
        "me esta amenazando", "me estan amenazando", "manden ayuda", "manden a la policia",
        "llamen a la policia", "necesito ayuda ahorita", "miedo por mi vida", "vienen a lastimarme",
        "me va a lastimar", "me van a lastimar", "me estoy escondiendo", "subiendo a un carro", "aqui contra mi voluntad",
        "me llevaron y no se donde",
        "apretando el cuello", "estan pegando a", "tienen armas", "alguien ayudeme",
        "ayudenme por favor", "me metieron a una camioneta", "me metieron a un carro",
        "me metieron en una camioneta", "me metieron en un carro", "me subieron a una camioneta",
        "no se a donde me llevan", "no se adonde me llevan", "me llevan a la fuerza",
        "me arrastran", "me estan arrastrando", "poniendo violento", "poniendo violenta",
        "se puso violento", "me esta jalando", "me estan jalando", "me avento por",
        "me empujo por las escaleras", "llevando a mi bebe", "se llevo a mi bebe",
        "llevando a mis hijos", "mandame ayuda", "manda ayuda", "que me matan",
        "q me matan", "nos tiene amarrados", "nos tienen amarrados", "nos tiene amarradas",
        "tiene un machete", "con un machete", "en la cajuela", "en el maletero", "estan disparando", "esta disparando",
        "nos estan disparando", "me acaba de quebrar", "me quebro el brazo", "me rompio el brazo",
        "acaba de pegar", "si me encuentra me mata", "si me encuentran me matan", "me anda buscando",
        "va a quemar", "echo gasolina", "pa donde vamos", "para donde vamos", "a la fuerza a una", "me llevan en una camioneta",
        "me llevan en un carro", "me llevan y no se", "viene por mas", "vienen por mas",
        "llama al 911", "llamen a la policia ya", "me quieren llevar", "me quiere llevar a la fuerza",
        "me estan atacando", "me esta atacando", "vengan rapido", "me esta dando con el",
        "me estan dando con el",
    ],
}

# Alguien que llega, está cerca o mira, o la persona que tiene que irse: quick_exit si el mensaje
# es corto (MAX_PRESENCE_WORDS), en cualquier parte. Expresiones regulares sobre el texto
# normalizado (minúsculas, sin tildes).
_QUIEN = (r"(?:el(?=\s*$)|ella|ellos|alguien|(?:mi|el|la) (?:marido|esposo|esposa|novio|pareja|jefe|jefa|"
          r"patron|patrona|senor|senora|dona|man|encargado|encargada|padrote|coyote|mayordomo|"
          r"troquero|padrastro|bicho|viejo|vieja|don|tipo|dueno|duena|fulano|manager|boss))")
# ("si" no: sin tildes es también "sí").
PRESENCE_NOT_AFTER = ["cuando", "antes de que", "despues de que", "cada vez que", "siempre que"]
PRESENCE = [
    r"\b(?:acaba|acaban) de (?:entrar|llegar|volver|regresar)\b",
    r"\b(?:ya )?(?:llego|vino|volvio|regreso|entro|se estaciono|se paro afuera) " + _QUIEN + r"\b",
    _QUIEN + r" (?:ya )?(?:llego|vino|volvio|regreso|entro|se estaciono|esta aqui|esta aca|"
             r"esta afuera|esta al lado|esta en la puerta|esta atras|esta detras|viene|ya viene|"
             r"esta en la (?:cocina|sala|entrada|puerta)|esta en el cuarto)\b",
    r"\bme (?:revisa|revisan) el (?:telefono|cel|celular)\b",
    r"\bahi (?:viene|vienen|esta|estan) " + _QUIEN + r"\b", r"\bahi (?:viene|vienen|esta|estan)$",
    r"(?:^|\bno puedo )(?:ya )?esta aqui$", r"\bse acerca " + _QUIEN + r"\b",
    r"\b(?:ya )?se (?:bajo|bajaron) de la (?:troca|camioneta|van|carro|troka)\b",
    r"\b(?:tocando|tocan|golpeando) la puerta\b", r"\b(?:atras|detras) de mi\b",
    r"\b(?:esta|lo tengo|la tengo|los tengo) (?:al lado|a mi lado|aqui al lado|pegado)\b",
    r"\b(?:revisando|viendo|leyendo|agarrando|me quito) (?:el|mi) (?:telefono|cel|celular|movil)\b",
    r"\b(?:me esta|me estan|nos esta|nos estan) (?:vigilando|viendo|mirando)\b",
    r"\b(?:me toca irme|me tengo que ir|tengo que irme|me tengo que salir)\b"
    r"(?! de| a | al | para| porque| xq)",
    r"\bno puedo (?:hablar|escribir)\b(?! con| de| sobre| a | porque| xq)", r"\bsalida rapida\b",
]

# Palabras que, justo antes de una frase de crisis, dicen lo contrario ("no estoy en peligro").
NEGATIONS = ["no", "nunca", "ya no", "tampoco"]
# Palabras que, justo antes de una frase de presencia, la niegan ("nadie me esta mirando").
PRESENCE_NEGATIONS = ["nadie"]

# Decir que es seguro hablar (ver en.py): sola, nadie cerca, la persona que controla fuera
# ("estoy sola", "ya se fue", "nadie me ve"). Solo cuenta un mensaje hecho de eso y SAFE_FILLERS.
_CONTROLA = (r"(?:el|ella|ellos|ellas|(?:(?:mi|el|la|los|las|mis)\s+)?(?:marido|esposo|esposa|novio|"
             r"pareja|jefe|jefa|patron|patrona|senor|senora|encargado|encargada|mayordomo|padrote|"
             r"boss|viejo|todos|companeros|companeras|familia|cuadrilla|suegra|suegro|jornaleros|"
             r"trabajadores|chicas|demas \w+|otras muchachas|muchachas|otros|otras|roomies))")
_FUERA = (r"(?:en el trabajo|en la chamba|en el jale|en el work|trabajando|dormid[oa]s?|de viaje|"
          r"fuera de la ciudad|fuera|en el pueblo|en el campo|en la pisca|en el rancho|en la tienda|"
          r"en la troca|fuera del estado|en el turno de noche|en misa|en la iglesia|en la labor|"
          r"en la obra)")
_DESTINO = r"(?: (?:a|al|pa|pal)(?: la| el)? \w+| todo el dia)?"
SAFE = [
    # Decirlo: "si es seguro", "ya puedo hablar", "me siento segura para hablar", "esta despejado".
    r"\b(?:si|ya|ahorita|ahora|adelante|simon|sip) es seguro(?: hablar| escribir)?\b",
    r"\b(?:si |ya |ahorita |orita )?(?:podemos|se puede|puedo) (?:hablar|escribir|platicar)\b",
    r"\bahorita se puede\b",
    r"\b(?:es|ahorita es|orita es) buen momento(?: (?:pa|para) (?:hablar|escribir|platicar))?\b",
    r"\besta tranquilo\b", r"^es seguro (?:ahorita|ahora)$",
    r"\bme siento segur[oa](?: para (?:hablar|escribir))?\b",
    r"\b(?:ya )?estoy a salvo(?: para (?:hablar|escribir))?\b",
    r"\b(?:esta despejado|todo tranquilo|todo en calma|no hay moros en la costa)\b",
    r"\b(?:estoy|ando|me quede|quede|estamos)\s+(?:sol[oa]s?|solit[oa])\b",
    r"\b(?:estoy|ando)\s+(?:en|afuera)\b(?:\s+(?!con\b|y\b|pero\b)\w+){0,4}?\s+"
    r"(?:sol[oa]|solit[oa])\b",
    r"^(?:si )?(?:sol[oa]|solit[oa])$",
    r"\bsolo (?:estoy )?yo\b", r"\bnomas (?:estoy )?yo\b",
    r"\bno (?:hay|esta|estan) nadie(?: cerca)?\b",
    r"\bnadie (?:esta (?:aqui|aca|conmigo|en la casa|en casa|cerca)|me ve|me mira|me vigila|"
    r"me esta viendo|me esta mirando|"
    r"(?:revisa|checa|agarra|usa) (?:mi|este|el) (?:cel|celular|telefono)|"
    r"va a revisar (?:mi|el) (?:cel|celular|telefono)|puede ver (?:la|mi) pantalla)\b",
    r"\bnadie (?:mas )?lo (?:usa|toca|agarra)\b",
    r"\bnadie (?:me )?(?:revisa|toca|mueve|le mueve a) (?:mi|el|los|mis) "
    r"(?:cel|celular|telefono|mensajes)\b",
    r"\b(?:nadie (?:conmigo|adentro|alrededor|cerca(?: de mi)?)|sin nadie)\b",
    # El teléfono: "el telefono es mio", "el no sabe mi contraseña", "tengo otro cel".
    r"\b(?:el|este|mi) (?:cel|celular|telefono) es mio\b",
    r"\bes mi (?:propio )?(?:cel|celular|telefono)\b",
    r"\bmi (?:cel|celular|telefono) tiene (?:contrasena|clave|huella)(?: y solo yo la se)?\b",
    r"\bnadie (?:mas )?tiene acceso a (?:mi|este|el) (?:cel|celular|telefono)\b",
    r"\b(?:el|ella|ellos) no (?:tiene|tienen|sabe|saben) (?:el pin|la clave|la contrasena) de mi "
    r"(?:cel|celular|telefono)\b",
    r"\b(?:este|el) (?:cel|celular|telefono) lo compre yo\b",
    r"\b(?:el|ella|ellos) no (?:sabe|saben) (?:mi|la) (?:contrasena|clave|password)\b",
    r"\btengo otro (?:cel|celular|telefono)(?: q| que) (?:el|ella|ellos) no (?:sabe|saben)\b",
    # Un rato propio: "tengo un ratito", "tengo como media hora", "tengo tiempo ahorita".
    r"\b(?:me dieron|tengo) (?:la tarde|el dia|la noche|la manana) libre\b",
    r"\btengo chance(?: de (?:hablar|escribir|platicar))?\b",
    r"\btengo (?:tiempo|un rato|un ratito|(?:como |unos |unas )?(?:media hora|una hora|\d+ "
    r"(?:minutos|min|mins)))\b",
    r"\bsali a caminar (?:para|pa) (?:poder )?(?:escribir|hablar)\b",
    # Quien controla, fuera: "ya se fue el patron", "mi marido anda de viaje", "trabaja de noche".
    r"\bya se (?:fue|fueron)(?: todos)?(?: (?:el|la|los|las|mi) \w+)?" + _DESTINO + r"\b",
    _CONTROLA + r" (?:ya )?se (?:fue|fueron)" + _DESTINO + r"\b",
    r"\b(?:se|ya se) (?:fue|fueron) (?:a|al) (?:trabajar|la chamba|el jale|jale|el trabajo|trabajo|"
    r"dormir|la tienda|tomar|rancho|pueblo|la pisca|campo)\b",
    r"\bse (?:fue|fueron) todo el dia\b",
    r"(?:\b" + _CONTROLA + r" )?(?:esta|estan|ya esta|ya estan|anda|andan)\s+" + _FUERA + r"\b",
    _CONTROLA + r" (?:salio|salieron)"
    r"(?: a (?:la |el )?\w+| con (?:sus|unos) \w+| fuera de la ciudad)?\b",
    _CONTROLA + r" se llevo a todos (?:al|a la) \w+\b",
    _CONTROLA + r" no (?:vino|vinieron) hoy\b",
    r"(?:\b" + _CONTROLA + r" )?\btrabaja (?:doble turno|de noche|hasta tarde)\b",
    _CONTROLA + r" (?:sigue|siguen) (?:trabajando|en (?:la labor|la obra|el campo|el trabajo|"
    r"la chamba|el jale|la pisca))\b",
    r"\by (?:tarda|tardan) (?:horas|dias|mucho)\b",
    _CONTROLA + r" tiene (?:su |el )?(?:dia libre|dia de descanso)\b",
    r"\b(?:y )?no (?:anda|esta|andan|estan) por (?:aca|aqui|aki)\b",
    r"\b(?:ya se durmio|ya se durmieron|todos duermen|todos estan dormidos)\b",
    r"\btodos (?:salieron|se fueron)\b",
    r"(?:^|\by |\b" + _CONTROLA + r" )no (?:regresa|vuelve|llega|viene)\b",
    r"(?:^|\b" + _CONTROLA + r" )no (?:esta|estan)(?: (?:aqui|aca|en la casa|en casa))?(?=\s*$)",
    r"\bya no esta\b",
]
SAFE_FILLERS = ["por el momento", "por ahora", "en la casa", "en casa", "en mi cuarto", "todo bien",
                "asi que estoy bien", "estoy bien", "puedo hablar", "ya puedo", "en el bano",
                "en mi carro", "en el carro", "en mi descanso", "en la lavanderia", "con seguro",
                "hasta tarde", "nadie mas", "xq", "porque", "pq", "libres", "dime", "jaja", "simon",
                "un ratito", "un rato", "sin problema", "adelante", "ntp", "por aca", "por aqui",
                "el fin de semana",
                "si", "sip", "ok", "ya", "ahorita", "ahora", "orita", "hoy", "aqui", "aca", "pues",
                "pos", "tranquila", "tranquilo", "y", "sola", "solo"]
SAFE_FILLER_PATTERNS = [r"hasta (?:la noche|la tarde|manana|el \w+|las? \w+)", r"todo el dia",
                        r"por (?:dos|tres|unos|unas|\d+) (?:dias|semanas|horas)",
                        r"(?:\d+ )?(?:min|minutos) libres", r"(?:como |unos )?\d+ (?:minutos|min|mins)",
                        r"asi q(?:ue)? tengo (?:tiempo|tienpo)",
                        r"toda la noche", r"por (?:un rato|horas|ahorita)"]

# Un mensaje que el clasificador leyó como safe_to_talk pero dice lo contrario (ver en.py):
# "no es seguro", "no estoy sola", "hay gente", "el esta en la casa", "me revisa el cel luego".
# "no estoy segura" es casi siempre "no sé", no "no es seguro".
NOT_SAFE = [
    r"\bno (?:es|esta) seguro\b", r"\bno (?:me siento|creo que (?:sea|este)) segur[oa]\b",
    r"\b(?:no|nunca|tampoco) (?:\w+ )?(?:sol[oa]|solit[oa])\b", r"\bno (?:\w+ )?a salvo\b",
    r"(?<!\bno )\bhay (?:gente|mas gente)\b", r"\bhay alguien\b",  # "no hay gente": nadie
    r"\bestoy con " + _CONTROLA,
    r"\b(?:el|ella|ellos|alguien|(?:mi|el|la) (?!no\b)\w+) "
    r"(?:esta|estan|ya esta|ya estan|sigue|siguen) "
    r"(?:en la casa|en casa|aqui|aca|conmigo|al lado|en el cuarto de al lado|en la cocina|"
    r"en la sala|en el otro cuarto)\b",
    r"\b(?:luego|despues|al rato|mas tarde) (?:me )?(?:revisa|checa|ve|mira)\b",
    r"(?<!\bnadie )(?<!\bno )\b(?:revisa|checa|va a revisar|va a checar) (?:mi|el) "
    r"(?:cel|celular|telefono)\b",
    r"(?<!\bno )(?<!\bnunca )\b(?:vuelve|regresa|viene)\b",
    # Irse, o alguien que llega: nunca una respuesta de que es seguro.
    r"\bme (?:voy|tengo que ir|tengo que esconder)\b",
    r"(?<!\bno )\b(?:ya )?(?:llego|llegaron|volvio|volvieron|regreso|regresaron|se estaciono)\b",
]

# Palabras que, justo después de una frase de crisis, la vuelven otra cosa (ver en.py): una
# deuda o un contrato, una amenaza para que sigan trabajando, un accidente, algo del pasado.
NOT_AFTER = [
    "de", "con la deuda", "en deudas", "en una deuda", "por la deuda", "en el contrato",
    "con la migra", "con migracion", "con inmigracion", "con deportarme", "con llamar",
    "con la policia", "con correrme", "con despedirme", "sin querer", "por accidente",
    "el ano pasado", "cuando era",
]

# Patrones de una edad dicha, sobre el mensaje normalizado completo (el número es el grupo 1).
# Solo lo que se dice como edad: "tengo 16 años", "tengo 16"; nunca "tengo 3 hijos".
AGE_PATTERNS = [
    r"\btengo\s+(\d{1,2})\s*anos\b(?!\s+(?:de|trabajando|aqui|en)\b)",
    r"^tengo\s+(\d{1,2})$",
    r"^(\d{1,2})\s*(?:anos|anitos)$",
    r"^(?:ya |apenas )?(?:acabo de cumplir|cumpli)\s+(\d{1,2})(?:\s+anos)?(?:\s+(?:el mes pasado|"
    r"la semana pasada|ayer|hace poco|este mes|este ano|hoy))?$",
    r"\bmi edad es\s+(?:de\s+)?(\d{1,2})\b",
    r"^edad\s*(\d{1,2})$",
]

# Números escritos con letra, para las edades ("tengo diecisiete", "treinta y dos"): de 10 a 99.
NUMBER_UNITS = {"uno": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
                "siete": 7, "ocho": 8, "nueve": 9}
NUMBER_WORDS = {"diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
                "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
                "veintiuno": 21, "veintiun": 21, "veintidos": 22, "veintitres": 23,
                "veinticuatro": 24, "veinticinco": 25, "veintiseis": 26, "veintisiete": 27,
                "veintiocho": 28, "veintinueve": 29}
NUMBER_TENS = {"treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
               "ochenta": 80, "noventa": 90}
NUMBER_JOINER = "y"  # "treinta y dos"

# Las palabras que casi toda respuesta de que es seguro lleva (comienzos de palabra; ver en.py):
# sola, nadie, dormidos, en el trabajo, se fue, el cel, un rato, un lugar a solas, "seguro".
SAFE_HINTS = [
    r"\b(?:sol[oa]|solit|nadie|nomas yo|solo yo|dormid|durm|duerm|ronc|trabaj|chamba|jale|turno|"
    r"fue|fuer|salio|salier|sali|viaje|afuera|fuera|tienda|iglesia|misa|escuela|campo|rancho|"
    r"pueblo|pisca|obra|labor|regres|vuelve|vuelv|viene|vino|llega|anda|no esta|no estan|"
    r"cel|telefono|movil|contrasena|clave|pin|huella|numero|tiempo|rato|minut|min|hora|media|"
    r"chance|libre|segur|salvo|despejado|tranquil|calma|descanso|break|lonche|comida|camin|"
    r"carro|troca|bano|regadera|cuarto|patio|azotea|privad|hablar|escribir|platicar|puedo|"
    r"podemos|se puede|momento|bien|ok|dale|adelante|ntp|moros|rat|estoy yo|hasta|semana|mes)"
]
