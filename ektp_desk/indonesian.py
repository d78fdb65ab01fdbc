"""Dates and numbers as an Indonesian official letter writes them (berita acara, reports)."""

from __future__ import annotations

from datetime import date
from typing import Final

MONTHS: Final = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                 "September", "Oktober", "November", "Desember")  # fmt: skip
WEEKDAYS: Final = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_UNITS: Final = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
                 "sembilan", "sepuluh", "sebelas")  # fmt: skip
_STEPS: Final = ((1_000_000, "juta"), (1000, "ribu"), (100, "ratus"), (10, "puluh"))


def long_date(day: date) -> str:
    """1 November 2026."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def weekday(day: date) -> str:
    """Senin for a Monday."""
    return WEEKDAYS[day.weekday()]


def terbilang(number: int) -> str:
    """A count in words, as official letters repeat it: 112 -> seratus dua belas."""
    if number < 0:
        return f"minus {terbilang(-number)}"
    if number < 12:
        return _UNITS[number]
    if number < 20:
        return f"{_UNITS[number - 10]} belas"
    size, word = next(step for step in _STEPS if number >= step[0])
    # 100-199 and 1000-1999 take "se-": seratus, seribu (but "satu juta").
    head = f"se{word}" if word in ("ratus", "ribu") and number < 2 * size else None
    head = head or f"{terbilang(number // size)} {word}"
    rest = number % size
    return f"{head} {terbilang(rest)}" if rest else head
