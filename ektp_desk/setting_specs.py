"""Every office setting declared once: its kind, unit, limits, who may change it, its label
and help text. The core checks a new value against its declaration (``ektp_desk.settings``),
a stored value outside it reads as the default, and the Settings dialog is built from the
same table (``ui/settings_dialog.py``).

Labels, help and refusals are all marked in the core's translation context ("core").
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final

from ektp_desk import notice_text, notify_text
from ektp_desk.domain import ADMIN, LEAD, Role
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.limits import MAX_SHIFT_HOURS, unsafe_character
from ektp_desk.paper_size import PAPER_SIZES

UI: Final = "core"  # labels and help are core vocabulary, translated in "core"


class Kind(StrEnum):
    WHOLE = "whole"  # int
    NUMBER = "number"  # float, finite
    TEXT = "text"  # one line
    MESSAGE = "message"  # several lines (the ready-to-collect message)
    TIME = "time"  # HH:MM
    URL = "url"  # a database URL, may hold a password
    CHOICE = "choice"  # one of the spec's choices (the dialog shows a list)


class Page(StrEnum):
    """Where the dialog shows a setting (NONE: command line only)."""

    OFFICE = "office"
    MESSAGES = "messages"
    FORECAST = "forecast"
    NONE = "none"


@dataclass(frozen=True)
class SettingSpec:
    name: str
    kind: Kind
    page: Page
    label: str  # the dialog's words, marked for "core"
    help: str = ""
    unit: str = ""  # for the command line and the help: cards, days, hours, %
    low: float = 0
    high: float = 0
    percent: bool = False  # stored as a share (0.02), shown as per cent (2)
    required: bool = False  # text that cannot be empty
    max_length: int = 500
    roles: tuple[Role, ...] = (LEAD, ADMIN)
    check: Callable[[str], object] | None = None  # a text's own rule (template, clock)
    choices: tuple[str, ...] = ()  # Kind.CHOICE: the values it may take

    @property
    def numeric(self) -> bool:
        return self.kind in (Kind.WHOLE, Kind.NUMBER)

    def limits_text(self) -> str:
        """'1 to 1,000,000 cards', '0 to 50 %': the limits as a refusal and the help say them."""
        scale = 100 if self.percent else 1
        unit = "%" if self.percent else self.unit
        low, high = (_number(self.low * scale), _number(self.high * scale))
        return f"{low} to {high}{' ' + unit if unit else ''}"


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,g}"


def check_value(spec: SettingSpec, value: Any) -> Any:
    """``value`` if it keeps the declaration, else a refusal naming the setting and its
    limits. Numbers: finite, within [low, high]; text: no control characters, not too long,
    not empty where it must not be, and the kind's own rule."""
    if spec.numeric:
        return _check_number(spec, value)
    text = str(value)
    if spec.required and not text.strip():
        raise Refused(_EMPTY, name=spec.name)
    if len(text) > spec.max_length:
        raise Refused(_TOO_LONG, name=spec.name, limit=spec.max_length)
    bad = unsafe_character(text, allow="\n" if spec.kind is Kind.MESSAGE else "")
    if bad is not None:
        raise Refused(_CONTROL, name=spec.name, char=f"U+{ord(bad):04X}")
    if spec.check is not None:
        spec.check(text)
    if spec.kind is Kind.CHOICE:
        return _choice(spec, text)
    return text


def _choice(spec: SettingSpec, text: str) -> str:
    """One of the choices, as declared ("f4" is F4)."""
    for choice in spec.choices:
        if choice.casefold() == text.strip().casefold():
            return choice
    raise Refused(_NOT_A_CHOICE, name=spec.name, choices=", ".join(spec.choices),
                  value=text[:40])  # fmt: skip


def _check_number(spec: SettingSpec, value: Any) -> Any:
    whole = spec.kind is Kind.WHOLE
    if isinstance(value, bool) or not isinstance(value, int if whole else int | float):
        raise Refused(NOT_A[spec.kind], name=spec.name, text=str(value))
    # bounds first: a huge int is refused before math.isfinite would overflow on it
    if not (spec.low <= value <= spec.high and (whole or math.isfinite(value))):
        shown = str(value) if whole else f"{value * 100:g} %" if spec.percent else f"{value:g}"
        shown = shown if len(shown) <= 20 else shown[:19] + "\u2026"
        raise Refused(_OUT_OF_LIMITS, name=spec.name, limits=spec.limits_text(), value=shown)
    return int(value) if whole else float(value)


