"""What the staff portal asks of the transcripts database: filtered lists, one transcript, exports,
dashboard aggregates with small counts suppressed, and the retention purge."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot.transcripts.models import RESULTS, PortalSetting, TranscriptSession, Turn, utcnow

PAGE_SIZE = 50
SMALL_COUNT = 5          # counts under this are shown as "<5"
SUPPRESSED = "<5"
CHANNELS = ("rest", "web", "sms", "twilio", "shell", "cmdline")
LANGUAGES = ("en", "es")
FLAGS = ("danger_flag", "self_harm_flag", "minor_flag")
RETENTION_KEY = "retention_days"


class FilterError(ValueError):
    """A filter value that cannot be used; the message says which and why."""


@dataclass(frozen=True)
class Filters:
    date_from: Optional[dt.date] = None
    date_to: Optional[dt.date] = None
    channel: Optional[str] = None
    language: Optional[str] = None
    result: Optional[str] = None        # positive | negative | indeterminate | none
    quick_exit: Optional[bool] = None
    flags: Tuple[str, ...] = ()        # sessions with every one of these raised

    @classmethod
    def parse(cls, query: Mapping[str, str]) -> "Filters":
        def date(name: str) -> Optional[dt.date]:
            raw = (query.get(name) or "").strip()
            if not raw:
                return None
            try:
                return dt.date.fromisoformat(raw)
            except ValueError as e:
                raise FilterError(f"{name}: expected a date as YYYY-MM-DD") from e

        def choice(name: str, allowed: Sequence[str]) -> Optional[str]:
            raw = (query.get(name) or "").strip()
            if not raw:
                return None
            if raw not in allowed:
                raise FilterError(f"{name}: expected one of {', '.join(allowed)}")
            return raw

        quick_exit = choice("quick_exit", ("yes", "no"))
        flags = tuple(f for f in FLAGS if (query.get(f) or "") in ("1", "yes", "on"))
        filters = cls(date_from=date("from"), date_to=date("to"),
                      channel=(query.get("channel") or "").strip()[:32] or None,
                      language=choice("language", LANGUAGES),
                      result=choice("result", (*RESULTS, "none")),
                      quick_exit=None if quick_exit is None else quick_exit == "yes",
                      flags=flags)
        if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
            raise FilterError("from: the start date is after the end date")
        return filters

    def as_query(self) -> Dict[str, str]:
        """The filters as query parameters (for paging and export links)."""
        out: Dict[str, str] = {}
        if self.date_from:
            out["from"] = self.date_from.isoformat()
        if self.date_to:
            out["to"] = self.date_to.isoformat()
        for name in ("channel", "language", "result"):
            if getattr(self, name):
                out[name] = getattr(self, name)
        if self.quick_exit is not None:
            out["quick_exit"] = "yes" if self.quick_exit else "no"
        for flag in self.flags:
            out[flag] = "1"
        return out

    def where(self) -> List[Any]:
        t = TranscriptSession
        clauses: List[Any] = []
        if self.date_from:
            clauses.append(t.started_at >= dt.datetime.combine(self.date_from, dt.time()))
        if self.date_to:
            clauses.append(t.started_at < dt.datetime.combine(self.date_to + dt.timedelta(days=1),
                                                             dt.time()))
        if self.channel:
            clauses.append(t.channel == self.channel)
        if self.language:
            clauses.append(t.language == self.language)
        if self.result == "none":
            clauses.append(t.result.is_(None))
        elif self.result:
            clauses.append(t.result == self.result)
        if self.quick_exit is not None:
            clauses.append(t.ended_by_quick_exit.is_(self.quick_exit))
        for flag in self.flags:
            clauses.append(getattr(t, flag).is_(True))
        return clauses


@dataclass
class Page:
    rows: List[TranscriptSession]
    number: int
    total: int
    size: int = PAGE_SIZE
    turn_counts: Dict[str, int] = field(default_factory=dict)

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))


def transcript_page(db: Session, filters: Filters, number: int = 1) -> Page:
    where = filters.where()
    total = db.execute(sa.select(sa.func.count()).select_from(TranscriptSession).where(*where)).scalar()
    pages = max(1, -(-total // PAGE_SIZE))
    number = min(max(1, number), pages)
    rows = db.execute(
        sa.select(TranscriptSession).where(*where)
        .order_by(TranscriptSession.started_at.desc(), TranscriptSession.id)
        .offset((number - 1) * PAGE_SIZE).limit(PAGE_SIZE)
    ).scalars().all()
    counts = dict(db.execute(
        sa.select(Turn.session_id, sa.func.count()).where(Turn.session_id.in_([r.id for r in rows]))
        .group_by(Turn.session_id)).all()) if rows else {}
    return Page(rows=list(rows), number=number, total=total, turn_counts=counts)


def channels_in_use(db: Session) -> List[str]:
    found = db.execute(sa.select(TranscriptSession.channel).distinct()
                       .where(TranscriptSession.channel.is_not(None))).scalars().all()
    return sorted(set(found))


def transcript(db: Session, transcript_id: str) -> Optional[TranscriptSession]:
    row = db.get(TranscriptSession, transcript_id)
    if row is not None:
        row.turns  # loaded while the session is open
    return row


EXPORT_COLUMNS = ("id", "channel", "language", "started_at", "ended_at", "instrument_id",
                  "instrument_version", "result", "domains", "needs", "resources_offered",
                  "ended_by_quick_exit", "danger_flag", "self_harm_flag", "minor_flag")


def export_rows(db: Session, filters: Filters) -> List[Dict[str, Any]]:
    """The filtered list as plain values (no link key)."""
    rows = db.execute(sa.select(TranscriptSession).where(*filters.where())
                      .order_by(TranscriptSession.started_at)).scalars().all()
    out = []
    for row in rows:
        record = {name: getattr(row, name) for name in EXPORT_COLUMNS}
        for name in ("started_at", "ended_at"):
            record[name] = record[name].isoformat(timespec="seconds") + "Z"
        out.append(record)
    return out


# --- dashboard --------------------------------------------------------------------------------

def shown(count: int) -> str:
    """A count as staff may see it: under 5 becomes "<5"."""
    return SUPPRESSED if count < SMALL_COUNT else str(count)


def week_start(day: dt.datetime) -> dt.date:
    return (day - dt.timedelta(days=day.weekday())).date()


@dataclass
class Aggregates:
    weeks: List[dt.date]
    by_channel: Dict[str, Dict[dt.date, int]]
    by_language: Dict[str, Dict[dt.date, int]]
    quick_exits: Dict[dt.date, int]
    results: Dict[str, int]
    resources: Dict[str, int]
    flags: Dict[str, int]
    total: int

    def table(self) -> List[Tuple[str, str, str, int]]:
        """(chart, group, key, count) rows, the raw form of every figure on the dashboard."""
        rows = []
        for name, series in (("conversations by channel", self.by_channel),
                             ("conversations by language", self.by_language)):
            for group, weeks in sorted(series.items()):
                for week in self.weeks:
                    rows.append((name, group, week.isoformat(), weeks.get(week, 0)))
        for week in self.weeks:
            rows.append(("quick exits", "", week.isoformat(), self.quick_exits.get(week, 0)))
        rows += [("results", "", k, v) for k, v in self.results.items()]
        rows += [("resources offered", "", k, v) for k, v in sorted(self.resources.items())]
        rows += [("danger flags", "", k, v) for k, v in self.flags.items()]
        rows.append(("conversations", "", "total", self.total))
        return rows


def aggregates(db: Session, filters: Filters) -> Aggregates:
    rows = db.execute(sa.select(
        TranscriptSession.started_at, TranscriptSession.channel, TranscriptSession.language,
        TranscriptSession.result, TranscriptSession.resources_offered,
        TranscriptSession.ended_by_quick_exit, TranscriptSession.danger_flag,
        TranscriptSession.self_harm_flag, TranscriptSession.minor_flag,
    ).where(*filters.where())).all()
    by_channel: Dict[str, Dict[dt.date, int]] = {}
    by_language: Dict[str, Dict[dt.date, int]] = {}
    quick: Dict[dt.date, int] = {}
    results = {name: 0 for name in (*RESULTS, "none")}
    resources: Dict[str, int] = {}
    flags = {name: 0 for name in FLAGS}
    weeks = set()
    for r in rows:
        week = week_start(r.started_at)
        weeks.add(week)
        for series, key in ((by_channel, r.channel or "unknown"),
                            (by_language, r.language or "unknown")):
            series.setdefault(key, {}).setdefault(week, 0)
            series[key][week] += 1
        if r.ended_by_quick_exit:
            quick[week] = quick.get(week, 0) + 1
        results[r.result or "none"] += 1
        for resource in set(r.resources_offered or []):
            resources[resource] = resources.get(resource, 0) + 1
        for flag in FLAGS:
            flags[flag] += bool(getattr(r, flag))
    all_weeks = _week_range(min(weeks), max(weeks)) if weeks else []
    return Aggregates(all_weeks, by_channel, by_language, quick, results, resources, flags,
                      len(rows))


def _week_range(first: dt.date, last: dt.date) -> List[dt.date]:
    weeks, week = [], first
    while week <= last:
        weeks.append(week)
        week += dt.timedelta(days=7)
    return weeks


# --- retention --------------------------------------------------------------------------------

def retention_days(db: Session, default: int) -> int:
    row = db.get(PortalSetting, RETENTION_KEY)
    try:
        return int(row.value) if row else default
    except ValueError:
        return default


def set_retention_days(db: Session, days: int) -> None:
    row = db.get(PortalSetting, RETENTION_KEY)
    if row is None:
        db.add(PortalSetting(key=RETENTION_KEY, value=str(days)))
    else:
        row.value = str(days)


def purge_older_than(db: Session, days: int, now: Optional[dt.datetime] = None) -> int:
    """Deletes transcripts whose last turn is older than `days`; returns how many went."""
    cutoff = (now or utcnow()) - dt.timedelta(days=days)
    ids = db.execute(sa.select(TranscriptSession.id)
                     .where(TranscriptSession.ended_at < cutoff)).scalars().all()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        db.execute(sa.delete(Turn).where(Turn.session_id.in_(chunk)))
        db.execute(sa.delete(TranscriptSession).where(TranscriptSession.id.in_(chunk)))
    return len(ids)
