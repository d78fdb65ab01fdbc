"""Importing records exported from the registry system (CSV or XLSX) into the queue.

Rows are read and checked by ``import_reader``; here they are de-duplicated against the file
and the open records and written in short steps into an unpublished batch, which goes into
the queue at once when the whole file is in (``import_batch``): an import is all or nothing
for the queue, a crash half-way leaves the queue as it was, and no step holds the database
long enough to keep a print waiting.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from ektp_desk import import_batch
from ektp_desk.bulk import BulkInsert
from ektp_desk.db import Database
from ektp_desk.domain import OPEN_STATUSES, QUEUED, priority_band
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP, Message
from ektp_desk.import_batch import Batch, Counts
from ektp_desk.import_reader import ImportFileError, ParsedRow, RowError, read_import_file
from ektp_desk.models import RECORD_TABLE, Record
from ektp_desk.phones import PhoneError, normalise_phone

# Rows read per write step: the size adapts so that a step takes about STEP_S, whatever the
# machine and the queue's size, within these bounds.
FIRST_STEP_ROWS: Final = 1000
MIN_STEP_ROWS: Final = 100
MAX_STEP_ROWS: Final = 10_000
STEP_S: Final = 0.25
# Rejected rows a report lists with their reasons: a file of a million bad lines would
# otherwise fill memory with reasons. `ImportReport.rejected` counts them all.
MAX_LISTED_ERRORS = 10_000
Progress = Callable[[int], None]


@dataclass(frozen=True)
class PhoneWarning:
    """A row imported without its phone number, because the number cannot be used."""

    row: int
    nik: str
    phone: str
    message: Message  # why, to translate

    @property
    def reason(self) -> str:
        return str(self.message)


@dataclass(frozen=True)
class ImportReport:
    file: str
    rows: int  # non-empty data rows read
    imported: int
    duplicates: int
    rejected: int
    errors: tuple[RowError, ...]  # the first MAX_LISTED_ERRORS rejected rows
    # Phones are stored as 62...; a row with an unusable number is imported without it.
    phone_warnings: tuple[PhoneWarning, ...] = ()


@dataclass
class _Tally:
    rows: int = 0
    imported: int = 0
    duplicates: int = 0
    rejected: int = 0
    phone_warnings: list[PhoneWarning] = field(default_factory=list)


def import_records(db: Database, path: Path, *, progress: Progress | None = None) -> ImportReport:
    """Import a file; refuse it whole (changing nothing) when the file itself is unusable."""
    try:
        with read_import_file(path) as items:
            errors, tally = _import_rows(db, path, items, progress)
    except ImportFileError as error:
        # Unreadable, no NIK column, or broken after its header: what was written is gone.
        # The reader's sentence already names the file; refuse with it, still translatable.
        raise Refused(error.message.template, **error.message.params) from None
    except OSError as error:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "cannot import {file}: {error}"),
            file=path.name,
            error=error.strerror or error,
        ) from None
    return ImportReport(
        path.name, tally.rows, tally.imported, tally.duplicates, tally.rejected, tuple(errors),
        tuple(tally.phone_warnings),
    )  # fmt: skip


def _import_rows(
    db: Database, path: Path, items: Iterable[ParsedRow | RowError], progress: Progress | None
) -> tuple[list[RowError], _Tally]:
    errors: list[RowError] = []
    tally = _Tally()
    seen: set[str] = set()
    batch = import_batch.open_batch(db, path.name)
    try:
        source = iter(items)
        size = FIRST_STEP_ROWS
        while chunk := list(islice(source, size)):
            valid = _split_errors(chunk, errors, tally, seen)
            import_batch.pause(db, batch)
            started = time.monotonic()
            with db.write() as session:
                _insert_chunk(session, valid, batch, tally)
            batch.committed = time.monotonic()
            size = _next_size(size, batch.committed - started)
            if progress:
                progress(tally.rows)
        import_batch.publish(db, batch, _counts(tally), file_name=path.name)
    except Exception:
        _remove_quietly(db, batch)
        raise
    return errors, tally


def _next_size(size: int, took: float) -> int:
    """Rows for the next step, so that it takes about STEP_S as the last one did."""
    wanted = int(size * STEP_S / max(took, 0.001))
    return max(MIN_STEP_ROWS, min(MAX_STEP_ROWS, wanted, size * 2))


def _remove_quietly(db: Database, batch: Batch) -> None:
    """A refused or failed import removes what it wrote. If that fails too (the database is
    gone), the rows stay unpublished, out of every view, and the next import removes them."""
    with contextlib.suppress(Exception):  # the first failure is the one to report
        import_batch.remove(db, batch)


def _counts(tally: _Tally) -> Counts:
    return Counts(tally.rows, tally.imported, tally.duplicates, tally.rejected)


def _split_errors(
    items: list[ParsedRow | RowError], errors: list[RowError], tally: _Tally, seen: set[str]
) -> list[ParsedRow]:
    """Valid rows, once each per NIK; errors are collected, duplicates in the file counted."""
    valid: list[ParsedRow] = []
    for item in items:
        tally.rows += 1
        if isinstance(item, RowError):
            tally.rejected += 1
            if len(errors) < MAX_LISTED_ERRORS:
                errors.append(item)
        elif item.nik in seen:
            tally.duplicates += 1
        else:
            seen.add(item.nik)
            valid.append(_with_phone_checked(item, tally))
    return valid


def _with_phone_checked(row: ParsedRow, tally: _Tally) -> ParsedRow:
    """The row with its phone as 62..., or without it (and a warning) when it is unusable."""
    try:
        phone = normalise_phone(row.phone)
    except PhoneError as error:
        tally.phone_warnings.append(PhoneWarning(row.row, row.nik, row.phone or "", error.message))
        phone = None
    if phone == row.phone:
        return row
    return ParsedRow(row.row, row.nik, row.name, row.kecamatan, row.kelurahan, row.entered_at,
                     row.priority, phone, row.birth_date, row.request)  # fmt: skip


def _insert_chunk(session: Session, chunk: list[ParsedRow], batch: Batch, tally: _Tally) -> None:
    """One step: the batch claimed (or the import refused), the rows not already open in
    the queue inserted, unpublished."""
    open_niks = set(
        session.scalars(
            select(Record.nik).where(
                Record.nik.in_([row.nik for row in chunk]), Record.status.in_(OPEN_STATUSES)
            )
        )
    )
    fresh = [row for row in chunk if row.nik not in open_niks]
    tally.duplicates += len(chunk) - len(fresh)
    tally.imported += len(fresh)
    import_batch.step(session, batch, _counts(tally))
    if fresh:
        _INSERT.run(session, [_values(row, batch.id, batch.imported_at) for row in fresh])


_INSERT = BulkInsert(RECORD_TABLE, ("nik", "name", "kecamatan", "kelurahan", "birth_date",
                     "female", "phone", "priority", "band", "lane", "entered_at", "status",
                     "attempts", "batch_id", "request"))  # fmt: skip


def _values(row: ParsedRow, batch_id: int, imported_at: datetime) -> tuple[Any, ...]:
    """A record's values in _INSERT's order."""
    return (
        row.nik, row.name, row.kecamatan, row.kelurahan, row.birth_date, row.nik[6] in "4567",
        row.phone, row.priority, priority_band(row.priority), 1,
        # Without a recording date, the import time sets the record's place in the queue.
        row.entered_at or imported_at,
        QUEUED, 0, batch_id, row.request,
    )  # fmt: skip
