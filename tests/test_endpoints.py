"""endpoints.yml, read the way the Rasa server reads it, points where bot.settings says and
loads our tracker store (Rasa silently falls back to an in-memory store when it cannot)."""
import pytest
from rasa.core.tracker_store import AwaitableTrackerStore, TrackerStore
from rasa.shared.core.domain import Domain
from rasa.utils.endpoints import read_endpoint_config

from bot.privacy.tracker_store import ErasingTrackerStore
from bot.settings import PROJECT_ROOT, Settings

ENDPOINTS = str(PROJECT_ROOT / "endpoints.yml")


@pytest.fixture
def settings_env(monkeypatch, tmp_path):
    settings = Settings(actions_port=6123, var_dir=tmp_path)
    for name, value in settings.export().items():
        monkeypatch.setenv(name, value)
    return settings


def test_action_endpoint_comes_from_settings(settings_env):
    action = read_endpoint_config(ENDPOINTS, "action_endpoint")
    assert action.url == "http://localhost:6123/webhook"


def test_tracker_store_is_our_erasing_store_on_the_settings_database(settings_env):
    config = read_endpoint_config(ENDPOINTS, "tracker_store")
    assert config.kwargs["db"] == str(settings_env.tracker_db_path)

    store = TrackerStore.create(config, Domain.empty())
    inner = store._tracker_store if isinstance(store, AwaitableTrackerStore) else store
    assert type(inner) is ErasingTrackerStore
    assert inner.engine.url.database == str(settings_env.tracker_db_path)
    assert settings_env.tracker_db_path.exists()


def test_event_broker_is_our_transcript_broker_on_the_settings_database(settings_env):
    import asyncio

    asyncio.run(_check_event_broker(settings_env))


async def _check_event_broker(settings_env):
    import sqlalchemy as sa
    from rasa.core.brokers.broker import EventBroker

    from bot.privacy import erasure
    from bot.transcripts.broker import TranscriptBroker

    config = read_endpoint_config(ENDPOINTS, "event_broker")
    broker = await EventBroker.create(config)
    try:
        assert type(broker) is TranscriptBroker
        assert broker.url == settings_env.transcripts_db_url
        assert broker.on_erasure in erasure._hooks  # the delete path reaches the transcripts
        broker.publish({"sender_id": "s", "event": "session_started", "timestamp": 1.0})
        assert broker.drain()
        with broker.engine.connect() as db:
            assert db.execute(sa.text("SELECT count(*) FROM transcript_sessions")).scalar() == 1
    finally:
        await broker.close()
    assert broker.on_erasure not in erasure._hooks
