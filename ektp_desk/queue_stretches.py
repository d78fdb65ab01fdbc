"""A far jump in the queue as a seek: where the stretch holding row N of the queue starts.

The embedded office keeps, per stretch of print order (band, lane, month entered), how many
queued records it holds (``queue_stretches``, kept exact by triggers: migration
0016_queue_stretches). Row 9,000,000 of ten million is then: add the stretches up to the one
holding it, seek to that stretch's first key, and walk at most one stretch (a month of one
lane) instead of a million index entries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Final

from sqlalchemy import (
    Column,
    Integer,
    MetaData,
    Select,
    String,
    Table,
    bindparam,
    exists,
    func,
    select,
)
from sqlalchemy.orm import Session

from ektp_desk.models import unpublished_batches

# Not part of the models' metadata: it is derived, like an index, and exists only in SQLite
# files (a copy to another database rebuilds it from the records its triggers see arrive).
QUEUE_STRETCHES: Final = Table(
    "queue_stretches",
    MetaData(),
    Column("band", Integer, primary_key=True),
    Column("lane", Integer, primary_key=True),
    Column("month", String(7), primary_key=True),
    Column("queued", Integer, nullable=False),
)

_ORDER: Final = (QUEUE_STRETCHES.c.band, QUEUE_STRETCHES.c.lane, QUEUE_STRETCHES.c.month)
WORTH_IT: Final = 4096  # rows to skip below which a plain OFFSET is as quick


@dataclass(frozen=True)
class StretchStart:
    """Row ``offset`` of the queue is row ``skip`` from the first key >= (band, lane, since)."""

    band: int
    lane: int
    since: datetime
    skip: int


def stretch_start(session: Session, offset: int) -> StretchStart | None:
    """Where to seek for the queue's row ``offset`` (0-based, print order), or ``None`` when
    this database keeps no stretches (PostgreSQL), an import is still being written (its rows
    are counted but not yet in anyone's queue) or ``offset`` is past the queue's end."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    found = session.execute(_find(), {"offset": offset}).first()
    if found is None:
        return None
    band, lane, month, ahead = found
    year, number = month.split("-")
    return StretchStart(band, lane, datetime(int(year), int(number), 1), offset - ahead)


@cache
def _find() -> Select[int, int, str, int]:
    """The stretch holding row ``:offset``, with the rows ahead of it; no row while an import
    is being written. One statement, built at the first far jump and kept."""
    stretch = QUEUE_STRETCHES.c
    ahead = (func.sum(stretch.queued).over(order_by=_ORDER) - stretch.queued).label("ahead")
    running = select(*_ORDER, stretch.queued, ahead).where(stretch.queued > 0).subquery()
    offset = bindparam("offset", type_=Integer)
    return (
        select(running.c.band, running.c.lane, running.c.month, running.c.ahead)
        .where(running.c.ahead <= offset, offset < running.c.ahead + running.c.queued)
        .where(~exists(unpublished_batches()))
        .limit(1)
    )
