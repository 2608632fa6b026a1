"""What erasing a conversation means, in one place.

The tracker store erases raw state when the events it is asked to save contain one of these
actions (see tracker_store.py). Other stores of conversation data (the anonymized transcripts)
register a hook here to be told when a conversation must also be removed from them.
"""
from __future__ import annotations

import enum
import logging
from typing import Awaitable, Callable, List, Optional

logger = logging.getLogger(__name__)


class Erasure(enum.Enum):
    QUICK_EXIT = "quick_exit"  # raw state goes; the anonymized transcript stays (marked)
    DELETE = "delete"          # raw state and the anonymized transcript go


# The bot response that ends each kind of erasure turn; the store looks for these.
MARKER_ACTIONS = {
    "utter_quick_exit": Erasure.QUICK_EXIT,
    "utter_data_deleted": Erasure.DELETE,
}

Hook = Callable[[str, Erasure], Awaitable[None]]
_hooks: List[Hook] = []


def erasure_in(action_names: List[Optional[str]]) -> Optional[Erasure]:
    """The strongest erasure asked for by these executed actions, if any."""
    found = {MARKER_ACTIONS[name] for name in action_names if name in MARKER_ACTIONS}
    if Erasure.DELETE in found:
        return Erasure.DELETE
    return Erasure.QUICK_EXIT if found else None


def register_hook(hook: Hook) -> None:
    """Called with (sender id, kind) after the raw state of a conversation was erased."""
    if hook not in _hooks:
        _hooks.append(hook)


def unregister_hook(hook: Hook) -> None:
    if hook in _hooks:
        _hooks.remove(hook)


async def run_hooks(sender_id: str, kind: Erasure) -> None:
    """Runs every hook; one failing hook is logged (without ids) and does not stop the others."""
    for hook in list(_hooks):
        try:
            await hook(sender_id, kind)
        except Exception as e:  # a hook must never break the conversation
            logger.error("an erasure hook failed (%s)", type(e).__name__)
