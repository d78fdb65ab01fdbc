"""Validation of the 16-digit NIK (Nomor Induk Kependudukan): `PP RR KK DDMMYY SSSS`.

Pure functions only: no I/O, no database. Every rejection carries a readable English reason
that names the offending value, so an import report can show it to the operator as is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Final

NIK_LENGTH: Final = 16
WOMEN_DAY_OFFSET: Final = 40


def _code_range(first: int, last: int) -> set[str]:
    return {f"{code:02d}" for code in range(first, last + 1)}


VALID_PROVINCE_CODES: Final[frozenset[str]] = frozenset(
    _code_range(11, 19)
    | _code_range(21, 21)
    | _code_range(31, 36)
    | _code_range(51, 53)
    | _code_range(61, 65)
    | _code_range(71, 76)
    | _code_range(81, 82)
    | _code_range(91, 96)
)

# Any Unicode whitespace (tabs, NBSP U+00A0, figure space U+2007, narrow NBSP U+202F, ...)
# plus the invisible characters that scanners and spreadsheets insert between digit groups.
_SEPARATORS: Final = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]+")


class NikError(ValueError):
    """A NIK is not valid; `reason` (also `str(err)`) says why in plain English."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class NikInfo:
    """The parts of a valid NIK."""

    nik: str
    province: str
    regency: str
    kecamatan: str
    birth_date: date
    female: bool
    serial: str


def normalize_nik(raw: str) -> str:
    """Remove every whitespace and zero-width character from `raw`; does not validate."""
    return _SEPARATORS.sub("", raw)


def parse_nik(raw: str, *, today: date | None = None) -> NikInfo:
    """Validate `raw` and split it into its parts; raise `NikError` when it is not valid.

    A two-digit birth year is read as the most recent such year not after `today`
    (default: the current date), so a birth date is never in the future.
    """
    nik = normalize_nik(raw)
    _check_digits(nik)
    _check_region(nik[0:2], nik[2:4], nik[4:6])
    birth_date, female = _birth_date(nik[6:12], today or date.today())
    _check_serial(nik[12:16])
    return NikInfo(nik, nik[0:2], nik[2:4], nik[4:6], birth_date, female, nik[12:16])


def is_valid_nik(raw: str, *, today: date | None = None) -> bool:
    """True when `parse_nik` accepts `raw`."""
    try:
        parse_nik(raw, today=today)
    except NikError:
        return False
    return True


def _check_digits(nik: str) -> None:
    if not nik:
        raise NikError("NIK is empty")
    for char in nik:
        if not ("0" <= char <= "9"):
            raise NikError(_non_digit_reason(char))
    if len(nik) != NIK_LENGTH:
        raise NikError(f"NIK must have {NIK_LENGTH} digits (got {len(nik)})")


def _non_digit_reason(char: str) -> str:
    shown = f"'{char}'" if char.isprintable() else f"U+{ord(char):04X}"
    if char.isdecimal():
        return f"NIK contains a non-ASCII digit {shown} (only 0-9 are allowed)"
    return f"NIK contains a non-digit character {shown}"


def _check_region(province: str, regency: str, kecamatan: str) -> None:
    if province not in VALID_PROVINCE_CODES:
        raise NikError(f"unknown province code {province}")
    if regency == "00":
        raise NikError(f"regency code {regency} is invalid")
    if kecamatan == "00":
        raise NikError(f"kecamatan code {kecamatan} is invalid")


def _birth_date(ddmmyy: str, today: date) -> tuple[date, bool]:
    coded_day, month, yy = int(ddmmyy[0:2]), int(ddmmyy[2:4]), int(ddmmyy[4:6])
    female = coded_day > WOMEN_DAY_OFFSET
    day = coded_day - WOMEN_DAY_OFFSET if female else coded_day
    if not 1 <= day <= 31:
        raise NikError(
            f"birth day {ddmmyy[0:2]} is invalid (men's days are 01-31, women's days are 41-71)"
        )
    if not 1 <= month <= 12:
        raise NikError(f"birth month {ddmmyy[2:4]} is invalid")
    year = _resolve_year(yy, month, day, today)
    try:
        return date(year, month, day), female
    except ValueError:
        raise NikError(f"birth date {day:02d}-{month:02d}-{year} does not exist") from None


def _resolve_year(yy: int, month: int, day: int, today: date) -> int:
    """The most recent year ending in `yy` whose (month, day) is not after `today`."""
    year = today.year - today.year % 100 + yy
    if (year, month, day) > (today.year, today.month, today.day):
        year -= 100
    return year


def _check_serial(serial: str) -> None:
    if serial == "0000":
        raise NikError(f"serial number {serial} is invalid")
