"""Escalating sign-in locks, per name typed (known account or not), on the database's clock.

Five wrong passwords in a row lock the name for 5 minutes; five more after that, for 30
minutes; five more, until a lead or an admin unlocks it. An unknown name locks exactly as a
known one does, so the answers never tell which names are accounts. PostgreSQL's clock is the
server's, the same for every station; on SQLite the PC's clock is the database's, and a lock
remembers when it began, so a clock set back never makes it last longer than its length.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ektp_desk import audit, clock
from ektp_desk.access import acting_user
from ektp_desk.actor import Actor
from ektp_desk.db import Database
from ektp_desk.domain import ADMIN, LEAD
from ektp_desk.errors import NotFound, Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.models import SignInLock

FAILURES_PER_LOCK: Final = 5
LENGTHS: Final = {1: timedelta(minutes=5), 2: timedelta(minutes=30)}  # level 3: until unlocked
LAST_LEVEL: Final = 3


def database_now(session: Session) -> datetime:
    """The database's clock: the server's on PostgreSQL, this PC's on SQLite."""
    if session.get_bind().dialect.name == "postgresql":
        now = session.scalar(select(func.localtimestamp()))
        assert isinstance(now, datetime)
        return now
    return clock.now()


def lock_of(session: Session, name: str) -> SignInLock:
    lock = session.get(SignInLock, name, with_for_update=True)
    if lock is None:
        lock = SignInLock(name=name, failures=0, level=0)
        session.add(lock)
    return lock


def refusal_if_locked(lock: SignInLock, now: datetime) -> Refused | None:
    """The refusal while ``lock`` holds, else None. A clock found earlier than the lock's start
    (set back) starts the lock's length again from now, never more."""
    if lock.level >= LAST_LEVEL:
        return Refused(_HELD, name=lock.name)
    if lock.locked_at is None or lock.locked_until is None:
        return None
    if now < lock.locked_at:
        length = lock.locked_until - lock.locked_at
        lock.locked_at, lock.locked_until = now, now + length
    if now >= lock.locked_until:
        return None
    return Refused(_TIMED, name=lock.name, time=f"{lock.locked_until:%H:%M}")


def count_failure(lock: SignInLock, now: datetime) -> Refused | None:
    """One more wrong password; the refusal of the lock it starts, if it starts one."""
    lock.failures += 1
    if lock.failures < FAILURES_PER_LOCK:
        return None
    lock.failures, lock.level = 0, min(lock.level + 1, LAST_LEVEL)
    length = LENGTHS.get(lock.level)
    lock.locked_at, lock.locked_until = (now, now + length) if length else (now, None)
    return refusal_if_locked(lock, now)


def clear(lock: SignInLock) -> None:
    lock.failures, lock.level, lock.locked_at, lock.locked_until = 0, 0, None, None


def unlock(db: Database, name: str, *, actor: Actor) -> None:
    """Lift the lock on a name (a lead or an admin); audited."""
    with db.write() as session:
        acting_user(session, actor, roles=(LEAD, ADMIN))
        lock = session.get(SignInLock, name.strip())
        if lock is None or (lock.level == 0 and lock.failures == 0):
            raise NotFound(QT_TRANSLATE_NOOP("core", "'{name}' is not locked"), name=name.strip())
        clear(lock)
        audit.record(session, "unlock", user=actor.describe(), subject=lock.name)


_TIMED: Final = QT_TRANSLATE_NOOP(
    "core", "too many wrong passwords: {name} is locked until {time}, then try again"
)
_HELD: Final = QT_TRANSLATE_NOOP(
    "core",
    "too many wrong passwords: {name} is locked until a lead or an admin unlocks it "
    "(`ektp-desk user unlock {name}`)",
)
