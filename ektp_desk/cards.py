"""Looking a card up by its NIK, as the scan box and the counter staff do."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, case, select

from ektp_desk.db import Database
from ektp_desk.domain import OPEN_STATUSES
from ektp_desk.models import Record, Station, published_record
from ektp_desk.nik import normalize_nik
from ektp_desk.prepared import PreparedSelect
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
    found = _LOOKUP.first(db, nik=clean)  # the scan box's every scan: no Session around it
    if found is not None:
        return Card(*found)
    with db.read() as session:
        row = session.execute(_CARD.params(nik=clean)).first()
        if row is None:
            refuse_missing_record(session, nik)
        return Card(*row)


# The card's fields in Card's order: the NIK's open record first, else its latest one.
_CARD = (
    select(
        Record.nik,
        Record.name,
        Record.kecamatan,
        Record.kelurahan,
        Record.priority,
        Record.status,
        Record.attempts,
        Station.name,
        Record.printed_at,
    )
    .join(Station, Station.id == Record.claimed_station_id, isouter=True)
    .where(Record.nik == bindparam("nik", ""), published_record())
    .order_by(case((Record.status.in_(OPEN_STATUSES), 0), else_=1), Record.id.desc())
    .limit(1)
)
_LOOKUP = PreparedSelect(_CARD)