def parse_typed(spec: SettingSpec, text: str) -> Any:
    """``text`` in the setting's type: a whole number, a number (a decimal comma is read as
    a point), or the text itself."""
    if not spec.numeric:
        return text
    kind = int if spec.kind is Kind.WHOLE else float
    try:
        return kind(text.strip().replace(",", ".") if kind is float else text.strip())
    except ValueError:
        raise Refused(NOT_A[spec.kind], name=spec.name, text=text[:40]) from None


def fits(spec: SettingSpec, value: Any) -> bool:
    """Whether a stored value keeps its declaration (an old file may hold one that does not)."""
    try:
        check_value(spec, value)
    except Refused:
        return False
    return True


_EMPTY: Final = QT_TRANSLATE_NOOP("core", "the setting {name} cannot be empty")
_TOO_LONG: Final = QT_TRANSLATE_NOOP("core", "the setting {name} has at most {limit} characters")
_CONTROL: Final = QT_TRANSLATE_NOOP(
    "core", "the setting {name} contains the control character {char}"
)
_OUT_OF_LIMITS: Final = QT_TRANSLATE_NOOP(
    "core", "the setting {name} must be from {limits} (got {value})"
)
_NOT_A_CHOICE: Final = QT_TRANSLATE_NOOP(
    "core", "the setting {name} is one of {choices} (got '{value}')"
)
NOT_A: Final = {
    Kind.WHOLE: QT_TRANSLATE_NOOP("core", "the setting {name} takes a whole number, not '{text}'"),
    Kind.NUMBER: QT_TRANSLATE_NOOP("core", "the setting {name} takes a number, not '{text}'"),
}

