"""What the queue view reads: filtered, windowed pages of open records, and their count.

The view never loads the whole queue: it asks for a count and for the rows of one window at a
time. Rows are shown in three segments, each in print order: cards in a printer now
(printing), then cards on hold, then the queue itself. ``position`` is a queued record's
place in the list as filtered (its true place in the queue when nothing narrows the list).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import ColumnElement, Row, Select, and_, func, select, tuple_
from sqlalchemy.orm import Session

from ektp_desk.db import Database
from ektp_desk.domain import ON_HOLD, PRINTING, QUEUED
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.limits import MAX_ID, MAX_LISTED
from ektp_desk.models import Record, Station, order_key, queue_key, status_is
from ektp_desk.nik import normalize_nik
from ektp_desk.queue_stretches import WORTH_IT, StretchStart, stretch_start
from ektp_desk.records import queue_order

SEGMENTS = (PRINTING, ON_HOLD, QUEUED)
_ORDER_KEY = tuple_(*queue_key())


@dataclass(frozen=True)
class QueueFilter:
    kecamatan: str | None = None
    priority: str | None = None
    status: str | None = None  # one of SEGMENTS; None shows all three
    search: str = ""  # NIK digits (a prefix) or part of a name


WHOLE_QUEUE = QueueFilter(status=QUEUED)  # every record waiting to be printed, nothing else


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
        return cast(tuple[int, int, datetime, int], order_key(self))


def count_rows(db: Database, flt: QueueFilter) -> int:
    with db.read() as session:
        return sum(_segment_count(session, flt, status) for status in _segments(flt))


def fetch_rows(
    db: Database, flt: QueueFilter, offset: int, limit: int, *, total: int | None = None
) -> list[QueueRow]:
    """Rows ``offset`` to ``offset + limit`` of the filtered view, in view order.

    ``total`` is the view's row count when the caller knows it (a table model does): a window
    in the back half of the queue is then read from its end, so a jump to row 900,000 of a
    million walks 100,000 index entries instead of 900,000. A count gone stale since shifts
    such a window by the rows added or removed meanwhile, as any window of a stale view is.
    """
    rows: list[QueueRow] = []
    with db.read() as session:
        before = 0  # rows of the view's segments ahead of this one
        for status in _segments(flt):
            size = _segment_count(session, flt, status) if status != QUEUED else None
            if size is not None and offset >= size:
                offset -= size
                before += size
                continue
            if size is None and total is not None:
                size = total - before  # the queue is the last segment
            rows += _segment_rows(session, flt, status, offset, limit - len(rows), size=size)
            before += size or 0
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
        for status in (PRINTING, ON_HOLD):  # a few rows each
            names.update(
                session.scalars(select(Record.kecamatan).distinct().where(status_is(status)))
            )
        names.update(session.scalars(_queued_kecamatan()))
    return sorted(names)


def _queued_kecamatan() -> Select[tuple[str]]:
    """The queue's kecamatan, hopping along the queued-kecamatan index from one name to the
    next (a recursive query): some forty seeks instead of reading a million index entries."""
    queued = status_is(QUEUED)
    hops = select(func.min(Record.kecamatan).label("name")).where(queued).cte(recursive=True)
    after = select(func.min(Record.kecamatan)).where(queued, Record.kecamatan > hops.c.name)
    hops = hops.union_all(select(after.scalar_subquery()).where(hops.c.name.is_not(None)))
    return select(hops.c.name).where(hops.c.name.is_not(None))


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
    *,
    size: int | None = None,
) -> list[QueueRow]:
    conditions = _conditions(flt, status)
    if after is not None:
        conditions.append(tuple_(*after.key) < _ORDER_KEY)
    order = queue_order()
    skip, from_the_end = offset, False
    start = _far_start(session, flt, status, offset, size) if after is None else None
    if start is not None:  # seek to the stretch holding the row, walk inside it
        conditions.append(tuple_(Record.band, Record.lane, Record.entered_at)
                          >= tuple_(start.band, start.lane, start.since))  # fmt: skip
        skip = start.skip
    elif size is not None and offset > size // 2:  # nearer the end: walk from there
        order, from_the_end = tuple(key.element.desc() for key in order), True
        skip, limit = max(0, size - offset - limit), max(0, min(limit, size - offset))
    rows = select(*_ROW_COLUMNS).join(
        Station, Station.id == Record.claimed_station_id, isouter=True
    )
    if skip == 0 and not from_the_end:  # nothing to skip: straight off the order index
        statement = rows.where(*conditions).order_by(*order).limit(limit)
    else:
        # Walk the (covering) order index for the ids alone, then read just those rows:
        # skipping 900,000 index entries is cheap, decoding 900,000 table rows is not.
        ids = (
            select(Record.id)
            .where(*conditions)
            .order_by(*order)
            .offset(skip)
            .limit(limit)
            .scalar_subquery()
        )
        statement = rows.where(Record.id.in_(ids)).order_by(*queue_order())
    first = first_position if first_position is not None else offset + 1
    return [_row(row, first + i) for i, row in enumerate(session.execute(statement))]


def _far_start(
    session: Session, flt: QueueFilter, status: str, offset: int, size: int | None
) -> StretchStart | None:
    """A seek for a row deep in the whole queue, where the office keeps its stretches."""
    narrowed = flt.kecamatan or flt.priority or flt.search.strip()
    nearest_end = offset if size is None else min(offset, size - offset)
    if status != QUEUED or narrowed or nearest_end < WORTH_IT:
        return None
    return stretch_start(session, offset)


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


# What a row of the view shows, read as plain columns (no ORM objects for 256 rows a block).
_ROW_COLUMNS = (
    Record.id,
    Record.nik,
    Record.name,
    Record.kecamatan,
    Record.priority,
    Record.entered_at,
    Record.attempts,
    Record.status,
    Station.name,
    Record.band,
    Record.lane,
)


def _row(row: Row[*tuple[Any, ...]], rank: int) -> QueueRow:
    id_, nik, name, kecamatan, priority, entered_at, attempts, status, station, band, lane = row
    position = rank if status == QUEUED else None
    return QueueRow(
        id_, position, nik, name, kecamatan, priority, entered_at, attempts, status, station,
        band, lane,
    )  # fmt: skip


@dataclass(frozen=True)
class QueueEntry:
    """A record waiting to be printed, as the command line lists it."""

    position: int
    nik: str
    name: str
    kecamatan: str
    priority: str
    attempt: int  # the number the next attempt will have: 1 for a first print
    entered_at: datetime


def list_queue(db: Database, *, limit: int = 20, offset: int = 0) -> list[QueueEntry]:
    """The next records in print order: the whole queue's view, read as the window reads it."""
    if limit < 0 or offset < 0:
        raise Refused(QT_TRANSLATE_NOOP("core", "limit and offset cannot be negative"))
    if limit > MAX_LISTED or offset > MAX_ID:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "a listing shows at most {limit} rows (got {asked})"),
            limit=f"{MAX_LISTED:,}",
            asked=limit,
        )
    rows = fetch_rows(db, WHOLE_QUEUE, offset, limit)
    return [QueueEntry(row.position or offset + i + 1, row.nik, row.name, row.kecamatan,
                       row.priority, row.attempts + 1, row.entered_at)
            for i, row in enumerate(rows)]  # fmt: skip
