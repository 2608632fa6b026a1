"""Simulated chat conversations for evaluating the sticky language logic.

All messages were written for this project (none come from evaluation data). A conversation
starts in one language, mixes short replies ("no", "ok", "si", numbers, emoji), several-word
messages and occasional Spanglish, and sometimes really switches language: by an explicit
request, or by a run of several-word messages in the other language.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Iterator, List, Optional

from bot.language.normalize import strip_accents

SHORT = {
    "en": ["yes", "no", "ok", "okay", "thanks", "sure", "maybe", "yes please", "not really",
           "no thanks", "hi", "hello", "idk", "I guess", "right", "got it", "nope", "yeah",
           "sorry", "what?", "why", "Yes!", "NO", "thank you"],
    "es": ["si", "sí", "no", "ok", "vale", "gracias", "claro", "bueno", "tal vez", "no sé",
           "no se", "hola", "buenas", "sí por favor", "muchas gracias", "de acuerdo", "nada",
           "igual", "¿qué?", "¿por qué?", "perdón", "SI", "listo", "ya"],
}
NEUTRAL = ["1", "2", "3", "4", "12", "👍", "🙏", "😢", "?", "...", "ok", "no", "ok 👍",
           "2 or 3", "🙂🙂", "911", "$300", "5pm"]
SENTENCES = {
    "en": [
        "I need help with my job", "My boss took my passport", "I can't leave the house",
        "They say I owe them money", "I work every day without pay",
        "Who can I talk to about this?", "I am scared to call the police",
        "My employer keeps my documents", "I don't have any money left",
        "Can you tell me where to get help", "I sleep at the place where I work",
        "They watch me all the time", "I was promised a different job",
        "he threatens my family back home", "What happens if I call that number?",
        "I want to know my rights", "is this conversation private?",
        "I don't know what to do anymore", "they take most of my tips",
        "I am not allowed to see my friends", "How do I find a lawyer",
        "my recruiter charged me a big fee", "I have been working here for two years",
        "please tell me about the hotline", "I am afraid they will deport me",
        "We live twelve people in one small room", "they told me not to talk to anyone",
        "I would like to learn more first", "the agency kept my first paycheck",
        "I think my cousin is in danger",
    ],
    "es": [
        "Necesito ayuda con mi trabajo", "Mi jefe me quitó el pasaporte",
        "No puedo salir de la casa", "Dicen que les debo dinero",
        "Trabajo todos los días sin pago", "¿Con quién puedo hablar de esto?",
        "Tengo miedo de llamar a la policía", "Mi patrón tiene mis documentos",
        "Ya no tengo nada de dinero", "Dígame dónde puedo conseguir ayuda",
        "Duermo en el mismo lugar donde trabajo", "Me vigilan todo el tiempo",
        "Me prometieron otro trabajo", "amenaza a mi familia en mi país",
        "¿Qué pasa si llamo a ese número?", "quiero saber cuáles son mis derechos",
        "¿esta conversación es privada?", "ya no sé qué hacer",
        "se quedan con casi todas mis propinas", "no me dejan ver a mis amigos",
        "¿Cómo encuentro un abogado?", "el reclutador me cobró mucho dinero",
        "llevo dos años trabajando aquí", "por favor háblame de la línea de ayuda",
        "tengo miedo de que me deporten", "vivimos doce personas en un cuarto pequeño",
        "me dijeron que no hablara con nadie", "primero quiero saber más",
        "la agencia se quedó con mi primer sueldo", "creo que mi prima está en peligro",
    ],
}
SPANGLISH = ["ok gracias but I need help", "si pero my boss no me paga",
             "I work en un restaurante pero no pagan", "thank you pero tengo miedo",
             "sorry no hablo bien, I need help", "mi jefe is very bad with me",
             "yes necesito ayuda please", "no money, no tengo nada"]
GREETINGS = {"en": ["hi", "hello", "Hi!", "hey"],
             "es": ["hola", "buenas", "Hola!", "buenas tardes"]}
REQUESTS = {"en": ["English please", "in english", "can you speak english?"],
            "es": ["español por favor", "en espanol", "¿habla español?"]}


@dataclass(frozen=True)
class Message:
    """One simulated user message with the language the bot should be answering in."""

    text: str
    truth: str
    kind: str  # greeting | button | short | neutral | sentence | spanglish | request | switch
    explicit: Optional[str] = None  # a language button pressed with this message


def _vary(text: str, rng: random.Random) -> str:
    """Chat-style variation: accents dropped, lower-case, ALL CAPS, trailing emoji."""
    if rng.random() < 0.4:
        text = strip_accents(text)
    roll = rng.random()
    if roll < 0.3:
        text = text.lower()
    elif roll < 0.35:
        text = text.upper()
    return text + (" 🙏" if rng.random() < 0.05 else "")


def conversation(rng: random.Random, length: int) -> Iterator[Message]:
    """Yield one conversation of about ``length`` messages.

    It opens like a help chat: a greeting and/or the user's first real message, or a press
    of the welcome message's language button.
    """
    lang = rng.choice(["en", "es"])
    opening = rng.random()
    if opening < 0.15:
        yield Message("English" if lang == "en" else "Español", lang, "button", explicit=lang)
    elif opening < 0.7:
        yield Message(rng.choice(GREETINGS[lang]), lang, "greeting")
    yield Message(_vary(rng.choice(SENTENCES[lang]), rng), lang, "sentence")
    sent = 2
    while sent < length:
        roll = rng.random()
        other = "es" if lang == "en" else "en"
        if roll < 0.004:  # a real switch: several-word messages in the other language
            lang = other
            for _ in range(rng.randint(3, 5)):
                yield Message(_vary(rng.choice(SENTENCES[lang]), rng), lang, "switch")
                sent += 1
        elif roll < 0.007:
            lang = other
            yield Message(rng.choice(REQUESTS[lang]), lang, "request")
            sent += 1
        else:
            kind = ("short" if roll < 0.45 else "neutral" if roll < 0.6
                    else "spanglish" if roll < 0.66 else "sentence")
            pool = {"short": SHORT[lang], "neutral": NEUTRAL, "spanglish": SPANGLISH,
                    "sentence": SENTENCES[lang]}[kind]
            yield Message(_vary(rng.choice(pool), rng), lang, kind)
            sent += 1


def simulate(seed: int, messages: int) -> List[List[Message]]:
    """Seeded conversations totalling at least ``messages`` messages."""
    rng = random.Random(seed)
    conversations: List[List[Message]] = []
    total = 0
    while total < messages:
        conversations.append(list(conversation(rng, rng.randint(15, 45))))
        total += len(conversations[-1])
    return conversations
