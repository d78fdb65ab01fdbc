"""The forecast's line across the window: what runs out, when (today, tomorrow), and what to
do about the first of them. Presentation only: the flags come from ``ektp_desk.forecast``."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from ektp_desk.api.shifts import LEVELS, Flag, Forecast, first_shortage
from ui.feedback import sentence

SHOWN = 3  # flags named in the banner, the worst first


CONTEXT = "ForecastBanner"


def _what(flag: Flag) -> str:
    if flag.item == "blank":
        return QCoreApplication.translate("ForecastBanner", "Blank cards")
    if flag.station is None:
        return (
            QCoreApplication.translate("ForecastBanner", "Spare ribbon rolls")
            if flag.item == "ribbon"
            else QCoreApplication.translate("ForecastBanner", "Spare film rolls")
        )
    word = (
        QCoreApplication.translate("ForecastBanner", "Ribbon {station}")
        if flag.item == "ribbon"
        else QCoreApplication.translate("ForecastBanner", "Film {station}")
    )
    return word.format(station=flag.station)


def _day(on: date, today: date) -> str:
    if on == today:
        return QCoreApplication.translate("ForecastBanner", "today")
    if on == today + timedelta(days=1):
        return QCoreApplication.translate("ForecastBanner", "tomorrow")
    return f"{on:%d-%m}"


def flag_phrase(flag: Flag, today: date) -> str:
    """``Pita warna Loket 1 habis ±09:10 hari ini``."""
    if flag.runs_out_at is None:
        return _what(flag)
    return QCoreApplication.translate("ForecastBanner", "{what} out ±{time} {day}").format(
        what=_what(flag), time=f"{flag.runs_out_at:%H:%M}", day=_day(flag.runs_out_at.date(), today)
    )


def banner_text(forecast: Forecast, today: date) -> str:
    """The worst flags with their clock times, then the first shortage's action."""
    warnings = sorted(
        (f for f in forecast.flags if f.level != "ok"),
        key=lambda f: (-LEVELS.index(f.level), f.runs_out_at or forecast.end),
    )
    if not warnings:
        return ""
    first = first_shortage(forecast) or warnings[0]
    return QCoreApplication.translate("ForecastBanner", "Next shift: {warnings}. {action}").format(
        warnings="  ·  ".join(flag_phrase(f, today) for f in warnings[:SHOWN]),
        action=sentence(first.message),
    )