SPECS: Final = (
    SettingSpec(
        "office_name",
        Kind.TEXT,
        Page.OFFICE,
        QT_TRANSLATE_NOOP("core", "Office name"),
        QT_TRANSLATE_NOOP("core", "Shown on reports and in the ready-to-collect message."),
        required=True,
        max_length=200,
    ),
    SettingSpec(
        "paper_size",
        Kind.CHOICE,
        Page.OFFICE,
        QT_TRANSLATE_NOOP("core", "Paper size of the printed papers"),
        QT_TRANSLATE_NOOP("core", "A4, or F4 (215 × 330 mm): every PDF the program writes."),
        choices=PAPER_SIZES,
        max_length=20,
    ),
    SettingSpec(
        "daily_target",
        Kind.WHOLE,
        Page.OFFICE,
        QT_TRANSLATE_NOOP("core", "Daily target (cards)"),
        QT_TRANSLATE_NOOP("core", "Cards a day with everything in place."),
        unit="cards",
        low=1,
        high=100_000,
    ),
    SettingSpec(
        "printed_before",
        Kind.WHOLE,
        Page.OFFICE,
        QT_TRANSLATE_NOOP("core", "Cards printed before e-KTP Desk"),
        QT_TRANSLATE_NOOP("core", "Added to the lifetime count of printed cards."),
        unit="cards",
        high=100_000_000,
    ),
    SettingSpec(
        "uncollected_days",
        Kind.WHOLE,
        Page.OFFICE,
        QT_TRANSLATE_NOOP("core", "Follow up cards not collected after (days)"),
        unit="days",
        low=1,
        high=3_650,
    ),
    SettingSpec(
        "sms_questions_per_day",
        Kind.WHOLE,
        Page.MESSAGES,
        QT_TRANSLATE_NOOP("core", "SMS questions answered per number and day"),
        unit="questions",
        low=1,
        high=50,
    ),
    SettingSpec(
        "printer_drift_limit",
        Kind.WHOLE,
        Page.FORECAST,
        QT_TRANSLATE_NOOP("core", "Printer ribbon/film difference flagged above (prints)"),
        unit="prints",
        low=0,
        high=10_000,
    ),
    SettingSpec(
        "pickup_place",
        Kind.TEXT,
        Page.MESSAGES,
        QT_TRANSLATE_NOOP("core", "Where cards are collected"),
        required=True,
        max_length=200,
    ),
    SettingSpec(
        "collection_hours",
        Kind.TEXT,
        Page.MESSAGES,
        QT_TRANSLATE_NOOP("core", "When cards can be collected"),
        QT_TRANSLATE_NOOP("core", "Days and hours, as the public stock notice shows them."),
        required=True,
        max_length=100,
    ),
    SettingSpec(
        "complaint_contact",
        Kind.TEXT,
        Page.OFFICE,
        QT_TRANSLATE_NOOP("core", "Complaint contact (phone, WhatsApp, e-mail)"),
        QT_TRANSLATE_NOOP(
            "core", "Printed on the public stock notice; needed before a notice can be made."
        ),
        max_length=150,
        check=notice_text.check_contact,
    ),
    SettingSpec(
        "notify_template",
        Kind.MESSAGE,
        Page.MESSAGES,
        QT_TRANSLATE_NOOP("core", "Ready-to-collect message"),
        required=True,
        max_length=1_000,
        check=notify_text.check_template,
    ),
    SettingSpec(
        "sms_send_after",
        Kind.TIME,
        Page.MESSAGES,
        QT_TRANSLATE_NOOP("core", "Send SMS from"),
        check=notify_text.parse_clock,
    ),
    SettingSpec(
        "sms_send_before",
        Kind.TIME,
        Page.MESSAGES,
        QT_TRANSLATE_NOOP("core", "Send SMS until"),
        check=notify_text.parse_clock,
    ),
    SettingSpec(
        "forecast_rate_per_station_hour",
        Kind.NUMBER,
        Page.FORECAST,
        QT_TRANSLATE_NOOP("core", "Print attempts per station and hour"),
        QT_TRANSLATE_NOOP("core", "Used until shifts have been measured."),
        unit="attempts per station and hour",
        low=0.1,
        high=1_000,
    ),
    SettingSpec(
        "forecast_spoil_rate",
        Kind.NUMBER,
        Page.FORECAST,
        QT_TRANSLATE_NOOP("core", "Spoiled attempts (%)"),
        high=0.5,
        percent=True,
    ),
    SettingSpec(
        "forecast_margin",
        Kind.NUMBER,
        Page.FORECAST,
        QT_TRANSLATE_NOOP("core", "Safety margin over the plan (%)"),
        QT_TRANSLATE_NOOP("core", "Under the plan plus this margin a resource is low."),
        high=5,
        percent=True,
    ),
    SettingSpec(
        "shift_hours",
        Kind.NUMBER,
        Page.FORECAST,
        QT_TRANSLATE_NOOP("core", "Hours of a shift never worked before"),
        unit="hours",
        low=0.5,
        high=MAX_SHIFT_HOURS,
    ),
    SettingSpec(
        "lead_time_days_blank",
        Kind.WHOLE,
        Page.FORECAST,
        QT_TRANSLATE_NOOP("core", "Blank cards, from the province"),
        QT_TRANSLATE_NOOP("core", "Days from ordering to delivery: warn this early."),
        unit="days",
        high=365,
    ),
    SettingSpec(
        "lead_time_days_ribbon",
        Kind.WHOLE,
        Page.FORECAST,
        QT_TRANSLATE_NOOP("core", "Ribbon rolls"),
        QT_TRANSLATE_NOOP("core", "Days from ordering to delivery: warn this early."),
        unit="days",
        high=365,
    ),
    SettingSpec(
        "lead_time_days_film",
        Kind.WHOLE,
        Page.FORECAST,
        QT_TRANSLATE_NOOP("core", "Film rolls"),
        QT_TRANSLATE_NOOP("core", "Days from ordering to delivery: warn this early."),
        unit="days",
        high=365,
    ),
    SettingSpec(
        "reorder_margin_days",
        Kind.WHOLE,
        Page.FORECAST,
        QT_TRANSLATE_NOOP("core", "Reorder this many days earlier"),
        unit="days",
        high=365,
    ),
    SettingSpec(
        "gammu_db_url", Kind.URL, Page.NONE, "Gammu SMSD database", roles=(ADMIN,), max_length=500
    ),
)
SPEC_OF: Final = {spec.name: spec for spec in SPECS}
