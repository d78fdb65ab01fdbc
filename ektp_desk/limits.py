"""The bounds every quantity and every piece of text a person types must keep.

One place, so SQLite and PostgreSQL refuse the same values with the same sentence, before
anything is written: SQLite would store 2^63 - 1 blanks (and then fail its own sums for good),
PostgreSQL would fail its INTEGER column with a server error. The bounds are generous for the
office (a tranche of blanks is thousands, a shift is at most a day) and far inside both
databases' integer ranges.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import Final

MAX_ID: Final = 2**31 - 1  # PostgreSQL INTEGER: no shift, record or message id goes beyond
MAX_DELIVERY: Final = 1_000_000  # blanks or rolls in one delivery (a tranche is ~30,000)
MAX_ADJUSTMENT: Final = 1_000_000  # cards or rolls corrected at once, either way
MAX_ROLL_YIELD: Final = 100_000  # prints per ribbon or film roll (real rolls: 500-1,500)
MAX_PANELS: Final = 10  # ribbon or film prints used by one card
MAX_LISTED: Final = 100_000  # rows one listing shows (queue --limit)
MAX_DAYS: Final = 36_500  # a period in days: a hundred years
MAX_STATIONS: Final = 1_000  # stations working one shift
MAX_SHIFT_HOURS: Final = 24.0
MAX_DEMO_RECORDS: Final = 10_000_000
MAX_REF_LENGTH: Final = 200  # a delivery note or BAST number (the ledger's column)
MAX_MODEL_LENGTH: Final = 64  # a printer model (the stations' column)
MAX_SERIAL_LENGTH: Final = 64  # a blank card's serial number
MAX_NOTE_LENGTH: Final = 2_000  # a reason, handover notes

# e-KTP recording began with the 2009-2010 pilots (the national roll-out in 2011): a record
# "recorded" earlier is a typing error (01/01/0001, an Excel zero date 31/12/1899).
EARLIEST_RECORDING: Final = date(2009, 1, 1)

# Characters never written raw to a terminal: controls (C0 but tab and newline, DEL, C1),
# bidirectional overrides and isolates (U+202E turns "gpj.exe" around), and lone surrogates
# (an undecodable byte of a command-line argument).
_BIDI: Final = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def unsafe_character(text: str, *, allow: str = "") -> str | None:
    """The first character of ``text`` that may not be shown or stored as it is, or None."""
    for char in text:
        if char in allow:
            continue
        if char in _BIDI or unicodedata.category(char) in ("Cc", "Cs"):
            return char
    return None


def code_point(char: str) -> str:
    """How a refusal names a character: U+001B."""
    return f"U+{ord(char):04X}"


def escaped(text: str, *, allow: str = "\n\t") -> str:
    """``text`` with every unsafe character written as an escape (\\x1b, \\u202e), so a name
    with terminal escape codes is shown, not obeyed."""
    if unsafe_character(text, allow=allow) is None:
        return text
    return "".join(
        char
        if char in allow or unsafe_character(char) is None
        else (f"\\x{ord(char):02x}" if ord(char) < 0x20 else f"\\u{ord(char):04x}")
        for char in text
    )


def text_problem(text: str, limit: int, *, allow: str = "") -> tuple[str, dict[str, object]]:
    """What is wrong with a typed text, as a key of the caller's table of refusals ("long":
    fields limit and length; "control": field char, e.g. U+001B), or ("", {}) when nothing."""
    if len(text) > limit:
        return "long", {"limit": limit, "length": len(text)}
    bad = unsafe_character(text, allow=allow)
    if bad is not None:
        return "control", {"char": code_point(bad)}
    return "", {}
