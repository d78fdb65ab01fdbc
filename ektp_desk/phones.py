"""Indonesian mobile numbers: checked and written one way, ``62`` and the subscriber digits.

Numbers arrive as people and spreadsheets write them: ``0812-3456-7890``, ``+62 812 3456
7890``, ``62812...``, ``(0812) 3456 7890``, ``+62 (0)812...``, ``0062812...``, or ``812...``
when Excel dropped the leading zero of a number-formatted cell. A mobile number is ``08``
followed by 8 to 11 digits (10 to 13 digits in all); landlines, toll-free and foreign numbers
cannot receive the ready-to-collect message. A cell holding several numbers
(``0812... / 0857...``) gives its first one.

Pure functions only. A rejected number raises ``PhoneError`` whose ``message`` is one
translatable sentence naming the number.
"""

from __future__ import annotations

import re
from typing import Final

from ektp_desk.i18n import QT_TRANSLATE_NOOP, Message

COUNTRY_CODE: Final = "62"
# Digits after the trunk 0 (or after 62): 8 then 1-9, in all 9 to 12 digits.
MIN_SUBSCRIBER_DIGITS: Final = 9
MAX_SUBSCRIBER_DIGITS: Final = 12

NOT_DIGITS: Final = QT_TRANSLATE_NOOP(
    "core", "phone number '{text}' contains {char}, which is not a digit"
)
SCIENTIFIC: Final = QT_TRANSLATE_NOOP(
    "core",
    "phone number '{text}' was saved by Excel in scientific notation and has lost digits; "
    "format the phone column as Text",
)
FOREIGN: Final = QT_TRANSLATE_NOOP(
    "core", "phone number '{text}' is not an Indonesian number (+62 or 08)"
)
NOT_MOBILE: Final = QT_TRANSLATE_NOOP(
    "core", "phone number '{text}' is not a mobile number (mobile numbers start with 08)"
)
WRONG_LENGTH: Final = QT_TRANSLATE_NOOP(
    "core", "phone number '{text}' has {count} digits; a mobile number has 10 to 13 (08...)"
)
PHONE_REASONS: Final = (NOT_DIGITS, SCIENTIFIC, FOREIGN, NOT_MOBILE, WRONG_LENGTH)

_SEVERAL: Final = re.compile(r"\s*(?:/|,|;|\||&|\batau\b|\bor\b)\s*", re.IGNORECASE)
_IGNORED: Final = re.compile(r"[\s\-.()\u200b\u200c\u200d\u2060\ufeff]+")
_SCIENTIFIC: Final = re.compile(r"\d+(?:[.,]\d+)?[eE]\+?\d+")
_ASCII_DIGITS: Final = frozenset("0123456789")


class PhoneError(ValueError):
    """A phone number cannot be used; ``message`` says why (one of ``PHONE_REASONS``)."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(str(message))


def normalise_phone(text: str | None) -> str | None:
    """``62`` and the subscriber digits, e.g. ``6281234567890``; None for an empty cell.

    A cell with no digit at all (``-``, ``--``) counts as empty. Raises ``PhoneError``.
    """
    raw = (text or "").strip()
    if not any(char.isdigit() for char in raw) and not any(char.isalpha() for char in raw):
        return None
    if _SCIENTIFIC.fullmatch(raw):
        raise PhoneError(Message(SCIENTIFIC, {"text": raw}))
    first = next((part for part in _SEVERAL.split(raw) if part.strip()), raw)
    digits = _IGNORED.sub("", first)
    subscriber = _subscriber_digits(digits, raw)
    if not subscriber.startswith("8") or subscriber[1:2] in ("", "0"):
        raise PhoneError(Message(NOT_MOBILE, {"text": raw}))
    if not MIN_SUBSCRIBER_DIGITS <= len(subscriber) <= MAX_SUBSCRIBER_DIGITS:
        raise PhoneError(Message(WRONG_LENGTH, {"text": raw, "count": len(subscriber) + 1}))
    return COUNTRY_CODE + subscriber


def require_phone(text: str) -> str:
    """The normalised number of a text that must hold one (an empty text is no number)."""
    number = normalise_phone(text)
    if number is None:
        raise PhoneError(Message(NOT_MOBILE, {"text": text}))
    return number


def is_valid_phone(text: str | None) -> bool:
    try:
        return normalise_phone(text) is not None
    except PhoneError:
        return False


def local_form(number: str) -> str:
    """A normalised number as people read it: ``6281234567890`` -> ``0812-3456-7890``."""
    national = "0" + number.removeprefix(COUNTRY_CODE)
    return "-".join(national[i : i + 4] for i in range(0, len(national), 4))


def _subscriber_digits(digits: str, raw: str) -> str:
    """The digits after the country code or trunk zero; refuses what is not a digit."""
    international = digits.startswith("+")
    body = digits.removeprefix("+")
    bad = next((char for char in body if char not in _ASCII_DIGITS), None)
    if bad is not None:
        raise PhoneError(Message(NOT_DIGITS, {"text": raw, "char": bad}))
    if body.startswith("00"):
        body, international = body[2:], True
    if international or body.startswith((COUNTRY_CODE + "8", COUNTRY_CODE + "08")):
        if not body.startswith(COUNTRY_CODE):
            raise PhoneError(Message(FOREIGN, {"text": raw}))
        body = body.removeprefix(COUNTRY_CODE)
    # "+62 (0)812...", "0812...": one trunk zero; "812..." (Excel dropped it) as it is.
    return body.removeprefix("0")
