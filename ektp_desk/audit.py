"""The audit log: who did what and when, written in the same transaction as the action.

Nothing in the program edits or deletes an audit row; the database refuses it too, and each
row is hash-chained to the one before (``ektp_desk.chain``), so a rewrite behind the
program's back shows in ``ektp-desk check``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ektp_desk import chain, clock
from ektp_desk.access import acting_user
from ektp_desk.actor import Actor
from ektp_desk.db import Database
from ektp_desk.domain import LEAD_ROLES
from ektp_desk.models import AuditEntry

ACTIONS = (
    "login", "login_failed", "login_locked", "unlock", "print", "spoil", "receive", "adjust",
    "load_roll", "resolve", "import", "export", "user_add", "shift_start", "shift_end", "settings",
    "claim", "release", "collect", "station_add", "backup", "restore", "sign_in_session",
    "sign_out", "cause_fix", "destroy", "hand_in", "service_token_add", "service_token_revoke",
    "service_run", "service_refused",
)  # fmt: skip


# The authenticated person behind the front-door action now running (ektp_desk.api): every
# audit row written during it names that person and station, whatever name the action's
# arguments carried.
_ACTOR: ContextVar[Actor | None] = ContextVar("ektp_desk_actor", default=None)


@contextmanager
def acting_as(actor: Actor) -> Iterator[Actor]:
    """Within this block every audit row is written as ``actor``, at ``actor.station``."""
    token = _ACTOR.set(actor)
    try:
        yield actor
    finally:
        _ACTOR.reset(token)


@dataclass(frozen=True)
class AuditLine:
    at: datetime
    user: str | None
    station: str | None
    action: str
    subject: str | None
    detail: str | None


def record(
    session: Session, action: str, *, user: str | None, subject: str | None = None,
    detail: str | None = None,
) -> None:  # fmt: skip
    """One audit row, in the caller's transaction: it stands or falls with the action.

    Linked into the audit log's hash chain and written when the action commits, after its
    ledger rows (``ektp_desk.chain``): audit rows are never read back in the action that
    writes them."""
    actor = _ACTOR.get()
    station = None
    if actor is not None:
        user, station = actor.name, actor.station
    values = {"at": clock.now(), "user": user, "station": station, "action": action,
              "subject": (subject or None) and subject[:200], "detail": detail}  # fmt: skip
    chain.append(session, chain.AUDIT, [values])


def record_now(db: Database, action: str, *, user: str | None, subject: str | None = None,
               detail: str | None = None) -> None:  # fmt: skip
    """One audit row in its own transaction (for what is not itself a database change)."""
    with db.write() as session:
        record(session, action, user=user, subject=subject, detail=detail)


def read_log(
    db: Database,
    *,
    reader: Actor,
    action: str | None = None,
    user: str | None = None,
    since: datetime | None = None,
    limit: int = 500,
) -> list[AuditLine]:
    """The newest entries first, filtered; for shift leads and admins only."""
    with db.read() as session:
        acting_user(session, reader, roles=LEAD_ROLES)
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        if action:
            query = query.where(AuditEntry.action == action)
        if user:
            query = query.where(AuditEntry.user == user)
        if since:
            query = query.where(AuditEntry.at >= since)
        return [AuditLine(e.at, e.user, e.station, e.action, e.subject, e.detail)
                for e in session.scalars(query)]  # fmt: skip
