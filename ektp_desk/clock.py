"""The one place the core asks for the time, so a test can set it."""

from __future__ import annotations

from datetime import date, datetime


def now() -> datetime:
    """The office's local wall-clock time, to the microsecond, without a zone."""
    return datetime.now()


def today() -> date:
    """The office's local date: the day the counters and reports count."""
    return now().date()
