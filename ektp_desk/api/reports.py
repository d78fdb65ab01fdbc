"""The office's papers: the handover workbook (always with the forecast's flags), the berita
acara of spoiled blanks, and the audit log. openpyxl and reportlab load only when a paper is
written."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ektp_desk import audit
from ektp_desk.actor import Actor
from ektp_desk.api._door import action
from ektp_desk.audit import ACTIONS, AuditLine
from ektp_desk.db import Database

if TYPE_CHECKING:
    from ektp_desk.berita_acara import BeritaAcaraSummary
    from ektp_desk.daily_export import DailySummary
    from ektp_desk.handover import HandoverSummary

__all__ = [
    "ACTIONS", "AuditLine", "audit_log", "export_berita_acara", "export_daily", "export_handover",
]  # fmt: skip


@action
def export_handover(db: Database, actor: Actor, shift_id: int, out: Path) -> HandoverSummary:
    """Write a shift's handover workbook, with what the next crew will lack from now on: the
    same paper from the window's menu, the end-of-shift dialog and the command line."""
    from ektp_desk.forecast import forecast_next_shift
    from ektp_desk.handover import write_handover

    ahead = forecast_next_shift(db, ending=True)  # what the next crew lacks, from now
    return write_handover(db, shift_id, out, forecast=ahead)


@action
def export_berita_acara(
    db: Database, actor: Actor, start: date, end: date, out: Path, *, maker: str | None = None
) -> BeritaAcaraSummary:
    """Write the berita acara of the blanks spoiled from ``start`` to ``end``. ``maker`` is
    the name printed above the maker's signature; the audit log names the actor."""
    from ektp_desk.berita_acara import write_berita_acara

    return write_berita_acara(db, start, end, out, maker=maker)


@action
def export_daily(db: Database, actor: Actor, day: date, out: Path) -> DailySummary:
    """Write the daily report of ``day`` (by the office's clock) as a PDF or a workbook, by
    ``out``'s suffix (shift leads and admins; audited as an export)."""
    from ektp_desk.daily_export import write_daily

    return write_daily(db, actor, day, out)


@action
def audit_log(
    db: Database,
    actor: Actor,
    *,
    action: str | None = None,
    user: str | None = None,
    since: datetime | None = None,
    limit: int = 500,
) -> list[AuditLine]:
    """The newest audit entries first, filtered (leads and admins)."""
    return audit.read_log(db, reader=actor, action=action, user=user, since=since, limit=limit)
