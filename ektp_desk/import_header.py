"""Finding the header row of an import file and the column of each field it names.

Title rows above the header are skipped; a header that lacks a required column or names a
field twice raises `ImportFileError` with one translatable sentence naming the file and the
columns found.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Final

from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.import_cells import cell_text, match_header
from ektp_desk.import_files import Cells, ImportFileError, Rows

Numbered = Iterator[tuple[int, Cells]]

_HEADER_SEARCH_ROWS: Final = 10  # title rows above the header are tolerated up to this many
_SHOWN_COLUMNS: Final = 12
_REQUIRED_FIELDS: Final = ("nik", "name", "kecamatan")
# The required columns a header lacks -> the sentence saying so.
_MISSING_COLUMNS: Final = {
    ("nik",): QT_TRANSLATE_NOOP("core", "'{file}' has no NIK column (columns found: {columns})."),
    ("name",): QT_TRANSLATE_NOOP("core", "'{file}' has no name column (columns found: {columns})."),
    ("kecamatan",): QT_TRANSLATE_NOOP(
        "core", "'{file}' has no kecamatan column (columns found: {columns})."
    ),
    ("nik", "name"): QT_TRANSLATE_NOOP(
        "core", "'{file}' has no NIK column and no name column (columns found: {columns})."
    ),
    ("nik", "kecamatan"): QT_TRANSLATE_NOOP(
        "core", "'{file}' has no NIK column and no kecamatan column (columns found: {columns})."
    ),
    ("name", "kecamatan"): QT_TRANSLATE_NOOP(
        "core", "'{file}' has no name column and no kecamatan column (columns found: {columns})."
    ),
    ("nik", "name", "kecamatan"): QT_TRANSLATE_NOOP(
        "core",
        "'{file}' has no NIK column and no name column and no kecamatan column "
        "(columns found: {columns}).",
    ),
}
# A field that must not have two columns -> the sentence saying it has.
_DUPLICATE_COLUMNS: Final = {
    "nik": QT_TRANSLATE_NOOP("core", "'{file}' has more than one NIK column ({columns})."),
    "name": QT_TRANSLATE_NOOP("core", "'{file}' has more than one name column ({columns})."),
    "kecamatan": QT_TRANSLATE_NOOP(
        "core", "'{file}' has more than one kecamatan column ({columns})."
    ),
    "kelurahan": QT_TRANSLATE_NOOP(
        "core", "'{file}' has more than one kelurahan column ({columns})."
    ),
    "entered_at": QT_TRANSLATE_NOOP(
        "core", "'{file}' has more than one recording date column ({columns})."
    ),
    "priority": QT_TRANSLATE_NOOP(
        "core", "'{file}' has more than one priority column ({columns})."
    ),
    "request": QT_TRANSLATE_NOOP(
        "core", "'{file}' has more than one request (jenis permohonan) column ({columns})."
    ),
}


@dataclass(frozen=True)
class Layout:
    """Column index of each recognised field."""

    nik: int
    name: int
    kecamatan: int
    kelurahan: int | None
    entered_at: int | None
    priority: int | None
    phones: tuple[int, ...]
    request: int | None = None  # jenis permohonan

    def indexes(self) -> tuple[int | None, ...]:
        fields = (self.nik, self.name, self.kecamatan, self.kelurahan, self.entered_at)
        return (*fields, self.priority, self.request, *self.phones)

    def cell(self, cells: Cells, index: int | None) -> object:
        """The cell at `index`, or None for a missing column or a short row."""
        return cells[index] if index is not None and index < len(cells) else None

    def is_blank(self, cells: Cells) -> bool:
        """Whether every recognised cell of a row is blank."""
        return not any(cell_text(self.cell(cells, index)) for index in self.indexes())


def read_header(rows: Rows, file_name: str) -> tuple[Layout, Numbered]:
    """Find the header row and the first data row; return the layout and all data rows."""
    numbered = enumerate(rows, start=1)
    layout = _layout(_find_header_cells(numbered, file_name), file_name)
    for number, cells in numbered:
        if not layout.is_blank(cells):
            return layout, itertools.chain([(number, cells)], numbered)
    raise ImportFileError(
        QT_TRANSLATE_NOOP("core", "'{file}' has a header row but no data rows."), file=file_name
    )


def _find_header_cells(numbered: Numbered, file_name: str) -> Cells:
    best: Cells | None = None  # the most header-like row so far (the first of equals)
    best_known = seen = 0
    for _number, cells in numbered:
        if not any(cell_text(cell) for cell in cells):
            continue
        known = match_header(cells).keys()
        if {"nik", "name"} <= known:
            return cells
        if best is None or len(known) > best_known:
            best, best_known = cells, len(known)
        seen += 1
        if seen == _HEADER_SEARCH_ROWS:
            break
    if best is None:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("core", "'{file}' is empty: it has no header row."), file=file_name
        )
    return best


def _layout(header: Cells, file_name: str) -> Layout:
    matched = match_header(header)
    missing = tuple(field for field in _REQUIRED_FIELDS if field not in matched)
    if missing:
        columns = _quoted(cell for cell in header if cell_text(cell))
        raise ImportFileError(_MISSING_COLUMNS[missing], file=file_name, columns=columns)
    for name, indexes in matched.items():
        if len(indexes) > 1 and name != "phone":
            columns = _quoted(header[index] for index in indexes)
            raise ImportFileError(_DUPLICATE_COLUMNS[name], file=file_name, columns=columns)
    return Layout(
        nik=matched["nik"][0],
        name=matched["name"][0],
        kecamatan=matched["kecamatan"][0],
        kelurahan=_first(matched, "kelurahan"),
        entered_at=_first(matched, "entered_at"),
        priority=_first(matched, "priority"),
        phones=tuple(matched.get("phone", ())),
        request=_first(matched, "request"),
    )


def _first(matched: dict[str, list[int]], field: str) -> int | None:
    return matched[field][0] if field in matched else None


def _quoted(headings: Iterable[object]) -> str:
    """The headings as `'NIK', 'Nama', ...`: at most a dozen, each cut at 40 characters."""
    names = [cell_text(cell) for cell in headings]
    shown = ", ".join(f"'{name[:40]}'" for name in names[:_SHOWN_COLUMNS])
    return shown + (", ..." if len(names) > _SHOWN_COLUMNS else "")
