"""Writes tests/stories/test_flow.yml: the conversation stories `rasa test` checks.

    python tests/stories/generate.py

Every path of the flow in English and Spanish, and every interrupt at every screening step with
the resume after it (or the stop, for crisis, exit and a minor). The number of steps follows the
default instrument file. tests/test_story_generator.py fails when the committed file is stale.
Custom actions do not run under `rasa test`: the slots they set are written out as slot_was_set.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Dict, List

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.content.instrument import load  # noqa: E402

OUT = Path(__file__).resolve().parent / "test_flow.yml"

# What people type, per language (the NLU must read each as the intent it is filed under).
SAY: Dict[str, Dict[str, str]] = {
    "en": {
        "greet": "hi", "affirm": "yes", "deny": "no", "dont_know": "not sure", "skip": "skip",
        "start_screening": "ask me the questions", "ask_trafficking_info": "what is trafficking",
        "need_housing": "i need a safe place to sleep tonight",
        "need_work_help": "my boss didnt pay me for 3 weeks",
        "ask_privacy": "is this private", "request_human": "can i talk to a real person",
        "immediate_danger": "he is going to kill me", "self_harm": "i want to kill myself",
        "quick_exit": "exit", "delete_data": "delete my data", "state_age": "im 16",
        "adult_age": "i am 34", "goodbye": "bye", "disclose_concern": "my boss took my passport",
        "bot_challenge": "are you a bot", "safe_to_talk": "im alone",
    },
    "es": {
        "greet": "hola", "affirm": "si", "deny": "no", "dont_know": "no se", "skip": "saltar",
        "start_screening": "quiero contestar las preguntas",
        "ask_trafficking_info": "que es la trata",
        "need_housing": "necesito un lugar seguro para dormir hoy",
        "need_work_help": "mi patron no me ha pagado en 3 semanas",
        "ask_privacy": "esto es privado", "request_human": "quiero hablar con una persona",
        "immediate_danger": "me va a matar", "self_harm": "me quiero morir",
        "quick_exit": "salir", "delete_data": "borrar mis datos", "state_age": "tengo 15 años",
        "adult_age": "tengo 30 años", "goodbye": "adios",
        "disclose_concern": "mi patron me quito el pasaporte", "bot_challenge": "eres un robot",
        "safe_to_talk": "estoy sola",
    },
}
ANSWERS = ["affirm", "deny", "dont_know", "skip"]
AGE = {"en": {"state_age": "16", "adult_age": "34"}, "es": {"state_age": "15", "adult_age": "30"}}
# Interrupts that are answered and then the same question comes back.
RESUMING = {
    "need_housing": ["action_give_resources"],
    "ask_privacy": ["utter_privacy"],
    "ask_trafficking_info": ["action_universal_education"],
    "request_human": ["utter_request_human"],
    "bot_challenge": ["utter_iamabot"],
}
# Interrupts that stop the screening (crisis: with an offer to come back later).
STOPPING = {
    "immediate_danger": ["utter_danger", "action_deactivate_loop", None, "utter_offer_continue"],
    "self_harm": ["utter_self_harm", "action_deactivate_loop", None, "utter_offer_continue"],
    "quick_exit": ["utter_quick_exit", "action_deactivate_loop", None],
    "delete_data": ["utter_data_deleted", "action_deactivate_loop", None],
}


def user(lang: str, intent: str) -> List[dict]:
    text = SAY[lang][intent]
    name = "state_age" if intent == "adult_age" else intent
    if intent in ("state_age", "adult_age"):
        age = AGE[lang][intent]
        text = text.replace(age, f"[{age}](age)")
    return [{"user": text, "intent": name}]


def acts(*names) -> List[dict]:
    return [{"action": n} if n else {"active_loop": None} for n in names]


def opening(lang: str) -> List[dict]:
    return [
        *user(lang, "greet"), *acts("utter_welcome"),
        {"user": f'/change_language{{"language": "{lang}"}}', "intent": "change_language"},
        {"slot_was_set": [{"language": lang}]},
        *acts("utter_language_set", "utter_ask_safe"),
        *user(lang, "affirm"), *acts("action_universal_education"),
    ]


def consent(lang: str) -> List[dict]:
    return [*user(lang, "start_screening"), *acts("utter_screening_consent"),
            *user(lang, "affirm"), {"action": "screening_form"},
            {"active_loop": "screening_form"}]


def answer(lang: str, step: int, last: bool) -> List[dict]:
    steps = [*user(lang, ANSWERS[step % len(ANSWERS)]), {"action": "screening_form"}]
    if last:
        steps += [{"active_loop": None}, {"slot_was_set": [{"requested_slot": None}]},
                  *acts("action_score_screening", "utter_screening_result", "utter_ask_needs")]
    return steps


def answers(lang: str, start: int, stop: int, total: int) -> List[dict]:
    return [s for k in range(start, stop) for s in answer(lang, k, k == total - 1)]


def story(name: str, steps: List[dict]) -> dict:
    return {"story": name, "steps": steps}


def stories(lang: str, items: int) -> List[dict]:
    L = lang.upper()
    found = []
    found.append(story(f"{L} full screening, a need, goodbye", [
        *opening(lang), *consent(lang), *answers(lang, 0, items, items),
        *user(lang, "need_housing"), *acts("action_give_resources", "utter_anything_else"),
        *user(lang, "goodbye"), *acts("action_closing")]))
    found.append(story(f"{L} not safe to talk", [
        *user(lang, "greet"), *acts("utter_welcome"),
        {"user": f'/change_language{{"language": "{lang}"}}', "intent": "change_language"},
        {"slot_was_set": [{"language": lang}]}, *acts("utter_language_set", "utter_ask_safe"),
        *user(lang, "deny"), *acts("utter_unsafe_advice"), *user(lang, "quick_exit"),
        *acts("utter_quick_exit")]))
    found.append(story(f"{L} safe to talk, said in own words; later said again", [
        *user(lang, "greet"), *acts("utter_welcome"),
        {"user": f'/change_language{{"language": "{lang}"}}', "intent": "change_language"},
        {"slot_was_set": [{"language": lang}]}, *acts("utter_language_set", "utter_ask_safe"),
        *user(lang, "safe_to_talk"), *acts("action_universal_education"),
        *user(lang, "safe_to_talk"), *acts("utter_safe_noted")]))
    found.append(story(f"{L} not safe at first, then safe", [
        *user(lang, "greet"), *acts("utter_welcome"),
        {"user": f'/change_language{{"language": "{lang}"}}', "intent": "change_language"},
        {"slot_was_set": [{"language": lang}]}, *acts("utter_language_set", "utter_ask_safe"),
        *user(lang, "dont_know"), *acts("utter_unsafe_advice"),
        *user(lang, "safe_to_talk"), *acts("action_universal_education")]))
    found.append(story(f"{L} declines the questions", [
        *opening(lang), *user(lang, "start_screening"), *acts("utter_screening_consent"),
        *user(lang, "deny"), *acts("utter_no_pressure", "action_give_resources",
                                   "utter_anything_else")]))
    found.append(story(f"{L} questions outside the screening", [
        *opening(lang), *user(lang, "ask_privacy"), *acts("utter_privacy"),
        *user(lang, "request_human"), *acts("utter_request_human"),
        *user(lang, "disclose_concern"), *acts("utter_disclose_ack"),
        *user(lang, "need_work_help"), *acts("action_give_resources", "utter_anything_else"),
        *user(lang, "bot_challenge"), *acts("utter_iamabot")]))
    found.append(story(f"{L} crisis outside the screening", [
        *opening(lang), *user(lang, "immediate_danger"), *acts("utter_danger"),
        *user(lang, "self_harm"), *acts("utter_self_harm")]))
    found.append(story(f"{L} a minor cannot take the adult screen", [
        *opening(lang), *user(lang, "state_age"), {"slot_was_set": [{"minor_flag": True}]},
        *acts("utter_minor"), *user(lang, "start_screening"), *acts("utter_minor")]))
    for step in range(items):
        before = answers(lang, 0, step, items)
        for intent, handlers in RESUMING.items():
            found.append(story(f"{L} {intent} at question {step + 1}, then resume", [
                *opening(lang), *consent(lang), *before, *user(lang, intent), *acts(*handlers),
                {"action": "screening_form"}, {"active_loop": "screening_form"},
                *answers(lang, step, items, items)]))
        found.append(story(f"{L} adult age at question {step + 1}, then resume", [
            *opening(lang), *consent(lang), *before, *user(lang, "adult_age"),
            *acts("utter_age_thanks"), {"action": "screening_form"},
            {"active_loop": "screening_form"}, *answers(lang, step, items, items)]))
        for intent, handlers in STOPPING.items():
            steps = [*opening(lang), *consent(lang), *before, *user(lang, intent), *acts(*handlers)]
            if handlers[-1] == "utter_offer_continue":  # come back, and resume where it stopped
                steps += [*user(lang, "start_screening"), *acts("utter_screening_consent"),
                          *user(lang, "affirm"), {"action": "screening_form"},
                          {"active_loop": "screening_form"}, *answers(lang, step, items, items)]
            found.append(story(f"{L} {intent} at question {step + 1}", steps))
        found.append(story(f"{L} a minor at question {step + 1} stops the screen", [
            *opening(lang), *consent(lang), *before, *user(lang, "state_age"),
            {"slot_was_set": [{"minor_flag": True}]},
            *acts("utter_minor", "action_deactivate_loop", None)]))
    return found


def render() -> str:
    items = len(load().items)
    data = {"version": "3.1", "stories": stories("en", items) + stories("es", items)}
    header = ("# Generated by tests/stories/generate.py; edit that, then run it.\n"
              f"# {len(data['stories'])} stories: every path in English and Spanish, and every "
              f"interrupt at each of the {items} screening questions.\n")
    return header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


if __name__ == "__main__":
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT}")
