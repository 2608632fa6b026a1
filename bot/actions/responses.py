"""Sends a domain response in a given language from inside an action.

Rasa renders `utter_message(response=...)` with the tracker as it was before the action's own
events, so a response that must already speak the language the action is switching to is picked
here, from the domain the action server receives, by its `language` slot condition.
"""
from __future__ import annotations

from typing import Any, Dict, Optional

from rasa_sdk.executor import CollectingDispatcher


def variation(domain: Dict[str, Any], name: str, language: str) -> Optional[Dict[str, Any]]:
    """The response variation conditioned on `language`, else the unconditioned default."""
    variations = (domain.get("responses") or {}).get(name) or []
    default = None
    for candidate in variations:
        conditions = candidate.get("condition") or []
        if not conditions:
            default = default or candidate
        elif any(c.get("name") == "language" and c.get("value") == language for c in conditions):
            return candidate
    return default


def utter_in(dispatcher: CollectingDispatcher, domain: Dict[str, Any], name: str,
             language: str) -> None:
    chosen = variation(domain, name, language)
    if chosen is None:
        raise KeyError(f"the domain has no response {name!r}")
    buttons = [{"title": b["title"], "payload": b["payload"].replace("{{", "{").replace("}}", "}")}
               for b in chosen.get("buttons") or []]
    dispatcher.utter_message(text=chosen.get("text"), buttons=buttons)
