"""The Excel handover of a shift: what it printed, spoiled and used, and what it leaves behind.

`write_handover` reads everything in one read transaction (one consistent snapshot), builds the
workbook while streaming the shift's attempts and ledger rows, and only then puts the file in
place: it is written next to its destination and moved over it in one step, so a crash or a
full disk never leaves half a workbook under the report's name.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ektp_desk import audit, clock
from ektp_desk.atomic import checked_folder, write_atomically
from ektp_desk.db import Database
from ektp_desk.errors import NotFound, Refused
from ektp_desk.handover_data import (
    AttemptLine,
    HandoverReport,
    MovementLine,
    SummaryExtras,
    attempt_lines,
    movement_lines,
    read_report,
)
from ektp_desk.handover_stock import require_reconciled
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.limits import MAX_ID, escaped
from ektp_desk.models import Shift
from ektp_desk.printers.overview import shift_intervals
from ektp_desk.settings import load_settings


@dataclass(frozen=True)
class HandoverSummary:
    path: Path
    printed: int
    spoiled: int


def write_handover(
    db: Database,
    shift_id: int,
    out: Path,
    *,
    flags: Sequence[object] = (),
    forecast: object | None = None,
) -> HandoverSummary:
    """Write the handover workbook of a shift (ended, or still open: then with the balances as
    they stand now). ``flags`` are the shortage forecast for the next shift, shown as given;
    ``forecast`` (an ``ektp_desk.forecast.Forecast``) gives them with the records waiting at
    the next shift's start and end. The open orders are listed."""
    from ektp_desk.orders import read_open_orders

    if forecast is not None:
        flags = getattr(forecast, "flags", flags)
    target = _checked_target(out)
    office = load_settings(db)
    with db.read() as session:
        shift = session.get(Shift, shift_id) if 1 <= shift_id <= MAX_ID else None
        if shift is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "there is no shift {shift}"), shift=shift_id)
        report = read_report(session, shift, office, clock.now())
        require_reconciled(report.stock, shift_id)
        extras = SummaryExtras(forecast, tuple(read_open_orders(session)))
        gaps = shift_intervals(session, shift_id)  # the printers' counts against the books
        book = _build(
            report,
            attempt_lines(session, shift_id),
            movement_lines(session, shift),
            flags,
            extras,
            gaps,
        )
    _save_atomically(book, target)
    audit.record_now(
        db, "export", user=None, subject=escaped(target.name), detail=f"shift {shift_id}"
    )
    return HandoverSummary(target, report.printed, report.spoiled)


def _build(
    report: HandoverReport,
    attempts: Iterable[AttemptLine],
    movements: Iterable[MovementLine],
    flags: Sequence[object],
    extras: SummaryExtras,
    printer_gaps: Sequence[object] = (),
) -> Any:
    from ektp_desk import handover_xlsx as xlsx  # openpyxl loads only when a report is written
    from ektp_desk.handover_summary import add_summary_sheet

    book = xlsx.new_workbook()
    add_summary_sheet(book, report, flags, extras, printer_gaps)
    xlsx.add_table(book, "Cetak", xlsx.ATTEMPT_COLUMNS, map(xlsx.attempt_values, attempts))
    xlsx.add_table(book, "Stok", xlsx.MOVEMENT_COLUMNS, map(xlsx.movement_values, movements))
    xlsx.add_queue_sheet(book, report)
    return book


def _checked_target(out: Path) -> Path:
    target = Path(out).expanduser().absolute()
    if target.suffix.lower() != ".xlsx":
        raise Refused(
            QT_TRANSLATE_NOOP("core", "the handover report must be an .xlsx file (got {name})"),
            name=target.name,
        )
    checked_folder(target)
    return target


def _save_atomically(book: Any, target: Path) -> None:
    write_atomically(target, book.save)
