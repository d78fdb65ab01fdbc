"""Taking printer readings: typed by a lead, asked of the printer by a probe, or skipped with
a reason. Each is one action in one transaction, done by a signed-in person; a reading also
keeps what the ledger said about the station's loaded rolls at that moment.

A probe asks the printer first, outside any transaction (it may take a few seconds), and
writes only what came back: an unreachable printer writes nothing and says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from types import ModuleType
from typing import Final

from sqlalchemy.orm import Session

from ektp_desk import audit, clock
from ektp_desk.access import acting_user
from ektp_desk.actor import Actor
from ektp_desk.db import Database
from ektp_desk.domain import LEAD_ROLES, ROLES, Moment, PrinterState, ProbeKind, Source
from ektp_desk.errors import NotFound, Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.models import PrinterReading, Shift, Station, StationProbe, User
from ektp_desk.printers.probe import DEFAULT_TIMEOUT, ProbeConfig, run_probe
from ektp_desk.printers.report import PrinterReport, Supply
from ektp_desk.shifts import open_shift_at
from ektp_desk.stations import get_station

MAX_TEXT: Final = 64


@dataclass(frozen=True)
class Reading:
    """One stored reading, as the window and the command line show it."""

    id: int
    station: str
    at: datetime
    moment: Moment
    source: Source
    shift_id: int | None
    user: str | None
    card_counter: int | None
    ribbon_left: int | None
    film_left: int | None
    ledger_ribbon: int
    ledger_film: int
    serial: str | None
    model: str | None
    states: tuple[PrinterState, ...]
    skip_reason: str | None

    @property
    def skipped(self) -> bool:
        return self.skip_reason is not None


@dataclass(frozen=True)
class TypedFigures:
    """What a lead reads off the printer's display or its driver's status page."""

    counter: int
    ribbon: int | None = None  # prints left on the ribbon
    film: int | None = None
    serial: str | None = None


@dataclass(frozen=True)
class ProbeOutcome:
    reading: Reading | None
    problem: str | None = None


def record_typed_reading(
    db: Database, station: str, figures: TypedFigures, *, actor: Actor,
    moment: Moment = Moment.ON_DEMAND, shift_id: int | None = None,
) -> Reading:  # fmt: skip
    """Store a reading a lead typed (leads and admins)."""
    _check_figures(figures)
    report = PrinterReport(
        Source.TYPED, figures.counter, Supply(prints=figures.ribbon), Supply(prints=figures.film),
        (figures.serial or "").strip() or None,
    )  # fmt: skip
    with db.write() as session:
        user = acting_user(session, actor, roles=LEAD_ROLES)
        return _store(session, get_station(session, station), report, user, moment, shift_id)


def record_probe_reading(
    db: Database, station: str, *, actor: Actor, moment: Moment = Moment.ON_DEMAND,
    shift_id: int | None = None, timeout: float = DEFAULT_TIMEOUT,
    evolis_sdk: ModuleType | None = None,
) -> ProbeOutcome:  # fmt: skip
    """Ask the station's printer through its configured probe and store what it said."""
    config = probe_config(db, station)
    if config is None:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "no printer probe is set up for {station}: type the reading instead"
            ),
            station=station,
        )
    result = run_probe(config, timeout=timeout, evolis_sdk=evolis_sdk)
    if result.report is None:
        return ProbeOutcome(None, result.problem)
    with db.write() as session:
        user = acting_user(session, actor, roles=ROLES)
        place = get_station(session, station)
        return ProbeOutcome(_store(session, place, result.report, user, moment, shift_id))


def skip_reading(
    db: Database, station: str, reason: str, *, actor: Actor, moment: Moment,
    shift_id: int | None = None,
) -> Reading:  # fmt: skip
    """Record that a lead took no reading, and why (leads and admins)."""
    reason = reason.strip()
    if not reason:
        raise Refused(QT_TRANSLATE_NOOP("core", "say why the printer reading is skipped"))
    with db.write() as session:
        user = acting_user(session, actor, roles=LEAD_ROLES)
        place = get_station(session, station)
        row = _row(session, place, user, moment, shift_id, Source.TYPED)
        row.skip_reason = reason
        session.add(row)
        audit.record(session, "printer_skip", user=user.name, subject=place.name,
                     detail=f"{moment}: {reason}"[:200])  # fmt: skip
        session.flush()
        return reading_of(row, place.name, user.name)


