"""`rasa run --enable-api` answers /model/parse with the intent names the issue fixes, in both
languages, and only to a caller with the token."""
import pytest
import requests
import yaml

from bot.settings import PROJECT_ROOT

REQUIRED = {
    "greet", "goodbye", "affirm", "deny", "skip", "dont_know", "quick_exit", "immediate_danger",
    "self_harm", "request_human", "need_housing", "need_substance_use_help", "need_peer_support",
    "need_legal_help", "need_work_help", "ask_trafficking_info", "ask_privacy", "change_language",
    "start_screening", "disclose_concern", "thanks", "bot_challenge", "out_of_scope",
}

EXAMPLES = [
    ("hello there", "greet"), ("hola buenas", "greet"),
    ("exit", "quick_exit"), ("salir", "quick_exit"),
    ("he is going to kill me", "immediate_danger"), ("me va a matar", "immediate_danger"),
    ("i want to kill myself", "self_harm"), ("me quiero morir", "self_harm"),
    ("i need a place to sleep tonight", "need_housing"),
    ("necesito un lugar para dormir esta noche", "need_housing"),
    ("can i talk to a real person", "request_human"), ("quiero hablar con una persona", "request_human"),
]


def parse(assistant, text, token=True):
    params = {"token": assistant.settings.rasa_api_token} if token else {}
    return requests.post(f"{assistant.settings.rasa_url}/model/parse", params=params,
                         json={"text": text}, timeout=30)


def test_the_domain_has_every_required_intent_and_the_age_entity():
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))
    assert REQUIRED <= set(domain["intents"])
    assert "age" in domain["entities"]


@pytest.mark.parametrize("text, intent", EXAMPLES)
def test_model_parse_returns_the_required_names(assistant, text, intent):
    reply = parse(assistant, text)
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["intent"]["name"] == intent
    assert {r["name"] for r in body["intent_ranking"]} <= REQUIRED | {
        "delete_data", "state_age", "request_resources", "safe_to_talk", "nlu_fallback"}


@pytest.mark.parametrize("text", ["tengo 16 años", "tengo dieciséis años", "im sixteen"])
def test_model_parse_finds_a_stated_age(assistant, text):
    body = parse(assistant, text).json()
    assert body["intent"]["name"] == "state_age"
    assert [e["value"] for e in body["entities"] if e["entity"] == "age"] == ["16"]


def test_the_api_refuses_callers_without_the_token(assistant):
    assert parse(assistant, "hello", token=False).status_code == 401
    tracker = requests.get(f"{assistant.settings.rasa_url}/conversations/anyone/tracker", timeout=30)
    assert tracker.status_code == 401
