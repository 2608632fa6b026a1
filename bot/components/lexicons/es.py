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
        "no puedo hablar", "no puedo hablar ahorita", "me vigilan",
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
        "limpia el chat", "suprimir mis datos",
    ],
    # Alarmas que significan peligro solo como mensaje completo ("sos" también es "eres").
    "immediate_danger": [
        "sos", "sos sos", "ayuda sos", "emergencia", "es una emergencia", "peligro",
        "ayuda ayuda", "ayuda rapido", "ayuda urgente", "911",
    ],
}

FILLERS = ["ya", "ahora", "por", "favor", "porfa", "porfavor", "rapido", "pronto", "el", "la",
           "esto", "ahorita", "mismo"]

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
        "sentido a vivir", "sentido vivir", "razon para vivir", "razones para vivir",
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
        "carta de despedida", "colgarme", "me quiero colgar", "soy una carga", "si me muero",
        "terminar con mi vida", "mejor morirme", "dejar de existir", "intente matarme",
        "lo que me pueda hacer", "pensamientos de muerte", "pensamientos suicidas",
        "ideas suicidas", "ya llevame", "que me muera", "solo la muerte", "no quiero estar viva",
        "no quiero estar vivo", "mejor me muero", "tomar veneno", "no haber nacido", "suicidar",
        "quitarme la vida",
    ],
    "immediate_danger": [
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
        "me esta amenazando", "me estan amenazando",
    ],
}

# Palabras que, justo antes de una frase de crisis, dicen lo contrario ("no estoy en peligro").
NEGATIONS = ["no", "nunca", "ya no", "tampoco"]

# Patrones de una edad dicha, sobre el mensaje normalizado completo (el número es el grupo 1).
# Solo lo que se dice como edad: "tengo 16 años", "tengo 16"; nunca "tengo 3 hijos".
AGE_PATTERNS = [
    r"\btengo\s+(\d{1,2})\s*anos\b(?!\s+(?:de|trabajando|aqui|en)\b)",
    r"^tengo\s+(\d{1,2})$",
    r"^(\d{1,2})\s*anos$",
    r"\bmi edad es\s+(?:de\s+)?(\d{1,2})\b",
    r"^edad\s*(\d{1,2})$",
]
