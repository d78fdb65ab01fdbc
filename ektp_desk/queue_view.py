"""What the queue view reads: filtered, windowed pages of open records, and their count.

The view never loads the whole queue: it asks for a count and for the rows of one window at a
time. Rows are shown in three segments, each in print order: cards in a printer now
(printing), then cards on hold, then the queue itself. ``position`` is a queued record's
place in the list as filtered (its true place in the queue when nothing narrows the list).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, func, select, tuple_
from sqlalchemy.orm import Session

from ektp_desk.db import Database
from ektp_desk.domain import ON_HOLD, PRINTING, QUEUED
from ektp_desk.models import Record, Station, status_is
from ektp_desk.nik import normalize_nik
from ektp_desk.records import queue_order

SEGMENTS = (PRINTING, ON_HOLD, QUEUED)
_ORDER_KEY = tuple_(Record.band, Record.lane, Record.entered_at, Record.id)


@dataclass(frozen=True)
class QueueFilter:
    kecamatan: str | None = None
    priority: str | None = None
    status: str | None = None  # one of SEGMENTS; None shows all three
    search: str = ""  # NIK digits (a prefix) or part of a name


@dataclass(frozen=True)
class QueueRow:
    id: int
    position: int | None  # queued records only
    nik: str
    name: str
    kecamatan: str
    priority: str
    entered_at: datetime
    attempts: int
    status: str
    station: str | None  # where a printing record is claimed
    band: int
    lane: int

    @property
    def key(self) -> tuple[int, int, datetime, int]:
        """The row's place in print order within its segment."""
        return (self.band, self.lane, self.entered_at, self.id)


def count_rows(db: Database, flt: QueueFilter) -> int:
    with db.read() as session:
        return sum(_segment_count(session, flt, status) for status in _segments(flt))


def fetch_rows(db: Database, flt: QueueFilter, offset: int, limit: int) -> list[QueueRow]:
    """Rows ``offset`` to ``offset + limit`` of the filtered view, in view order."""
    rows: list[QueueRow] = []
    with db.read() as session:
        for status in _segments(flt):
            size = _segment_count(session, flt, status) if status != QUEUED else None
            if size is not None and offset >= size:
                offset -= size
                continue
            rows += _segment_rows(session, flt, status, offset, limit - len(rows))
            offset = 0
            if len(rows) >= limit:
                break
    return rows


def fetch_after(db: Database, flt: QueueFilter, row: QueueRow, limit: int) -> list[QueueRow]:
    """The ``limit`` rows that follow ``row`` in the view: a keyset read, as fast at the end of
    a million-record queue as at its start (an OFFSET that deep walks the whole index)."""
    segments = _segments(flt)
    rows: list[QueueRow] = []
    with db.read() as session:
        for status in segments[segments.index(row.status) :]:
            after = row if status == row.status else None
            start = (row.position or 0) + 1 if after is not None else 1
            rows += _segment_rows(session, flt, status, 0, limit - len(rows), after, start)
            if len(rows) >= limit:
                break
    return rows


def kecamatan_options(db: Database) -> list[str]:
    """The kecamatan that occur among open records, for the filter list."""
    names: set[str] = set()
    with db.read() as session:
        for status in SEGMENTS:  # one query per status, so the queued one reads an index only
            names.update(
                session.scalars(select(Record.kecamatan).distinct().where(status_is(status)))
            )
    return sorted(names)


def _segments(flt: QueueFilter) -> tuple[str, ...]:
    return (flt.status,) if flt.status in SEGMENTS else SEGMENTS


def _segment_count(session: Session, flt: QueueFilter, status: str) -> int:
    statement = select(func.count()).select_from(Record).where(*_conditions(flt, status))
    return session.scalar(statement) or 0


def _segment_rows(
    session: Session,
    flt: QueueFilter,
    status: str,
    offset: int,
    limit: int,
    after: QueueRow | None = None,
    first_position: int | None = None,
) -> list[QueueRow]:
    conditions = _conditions(flt, status)
    if after is not None:
        conditions.append(tuple_(*after.key) < _ORDER_KEY)
    # Walk the (covering) order index for the ids alone, then read just those rows: skipping
    # 900,000 index entries is cheap, decoding 900,000 table rows is not.
    ids = (
        select(Record.id)
        .where(*conditions)
        .order_by(*queue_order())
        .offset(offset)
        .limit(limit)
        .scalar_subquery()
    )
    statement = (
        select(Record, Station.name)
        .join(Station, Station.id == Record.claimed_station_id, isouter=True)
        .where(Record.id.in_(ids))
        .order_by(*queue_order())
    )
    found = session.execute(statement).all()
    first = first_position if first_position is not None else offset + 1
    return [_row(record, station, first + i) for i, (record, station) in enumerate(found)]


def _conditions(flt: QueueFilter, status: str) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [status_is(status)]
    if flt.kecamatan:
        conditions.append(Record.kecamatan == flt.kecamatan)
    if flt.priority:
        conditions.append(Record.priority == flt.priority)
    if flt.search.strip():
        conditions.append(_search_condition(flt.search))
    return conditions


def _search_condition(text: str) -> ColumnElement[bool]:
    digits = normalize_nik(text)
    if digits.isdigit() and digits.isascii():
        if len(digits) >= 16:
            return Record.nik == digits
        # A NIK prefix as a range, so the NIK index serves it on every engine.
        return and_(Record.nik >= digits, Record.nik < digits + ":")
    words = text.lower().split()
    return and_(*(func.lower(Record.name).contains(word, autoescape=True) for word in words))


def _row(record: Record, station: str | None, rank: int) -> QueueRow:
    return QueueRow(
        record.id,
        rank if record.status == QUEUED else None,
        record.nik,
        record.name,
        record.kecamatan,
        record.priority,
        record.entered_at,
        record.attempts,
        record.status,
        station,
        record.band,
        record.lane,
    )