def set_probe(
    db: Database, station: str, kind: ProbeKind | None, address: str = "",
    community: str | None = None, *, actor: Actor,
) -> ProbeConfig | None:  # fmt: skip
    """Set how a station's printer is asked (admins); ``kind`` None removes the probe."""
    address = address.strip()
    if kind is not None and not address:
        raise Refused(QT_TRANSLATE_NOOP("core", "a printer probe needs an address or name"))
    if len(address) > 255 or len(community or "") > MAX_TEXT:
        raise Refused(QT_TRANSLATE_NOOP("core", "the probe address or community is too long"))
    with db.write() as session:
        user = acting_user(session, actor, roles=("admin",))
        place = get_station(session, station)
        row = session.get(StationProbe, place.id)
        if kind is None:
            if row is not None:
                session.delete(row)
            audit.record(session, "printer_probe", user=user.name, subject=place.name,
                         detail="removed")  # fmt: skip
            return None
        row = row or StationProbe(station_id=place.id)
        row.kind, row.address = ProbeKind(kind), address
        row.community = (community or "").strip() or None
        row.updated_at = clock.now()
        session.add(row)
        audit.record(session, "printer_probe", user=user.name, subject=place.name,
                     detail=f"{kind} {address}"[:200])  # fmt: skip
        return ProbeConfig(ProbeKind(kind), address, row.community)


def probe_config(db: Database, station: str) -> ProbeConfig | None:
    with db.read() as session:
        place = get_station(session, station)
        row = session.get(StationProbe, place.id)
        return None if row is None else ProbeConfig(ProbeKind(row.kind), row.address, row.community)


def reading_of(row: PrinterReading, station: str, user: str | None) -> Reading:
    states = tuple(PrinterState(s) for s in (row.states or "").split(",") if s)
    return Reading(
        row.id, station, row.at, Moment(row.moment), Source(row.source), row.shift_id, user,
        row.card_counter, row.ribbon_left, row.film_left, row.ledger_ribbon, row.ledger_film,
        row.serial, row.model, states, row.skip_reason,
    )  # fmt: skip


def _store(
    session: Session, place: Station, report: PrinterReport, user: User, moment: Moment,
    shift_id: int | None,
) -> Reading:  # fmt: skip
    row = _row(session, place, user, moment, shift_id, report.source)
    row.card_counter = report.card_counter
    row.ribbon_left = report.ribbon.prints_left(place.ribbon_yield)
    row.film_left = report.film.prints_left(place.film_yield)
    row.serial, row.model = report.serial, report.model
    row.states = ",".join(report.states) or None
    if row.card_counter is None and row.ribbon_left is None and row.film_left is None:
        raise Refused(QT_TRANSLATE_NOOP("core", "the printer gave no counter and no roll level"))
    session.add(row)
    audit.record(session, "printer_reading", user=user.name, subject=place.name,
                 detail=f"{report.source} counter {row.card_counter}")  # fmt: skip
    session.flush()
    return reading_of(row, place.name, user.name)


def _row(
    session: Session, place: Station, user: User, moment: Moment, shift_id: int | None,
    source: Source,
) -> PrinterReading:  # fmt: skip
    if shift_id is not None and session.get(Shift, shift_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "there is no shift {shift}"), shift=shift_id)
    if shift_id is None:
        shift = open_shift_at(session, place)
        shift_id = shift.id if shift else None
    return PrinterReading(
        station_id=place.id, at=clock.now(), moment=Moment(moment), source=source,
        shift_id=shift_id, user_id=user.id, ledger_ribbon=place.ribbon_left,
        ledger_film=place.film_left,
    )  # fmt: skip


def _check_figures(figures: TypedFigures) -> None:
    for value in (figures.counter, figures.ribbon, figures.film):
        if value is not None and value < 0:
            raise Refused(
                QT_TRANSLATE_NOOP("core", "a printer figure cannot be negative (got {value})"),
                value=value,
            )
    if figures.serial and len(figures.serial.strip()) > MAX_TEXT:
        raise Refused(QT_TRANSLATE_NOOP("core", "the printer serial number is too long"))
