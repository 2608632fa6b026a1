"""SMS fixtures: a signed-webhook client for the session's assistant (replies in TwiML), and a
second assistant that replies through a fake provider's REST API on loopback."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from conftest import Assistant, start_assistant, stop_assistant
from sms_support import FakeProvider, SmsClient


@pytest.fixture(scope="session")
def sms(assistant: Assistant) -> SmsClient:
    return SmsClient(assistant)


@pytest.fixture(scope="module")
def fake_provider() -> Iterator[FakeProvider]:
    provider = FakeProvider().start()
    yield provider
    provider.stop()


@pytest.fixture(scope="module")
def assistant_sms_api(trained_model: Path, fake_provider: FakeProvider,
                      tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    running = start_assistant(tmp_path_factory.mktemp("var_sms_api"), trained_model,
                              sms_reply_via="api", sms_api_base=fake_provider.url)
    yield running
    stop_assistant(running)
