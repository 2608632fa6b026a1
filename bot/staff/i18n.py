"""The portal's words in English and Spanish. Templates and charts call `_("English text")`;
a test checks that every such text (and every value shown through `_`) has a Spanish entry."""
from __future__ import annotations

from typing import Callable

LANGUAGES = ("en", "es")
FILTER_ERROR = "Filter not understood: "

ES = {
    # layout and navigation
    "Staff portal": "Portal del personal",
    "Main": "Principal",
    "Transcripts": "Transcripciones",
    "Transcript": "Transcripción",
    "Dashboard": "Panel",
    "Audit log": "Registro de auditoría",
    "Accounts": "Cuentas",
    "Account": "Cuenta",
    "Retention": "Conservación",
    "Sign in": "Iniciar sesión",
    "Sign out": "Cerrar sesión",
    "Account name": "Nombre de la cuenta",
    "Password": "Contraseña",
    "Back to the transcripts": "Volver a las transcripciones",
    "That did not work": "No se pudo hacer",
    # filters and list
    "Filters": "Filtros",
    "From": "Desde",
    "To": "Hasta",
    "Channel": "Canal",
    "Language": "Idioma",
    "Result": "Resultado",
    "Quick exit": "Salida rápida",
    "Flags raised": "Alertas",
    "Apply": "Aplicar",
    "any": "cualquiera",
    "yes": "sí",
    "no": "no",
    "none": "ninguno",
    "Conversations found": "Conversaciones encontradas",
    "Export CSV": "Exportar CSV",
    "Export JSON": "Exportar JSON",
    "Started (UTC)": "Inicio (UTC)",
    "Messages": "Mensajes",
    "Open": "Abrir",
    "Pages": "Páginas",
    "Page": "Página",
    "Previous": "Anterior",
    "Next": "Siguiente",
    "No conversations match these filters.": "Ninguna conversación coincide con estos filtros.",
    # one transcript
    "Last message (UTC)": "Último mensaje (UTC)",
    "Instrument": "Instrumento",
    "version": "versión",
    "Endorsed domains": "Áreas señaladas",
    "Needs": "Necesidades",
    "Resources offered": "Recursos ofrecidos",
    "Person": "Persona",
    "Assistant": "Asistente",
    "Personal details in what people wrote were replaced before storage.":
        "Los datos personales de lo que escribieron las personas se reemplazaron antes de guardarse.",
    "No messages were recorded.": "No se registraron mensajes.",
    # values
    "en": "inglés",
    "es": "español",
    "positive": "positivo",
    "negative": "negativo",
    "indeterminate": "indeterminado",
    "English": "inglés",
    "Spanish": "español",
    "danger_flag": "peligro",
    "self_harm_flag": "autolesión",
    "minor_flag": "menor de edad",
    "reviewer": "revisor/a",
    "admin": "administrador/a",
    "unknown": "desconocido",
    "total": "total",
    # dashboard
    "Counts under 5 are shown as <5 to protect the people counted.":
        "Los conteos menores de 5 se muestran como <5 para proteger a las personas contadas.",
    "Conversations": "Conversaciones",
    "Export figures (CSV)": "Exportar cifras (CSV)",
    "The figures": "Las cifras",
    "Figure": "Cifra",
    "Group": "Grupo",
    "Key": "Clave",
    "Count": "Conteo",
    "Conversations per week by channel": "Conversaciones por semana y canal",
    "Conversations per week by language": "Conversaciones por semana e idioma",
    "Screening results": "Resultados de la evaluación",
    "Resources offered (conversations)": "Recursos ofrecidos (conversaciones)",
    "Quick exits per week": "Salidas rápidas por semana",
    "Danger flags": "Alertas de peligro",
    "conversations by channel": "conversaciones por canal",
    "conversations by language": "conversaciones por idioma",
    "quick exits": "salidas rápidas",
    "results": "resultados",
    "resources offered": "recursos ofrecidos",
    "danger flags": "alertas de peligro",
    "conversations": "conversaciones",
    "chart:weekly_channel": "Gráfico: conversaciones por semana y canal (las cifras están en la tabla de abajo)",
    "chart:weekly_language": "Gráfico: conversaciones por semana e idioma (las cifras están en la tabla de abajo)",
    "chart:results": "Gráfico: resultados de la evaluación (las cifras están en la tabla de abajo)",
    "chart:resources": "Gráfico: recursos ofrecidos (las cifras están en la tabla de abajo)",
    "chart:quick_exits": "Gráfico: salidas rápidas por semana (las cifras están en la tabla de abajo)",
    "chart:flags": "Gráfico: alertas de peligro (las cifras están en la tabla de abajo)",
    # audit
    "When (UTC)": "Cuándo (UTC)",
    "Action": "Acción",
    "Target": "Objeto",
    "Details": "Detalles",
    "Client": "Cliente",
    "login": "inicio de sesión",
    "login_failed": "inicio de sesión fallido",
    "login_locked": "inicio de sesión bloqueado",
    "logout": "cierre de sesión",
    "list": "lista",
    "view": "vista",
    "export": "exportación",
    "dashboard": "panel",
    "audit": "auditoría",
    "purge": "eliminación por antigüedad",
    "retention": "conservación",
    "user_create": "cuenta creada",
    "user_enable": "cuenta activada",
    "user_disable": "cuenta desactivada",
    # accounts
    "Role": "Rol",
    "Status": "Estado",
    "Change": "Cambiar",
    "active": "activa",
    "disabled": "desactivada",
    "Disable": "Desactivar",
    "Enable": "Activar",
    "New account": "Cuenta nueva",
    "at least": "al menos",
    "Create account": "Crear la cuenta",
    "Account created.": "Cuenta creada.",
    # retention
    "Transcripts removed": "Transcripciones eliminadas",
    "Transcripts are kept this many days after their last message, then removed. The removal "
    "runs every day and when you press the button below.":
        "Las transcripciones se guardan estos días después de su último mensaje y luego se "
        "eliminan. La eliminación se hace cada día y cuando pulsa el botón de abajo.",
    "Days to keep": "Días que se guardan",
    "Save": "Guardar",
    "Remove transcripts older than": "Eliminar ahora las transcripciones de más de",
    "days now": "días",
    "Retention saved.": "Conservación guardada.",
    "Days: enter a whole number from 1 to 3650.": "Días: escriba un número entero de 1 a 3650.",
    # errors and refusals
    "Too many failed sign-ins. Try again in 15 minutes.":
        "Demasiados intentos fallidos. Vuelva a intentarlo en 15 minutos.",
    "That name and password do not match an active account.":
        "Ese nombre y esa contraseña no corresponden a una cuenta activa.",
    "Sign in first.": "Primero inicie sesión.",
    "This page is for administrators.": "Esta página es para administradores.",
    "The form has expired or did not come from this portal. Reload the page and try again.":
        "El formulario caducó o no viene de este portal. Recargue la página e inténtelo de nuevo.",
    "No transcript with that id: it may have been deleted on request or removed by the "
    "retention purge.":
        "No hay ninguna transcripción con ese identificador: puede que se haya borrado a "
        "petición o por antigüedad.",
    "No chart by that name.": "No hay ningún gráfico con ese nombre.",
    "No account with that id.": "No hay ninguna cuenta con ese identificador.",
    "You cannot disable your own account.": "No puede desactivar su propia cuenta.",
    "page: expected a whole number from 1.": "página: se esperaba un número entero desde 1.",
    "Something went wrong. Try again; if it keeps happening, ask an administrator to check "
    "the logs.":
        "Algo falló. Inténtelo de nuevo; si sigue pasando, pida a un administrador que revise "
        "los registros.",
    "Not Found": "No encontrado",
    "The transcripts database cannot be reached right now. The assistant itself keeps working; "
    "try again in a minute, or ask an administrator to check the database.":
        "No se puede acceder ahora a la base de datos de transcripciones. El asistente sigue "
        "funcionando; inténtelo de nuevo en un minuto o pida a un administrador que revise la "
        "base de datos.",
    "Method Not Allowed": "Método no permitido",
    "the name must be 2-64 letters, digits, dots, dashes or underscores":
        "el nombre debe tener de 2 a 64 letras, cifras, puntos, guiones o guiones bajos",
    "the role must be one of: reviewer, admin": "el rol debe ser uno de: reviewer, admin",
    "the password must have at least 12 characters":
        "la contraseña debe tener al menos 12 caracteres",
    "an account with that name exists already": "ya existe una cuenta con ese nombre",
    # filter errors (after FILTER_ERROR)
    FILTER_ERROR.strip(): "Filtro no válido:",
    "from: expected a date as YYYY-MM-DD": "desde: se esperaba una fecha AAAA-MM-DD",
    "to: expected a date as YYYY-MM-DD": "hasta: se esperaba una fecha AAAA-MM-DD",
    "language: expected one of en, es": "idioma: se esperaba en o es",
    "result: expected one of positive, negative, indeterminate, none":
        "resultado: se esperaba positive, negative, indeterminate o none",
    "quick_exit: expected one of yes, no": "salida rápida: se esperaba yes o no",
    "from: the start date is after the end date": "desde: la fecha de inicio es posterior a la final",
}


