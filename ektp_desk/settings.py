"""Office-wide settings kept in the database, so every station sees the same values."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import ScalarSelect, select
from sqlalchemy.orm import Session

from ektp_desk import audit, notice_text, notify_text
from ektp_desk.access import get_user
from ektp_desk.db import Database, read_once, url_without_password
from ektp_desk.domain import LEAD_ROLES, Role
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.models import Setting
from ektp_desk.setting_specs import SPEC_OF, SettingSpec, check_value, fits, parse_typed


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
    # The public stock notice (ektp_desk.stock_notice): when cards can be collected, and
    # where citizens complain (empty until the office sets it: no notice without it).
    collection_hours: str = notice_text.DEFAULT_HOURS
    complaint_contact: str = ""
    sms_send_after: str = "08:00"  # the SMS gateway sends only between these times
    sms_send_before: str = "20:00"
    uncollected_days: int = 30  # printed cards not collected after this many days: follow up
    gammu_db_url: str = ""  # the Gammu SMSD database, e.g. mysql+pymysql://smsd@host/smsd
    # Citizens asking by SMS (ektp_desk.answering): questions answered per sender number and
    # day; the next one gets one polite refusal, later ones no reply (limits: 1 to 50).
    sms_questions_per_day: int = 5
    printer_drift_limit: int = 25  # ribbon/film prints the printer may differ from the ledger
    paper_size: str = "A4"  # every PDF paper: A4 or F4 (ektp_desk.paper_size)


def load_settings(db: Database) -> OfficeSettings:
    with db.read() as session:
        return read_settings(session)


def read_settings(session: Session) -> OfficeSettings:
    """The settings inside a caller's session (a read that needs them with other data); a
    read transaction reads them once."""
    return read_once(session, "settings", lambda: _read_settings(session))


def _read_settings(session: Session) -> OfficeSettings:
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
    """Change office settings (leads and admins; some admins only). Every value is checked
    against its declaration (``ektp_desk.setting_specs``): one bad value refuses the whole
    change with a sentence naming the setting and its limits. Every change is in the audit
    log with its new value."""
    checked = _checked(changes)
    with db.write() as session:
        current = read_settings(session)
        user = get_user(session, operator, roles=_roles_for(checked))
        for name, value in checked.items():
            row = session.get(Setting, name) or Setting(key=name)
            row.value = str(value)
            session.add(row)
            audit.record(session, "settings", user=user.name, subject=name,
                         detail=str(shown_value(name, value))[:200])  # fmt: skip
    return replace(current, **checked)


def shown_value(name: str, value: Any) -> Any:
    """A setting as it may be shown or logged: a database URL without its password."""
    return url_without_password(str(value)) if name == "gammu_db_url" and value else value


def setting_names() -> tuple[str, ...]:
    return tuple(f.name for f in fields(OfficeSettings))


def parse_setting(name: str, text: str) -> Any:
    """A value as a person types it (the command line) in its setting's type: a whole number,
    a number (a decimal comma is read as a point), or text. Refused with the reason; the
    limits are checked when the value is saved."""
    return parse_typed(_spec(name), text)


def _spec(name: str) -> SettingSpec:
    spec = SPEC_OF.get(name)
    if spec is None:
        raise Refused(QT_TRANSLATE_NOOP("core", "unknown setting {name}"), name=name)
    return spec


def _checked(changes: dict[str, Any]) -> dict[str, Any]:
    return {name: check_value(_spec(name), value) for name, value in changes.items()}


def _roles_for(changes: dict[str, Any]) -> tuple[Role, ...]:
    """The roles allowed to make every one of these changes."""
    allowed = set(LEAD_ROLES)
    for name in changes:
        allowed &= set(SPEC_OF[name].roles)
    return tuple(role for role in LEAD_ROLES if role in allowed)


def _parse(name: str, text: str, defaults: OfficeSettings) -> Any:
    """A stored value; one that does not parse, or is outside its declaration (an old file,
    a hand edit), reads as the default: a reader never fails on a stored setting."""
    spec, default = SPEC_OF[name], getattr(defaults, name)
    try:
        value = type(default)(text)
    except (ValueError, OverflowError):
        return default
    return value if fits(spec, value) else default


_DEFAULTS = OfficeSettings()
_NAMES = set(setting_names())
assert set(SPEC_OF) == _NAMES, "every setting is declared once in ektp_desk.setting_specs"
