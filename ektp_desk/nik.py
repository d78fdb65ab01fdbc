"""Validation of the 16-digit NIK (Nomor Induk Kependudukan): `PP RR KK DDMMYY SSSS`.

Pure functions only: no I/O, no database. Every rejection carries a readable English reason
that names the offending value, and the same sentence as a translatable ``Message``: one
template per rule, so callers that put the reason into a longer sentence (the import report,
the scanner) can key their own complete templates on ``NikError.message.template``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Final, NoReturn

from ektp_desk.i18n import QT_TRANSLATE_NOOP, Message

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


# One template per rule; NIK_REASONS lists them all.
EMPTY: Final = QT_TRANSLATE_NOOP("core", "NIK is empty")
NON_ASCII_DIGIT: Final = QT_TRANSLATE_NOOP(
    "core", "NIK contains a non-ASCII digit {char} (only 0-9 are allowed)"
)
NON_DIGIT: Final = QT_TRANSLATE_NOOP("core", "NIK contains a non-digit character {char}")
WRONG_LENGTH: Final = QT_TRANSLATE_NOOP("core", "NIK must have {expected} digits (got {count})")
UNKNOWN_PROVINCE: Final = QT_TRANSLATE_NOOP("core", "unknown province code {code}")
BAD_REGENCY: Final = QT_TRANSLATE_NOOP("core", "regency code {code} is invalid")
BAD_KECAMATAN: Final = QT_TRANSLATE_NOOP("core", "kecamatan code {code} is invalid")
BAD_BIRTH_DAY: Final = QT_TRANSLATE_NOOP(
    "core", "birth day {day} is invalid (men's days are 01-31, women's days are 41-71)"
)
BAD_BIRTH_MONTH: Final = QT_TRANSLATE_NOOP("core", "birth month {month} is invalid")
NO_SUCH_BIRTH_DATE: Final = QT_TRANSLATE_NOOP("core", "birth date {date} does not exist")
BAD_SERIAL: Final = QT_TRANSLATE_NOOP("core", "serial number {serial} is invalid")
NIK_REASONS: Final = (
    EMPTY,
    NON_ASCII_DIGIT,
    NON_DIGIT,
    WRONG_LENGTH,
    UNKNOWN_PROVINCE,
    BAD_REGENCY,
    BAD_KECAMATAN,
    BAD_BIRTH_DAY,
    BAD_BIRTH_MONTH,
    NO_SUCH_BIRTH_DATE,
    BAD_SERIAL,
)


class NikError(ValueError):
    """A NIK is not valid; `reason` (also `str(err)`) says why in plain English.

    `message` is the same sentence to translate: one of `NIK_REASONS` and its fields.
    """

    def __init__(self, template: str, /, **params: object) -> None:
        self.message = Message(template, params)
        self.reason = str(self.message)
        super().__init__(self.reason)


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
    if len(nik) == NIK_LENGTH and nik.isascii() and nik.isdigit():
        return  # the usual case, settled at once
    if not nik:
        raise NikError(EMPTY)
    for char in nik:
        if not ("0" <= char <= "9"):
            _refuse_non_digit(char)
    if len(nik) != NIK_LENGTH:
        raise NikError(WRONG_LENGTH, expected=NIK_LENGTH, count=len(nik))


def _refuse_non_digit(char: str) -> NoReturn:
    shown = f"'{char}'" if char.isprintable() else f"U+{ord(char):04X}"
    if char.isdecimal():
        raise NikError(NON_ASCII_DIGIT, char=shown)
    raise NikError(NON_DIGIT, char=shown)


def _check_region(province: str, regency: str, kecamatan: str) -> None:
    if province not in VALID_PROVINCE_CODES:
        raise NikError(UNKNOWN_PROVINCE, code=province)
    if regency == "00":
        raise NikError(BAD_REGENCY, code=regency)
    if kecamatan == "00":
        raise NikError(BAD_KECAMATAN, code=kecamatan)


def _birth_date(ddmmyy: str, today: date) -> tuple[date, bool]:
    coded_day, month, yy = int(ddmmyy[0:2]), int(ddmmyy[2:4]), int(ddmmyy[4:6])
    female = coded_day > WOMEN_DAY_OFFSET
    day = coded_day - WOMEN_DAY_OFFSET if female else coded_day
    if not 1 <= day <= 31:
        raise NikError(BAD_BIRTH_DAY, day=ddmmyy[0:2])
    if not 1 <= month <= 12:
        raise NikError(BAD_BIRTH_MONTH, month=ddmmyy[2:4])
    year = _resolve_year(yy, month, day, today)
    try:
        return date(year, month, day), female
    except ValueError:
        raise NikError(NO_SUCH_BIRTH_DATE, date=f"{day:02d}-{month:02d}-{year}") from None


def _resolve_year(yy: int, month: int, day: int, today: date) -> int:
    """The most recent year ending in `yy` whose (month, day) is not after `today`."""
    year = today.year - today.year % 100 + yy
    if (year, month, day) > (today.year, today.month, today.day):
        year -= 100
    return year


def _check_serial(serial: str) -> None:
    if serial == "0000":
        raise NikError(BAD_SERIAL, serial=serial)
