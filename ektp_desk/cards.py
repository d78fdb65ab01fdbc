"""Looking a card up by its NIK, as the scan box and the counter staff do."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, select

from ektp_desk.db import Database
from ektp_desk.domain import OPEN_STATUSES
from ektp_desk.models import Record, Station
from ektp_desk.nik import normalize_nik
from ektp_desk.records import refuse_missing_record


@dataclass(frozen=True)
class Card:
    nik: str
    name: str
    kecamatan: str
    kelurahan: str | None
    priority: str
    status: str
    attempts: int
    station: str | None  # where it is being printed
    printed_at: datetime | None

    @property
    def next_attempt(self) -> int:
        return self.attempts + 1


def lookup_card(db: Database, nik: str) -> Card:
    """The NIK's open record, else its latest printed one; refuses an unknown or bad NIK."""
    clean = normalize_nik(nik)
    with db.read() as session:
        found = session.execute(
            select(Record, Station.name)
            .join(Station, Station.id == Record.claimed_station_id, isouter=True)
            .where(Record.nik == clean)
            .order_by(case((Record.status.in_(OPEN_STATUSES), 0), else_=1), Record.id.desc())
            .limit(1)
        ).first()
        if found is None:
            refuse_missing_record(session, nik)
        record, station = found
        return Card(
            record.nik,
            record.name,
            record.kecamatan,
            record.kelurahan,
            record.priority,
            record.status,
            record.attempts,
            station,
            record.printed_at,
        )
