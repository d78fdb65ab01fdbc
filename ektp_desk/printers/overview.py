"""The printers as a lead sees them: each station's latest reading and its reconciliation,
the findings for ``check``, the handover's findings for one shift, and the readings a shift
still needs at its start or end."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ektp_desk.db import Database
from ektp_desk.domain import Moment, ProbeKind
from ektp_desk.models import PrinterReading, ShiftStation, Station, StationProbe, User
from ektp_desk.printers.probe import ProbeConfig
from ektp_desk.printers.readings import Reading, reading_of
from ektp_desk.printers.reconcile import Interval, interval, pairs
from ektp_desk.settings import read_settings


@dataclass(frozen=True)
class StationPrinter:
    station: str
    probe: ProbeConfig | None
    latest: Reading | None  # the newest reading, a skip included
    intervals: tuple[Interval, ...]  # the most recent first

    @property
    def last_interval(self) -> Interval | None:
        return self.intervals[0] if self.intervals else None


@dataclass(frozen=True)
class PrinterOverview:
    stations: tuple[StationPrinter, ...]

    @property
    def findings(self) -> list[Interval]:
        """Each station's latest interval, where it shows a difference or a reset/swap."""
        last = (s.last_interval for s in self.stations)
        return [i for i in last if i is not None and (i.flagged or i.noted)]


@dataclass(frozen=True)
class DueReading:
    station: str
    probe: ProbeConfig | None


def printer_overview(db: Database, *, intervals: int = 10) -> PrinterOverview:
    """Every active station with its latest reading and its last ``intervals`` intervals."""
    with db.read() as session:
        limit = read_settings(session).printer_drift_limit
        places = session.scalars(select(Station).where(Station.active).order_by(Station.name))
        return PrinterOverview(
            tuple(_station_printer(session, place, limit, intervals) for place in places)
        )


def printer_findings(db: Database) -> list[Interval]:
    return printer_overview(db, intervals=1).findings


def shift_intervals(session: Session, shift_id: int) -> list[Interval]:
    """Every interval whose closing reading belongs to the shift, station by station."""
    limit = read_settings(session).printer_drift_limit
    found: list[Interval] = []
    for place in _shift_stations(session, shift_id):
        for start, end in pairs(station_readings(session, place)):
            if end.shift_id == shift_id:
                found.append(interval(session, place.id, start, end, limit))
    return found


def readings_due(db: Database, shift_id: int, moment: Moment) -> list[DueReading]:
    """The shift's stations with no reading (nor a skip) yet for this moment of the shift."""
    with db.read() as session:
        done = set(
            session.scalars(
                select(PrinterReading.station_id).where(
                    PrinterReading.shift_id == shift_id, PrinterReading.moment == moment
                )
            )
        )
        return [
            DueReading(place.name, _probe(session, place))
            for place in _shift_stations(session, shift_id)
            if place.id not in done
        ]


def station_readings(session: Session, place: Station) -> list[Reading]:
    """Every reading of a station, oldest first."""
    rows = session.execute(
        select(PrinterReading, User.name)
        .join(User, User.id == PrinterReading.user_id, isouter=True)
        .where(PrinterReading.station_id == place.id)
        .order_by(PrinterReading.at, PrinterReading.id)
    ).all()
    return [reading_of(row, place.name, user) for row, user in rows]


def _station_printer(session: Session, place: Station, limit: int, count: int) -> StationPrinter:
    readings = station_readings(session, place)
    recent = pairs(readings)[-count:] if count else []
    return StationPrinter(
        place.name,
        _probe(session, place),
        readings[-1] if readings else None,
        tuple(interval(session, place.id, s, e, limit) for s, e in reversed(recent)),
    )


def _probe(session: Session, place: Station) -> ProbeConfig | None:
    row = session.get(StationProbe, place.id)
    return None if row is None else ProbeConfig(ProbeKind(row.kind), row.address, row.community)


def _shift_stations(session: Session, shift_id: int) -> list[Station]:
    return list(
        session.scalars(
            select(Station)
            .join(ShiftStation, ShiftStation.station_id == Station.id)
            .where(ShiftStation.shift_id == shift_id)
            .order_by(Station.name)
        )
    )
