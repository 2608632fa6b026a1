"""Órdenes de seguridad en español (mensajes completos) y las palabras de relleno permitidas."""

COMMANDS = {
    "quick_exit": [
        "salir", "salir del chat", "me salgo", "cerrar", "cerrar chat", "cierra", "cierra esto",
        "esconder", "ocultar", "sacame de aqui", "panico", "terminar chat", "alguien viene",
        "viene alguien", "ya viene", "ya llego", "esta aqui", "alguien me ve el telefono",
        "me estan viendo el celular", "me estan mirando", "alguien esta mirando",
        "estan viendo mi telefono", "me tengo que ir ya", "me tengo que ir", "cierra el chat",
        "cerrar el chat", "ya vienen", "ahi viene", "alguien esta aqui",
    ],
    "delete_data": [
        "borrar", "borra", "borrar mis datos", "borra mis datos", "borrar todo", "borra todo",
        "borrar esta conversacion", "borra el chat", "eliminar", "eliminar mis datos",
        "elimina mis datos", "elimina todo",
    ],
}

FILLERS = ["ya", "ahora", "por", "favor", "porfa", "rapido", "pronto", "el", "la", "esto"]

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
        "me amarraron", "temo por mi vida", "me estan llevando", "me subieron a un carro", "sos",
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
