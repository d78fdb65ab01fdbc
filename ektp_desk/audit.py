"""The audit log: who did what and when, written in the same transaction as the action.

Nothing in the program edits or deletes an audit row; the database refuses it too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from ektp_desk import clock
from ektp_desk.db import Database
from ektp_desk.domain import ADMIN, LEAD
from ektp_desk.models import AuditEntry

ACTIONS = (
    "login", "login_failed", "print", "spoil", "receive", "adjust", "load_roll", "resolve",
    "import", "export", "user_add", "shift_start", "shift_end", "settings", "restore",
)  # fmt: skip


@dataclass(frozen=True)
class AuditLine:
    at: datetime
    user: str | None
    action: str
    subject: str | None
    detail: str | None


def record(
    session: Session, action: str, *, user: str | None, subject: str | None = None,
    detail: str | None = None,
) -> None:  # fmt: skip
    """One audit row, in the caller's transaction: it stands or falls with the action.

    Written at once, as a plain INSERT built once, on the session's connection: the ORM's
    unit of work cost more than the statement (audit rows are never read back in the action
    that writes them)."""
    values = {"at": clock.now(), "user": user, "action": action,
              "subject": (subject or None) and subject[:200], "detail": detail}  # fmt: skip
    session.connection().execute(_INSERT, values)


_INSERT = insert(cast(Table, AuditEntry.__table__))


def record_now(db: Database, action: str, *, user: str | None, subject: str | None = None,
               detail: str | None = None) -> None:  # fmt: skip
    """One audit row in its own transaction (for what is not itself a database change)."""
    with db.write() as session:
        record(session, action, user=user, subject=subject, detail=detail)


def read_log(
    db: Database,
    *,
    reader: str,
    action: str | None = None,
    user: str | None = None,
    since: datetime | None = None,
    limit: int = 500,
) -> list[AuditLine]:
    """The newest entries first, filtered; for shift leads and admins only."""
    from ektp_desk.users import get_user  # users writes audit rows: import it late

    with db.read() as session:
        get_user(session, reader, roles=(LEAD, ADMIN))
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        if action:
            query = query.where(AuditEntry.action == action)
        if user:
            query = query.where(AuditEntry.user == user)
        if since:
            query = query.where(AuditEntry.at >= since)
        return [AuditLine(e.at, e.user, e.action, e.subject, e.detail)
                for e in session.scalars(query)]  # fmt: skip
