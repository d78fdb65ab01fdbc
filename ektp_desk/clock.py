"""The one place the core asks for the time, so a test can set it.

One clock for the office: on PostgreSQL the database server's (this PC's clock corrected by
its measured difference to the server's ``now()``, taken at every new connection);
on SQLite, where the database is a file on this PC, this PC's clock. ``skew`` says how far
this PC's clock is off, so the sign-in can tell a station whose clock is wrong.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, event

from ektp_desk.i18n import QT_TRANSLATE_NOOP, Message

TOLERATED_SKEW = timedelta(minutes=3)
_offset = timedelta(0)  # the database server's clock minus this PC's, last measured


def local_now() -> datetime:
    """This PC's wall-clock time (tests move it)."""
    return datetime.now()


def now() -> datetime:
    """The office's local wall-clock time, to the microsecond, without a zone."""
    return local_now() + _offset


def skew() -> timedelta:
    """How far this PC's clock is ahead of the database server's (negative: behind)."""
    return -_offset


def skew_warning() -> Message | None:
    """A sentence for the sign-in when this PC's clock is off by more than a few minutes."""
    off = skew()
    if abs(off) <= TOLERATED_SKEW:
        return None
    minutes = {"minutes": round(abs(off).total_seconds() / 60)}
    if off > timedelta(0):
        return Message(
            QT_TRANSLATE_NOOP(
                "core",
                "this PC's clock is {minutes} minutes ahead of the database server's: the "
                "office uses the server's time; ask IT to set this PC's clock",
            ),
            minutes,
        )
    return Message(
        QT_TRANSLATE_NOOP(
            "core",
            "this PC's clock is {minutes} minutes behind the database server's: the office "
            "uses the server's time; ask IT to set this PC's clock",
        ),
        minutes,
    )


def follow_server(engine: Engine) -> None:
    """Measure the server's clock at every new connection of ``engine`` (PostgreSQL)."""
    event.listen(engine, "connect", _measure)


def _measure(dbapi_connection: Any, _record: Any) -> None:
    global _offset
    """Zone-aware on both sides (``now()`` against this PC's time in its own zone), so a
    server kept in UTC for an office in WIB is not taken for a clock 7 hours off."""
    cursor = dbapi_connection.cursor()
    try:
        before = local_now().astimezone()
        cursor.execute("SELECT now()")
        server = cursor.fetchone()[0]
        after = local_now().astimezone()
    finally:
        cursor.close()
        dbapi_connection.rollback()
    _offset = server - (before + (after - before) / 2)


def today() -> date:
    """The office's local date: the day the counters and reports count."""
    return now().date()
