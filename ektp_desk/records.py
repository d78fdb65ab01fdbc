"""Reading records: the queue in print order, and finding a record by its NIK."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, NoReturn

from sqlalchemy import UnaryExpression, func, select
from sqlalchemy.orm import Session

from ektp_desk.db import Database
from ektp_desk.domain import OPEN_STATUSES, OUTCOME_PRINTED, QUEUED
from ektp_desk.errors import NotFound, Refused
from ektp_desk.models import PrintAttempt, Record, Station, status_is
from ektp_desk.nik import NikError, normalize_nik, parse_nik


@dataclass(frozen=True)
class QueueEntry:
    position: int
    nik: str
    name: str
    kecamatan: str
    priority: str
    attempt: int  # the number the next attempt will have: 1 for a first print
    entered_at: datetime


def queue_order() -> tuple[UnaryExpression[Any], ...]:
    """Print order: priority band, cards back from a spoiled attempt first, then FIFO."""
    return (Record.band.asc(), Record.lane.asc(), Record.entered_at.asc(), Record.id.asc())


def list_queue(db: Database, *, limit: int = 20, offset: int = 0) -> list[QueueEntry]:
    if limit < 0 or offset < 0:
        raise Refused("limit and offset cannot be negative")
    with db.read() as session:
        records = session.scalars(
            select(Record)
            .where(status_is(QUEUED))
            .order_by(*queue_order())
            .limit(limit)
            .offset(offset)
        )
        return [_entry(offset + i + 1, record) for i, record in enumerate(records)]


def queue_size(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).where(status_is(QUEUED))) or 0


def find_open_record(session: Session, nik: str, *, lock: bool = False) -> Record | None:
    """The one open (queued, printing or on hold) record of a NIK, if any."""
    statement = select(Record).where(
        Record.nik == normalize_nik(nik), Record.status.in_(OPEN_STATUSES)
    )
    if lock:
        statement = statement.with_for_update()
    return session.scalar(statement)


def refuse_missing_record(session: Session, nik: str) -> NoReturn:
    """Explain why a NIK has no open record: not a NIK, already printed, or never imported."""
    clean = normalize_nik(nik)
    try:
        parse_nik(clean)
    except NikError as error:
        raise Refused(f"{nik.strip()!r} is not a valid NIK: {error}") from None
    printed = session.execute(
        select(PrintAttempt.at, Station.name)
        .join(Record, Record.id == PrintAttempt.record_id)
        .join(Station, Station.id == PrintAttempt.station_id)
        .where(Record.nik == clean, PrintAttempt.outcome == OUTCOME_PRINTED)
        .order_by(PrintAttempt.at.desc())
        .limit(1)
    ).first()
    if printed is not None:
        at, station = printed
        raise Refused(f"{clean} was already printed on {at:%d-%m-%Y %H:%M} at {station}")
    raise NotFound(f"no record with NIK {clean} in the queue")


def _entry(position: int, record: Record) -> QueueEntry:
    return QueueEntry(
        position,
        record.nik,
        record.name,
        record.kecamatan,
        record.priority,
        record.attempts + 1,
        record.entered_at,
    )
