"""The voluntary screening: one item at a time from the instrument file, then scoring.

The form has one slot, `screening_answer`, asked once per item: validation records the answer
under the item's id, moves `screening_index` on and empties the slot again until every item has
an answer. Any number of items works, so another instrument file needs no code and no retraining.

Answers come from intents (buttons send the same ones): affirm = yes, deny = no, dont_know = not
sure, skip = prefer not to say. Interrupting intents (crisis, exit, needs, questions) fill nothing,
so Rasa hands the turn to their rules and the form asks the same item again afterwards. A message
that opens with a clear yes or no ("yes he has my passport", "sí, me quitaron los papeles", "no,
never") answers with it even when the classifier read the rest as something else. Anything else
gets one gentle re-ask (one that thanks the person first when they told something of their own
situation), and then counts as skipped.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions.base import BaseAction, current_instrument, intent_of, is_sms, language_of
from bot.content.instrument import answers_from
from bot.privacy.logs import remember_tracker

logger = logging.getLogger(__name__)

SLOT = "screening_answer"
UNCLEAR = "unclear"
COMPLETE = "complete"
ANSWER_FOR_INTENT = {"affirm": "yes", "deny": "no", "dont_know": "not_sure", "skip": "prefer_not"}
INTERRUPTIONS = frozenset({
    "quick_exit", "delete_data", "immediate_danger", "self_harm", "state_age",
    "need_housing", "need_substance_use_help", "need_peer_support", "need_legal_help",
    "need_work_help", "request_resources", "request_human", "ask_trafficking_info",
    "ask_privacy", "change_language", "bot_challenge", "goodbye",
})
BUTTONS = {
    "en": [("Yes", "/affirm"), ("No", "/deny"), ("Not sure", "/dont_know"), ("Skip", "/skip")],
    "es": [("Sí", "/affirm"), ("No", "/deny"), ("No estoy seguro/a", "/dont_know"),
           ("Saltar", "/skip")],
}


# A yes or no word that opens a longer message. Unaccented "si" is also Spanish "if" ("si me
# pagan..."), and Simon a name, so they count only before a comma or stop, or (si) when the
# message tells of the person's own situation; a bare "no" must be followed by a comma or stop
# ("no se", "no idea", "no quiero contestar" mean something else), while "nope", "nah", "never",
# "nunca" stand on their own. Never in a question ("no, what do you mean?"), never with words of
# not knowing or not answering after it ("no, prefiero no contestar", "sí, no sé"), never with
# both a yes and a no up front ("yeah no").
_YES_WORDS = frozenset({"yes", "yeah", "yea", "yep", "yup", "yess", "sí", "sip"})
_NO_WORDS = frozenset({"nope", "nah", "never", "nunca", "jamas", "jamás"})
_LEADING_WORD = re.compile(r"\s*([^\W\d_]+)([,.!;:]?)")
_NOT_AN_ANSWER_AFTER = re.compile(
    r"\b(?:skip|pass|next|prefer|rather|answer|mind|sure|know|idk|thanks|thank|"
    r"saltar|salta|paso|siguiente|prefiero|contestar|responder|decir|gracias|"
    r"no s[eé]|no estoy segur[oa]|yes|yeah|sí|si|no|nope|nah)\b")


def leading_answer(text: str, intent: Optional[str]) -> Optional[str]:
    """"yes" or "no" when the message opens with a clear yes or no word and goes on, else None."""
    text = unicodedata.normalize("NFC", (text or "").lower())
    match = _LEADING_WORD.match(text)
    rest = text[match.end():] if match else ""
    if not match or "?" in text or not re.search(r"[^\W\d_]", rest):
        return None
    if _NOT_AN_ANSWER_AFTER.search(rest):
        return None
    word, stop = match.groups()
    if word in _YES_WORDS or (word in ("si", "simon", "simón") and stop) \
            or (word == "si" and intent == "disclose_concern"):
        return "yes"
    if word in _NO_WORDS or (word == "no" and stop):
        return "no"
    return None


def answer_in(tracker: Tracker) -> Optional[str]:
    """What the latest message answers: an answer code, UNCLEAR, or None for an interruption."""
    intent = intent_of(tracker)
    if intent in ANSWER_FOR_INTENT:
        return ANSWER_FOR_INTENT[intent]
    if intent in INTERRUPTIONS:
        return None
    return leading_answer(tracker.latest_message.get("text"), intent) or UNCLEAR


class ValidateScreeningForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_screening_form"

    async def extract_screening_answer(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                       domain: DomainDict) -> Dict[Text, Any]:
        remember_tracker(tracker.sender_id, tracker.latest_message.get("text"), tracker.slots)
        if tracker.get_slot("requested_slot") != SLOT:  # the form is only starting
            return {}
        answer = answer_in(tracker)
        return {} if answer is None else {SLOT: answer}

    def validate_screening_answer(self, value: Any, dispatcher: CollectingDispatcher,
                                  tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        items = current_instrument().items
        if value == UNCLEAR and not tracker.get_slot("screening_reask"):
            return {SLOT: None, "screening_reask": True}
        index = int(tracker.get_slot("screening_index") or 0)
        answers = answers_from(tracker.get_slot("screening_answers"), items)
        if index < len(items):
            answers[items[index].id] = value if value in ANSWER_FOR_INTENT.values() else "prefer_not"
        index += 1
        return {
            SLOT: COMPLETE if index >= len(items) else None,
            "screening_index": float(index),
            "screening_answers": answers,
            "screening_reask": False,
        }


class ActionAskScreeningAnswer(BaseAction):
    """Asks the current item, in the conversation's language, with the four answers as buttons."""

    def name(self) -> Text:
        return "action_ask_screening_answer"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        instrument = current_instrument()
        language = language_of(tracker)
        index = min(int(tracker.get_slot("screening_index") or 0), len(instrument.items) - 1)
        if tracker.get_slot("screening_reask"):
            dispatcher.utter_message(response="utter_screening_reask_disclosure"
                                     if intent_of(tracker) == "disclose_concern"
                                     else "utter_screening_reask")
        elif index == 0:
            dispatcher.utter_message(text=instrument.notice[language])
        item = instrument.items[index]
        dispatcher.utter_message(
            text=item.question(language, "sms" if is_sms(tracker) else None),
            buttons=[{"title": title, "payload": payload} for title, payload in BUTTONS[language]],
        )
        return [SlotSet("screening_instrument", instrument.label)]


class ActionScoreScreening(BaseAction):
    """Scores the answers by the instrument's rule into slots for the staff transcript; the user
    is never shown a result, only supportive next steps (utter_screening_result)."""

    def name(self) -> Text:
        return "action_score_screening"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        instrument = current_instrument()
        answers = answers_from(tracker.get_slot("screening_answers"), instrument.items)
        result, domains = instrument.score(answers)
        logger.debug("screening scored")
        return [SlotSet("screening_result", result), SlotSet("screening_domains", domains),
                SlotSet("screening_instrument", instrument.label)]
