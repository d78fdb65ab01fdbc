"""Which stations are alive, who works there, what each is printing, and its rolls.

Each station's window writes a heartbeat every few seconds; a station silent for longer than
``OFFLINE_AFTER`` shows as offline (its PC is off, crashed, or lost the network).
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from ektp_desk import clock
from ektp_desk.db import Database
from ektp_desk.domain import PRINTING
from ektp_desk.models import Record, Station, StationHeartbeat, status_is
from ektp_desk.stations import active_stations, get_station

HEARTBEAT_EVERY = timedelta(seconds=10)
OFFLINE_AFTER = timedelta(seconds=35)


@dataclass(frozen=True)
class StationStatus:
    station: str
    online: bool
    seen_at: datetime | None
    operator: str | None
    printing: tuple[str, ...]  # NIKs claimed at this station now
    ribbon_left: int
    film_left: int


def heartbeat(db: Database, station: str, operator: str | None) -> None:
    """Say this station is alive (an upsert, safe when two windows race)."""
    values = {"seen_at": clock.now(), "operator": operator, "host": socket.gethostname()[:128]}
    with db.write() as session:
        place = get_station(session, station)
        updated = session.execute(
            update(StationHeartbeat).where(StationHeartbeat.station_id == place.id).values(values)
        )
        if updated.rowcount == 0:  # type: ignore[attr-defined]
            try:
                with session.begin_nested():
                    session.add(StationHeartbeat(station_id=place.id, **values))
            except IntegrityError:  # the other window inserted first; its beat is as good
                pass


def stations_overview(db: Database, *, now: datetime | None = None) -> list[StationStatus]:
    moment = now or clock.now()
    with db.read() as session:
        beats = {b.station_id: b for b in session.scalars(select(StationHeartbeat))}
        claims: dict[int, list[str]] = {}
        for station_id, nik in session.execute(
            select(Record.claimed_station_id, Record.nik)
            .where(status_is(PRINTING))
            .order_by(Record.claimed_at)
        ).all():
            if station_id is not None:
                claims.setdefault(station_id, []).append(nik)
        places = active_stations(session)
        return [_status(p, beats.get(p.id), claims.get(p.id, []), moment) for p in places]


def _status(
    place: Station, beat: StationHeartbeat | None, niks: list[str], now: datetime
) -> StationStatus:
    online = beat is not None and now - beat.seen_at <= OFFLINE_AFTER
    return StationStatus(
        place.name,
        online,
        beat.seen_at if beat else None,
        beat.operator if beat else None,
        tuple(niks),
        place.ribbon_left,
        place.film_left,
    )
