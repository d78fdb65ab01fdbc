"""Importing records exported from the registry system (CSV or XLSX) into the queue.

Rows are read and checked by ``import_reader``; here they are de-duplicated against the file
and the open records, and every valid row goes in within one transaction: an import is all or
nothing, so a crash half-way leaves the queue as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ektp_desk import audit, clock
from ektp_desk.bulk import BulkInsert, bulk_page_cache
from ektp_desk.db import Database
from ektp_desk.domain import OPEN_STATUSES, QUEUED, priority_band
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP, Message
from ektp_desk.import_reader import ImportFileError, ParsedRow, RowError, read_import_file
from ektp_desk.models import RECORD_TABLE, ImportBatch, Record
from ektp_desk.phones import PhoneError, normalise_phone

CHUNK = 5000  # rows checked against the database and inserted at a time
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
        # Unreadable, no NIK column, or broken after its header: the transaction rolled back.
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
    with db.write() as session:
        batch = ImportBatch(
            file_name=path.name, imported_at=clock.now(), rows=0, imported=0, duplicates=0,
            rejected=0,
        )  # fmt: skip
        session.add(batch)
        session.flush()
        with bulk_page_cache(session):
            for chunk in _chunks(_split_errors(items, errors, tally)):
                _insert_chunk(session, chunk, batch, tally)
                if progress:
                    progress(tally.rows)
        batch.rows, batch.imported, batch.duplicates = tally.rows, tally.imported, tally.duplicates
        batch.rejected = tally.rejected
        audit.record(session, "import", user=None, subject=path.name,
                     detail=f"{tally.imported} imported, {tally.rejected} rejected")  # fmt: skip
    return errors, tally


def _split_errors(
    items: Iterable[ParsedRow | RowError], errors: list[RowError], tally: _Tally
) -> Iterator[ParsedRow]:
    """Valid rows, once each per NIK; errors are collected, duplicates in the file counted."""
    seen: set[str] = set()
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
            yield _with_phone_checked(item, tally)


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


def _chunks(rows: Iterator[ParsedRow]) -> Iterator[list[ParsedRow]]:
    while chunk := list(islice(rows, CHUNK)):
        yield chunk


def _insert_chunk(
    session: Session, chunk: list[ParsedRow], batch: ImportBatch, tally: _Tally
) -> None:
    open_niks = set(
        session.scalars(
            select(Record.nik).where(
                Record.nik.in_([row.nik for row in chunk]), Record.status.in_(OPEN_STATUSES)
            )
        )
    )
    fresh = [row for row in chunk if row.nik not in open_niks]
    tally.duplicates += len(chunk) - len(fresh)
    if fresh:
        _INSERT.run(session, [_values(row, batch) for row in fresh])
    tally.imported += len(fresh)


_INSERT = BulkInsert(RECORD_TABLE, ("nik", "name", "kecamatan", "kelurahan", "birth_date",
                     "female", "phone", "priority", "band", "lane", "entered_at", "status",
                     "attempts", "batch_id", "request"))  # fmt: skip


def _values(row: ParsedRow, batch: ImportBatch) -> tuple[Any, ...]:
    """A record's values in _INSERT's order."""
    return (
        row.nik, row.name, row.kecamatan, row.kelurahan, row.birth_date, row.nik[6] in "4567",
        row.phone, row.priority, priority_band(row.priority), 1,
        # Without a recording date, the import time sets the record's place in the queue.
        row.entered_at or batch.imported_at,
        QUEUED, 0, batch.id, row.request,
    )  # fmt: skip
