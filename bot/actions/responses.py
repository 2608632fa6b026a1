"""Sends a domain response in a given language from inside an action.

Rasa renders `utter_message(response=...)` with the tracker as it was before the action's own
events, so a response that must already speak the language the action is switching to is picked
here, from the domain the action server receives, by its `language` slot condition.
"""
from __future__ import annotations

from typing import Any, Dict, Optional

from rasa_sdk.executor import CollectingDispatcher


def variation(domain: Dict[str, Any], name: str, language: str,
              channel: Optional[str] = None) -> Optional[Dict[str, Any]]:
    """The variation Rasa would pick for this language and output channel: one for the language
    and channel, else the channel's default, else the language's, else the default."""
    variations = (domain.get("responses") or {}).get(name) or []

    def for_language(v: Dict[str, Any]) -> bool:
        return any(c.get("name") == "language" and c.get("value") == language
                   for c in v.get("condition") or [])

    ranked = [
        lambda v: v.get("channel") == channel and for_language(v),
        lambda v: v.get("channel") == channel and not v.get("condition"),
        lambda v: not v.get("channel") and for_language(v),
        lambda v: not v.get("channel") and not v.get("condition"),
    ]
    for matches in ranked if channel else ranked[2:]:
        chosen = next((v for v in variations if matches(v)), None)
        if chosen is not None:
            return chosen
    return None


def utter_in(dispatcher: CollectingDispatcher, domain: Dict[str, Any], name: str,
             language: str, channel: Optional[str] = None) -> None:
    chosen = variation(domain, name, language, channel)
    if chosen is None:
        raise KeyError(f"the domain has no response {name!r}")
    buttons = [{"title": b["title"], "payload": b["payload"].replace("{{", "{").replace("}}", "}")}
               for b in chosen.get("buttons") or []]
    dispatcher.utter_message(text=chosen.get("text"), buttons=buttons)