# Values stored as keys, shown in English with words.
EN = {
    "en": "English",
    "es": "Spanish",
    "danger_flag": "danger",
    "self_harm_flag": "self-harm",
    "minor_flag": "minor (under 18)",
    "login_failed": "login failed",
    "login_locked": "login locked out",
    "user_create": "account created",
    "user_enable": "account enabled",
    "user_disable": "account disabled",
    "chart:weekly_channel": "Chart: conversations per week by channel (figures in the table below)",
    "chart:weekly_language": "Chart: conversations per week by language (figures in the table below)",
    "chart:results": "Chart: screening results (figures in the table below)",
    "chart:resources": "Chart: resources offered (figures in the table below)",
    "chart:quick_exits": "Chart: quick exits per week (figures in the table below)",
    "chart:flags": "Chart: danger flags (figures in the table below)",
}


def translator(lang: str) -> Callable[[str], str]:
    """`_` for templates: the Spanish text when `lang` is es, else the English."""
    if lang != "es":
        return lambda text: EN.get(text, text) if isinstance(text, str) else text

    def spanish(text: str) -> str:
        if not isinstance(text, str):
            return text
        if text.startswith(FILTER_ERROR):
            detail = text[len(FILTER_ERROR):].rstrip(".")
            return f"{ES[FILTER_ERROR.strip()]} {ES.get(detail, detail)}."
        return ES.get(text, text)

    return spanish
