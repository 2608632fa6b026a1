"""The SMS and API settings: defaults, parsing, and what they export for credentials.yml."""
import pytest

from bot.settings import Settings


def test_sms_is_off_and_api_closed_by_default():
    settings = Settings.from_env({})
    assert settings.twilio_auth_token == "" and settings.sms_reply_via == "twiml"
    assert not settings.sms_dry_run and settings.rasa_api_token == ""
    exported = settings.export()
    for name in ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_NUMBER", "SMS_PUBLIC_URL",
                 "SMS_REPLY_VIA", "SMS_API_BASE", "SMS_DRY_RUN", "SMS_STATE_DB"):
        assert name in exported  # credentials.yml needs every one, if only empty
    assert exported["SMS_STATE_DB"].endswith("sms.db")


def test_sms_settings_are_read_and_checked():
    settings = Settings.from_env({"SMS_REPLY_VIA": "API", "SMS_DRY_RUN": "yes",
                                  "RASA_API_TOKEN": "x" * 16})
    assert settings.sms_reply_via == "api" and settings.sms_dry_run
    with pytest.raises(ValueError, match="SMS_REPLY_VIA"):
        Settings.from_env({"SMS_REPLY_VIA": "fax"})
    with pytest.raises(ValueError, match="SMS_DRY_RUN"):
        Settings.from_env({"SMS_DRY_RUN": "maybe"})
    with pytest.raises(ValueError, match="RASA_API_TOKEN"):
        Settings.from_env({"RASA_API_TOKEN": "short"})
