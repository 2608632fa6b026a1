"""ErasingTrackerStore on a real SQLite file: a marker in the saved events erases the
conversation; other conversations are untouched."""
import asyncio
import sqlite3
import time

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.privacy import erasure
from bot.privacy.tracker_store import ErasingTrackerStore

DOMAIN = Domain.from_yaml("""
slots:
  language:
    type: text
    mappings: [{type: custom}]
""")


@pytest.fixture
def store(tmp_path):
    return ErasingTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "t.db"))


def rows(store, sender):
    with sqlite3.connect(store.engine.url.database) as db:
        return db.execute("SELECT count(*) FROM events WHERE sender_id = ?", (sender,)).fetchone()[0]


def turn(tracker, text, *actions):
    tracker.update(UserUttered(text, {"name": "greet", "confidence": 1.0}))
    for action in actions:
        tracker.update(ActionExecuted(action))
    tracker.update(ActionExecuted("action_listen"))


def conversation(store, sender):
    tracker = DialogueStateTracker(sender, DOMAIN.slots)
    tracker.update(ActionExecuted("action_session_start"))
    tracker.update(ActionExecuted("action_listen"))
    turn(tracker, "hola", "utter_welcome")
    tracker.update(SlotSet("language", "es"))
    asyncio.run(store.save(tracker))
    return tracker


@pytest.mark.parametrize("marker", ["utter_quick_exit", "utter_data_deleted"])
def test_marker_erases_every_row_of_the_conversation_only(store, marker):
    tracker = conversation(store, "a")
    conversation(store, "b")
    assert rows(store, "a") > 0
    turn(tracker, "salir", marker)
    tracker.update(BotUttered("Chat cerrado."))
    asyncio.run(store.save(tracker))
    assert rows(store, "a") == 0
    assert rows(store, "b") > 0
    assert asyncio.run(store.retrieve("a")) is None


def test_ordinary_turn_appends(store):
    tracker = conversation(store, "a")
    before = rows(store, "a")
    turn(tracker, "gracias", "utter_you_are_welcome")
    asyncio.run(store.save(tracker))
    assert rows(store, "a") == before + 3


def test_erasure_hooks_hear_the_kind(store):
    heard = []

    async def hook(sender, kind):
        heard.append((sender, kind))

    erasure.register_hook(hook)
    try:
        tracker = conversation(store, "a")
        turn(tracker, "borrar mis datos", "utter_data_deleted")
        asyncio.run(store.save(tracker))
        tracker2 = conversation(store, "b")
        turn(tracker2, "salir", "utter_quick_exit")
        asyncio.run(store.save(tracker2))
    finally:
        erasure.unregister_hook(hook)
    assert heard == [("a", erasure.Erasure.DELETE), ("b", erasure.Erasure.QUICK_EXIT)]


def test_a_failing_hook_does_not_break_the_erasure(store):
    async def broken(sender, kind):
        raise RuntimeError("transcripts down")

    erasure.register_hook(broken)
    try:
        tracker = conversation(store, "a")
        turn(tracker, "exit", "utter_quick_exit")
        asyncio.run(store.save(tracker))
    finally:
        erasure.unregister_hook(broken)
    assert rows(store, "a") == 0


def test_strongest_erasure_wins():
    assert erasure.erasure_in(["utter_quick_exit", "utter_data_deleted"]) is erasure.Erasure.DELETE
    assert erasure.erasure_in(["utter_quick_exit", None]) is erasure.Erasure.QUICK_EXIT
    assert erasure.erasure_in(["utter_greet"]) is None


def test_events_older_than_retention_are_never_written_back(store):
    """A turn that read a conversation just before the purge removed it must not re-insert it."""
    tracker = DialogueStateTracker("old", DOMAIN.slots)
    old = time.time() - 30 * 3600
    tracker.update(ActionExecuted("action_session_start", timestamp=old))
    tracker.update(UserUttered("hola", {"name": "greet", "confidence": 1.0}, timestamp=old))
    tracker.update(UserUttered("gracias", {"name": "thanks", "confidence": 1.0}))
    asyncio.run(store.save(tracker))
    assert rows(store, "old") == 1


def test_marker_among_already_counted_events_still_erases(store):
    """A turn that ran on a fresh tracker (its read failed) still erases what is stored."""
    conversation(store, "a")
    fresh = DialogueStateTracker("a", DOMAIN.slots)
    turn(fresh, "salir", "utter_quick_exit")
    asyncio.run(store.save(fresh))
    assert rows(store, "a") == 0
