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
