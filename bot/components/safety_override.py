"""Safety override: listed last in the pipeline, shaped like Rasa's FallbackClassifier.

When a whole message is a safety command from the per-language lexicons (bot/components/lexicons)
— "exit", "salir ya", "delete my data" — its intent is set to that command's intent whatever the
classifier said or how unsure it was; likewise a message containing a self-harm or danger phrase
("kill myself", "me va a matar") becomes self_harm or immediate_danger, and a stated age ("i'm 16",
"tengo 15 años") becomes state_age with its `age` entity. The classifier's ranking is kept behind.

The other way round, the intents that erase a conversation need more than the classifier's word
for a long message: DIET answers out-of-domain sentences with near-certain confidence ("i can't
leave the house" came out as quick_exit at 1.00), and erasing someone's disclosure is worse than
asking again. A quick_exit or delete_data guess on a message of more than MAX_CLASSIFIED_WORDS
words that is not a lexicon command becomes nlu_fallback (a kind re-ask with the hotline).

Safe answers get the same care both ways. A message made of nothing but saying it is safe to talk
now ("im alone", "hes at work", "ya se fue, estoy sola") is safe_to_talk over the guesses such
words get mistaken for (REREAD_AS_SAFE: an exit, a no, a fallback, a work or housing need...), never
over a crisis phrase, an exit command, a question, or a message that says anything more
("estoy sola y me pegó"): "no estoy sola" (quick_exit) and "estoy sola" differ by one word that a
bag of n-grams hardly sees, and erasing the chat of someone who said she is alone, or answering her
with 911, is a misreading she cannot fix. And a safe_to_talk guess on a message that says the
opposite ("not safe rn", "no estoy sola", "el esta en la casa", "he might check my phone")
becomes quick_exit when short, nlu_fallback when long: telling someone who is not safe "good,
let's go on" is the worst reading of all. For the same reason a safe_to_talk guess on a message
with no word a safe answer has (SAFE_HINTS: alone, away, asleep, at work, the phone, time to
talk, "safe"...) becomes nlu_fallback, a kind re-ask with the hotline: the held-out sets showed
crises the lexicons missed read as safe ("me tiene la navaja en el cuello").
"""
from __future__ import annotations

import logging
import re
from typing import List, Optional

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_END,
    ENTITY_ATTRIBUTE_START,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    INTENT,
    INTENT_NAME_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME

from bot.components.base import IntentRewriter, set_intent
from bot.components.lexicons import (COMMANDS, CRISIS, FILLERS, MAX_PRESENCE_WORDS, NOT_SAFE,
                                     PRESENCE, PRESENCE_STORY, SAFE_HINTS, normalise,
                                     number_word_span, says_only_safe, stated_age)

logger = logging.getLogger(__name__)

ERASING_INTENTS = frozenset({"quick_exit", "delete_data"})
SAFE_TO_TALK = "safe_to_talk"
# The guesses a safe statement replaces: those its words get mistaken for ("estoy sola" as
# quick_exit, "hes at work" as need_work_help, "no hay nadie" as deny, "im by myself right now"
# as self_harm). Only a message that says nothing but a safe statement is re-read
# (says_only_safe), never a question; a yes with one ("yup by myself") leads on from the safety
# check either way, and at a screening question its leading yes still answers.
REREAD_AS_SAFE = frozenset({"quick_exit", "deny", "affirm", "nlu_fallback", "out_of_scope",
                            "need_work_help", "need_housing", "goodbye", "greet", "skip",
                            "immediate_danger", "self_harm", "disclose_concern", "ask_privacy",
                            "state_age", "delete_data", "need_peer_support", "request_human",
                            "dont_know"})
MAX_CLASSIFIED_WORDS = 5
MAX_COMMAND_WORDS = 12


CRISIS_INTENTS = frozenset({"self_harm", "immediate_danger"})
AGE_ENTITY = "age"
_DIGITS = re.compile(r"\d{1,2}")
SOS_EMOJI = "\U0001F198"  # 🆘, the one emoji that says "help" in every language
_QUESTION = re.compile(r"(?:is|are|does|do|can|could|will|would|who|what|where|how|when|why|which|"
                       r"hay|quien|que|puede|donde|adonde|a donde|como|cuando|por que|porque)\b")


def crisis_intent(text: str) -> Optional[str]:
    """self_harm or immediate_danger when the message contains one of their phrases."""
    return _crisis(normalise(text))


def _crisis(normalised: str) -> Optional[str]:
    for intent, pattern in CRISIS:
        if pattern.search(normalised):
            return intent
    return None


def _is_question(normalised: str, asked: bool) -> bool:
    """A question mark, or a question word first ("is someone reading this" asks about privacy)."""
    return asked or bool(_QUESTION.match(normalised))


