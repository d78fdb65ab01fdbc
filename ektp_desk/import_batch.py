"""An import's batch: one import at a time, written in short steps, published in one.

A big import must not stop the counter. Its records go in a few thousand at a time, each
step a short transaction, into a batch marked unpublished; every reader of the queue passes
over such rows (``models.published_record``). The last step sets ``published``, one row in
one short transaction, and the queue has the whole import at once, or none of it before.

``steps`` counts the batch's transactions and says who owns it: each step, the publication
and a removal change the batch only while ``steps`` still holds the value its writer last
left there. An import that died (killed, power cut) leaves an unpublished batch whose steps
stand still; the next import waits ``STALE_S`` to see that, marks it abandoned (steps -1),
removes its rows in short steps, and begins. An import that was only slow meanwhile finds
its batch gone at its next step and is refused, leaving nothing in the queue.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from sqlalchemy import delete, select, text, update
from sqlalchemy.orm import Session

from ektp_desk import audit, clock
from ektp_desk.db import Database
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.models import ImportBatch, Record

STALE_S: Final = 5.0  # a live import writes a step every second or so
_POLL_S: Final = 0.25
ABANDONED: Final = -1  # the steps of a batch being removed
REMOVE_ROWS: Final = 5000  # rows removed per step
# SQLite, between two write steps of an import: longer than the longest sleep (100 ms) of a
# print waiting for the write lock, so the print always gets it in between.
GAP_S: Final = 0.15
# PostgreSQL: one import at a time (SQLite serialises every write transaction anyway).
_IMPORT_LOCK: Final = 0x656B74705F696D70  # "ektp_imp"


@dataclass
class Batch:
    """The batch this import writes, and the steps it last wrote."""

    id: int
    imported_at: datetime
    steps: int = 0
    committed: float = 0.0  # time.monotonic() of the last step's commit


@dataclass(frozen=True)
class Counts:
    rows: int
    imported: int
    duplicates: int
    rejected: int


def open_batch(db: Database, file_name: str) -> Batch:
    """A new unpublished batch, once no other import is running. What an import that died
    left behind is removed first; a live one refuses this one."""
    while True:
        with db.write() as session:
            _one_import_at_a_time(session)
            unpublished = select(ImportBatch.id, ImportBatch.steps).where(~ImportBatch.published)
            others: dict[int, int] = dict(session.execute(unpublished).all())
            if not others:
                batch = ImportBatch(file_name=file_name, imported_at=clock.now(), rows=0,
                                    imported=0, duplicates=0, rejected=0, published=False,
                                    steps=0)  # fmt: skip
                session.add(batch)
                session.flush()
                return Batch(batch.id, batch.imported_at, committed=time.monotonic())
        for batch_id, steps in _dead(db, others).items():
            remove(db, Batch(batch_id, clock.now(), steps))


def step(session: Session, batch: Batch, counts: Counts) -> None:
    """Claim the next step in the caller's transaction, or refuse: the batch was taken away."""
    _take(session, batch, batch.steps + 1, counts)


def publish(db: Database, batch: Batch, counts: Counts, *, file_name: str) -> None:
    """The whole import into the queue at once: one row changed, one short transaction."""
    pause(db, batch)
    with db.write() as session:
        _take(session, batch, batch.steps + 1, counts, published=True)
        audit.record(session, "import", user=None, subject=file_name,
                     detail=f"{counts.imported} imported, {counts.rejected} rejected")  # fmt: skip
    db.update_statistics(Record.__tablename__)  # the queue's new size, for the server's planner


def remove(db: Database, batch: Batch) -> None:
    """Remove a batch never published, and its rows, in short steps (the owner, or the next
    import for one that died). A batch someone else writes or published is left alone."""
    if batch.steps != ABANDONED:
        with db.write() as session:
            if not _claimed(session, batch, ABANDONED, None):
                return
    while True:
        pause(db, batch)
        with db.write() as session:
            rows = select(Record.id).where(Record.batch_id == batch.id).limit(REMOVE_ROWS)
            gone = session.execute(delete(Record).where(Record.id.in_(rows.scalar_subquery())))
            if not getattr(gone, "rowcount", 0):
                session.execute(delete(ImportBatch).where(
                    ImportBatch.id == batch.id, ~ImportBatch.published))  # fmt: skip
                return
        batch.committed = time.monotonic()


def pause(db: Database, batch: Batch) -> None:
    """Before an import's next write step: let a print waiting for SQLite's lock in first."""
    if db.is_sqlite:
        time.sleep(max(0.0, batch.committed + GAP_S - time.monotonic()))


def _take(
    session: Session, batch: Batch, steps: int, counts: Counts, *, published: bool = False
) -> None:
    if not _claimed(session, batch, steps, counts, published=published):
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core",
                "the import stalled for more than {seconds} seconds and another import "
                "removed it; nothing of it is in the queue: import the file again",
            ),
            seconds=int(STALE_S),
        )
    batch.steps = steps


def _claimed(
    session: Session, batch: Batch, steps: int, counts: Counts | None, *, published: bool = False
) -> bool:
    """Set the batch's steps (and counts) if it still holds ``batch.steps``."""
    values: dict[str, object] = {"steps": steps, "published": published}
    if counts is not None:
        values |= {"rows": counts.rows, "imported": counts.imported,
                   "duplicates": counts.duplicates, "rejected": counts.rejected}  # fmt: skip
    result = session.execute(
        update(ImportBatch)
        .where(ImportBatch.id == batch.id, ImportBatch.steps == batch.steps, ~ImportBatch.published)
        .values(values)
    )
    return bool(getattr(result, "rowcount", 0))


def _dead(db: Database, seen: dict[int, int]) -> dict[int, int]:
    """The batches of ``seen`` whose steps stand still for ``STALE_S`` (or that are already
    abandoned); refuses when one of them moves on: another import is running."""
    waiting = {batch_id: steps for batch_id, steps in seen.items() if steps != ABANDONED}
    deadline = time.monotonic() + STALE_S
    while waiting and time.monotonic() < deadline:
        time.sleep(_POLL_S)
        with db.read() as session:
            now = session.execute(select(ImportBatch.id, ImportBatch.steps, ImportBatch.file_name,
                                         ImportBatch.rows)
                                  .where(ImportBatch.id.in_(waiting), ~ImportBatch.published)
                                  ).all()  # fmt: skip
        for batch_id, steps, file_name, rows in now:
            if steps != waiting[batch_id]:
                raise Refused(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "another import ({file}, {rows} rows read so far) is running; import "
                        "this file when it has finished",
                    ),
                    file=file_name,
                    rows=f"{rows:,}",
                )
        still = {batch_id for batch_id, *_ in now}
        waiting = {k: v for k, v in waiting.items() if k in still}
        seen = {k: v for k, v in seen.items() if k in still or v == ABANDONED}
    return {k: v for k, v in seen.items() if k in waiting or v == ABANDONED}


def _one_import_at_a_time(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _IMPORT_LOCK})
