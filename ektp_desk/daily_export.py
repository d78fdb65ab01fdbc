"""Writing the daily report of one day, as a PDF or a workbook (by the file's suffix), for a
shift lead or an admin: the figures are read in one snapshot, the file is written whole or not
at all, and the export is in the audit log (naming the signed-in person, as every export)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

from ektp_desk import audit, clock
from ektp_desk.access import acting_user
from ektp_desk.actor import Actor
from ektp_desk.atomic import checked_folder, write_atomically
from ektp_desk.db import Database
from ektp_desk.domain import LEAD_ROLES
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.limits import escaped
from ektp_desk.settings import read_settings

SUFFIXES: Final = (".pdf", ".xlsx")


@dataclass(frozen=True)
class DailySummary:
    path: Path
    day: date
    imported: int
    printed: int
    spoiled: int
    queued: int
    complete: bool  # the whole day was counted (written after its end)


def write_daily(db: Database, actor: Actor, day: date, out: Path) -> DailySummary:
    """Write the daily report of ``day`` to ``out`` (.pdf or .xlsx)."""
    from ektp_desk.daily_report import read_daily
    from ektp_desk.forecast import forecast_next_shift

    target = checked_target(out)
    now = clock.now()
    if day > now.date():
        raise Refused(
            QT_TRANSLATE_NOOP("core", "the daily report of {day} can be made from that day on"),
            day=f"{day:%d-%m-%Y}",
        )
    with db.read() as session:  # refused before the forecast is worked out
        acting_user(session, actor, roles=LEAD_ROLES)
    flags = forecast_next_shift(db, now=now).flags
    with db.read() as session:  # one snapshot: every figure describes the same moment
        maker = acting_user(session, actor, roles=LEAD_ROLES).name
        office = read_settings(session)
        report = read_daily(session, day, now=now, office=office.office_name,
                            made_by=maker, flags=flags,
                            paper_size=office.paper_size)  # fmt: skip
    if target.suffix.lower() == ".pdf":
        from ektp_desk.daily_pdf import daily_pdf

        data = daily_pdf(report)
        write_atomically(target, lambda stream: stream.write(data))
    else:
        from ektp_desk.daily_xlsx import daily_workbook

        write_atomically(target, daily_workbook(report).save)
    audit.record_now(db, "export", user=maker, subject=escaped(target.name),
                     detail=f"daily {day:%Y-%m-%d}")  # fmt: skip
    return DailySummary(target, day, report.imported, report.printed, report.spoiled,
                        report.queued, report.complete)  # fmt: skip


def checked_target(out: Path) -> Path:
    """A .pdf or .xlsx name in an existing folder: never a folder, the database or a slip."""
    target = Path(out).expanduser().absolute()
    if target.suffix.lower() not in SUFFIXES or target.is_dir():
        raise Refused(
            QT_TRANSLATE_NOOP("core", "the daily report must be a .pdf or .xlsx file (got {name})"),
            name=escaped(target.name),
        )
    checked_folder(target)
    return target