def _presence(normalised: str, asked: bool) -> Optional[str]:
    """quick_exit for a short message saying someone is arriving, near or watching, or that the
    person has to go ("my husband just walked in", "ahi esta la jefa", "me toca irme ya")."""
    if len(normalised.split()) > MAX_PRESENCE_WORDS or _is_question(normalised, asked):
        return None  # "is someone reading this?" asks about privacy
    found = PRESENCE.search(normalised)
    if found is None or PRESENCE_STORY.search(normalised[:found.start()]):
        return None
    return "quick_exit"


def _safe_or_not(normalised: str, current: str, asked: bool) -> Optional[str]:
    """safe_to_talk for a short message saying it is safe to talk now; quick_exit for a
    safe_to_talk guess that says it is not; None to keep the classifier's answer."""
    if _is_question(normalised, asked):
        return None
    words = len(normalised.split())
    if NOT_SAFE.search(normalised):
        if current != SAFE_TO_TALK:
            return None
        return "quick_exit" if words <= MAX_PRESENCE_WORDS else DEFAULT_NLU_FALLBACK_INTENT_NAME
    if current == SAFE_TO_TALK and not SAFE_HINTS.search(normalised):
        # Nothing of alone, away, asleep, the phone, time or "safe": a crisis the lexicons missed
        # ("me tiene la navaja en el cuello") must not be told "good, let's go on".
        return DEFAULT_NLU_FALLBACK_INTENT_NAME
    if current in REREAD_AS_SAFE and says_only_safe(normalised):
        return SAFE_TO_TALK
    return None


def safety_intent(text: str) -> Optional[str]:
    """What the lexicons say a message is, in priority order: a whole-message command, a crisis
    phrase, someone arriving or watching; None when they say nothing."""
    return _safety_intent(text, normalise(text))


def _safety_intent(text: str, normalised: str) -> Optional[str]:
    if SOS_EMOJI in text:
        return "immediate_danger"
    return _command(normalised) or _crisis(normalised) or _presence(normalised, "?" in text)


def command_intent(text: str) -> Optional[str]:
    """The safety intent a whole message commands, or None."""
    return _command(normalise(text))


def _command(normalised: str) -> Optional[str]:
    words = normalised.split()
    if not words or len(words) > MAX_COMMAND_WORDS:
        return None
    # Fillers may stand only around the command: try every trimming of them at either edge.
    lead = next((i for i, w in enumerate(words) if w not in FILLERS), len(words))
    trail = next((i for i, w in enumerate(reversed(words)) if w not in FILLERS), len(words))
    candidates = {" ".join(words[i:len(words) - j])
                  for i in range(lead + 1) for j in range(trail + 1) if i < len(words) - j}
    for intent, phrases in COMMANDS.items():
        if candidates & phrases:
            return intent
    return None


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False
)
class SafetyOverride(IntentRewriter):
    """Sets the intent of messages that are safety commands."""

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            current = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
            if current is None or text.startswith("/"):  # not classified, or a button payload
                continue
            normalised = normalise(text)  # once per message for every check below
            intent = _safety_intent(text, normalised)
            if intent is None:
                age = stated_age(text)
                if age is not None:
                    intent = "state_age"
                    _ensure_age_entity(message, text, str(age))
            if intent is None:
                intent = _safe_or_not(normalised, current, "?" in text)
            if intent is None and current in ERASING_INTENTS \
                    and len(normalised.split()) > MAX_CLASSIFIED_WORDS:
                intent = DEFAULT_NLU_FALLBACK_INTENT_NAME
            if intent is None or intent == current:
                continue
            set_intent(message, intent)
            logger.debug("safety override set %s", intent)
        return messages


def _ensure_age_entity(message: Message, text: str, age: str) -> None:
    entities = list(message.get(ENTITIES) or [])
    if any(e.get(ENTITY_ATTRIBUTE_TYPE) == AGE_ENTITY for e in entities):
        # The classifier found it; its value becomes the number ("sixteen" -> "16").
        message.set(ENTITIES, [dict(e, **{ENTITY_ATTRIBUTE_VALUE: age})
                               if e.get(ENTITY_ATTRIBUTE_TYPE) == AGE_ENTITY else e
                               for e in entities], add_to_output=True)
        return
    # Every entity needs a span (Rasa's evaluation and trackers read start and end): the digits,
    # else the number in words ("diecisiete"), else the whole message.
    found = next((m.span() for m in _DIGITS.finditer(text) if m.group() == age), None)
    start, end = found or number_word_span(text) or (0, len(text))
    entity = {ENTITY_ATTRIBUTE_TYPE: AGE_ENTITY, ENTITY_ATTRIBUTE_VALUE: age,
              ENTITY_ATTRIBUTE_START: start, ENTITY_ATTRIBUTE_END: end,
              "extractor": "SafetyOverride"}
    message.set(ENTITIES, entities + [entity], add_to_output=True)
