"""Office-wide settings kept in the database, so every station sees the same values."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import ScalarSelect, select
from sqlalchemy.orm import Session

from ektp_desk import audit, notify_text
from ektp_desk.access import get_user
from ektp_desk.db import Database, url_without_password
from ektp_desk.domain import ADMIN, LEAD
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.models import Setting


@dataclass(frozen=True)
class OfficeSettings:
    office_name: str = "Disdukcapil Kabupaten Bogor"
    daily_target: int = 1000  # cards a day with everything in place
    printed_before: int = 0  # cards printed before this program was installed
    # The shortage forecast (ektp_desk.forecast): defaults used until shifts are measured.
    forecast_rate_per_station_hour: float = 40.0  # print attempts per station and hour
    forecast_spoil_rate: float = 0.02  # share of attempts spoiled
    forecast_margin: float = 0.2  # safety margin over the plan: under it a resource is "low"
    shift_hours: float = 8.0  # length of a shift never worked before
    lead_time_days_blank: int = 14  # days from asking the province to blanks on the shelf
    lead_time_days_ribbon: int = 7  # days from ordering ribbon rolls to delivery
    lead_time_days_film: int = 7
    reorder_margin_days: int = 3  # reorder when cover falls under lead time + these days
    # Citizens (ektp_desk.citizens, ektp_desk.notify): the ready-to-collect message.
    notify_template: str = notify_text.DEFAULT_TEMPLATE
    pickup_place: str = notify_text.DEFAULT_PLACE
    sms_send_after: str = "08:00"  # the SMS gateway sends only between these times
    sms_send_before: str = "20:00"
    uncollected_days: int = 30  # printed cards not collected after this many days: follow up
    gammu_db_url: str = ""  # the Gammu SMSD database, e.g. mysql+pymysql://smsd@host/smsd
    # Citizens asking by SMS (ektp_desk.answering): questions answered per sender number and
    # day; the next one gets one polite refusal, later ones no reply (limits: 1 to 50).
    sms_questions_per_day: int = 5
    printer_drift_limit: int = 25  # ribbon/film prints the printer may differ from the ledger


def load_settings(db: Database) -> OfficeSettings:
    with db.read() as session:
        return read_settings(session)


def read_settings(session: Session) -> OfficeSettings:
    """The settings inside a caller's session (a read that needs them with other data)."""
    stored = dict(session.execute(select(Setting.key, Setting.value)).all())
    defaults = OfficeSettings()
    values = {f.name: _parse(f.name, stored[f.name], defaults) for f in fields(defaults)
              if f.name in stored}  # fmt: skip
    return replace(defaults, **values)


def stored_setting(name: str) -> ScalarSelect[str]:
    """One setting's stored text as a scalar subquery (NULL when it was never saved), so an
    action can read the few settings it needs in the query that reads its other data, in
    its own transaction: always the value committed last, on every station."""
    if name not in _NAMES:
        raise KeyError(name)
    return select(Setting.value).where(Setting.key == name).scalar_subquery()


def setting_value(name: str, stored: str | None) -> Any:
    """The value of a setting read through ``stored_setting``, as ``read_settings`` gives it."""
    defaults = _DEFAULTS
    return getattr(defaults, name) if stored is None else _parse(name, stored, defaults)


def save_settings(db: Database, changes: dict[str, Any], *, operator: str) -> OfficeSettings:
    """Change office settings (leads and admins); unknown names and bad values are refused.
    Every change is in the audit log with its new value."""
    current = load_settings(db)
    updated = replace(current, **_checked(changes))
    with db.write() as session:
        user = get_user(session, operator, roles=(LEAD, ADMIN))
        for name, value in changes.items():
            row = session.get(Setting, name) or Setting(key=name)
            row.value = str(value)
            session.add(row)
            audit.record(session, "settings", user=user.name, subject=name,
                         detail=str(shown_value(name, value))[:200])  # fmt: skip
    return updated


def shown_value(name: str, value: Any) -> Any:
    """A setting as it may be shown or logged: a database URL without its password."""
    return url_without_password(str(value)) if name == "gammu_db_url" and value else value


def setting_names() -> tuple[str, ...]:
    return tuple(f.name for f in fields(OfficeSettings))


def parse_setting(name: str, text: str) -> Any:
    """A value as a person types it (the command line) in its setting's type: a whole number,
    a number (a decimal comma is read as a point), or text. Refused with the reason."""
    if name not in _NAMES:
        raise Refused(QT_TRANSLATE_NOOP("core", "unknown setting {name}"), name=name)
    kind = type(getattr(_DEFAULTS, name))
    if kind is str:
        return text
    try:
        return kind(text.strip().replace(",", ".") if kind is float else text.strip())
    except ValueError:
        raise Refused(_NOT_A[kind], name=name, text=text) from None


def _checked(changes: dict[str, Any]) -> dict[str, Any]:
    known = {f.name for f in fields(OfficeSettings)}
    for name, value in changes.items():
        if name not in known:
            raise Refused(QT_TRANSLATE_NOOP("core", "unknown setting {name}"), name=name)
        if isinstance(value, int | float) and value < 0:
            raise Refused(
                QT_TRANSLATE_NOOP("core", "the setting {name} cannot be negative"), name=name
            )
    if "daily_target" in changes and changes["daily_target"] < 1:
        raise Refused(QT_TRANSLATE_NOOP("core", "the daily target must be at least 1 card"))
    _check_citizen_settings(changes)
    if changes.get("forecast_spoil_rate", 0) >= 1:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "the spoil rate must be below 1 (got {value})"),
            value=changes["forecast_spoil_rate"],
        )
    return changes


def _check_citizen_settings(changes: dict[str, Any]) -> None:
    if "notify_template" in changes:
        notify_text.check_template(str(changes["notify_template"]))
    for name in ("sms_send_after", "sms_send_before"):
        if name in changes:
            notify_text.parse_clock(str(changes[name]))


def _parse(name: str, text: str, defaults: OfficeSettings) -> Any:
    kind = type(getattr(defaults, name))
    try:
        return kind(text)
    except ValueError:
        return getattr(defaults, name)


_NOT_A = {
    int: QT_TRANSLATE_NOOP("core", "the setting {name} takes a whole number, not '{text}'"),
    float: QT_TRANSLATE_NOOP("core", "the setting {name} takes a number, not '{text}'"),
}
_DEFAULTS = OfficeSettings()
_NAMES = set(setting_names())
