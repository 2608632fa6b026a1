"""The portal's queries on PostgreSQL (the scale-out database): filters, paging, the dashboard's
figures, the lockout and the retention purge, each in a schema of its own."""
from __future__ import annotations

import datetime as dt
import uuid

import pytest

from bot.transcripts.db import make_engine
from tests.staff.conftest import Portal, seed


@pytest.fixture
def pg_portal(postgres, tmp_path):
    schema = f"portal_{uuid.uuid4().hex[:8]}"
    base = f"postgresql://{postgres.user}@127.0.0.1:{postgres.port}/{postgres.db}"
    admin = make_engine(base)
    with admin.begin() as db:
        db.exec_driver_sql(f"CREATE SCHEMA {schema}")
    running = Portal(tmp_path, url=f"{base}?options=-csearch_path%3D{schema}")
    yield running
    running.close()
    with admin.begin() as db:
        db.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
    admin.dispose()


def test_list_filters_dashboard_and_purge_on_postgresql(pg_portal):
    seed(pg_portal.factory, 52, language="en")
    seed(pg_portal.factory, 6, language="es", result="positive", danger_flag=True,
         ended_by_quick_exit=True, started_at=dt.datetime(2026, 11, 20, 9))
    seed(pg_portal.factory, 2, started_at=dt.datetime(2020, 1, 1))
    pg_portal.login()
    _, body = pg_portal.get("/transcripts")
    assert 'id="total">60<' in body and "Page 1 / 2" in body
    _, body = pg_portal.get("/transcripts?language=es&result=positive&quick_exit=yes&danger_flag=1")
    assert 'id="total">6<' in body
    _, body = pg_portal.get("/transcripts?from=2026-11-20&to=2026-11-20")
    assert 'id="total">6<' in body
    _, body = pg_portal.get("/dashboard")
    assert "<strong>60</strong>" in body and "<td>6</td>" in body and "<td>&lt;5</td>" in body
    _, body = pg_portal.post("/retention/purge", {})
    assert 'id="removed">2<' in body


def test_lockout_on_postgresql(pg_portal):
    for _ in range(5):
        assert pg_portal.login(password="wrong password!")[0].status == 401
    assert pg_portal.login()[0].status == 429
