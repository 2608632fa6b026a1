"""endpoints.yml, read the way the Rasa server reads it, points where bot.settings says."""
from rasa.utils.endpoints import read_endpoint_config

from bot.settings import PROJECT_ROOT, Settings


def test_endpoints_take_action_url_and_tracker_db_from_settings(monkeypatch, tmp_path):
    settings = Settings(actions_port=6123, var_dir=tmp_path)
    for name, value in settings.export().items():
        monkeypatch.setenv(name, value)
    endpoints = str(PROJECT_ROOT / "endpoints.yml")

    action = read_endpoint_config(endpoints, "action_endpoint")
    assert action.url == "http://localhost:6123/webhook"

    store = read_endpoint_config(endpoints, "tracker_store")
    assert store.type == "SQL"
    assert store.kwargs["dialect"] == "sqlite"
    assert store.kwargs["db"] == str(tmp_path / "tracker.db")
