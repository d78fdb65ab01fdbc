"""The printers' own counters: readings typed by a lead or asked of the printer, skips with
a reason, how each station's printer is read, and the overview against the books."""

from __future__ import annotations

from ektp_desk.actor import Actor
from ektp_desk.api._door import action
from ektp_desk.db import Database
from ektp_desk.domain import Moment, ProbeKind
from ektp_desk.printers import readings
from ektp_desk.printers.overview import (
    DueReading,
    PrinterOverview,
    StationPrinter,
    printer_findings,
    printer_overview,
    readings_due,
)
from ektp_desk.printers.readings import ProbeOutcome, Reading, TypedFigures
from ektp_desk.printers.reconcile import GapKind, Interval

__all__ = [
    "DueReading",
    "GapKind",
    "Interval",
    "Moment",
    "PrinterOverview",
    "ProbeKind",
    "ProbeOutcome",
    "Reading",
    "StationPrinter",
    "TypedFigures",
    "printer_findings",
    "printer_overview",
    "read_printer",
    "readings_due",
    "record_reading",
    "set_probe",
    "skip_reading",
]


@action
def record_reading(
    db: Database,
    actor: Actor,
    station: str,
    figures: TypedFigures,
    *,
    moment: Moment = Moment.ON_DEMAND,
    shift_id: int | None = None,
) -> Reading:
    """Store a reading typed from the printer's display or its driver's status page."""
    return readings.record_typed_reading(
        db, station, figures, actor=actor, moment=moment, shift_id=shift_id
    )


@action
def read_printer(
    db: Database,
    actor: Actor,
    station: str,
    *,
    moment: Moment = Moment.ON_DEMAND,
    shift_id: int | None = None,
) -> ProbeOutcome:
    """Ask the station's printer (its configured probe, with a timeout) and store the answer."""
    return readings.record_probe_reading(db, station, actor=actor, moment=moment, shift_id=shift_id)


@action
def skip_reading(
    db: Database,
    actor: Actor,
    station: str,
    reason: str,
    *,
    moment: Moment,
    shift_id: int | None = None,
) -> None:
    """Record that no reading is taken at a station, and why (leads)."""
    readings.skip_reading(db, station, reason, actor=actor, moment=moment, shift_id=shift_id)


@action
def set_probe(
    db: Database,
    actor: Actor,
    station: str,
    kind: ProbeKind | None,
    address: str = "",
    community: str | None = None,
) -> None:
    """How a station's printer is read: SNMP, the Evolis SDK, or typed only (admins)."""
    readings.set_probe(db, station, kind, address, community, actor=actor)
