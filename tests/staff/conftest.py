"""The portal under aiohttp's test client, on a seeded transcripts database of its own."""
from __future__ import annotations

import asyncio
import datetime as dt
import re
import uuid
from typing import Any, Dict, Iterator, List, Optional

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.settings import Settings
from bot.staff import accounts
from bot.staff.app import create_app
from bot.transcripts.db import make_engine, session_factory, session_scope, upgrade_to_head
from bot.transcripts.models import TranscriptSession, Turn

PASSWORD = "a long enough password"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def seed(factory, count: int, **fields: Any) -> List[str]:
    """`count` sessions with two turns each; `fields` override the defaults."""
    ids = []
    with session_scope(factory) as db:
        for i in range(count):
            started = fields.get("started_at", dt.datetime(2026, 11, 2, 10, 0) + dt.timedelta(hours=i))
            row = TranscriptSession(
                id=uuid.uuid4().hex, channel=fields.get("channel", "rest"),
                language=fields.get("language", "en"), started_at=started,
                ended_at=started + dt.timedelta(minutes=5),
                instrument_id="default", instrument_version="1",
                result=fields.get("result", "negative"),
                domains=fields.get("domains", []), needs=[],
                resources_offered=fields.get("resources_offered", ["hotline"]),
                ended_by_quick_exit=fields.get("ended_by_quick_exit", False),
                danger_flag=fields.get("danger_flag", False), self_harm_flag=False,
                minor_flag=False)
            db.add(row)
            db.flush()
            db.add(Turn(session_id=row.id, seq=1, speaker="user", text="hello [NAME]",
                        intent="greet", at=started))
            db.add(Turn(session_id=row.id, seq=2, speaker="bot", text="Hi, I'm an assistant.",
                        at=started))
            ids.append(row.id)
    return ids


class Portal:
    """A running portal and a synchronous way to talk to it."""

    def __init__(self, tmp_path, always_secure: bool = False, url: Optional[str] = None) -> None:
        self.url = url or f"sqlite:///{tmp_path / 'transcripts.db'}"
        engine = make_engine(self.url)
        upgrade_to_head(engine)
        self.factory = session_factory(engine)
        with session_scope(self.factory) as db:
            accounts.create_user(db, "admin1", PASSWORD, "admin")
            accounts.create_user(db, "reviewer1", PASSWORD, "reviewer")
        self.loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self.loop)
        settings = Settings(var_dir=tmp_path)
        self.app = create_app(settings, "s" * 40, database_url=self.url,
                              always_secure=always_secure)

        async def start() -> TestClient:
            client = TestClient(TestServer(self.app))
            await client.start_server()
            return client

        self.client = self.run(start())

    def run(self, coro):
        return self.loop.run_until_complete(coro)

    def request(self, method: str, path: str, **kwargs: Any):
        async def go():
            response = await self.client.request(method, path, allow_redirects=False, **kwargs)
            body = await response.read()
            return response, body.decode("utf-8", "replace")
        return self.run(go())

    def get(self, path: str, **kwargs: Any):
        return self.request("GET", path, **kwargs)

    def csrf(self, path: str = "/login") -> str:
        _, body = self.get(path)
        return CSRF.search(body).group(1)

    def post(self, path: str, data: Dict[str, str], token: Optional[str] = "auto", **kwargs: Any):
        data = dict(data)
        if token == "auto":
            token = self.csrf("/login" if path == "/login" else "/transcripts")
        if token is not None:
            data["csrf_token"] = token
        return self.request("POST", path, data=data, **kwargs)

    def login(self, name: str = "admin1", password: str = PASSWORD):
        return self.post("/login", {"name": name, "password": password, "next": "/transcripts"})

    def logout_cookies(self) -> None:
        self.client.session.cookie_jar.clear()

    def sql(self, query: str) -> List[Any]:
        import sqlalchemy as sa

        with session_scope(self.factory) as db:
            result = db.execute(sa.text(query))
            return result.all() if result.returns_rows else []

    def close(self) -> None:
        self.run(self.client.close())
        self.loop.close()
        asyncio.set_event_loop(None)


@pytest.fixture
def portal(tmp_path) -> Iterator[Portal]:
    running = Portal(tmp_path)
    yield running
    running.close()
