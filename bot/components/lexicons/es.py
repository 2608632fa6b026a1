"""Órdenes de seguridad en español (mensajes completos) y las palabras de relleno permitidas."""

COMMANDS = {
    "quick_exit": [
        "salir", "salir del chat", "me salgo", "cerrar", "cerrar chat", "cierra", "cierra esto",
        "esconder", "ocultar", "sacame de aqui", "panico", "terminar chat", "alguien viene",
        "viene alguien", "ya viene", "ya llego", "esta aqui", "alguien me ve el telefono",
        "me estan viendo el celular", "me estan mirando", "alguien esta mirando",
        "estan viendo mi telefono", "me tengo que ir ya",
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
        "matarme", "me quiero morir", "quiero morir", "quiero morirme", "no quiero vivir",
        "quitarme la vida", "suicid", "hacerme dano", "cortarme", "me voy a cortar",
        "mejor muerta", "mejor muerto", "no tiene sentido vivir", "no vale la pena vivir",
        "acabar con mi vida", "ya no quiero estar aqui",
    ],
    "immediate_danger": [
        "me va a matar", "me quiere matar", "me van a matar", "me va a pegar", "me van a pegar",
        "me esta pegando", "me estan pegando", "me esta golpeando", "me estan golpeando",
        "tiene un arma", "tiene una pistola", "tiene un cuchillo", "me encerro", "me encerraron",
        "estoy encerrada", "estoy encerrado", "estoy en peligro", "ayudenme ya", "ayudame ya",
        "llamen a la policia", "me esta lastimando", "me estan lastimando", "me esta ahorcando",
    ],
}

# Patrones de una edad dicha (el número es el grupo 1).
AGE_PATTERNS = [
    r"\btengo\s+(\d{1,2})\b",
    r"\b(\d{1,2})\s*anos\b",
    r"\bedad\s*(?:de\s*)?(\d{1,2})\b",
    r"\bcumpli\s+(\d{1,2})\b",
]
