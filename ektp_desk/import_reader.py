"""Read a CSV or XLSX import file into validated rows, one at a time (no database access).

`read_import_file` checks the file and its header at call time and raises `ImportFileError`
for a file-level problem. The rows are then read lazily, so a file of a million rows is never
held in memory; each row comes back as a `ParsedRow` or as a `RowError` with its reasons.
Opening the file is `import_files`' job, finding the header `import_header`'s, and what a
cell means `import_cells`'; duplicate NIKs are the service's business, not the reader's.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from ektp_desk.i18n import Message
from ektp_desk.import_cells import (
    MAX_NAME_LENGTH,
    RowProblem,
    cell_text,
    read_entered_at,
    read_kecamatan,
    read_kelurahan,
    read_name,
    read_nik,
    read_priority,
    read_request,
    shown,
)
from ektp_desk.import_files import Cells, ImportFileError, Source, open_source
from ektp_desk.import_header import Layout, Numbered, read_header

__all__ = [
    "MAX_NAME_LENGTH",
    "ImportFileError",
    "ImportRows",
    "ParsedRow",
    "RowError",
    "read_import_file",
]

_T = TypeVar("_T")


@dataclass(frozen=True)
class ParsedRow:
    """A data row that passed every check."""

    row: int
    nik: str
    name: str
    kecamatan: str
    kelurahan: str | None
    entered_at: datetime | None
    priority: str
    phone: str | None
    birth_date: date
    request: str | None = None  # why the card is printed, when the file says


@dataclass(frozen=True)
class RowError:
    """A data row that failed; `reason` lists every problem found, separated by '; '.

    `messages` are the same problems to translate, one sentence each; `reason` is their
    English text, so two errors with equal reasons are equal.
    """

    row: int
    nik: str | None
    reason: str
    messages: tuple[Message, ...] = field(default=(), compare=False)


class ImportRows(Iterator[ParsedRow | RowError]):
    """The rows of an import file, read on demand; `close()` or `with` releases the file.

    The file is also released when the last row has been read. A file damaged after its
    header may still raise `ImportFileError` from `next()`.
    """

    def __init__(self, rows: Iterator[ParsedRow | RowError], source: Source) -> None:
        self._rows = rows
        self._source: Source | None = source

    def __next__(self) -> ParsedRow | RowError:
        if self._source is None:
            raise StopIteration
        try:
            return next(self._rows)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        source, self._source = self._source, None
        if source is not None:
            source.close()

    def __enter__(self) -> ImportRows:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __del__(self) -> None:
        self.close()


def read_import_file(path: Path, *, today: date | None = None) -> ImportRows:
    """Open `path` (CSV or XLSX), check its header and return its validated data rows.

    Raises `ImportFileError` now, not on the first `next()`, when the file cannot be read,
    lacks the NIK, name or kecamatan column, or has no data rows. Row numbers are those a
    spreadsheet shows (the header is usually row 1); rows whose recognised cells are all
    blank are skipped. `today` (default: the current date) bounds NIK birth dates and
    recording dates.
    """
    source = open_source(path)
    try:
        layout, numbered = read_header(source.rows, path.name)
    except BaseException:
        source.close()
        raise
    return ImportRows(_evaluate_all(numbered, layout, _day(today)), source)


def _day(today: date | None) -> date:
    """`today` as a plain date (a datetime would not compare with dates), default today."""
    if today is None:
        return date.today()
    return today.date() if isinstance(today, datetime) else today


# --- the rows ---------------------------------------------------------------------------


def _evaluate_all(
    numbered: Numbered, layout: Layout, today: date
) -> Iterator[ParsedRow | RowError]:
    for number, cells in numbered:
        if not layout.is_blank(cells):
            yield _evaluate(number, cells, layout, today)


def _evaluate(number: int, cells: Cells, layout: Layout, today: date) -> ParsedRow | RowError:
    try:
        return _valid_row(number, cells, layout, today)
    except RowProblem:  # read again cell by cell, to name every problem of the row
        return _checked_row(number, cells, layout, today)


def _valid_row(number: int, cells: Cells, layout: Layout, today: date) -> ParsedRow:
    """The row when every cell is good: the same readers as _checked_row, called straight
    (a million rows spend seconds in the bookkeeping that collects the problems)."""
    width = len(cells)

    def cell(index: int | None) -> object:
        return cells[index] if index is not None and index < width else None

    info = read_nik(cell(layout.nik), today)
    name = read_name(cell(layout.name))
    kecamatan = read_kecamatan(cell(layout.kecamatan))
    kelurahan = read_kelurahan(cell(layout.kelurahan))
    entered_at = read_entered_at(cell(layout.entered_at), today)
    priority = read_priority(cell(layout.priority))
    request = read_request(cell(layout.request)) if layout.request is not None else None
    phone = next(filter(None, (cell_text(cell(i)) for i in layout.phones)), None)
    return ParsedRow(number, info.nik, name, kecamatan, kelurahan, entered_at, priority, phone,
                     info.birth_date, request)  # fmt: skip


def _checked_row(number: int, cells: Cells, layout: Layout, today: date) -> ParsedRow | RowError:
    cell = functools.partial(layout.cell, cells)
    problems: list[Message] = []
    info = _attempt(problems, lambda: read_nik(cell(layout.nik), today))
    name = _attempt(problems, lambda: read_name(cell(layout.name)))
    kecamatan = _attempt(problems, lambda: read_kecamatan(cell(layout.kecamatan)))
    kelurahan = _attempt(problems, lambda: read_kelurahan(cell(layout.kelurahan)))
    entered_at = _attempt(problems, lambda: read_entered_at(cell(layout.entered_at), today))
    priority = _attempt(problems, lambda: read_priority(cell(layout.priority)))
    request = _attempt(problems, lambda: read_request(cell(layout.request)))
    if problems or info is None or name is None or kecamatan is None or priority is None:
        reason = "; ".join(map(str, problems))
        nik = shown(cell_text(cell(layout.nik))) or None
        return RowError(number, nik, reason, tuple(problems))
    phone = next(filter(None, (cell_text(cell(i)) for i in layout.phones)), None)
    return ParsedRow(number, info.nik, name, kecamatan, kelurahan, entered_at, priority, phone,
                     info.birth_date, request)  # fmt: skip


def _attempt(problems: list[Message], read: Callable[[], _T]) -> _T | None:
    try:
        return read()
    except RowProblem as problem:
        problems.append(problem.message)
        return None
