"""Office-wide settings kept in the database, so every station sees the same values."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import select

from ektp_desk.db import Database
from ektp_desk.domain import ADMIN, LEAD
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.models import Setting
from ektp_desk.users import get_user


@dataclass(frozen=True)
class OfficeSettings:
    office_name: str = "Disdukcapil Kabupaten Bogor"
    daily_target: int = 1000  # cards a day with everything in place
    printed_before: int = 0  # cards printed before this program was installed


def load_settings(db: Database) -> OfficeSettings:
    with db.read() as session:
        stored = dict(session.execute(select(Setting.key, Setting.value)).all())
    defaults = OfficeSettings()
    values = {f.name: _parse(f.name, stored[f.name], defaults) for f in fields(defaults)
              if f.name in stored}  # fmt: skip
    return replace(defaults, **values)


def save_settings(db: Database, changes: dict[str, Any], *, operator: str) -> OfficeSettings:
    """Change office settings (leads and admins); unknown names and bad values are refused."""
    current = load_settings(db)
    updated = replace(current, **_checked(changes))
    with db.write() as session:
        get_user(session, operator, roles=(LEAD, ADMIN))
        for name, value in changes.items():
            row = session.get(Setting, name) or Setting(key=name)
            row.value = str(value)
            session.add(row)
    return updated


def _checked(changes: dict[str, Any]) -> dict[str, Any]:
    known = {f.name for f in fields(OfficeSettings)}
    for name, value in changes.items():
        if name not in known:
            raise Refused(QT_TRANSLATE_NOOP("core", "unknown setting {name}"), name=name)
        if isinstance(value, int) and value < 0:
            raise Refused(
                QT_TRANSLATE_NOOP("core", "the setting {name} cannot be negative"), name=name
            )
    if "daily_target" in changes and changes["daily_target"] < 1:
        raise Refused(QT_TRANSLATE_NOOP("core", "the daily target must be at least 1 card"))
    return changes


def _parse(name: str, text: str, defaults: OfficeSettings) -> Any:
    kind = type(getattr(defaults, name))
    try:
        return kind(text)
    except ValueError:
        return getattr(defaults, name)
