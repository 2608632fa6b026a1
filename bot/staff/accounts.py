"""Staff accounts, passwords (argon2id), the login lockout and the audit log."""
from __future__ import annotations

import datetime as dt
import json
import logging
import re
from dataclasses import dataclass
from typing import Any, Dict, Optional

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy.orm import Session

from bot.transcripts.models import ROLES, AuditEntry, LoginFailure, StaffUser, utcnow

logger = logging.getLogger(__name__)

MAX_FAILURES = 5           # failed logins per account, or per client, within ...
LOCKOUT_MINUTES = 15       # ... this many minutes lock that account or client for as long
MIN_PASSWORD_CHARS = 12
NAME_PATTERN = re.compile(r"^[A-Za-z0-9._-]{2,64}$")

_hasher = PasswordHasher()
# Verifying an unknown name costs as much as a known one, so timing does not tell names apart.
_DUMMY_HASH = _hasher.hash("not a password of anyone")


class AccountError(ValueError):
    """A request about accounts that cannot be done; the message says why."""


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    role: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def validate_new(name: str, password: str, role: str) -> None:
    if not NAME_PATTERN.match(name or ""):
        raise AccountError("the name must be 2-64 letters, digits, dots, dashes or underscores")
    if role not in ROLES:
        raise AccountError(f"the role must be one of: {', '.join(ROLES)}")
    if len(password or "") < MIN_PASSWORD_CHARS:
        raise AccountError(f"the password must have at least {MIN_PASSWORD_CHARS} characters")


def create_user(db: Session, name: str, password: str, role: str) -> StaffMember:
    validate_new(name, password, role)
    if db.execute(sa.select(StaffUser.id).where(StaffUser.name == name)).first():
        raise AccountError("an account with that name exists already")
    user = StaffUser(name=name, password_hash=_hasher.hash(password), role=role,
                     created_at=utcnow(), active=True)
    db.add(user)
    db.flush()
    return StaffMember(user.id, user.name, user.role)


def set_active(db: Session, user_id: int, active: bool) -> Optional[StaffUser]:
    user = db.get(StaffUser, user_id)
    if user is not None:
        user.active = active
    return user


def member(db: Session, user_id: Any) -> Optional[StaffMember]:
    """The active account behind a session (its role as the database says now)."""
    if not isinstance(user_id, int):
        return None
    user = db.get(StaffUser, user_id)
    if user is None or not user.active:
        return None
    return StaffMember(user.id, user.name, user.role)


def known_name(db: Session, name: str) -> Optional[str]:
    """The name when an account has it; None otherwise (so that a password typed into the name
    field is never written anywhere)."""
    found = db.execute(sa.select(StaffUser.name).where(StaffUser.name == name)).scalar()
    return found


def locked_out(db: Session, name: str, client: str, now: Optional[dt.datetime] = None) -> bool:
    since = (now or utcnow()) - dt.timedelta(minutes=LOCKOUT_MINUTES)
    recent = sa.select(sa.func.count()).select_from(LoginFailure).where(LoginFailure.at >= since)
    by_client = db.execute(recent.where(LoginFailure.client == client)).scalar()
    by_account = db.execute(recent.where(LoginFailure.account == name)).scalar() if name else 0
    return by_client >= MAX_FAILURES or by_account >= MAX_FAILURES


def authenticate(db: Session, name: str, password: str, client: str) -> Optional[StaffMember]:
    """The account when name and password match; otherwise records a failure and gives None.
    The caller checks `locked_out` first."""
    user = db.execute(sa.select(StaffUser).where(StaffUser.name == name)).scalars().first()
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
        ok = user is not None and user.active
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        ok = False
    if not ok:
        # Only names that exist are recorded: a password typed into the name field is not kept.
        db.add(LoginFailure(account=user.name if user else None, client=client[:64], at=utcnow()))
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    db.execute(sa.delete(LoginFailure).where(LoginFailure.account == user.name))
    return StaffMember(user.id, user.name, user.role)


def audit(db: Session, who: Optional[str], action: str, target: Optional[str] = None,
          detail: Optional[Dict[str, Any]] = None, client: Optional[str] = None) -> None:
    db.add(AuditEntry(at=utcnow(), user_name=who, action=action, target=target,
                      detail=json.dumps(detail, sort_keys=True) if detail else None,
                      client=(client or "")[:64] or None))
