"""Pseudonymous sender ids."""
import stat

import pytest

from bot.privacy.pseudonym import SECRET_FILE, load_secret, pseudonymous_id
from bot.settings import Settings


def test_pseudonym_is_stable_and_depends_on_channel_id_and_secret():
    a = pseudonymous_id("sms", "+15551234567", b"k" * 32)
    assert a == pseudonymous_id("sms", "+15551234567", b"k" * 32)
    assert len(a) == 64 and "5551234567" not in a
    assert a != pseudonymous_id("rest", "+15551234567", b"k" * 32)
    assert a != pseudonymous_id("sms", "+15551234568", b"k" * 32)
    assert a != pseudonymous_id("sms", "+15551234567", b"j" * 32)


def test_channel_and_id_cannot_be_shifted_into_each_other():
    assert pseudonymous_id("ab", "c", b"k" * 32) != pseudonymous_id("a", "bc", b"k" * 32)


def test_secret_is_generated_once_into_var_with_owner_only_access(tmp_path, caplog):
    settings = Settings(var_dir=tmp_path)
    first = load_secret(settings)
    path = tmp_path / SECRET_FILE
    assert len(first) == 64
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "SENDER_ID_SECRET is not set" in caplog.text
    assert load_secret(settings) == first


def test_secret_from_environment_wins_and_must_be_long(tmp_path):
    assert load_secret(Settings(var_dir=tmp_path, sender_id_secret="s" * 40)) == b"s" * 40
    assert not (tmp_path / SECRET_FILE).exists()
    with pytest.raises(ValueError, match="at least 32"):
        load_secret(Settings(var_dir=tmp_path, sender_id_secret="short"))
