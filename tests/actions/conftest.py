"""Trackers built the way rasa-sdk hands them to an action."""
import asyncio
from typing import Any, Dict, List, Optional

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.settings import PROJECT_ROOT


@pytest.fixture(scope="session")
def domain() -> Dict[str, Any]:
    return yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))


@pytest.fixture
def make_tracker():
    def make(intent: str = "greet", text: str = "", slots: Optional[Dict[str, Any]] = None,
             entities: Optional[List[Dict[str, Any]]] = None, channel: str = "rest") -> Tracker:
        events = [{"event": "user", "text": text, "input_channel": channel,
                   "parse_data": {"intent": {"name": intent}}}]
        return Tracker("test", {"language": "en", **(slots or {})},
                       {"text": text, "intent": {"name": intent, "confidence": 1.0},
                        "entities": entities or []},
                       events, False, None, {}, "action_listen")
    return make


@pytest.fixture
def run(domain):
    def run_action(action, tracker):
        dispatcher = CollectingDispatcher()
        events = asyncio.run(action.run(dispatcher, tracker, domain))
        return events, dispatcher.messages
    return run_action
