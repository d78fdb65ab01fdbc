"""The typed values of the command line (whole numbers, hours, dates): what argparse accepts
before a command runs, each refusal one line that quotes the argument safely."""

from __future__ import annotations

import argparse
import math
from datetime import date, datetime

from ektp_desk.limits import MAX_SHIFT_HOURS, escaped

# A whole number on the command line fits the databases' INTEGER (PostgreSQL: 32 bits); the
# core refuses what is absurd for the office (a delivery of a million blanks) in its words.
MAX_ARGUMENT = 2**31 - 1


def positive_int(text: str) -> int:
    value = whole_number(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1 (got {value})")
    return value


def non_negative_int(text: str) -> int:
    value = whole_number(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"cannot be negative (got {value})")
    return value


def whole_number(text: str) -> int:
    try:
        value = int(text.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {_quoted(text)}") from None
    if abs(value) > MAX_ARGUMENT:
        raise argparse.ArgumentTypeError(
            f"too large: {_quoted(text)} (at most {MAX_ARGUMENT:,} either way)"
        )
    return value


def hours(text: str) -> float:
    """A number of hours: finite (no nan, inf or 1e308), more than 0, at most a day."""
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {_quoted(text)}") from None
    if not (math.isfinite(value) and 0 < value <= MAX_SHIFT_HOURS):
        raise argparse.ArgumentTypeError(
            f"must be more than 0 and at most {MAX_SHIFT_HOURS:g} hours (got {_quoted(text)})"
        )
    return value


def _quoted(text: str) -> str:
    """An argument quoted in a usage error: cut short, its control characters escaped."""
    shown = text if len(text) <= 40 else text[:39] + "\u2026"
    return repr(escaped(shown))


def day(text: str) -> date:
    """A date as Indonesians write it (18-02-2026, 18/02/2026) or ISO (2026-02-18)."""
    for form in ("%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), form).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"not a date: {_quoted(text)} (write DD-MM-YYYY)")
