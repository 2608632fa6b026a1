"""The transcripts database: anonymized conversation sessions and turns, and the staff portal's
accounts, login failures, audit log and settings.

SQLAlchemy 1.4 in 2.0 style. Every constraint is named (the naming convention below) so that
Alembic migrations can refer to them on SQLite and PostgreSQL alike. Times are naive UTC.

Nothing here holds a raw identifier or raw message text: a session's id is random (uuid4), user
text is redacted before it is written, and `link_key` (how the broker finds the open session of
a conversation for its next turn) is an HMAC of the already pseudonymous sender id under a key
only the Rasa server holds; it is cleared as soon as the session ends.
"""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import declarative_base, relationship

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = sa.MetaData(naming_convention=NAMING)
Base = declarative_base(metadata=metadata)

SPEAKERS = ("user", "bot")
ROLES = ("reviewer", "admin")
RESULTS = ("positive", "negative", "indeterminate")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class TranscriptSession(Base):
    """One conversation session, as staff may see it."""

    __tablename__ = "transcript_sessions"

    id = sa.Column(sa.String(32), primary_key=True)  # uuid4 hex, random
    link_key = sa.Column(sa.String(64), nullable=True, unique=True)  # cleared when it ends
    channel = sa.Column(sa.String(32), nullable=True)
    language = sa.Column(sa.String(8), nullable=True)
    started_at = sa.Column(sa.DateTime, nullable=False, index=True)
    ended_at = sa.Column(sa.DateTime, nullable=False)
    instrument_id = sa.Column(sa.String(64), nullable=True)
    instrument_version = sa.Column(sa.String(32), nullable=True)
    result = sa.Column(sa.String(16), nullable=True)
    domains = sa.Column(sa.JSON, nullable=False, default=list)
    needs = sa.Column(sa.JSON, nullable=False, default=list)
    resources_offered = sa.Column(sa.JSON, nullable=False, default=list)
    ended_by_quick_exit = sa.Column(sa.Boolean(name="quick_exit"), nullable=False, default=False)
    danger_flag = sa.Column(sa.Boolean(name="danger"), nullable=False, default=False)
    self_harm_flag = sa.Column(sa.Boolean(name="self_harm"), nullable=False, default=False)
    minor_flag = sa.Column(sa.Boolean(name="minor"), nullable=False, default=False)

    turns = relationship("Turn", back_populates="session", order_by="Turn.seq",
                         cascade="all, delete-orphan", passive_deletes=True)


class Turn(Base):
    """One message of a session: the bot's own words, or the user's words redacted."""

    __tablename__ = "transcript_turns"
    __table_args__ = (sa.UniqueConstraint("session_id", "seq", name="uq_transcript_turns_seq"),)

    id = sa.Column(sa.Integer, primary_key=True, autoincrement=True)
    session_id = sa.Column(sa.String(32),
                           sa.ForeignKey("transcript_sessions.id", ondelete="CASCADE"),
                           nullable=False, index=True)
    seq = sa.Column(sa.Integer, nullable=False)
    speaker = sa.Column(sa.String(8), nullable=False)
    text = sa.Column(sa.Text, nullable=False)
    intent = sa.Column(sa.String(100), nullable=True)
    at = sa.Column(sa.DateTime, nullable=False)

    session = relationship("TranscriptSession", back_populates="turns")


class StaffUser(Base):
    __tablename__ = "staff_users"

    id = sa.Column(sa.Integer, primary_key=True, autoincrement=True)
    name = sa.Column(sa.String(64), nullable=False, unique=True)
    password_hash = sa.Column(sa.String(255), nullable=False)  # argon2id
    role = sa.Column(sa.String(16), nullable=False)
    created_at = sa.Column(sa.DateTime, nullable=False, default=utcnow)
    active = sa.Column(sa.Boolean(name="active"), nullable=False, default=True)


class LoginFailure(Base):
    """A failed login, counted per account and per client for the lockout."""

    __tablename__ = "login_failures"

    id = sa.Column(sa.Integer, primary_key=True, autoincrement=True)
    account = sa.Column(sa.String(64), nullable=True, index=True)  # only names that exist
    client = sa.Column(sa.String(64), nullable=False, index=True)
    at = sa.Column(sa.DateTime, nullable=False, default=utcnow, index=True)


class AuditEntry(Base):
    """Who did what in the portal: logins, views, exports, purges, account changes."""

    __tablename__ = "audit_log"

    id = sa.Column(sa.Integer, primary_key=True, autoincrement=True)
    at = sa.Column(sa.DateTime, nullable=False, default=utcnow, index=True)
    user_name = sa.Column(sa.String(64), nullable=True)
    action = sa.Column(sa.String(32), nullable=False)
    target = sa.Column(sa.String(64), nullable=True)
    detail = sa.Column(sa.Text, nullable=True)
    client = sa.Column(sa.String(64), nullable=True)


class PortalSetting(Base):
    __tablename__ = "portal_settings"

    key = sa.Column(sa.String(64), primary_key=True)
    value = sa.Column(sa.String(255), nullable=False)
