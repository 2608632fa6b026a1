"""Rewrites the intent of messages the classifier cannot read: no letters or digits at all (only
emoji, symbols or punctuation) become `nlu_fallback`; keyboard mash ("asdf", "kkkkk", "bnmbnm")
becomes `out_of_scope`, as the training data's definition of gibberish says.

Such messages give the classifier nothing to go on (no words, or character n-grams it never saw
together), and DIET then answers with a confident guess: a mash read as "yes" would be recorded
as a screening answer. Listed after the classifier and before the safety override (which still
wins), shaped like Rasa's FallbackClassifier: the intent is rewritten and the original ranking
kept behind it.
"""
from __future__ import annotations

import logging
import re
from typing import List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.components.base import IntentRewriter, set_intent

logger = logging.getLogger(__name__)

MASH_INTENT = "out_of_scope"
# Letter rows of the QWERTY keyboards used for English and Spanish.
_ROWS = ("qwertyuiop", "asdfghjklñ", "zxcvbnm")
_NEIGHBOURS = {frozenset(row[i:i + 2]) for row in _ROWS for i in range(len(row) - 1)}
_VOWELS = set("aeiouáéíóúü")
# Row letters that are not vowels, for runs like "hjkl", "sdfjkl", "mnbvc".
_ROW_CONSONANTS = tuple(set(row) - _VOWELS for row in _ROWS)
# A letter repeated means something for these ("mmmm" = hmm, thinking).
_MEANINGFUL_REPEATS = set("m")
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_MIN_LENGTH = 4


def has_words(text: str) -> bool:
    """True when the text has at least one letter or digit, in any script."""
    return any(ch.isalnum() for ch in text)


def _is_walk(token: str) -> bool:
    """Each letter sits next to the one before it on the same keyboard row ("asdf", "poiuy")."""
    return all(frozenset(pair) in _NEIGHBOURS for pair in zip(token, token[1:]))


def _is_mash_token(token: str) -> bool:
    if len(token) < _MIN_LENGTH or not token.isalpha():
        return False
    letters = set(token)
    if len(letters) == 1:  # "kkkkk", "wwww"
        return token[0] not in _MEANINGFUL_REPEATS
    if len(letters) >= 4 and _is_walk(token):  # "qwerty", "hjkl" ("were" has three letters)
        return True
    for size in range(2, len(token) // 2 + 1):  # a short walk typed over: "bnmbnm", "asas"
        unit = token[:size]
        if len(token) % size == 0 and unit * (len(token) // size) == token and _is_walk(unit):
            return True
    # Consonants of one row only, three or more different ones: "sdfjkl", "mnbvc" ("shhh" has two)
    return len(letters) >= 3 and any(letters <= row for row in _ROW_CONSONANTS)


def is_keyboard_mash(text: str) -> bool:
    """True when every word of the message is keyboard mash and there is no digit."""
    tokens = _TOKEN.findall(text.lower())
    return bool(tokens) and all(_is_mash_token(token) for token in tokens)


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False
)
class WordlessFallback(IntentRewriter):
    """Sets `nlu_fallback` for messages without letters or digits, `out_of_scope` for mash."""

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if message.get(INTENT) is None:
                continue
            if not has_words(text):
                set_intent(message, DEFAULT_NLU_FALLBACK_INTENT_NAME)
            elif is_keyboard_mash(text):
                set_intent(message, MASH_INTENT)
        return messages
