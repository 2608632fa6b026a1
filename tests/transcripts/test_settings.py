"""The transcripts and portal settings, read by bot.settings."""
import pytest

from bot.settings import Settings


def test_defaults_put_the_transcripts_under_var(tmp_path):
    settings = Settings.from_env({"VAR_DIR": str(tmp_path)})
    assert settings.transcripts_db_url == f"sqlite:///{tmp_path / 'transcripts.db'}"
    assert (settings.staff_port, settings.transcript_retention_days) == (5080, 90)


def test_transcripts_db_takes_a_path_or_a_url(tmp_path):
    assert Settings.from_env({"TRANSCRIPTS_DB": str(tmp_path / "t.db")}).transcripts_db_url == \
        f"sqlite:///{tmp_path / 't.db'}"
    url = "postgresql://u:p@db:5432/transcripts"
    settings = Settings.from_env({"TRANSCRIPTS_DB": url})
    assert settings.transcripts_db_url == url
    assert Settings.from_env(settings.export()).transcripts_db_url == url  # round trip


@pytest.mark.parametrize("value, message", [("0", "at least 1"), ("ninety", "whole number")])
def test_bad_retention_days_are_refused_with_a_reason(value, message):
    with pytest.raises(ValueError, match=message):
        Settings.from_env({"TRANSCRIPT_RETENTION_DAYS": value})
