"""Read a CSV or XLSX import file into validated rows, one at a time (no database access).

`read_import_file` checks the file and its header at call time and raises `ImportFileError`
for a file-level problem. The rows are then read lazily, so a file of a million rows is never
held in memory; each row comes back as a `ParsedRow` or as a `RowError` with its reasons.
Duplicate NIKs are the service's business, not this module's.
"""

from __future__ import annotations

import codecs
import csv
import functools
import io
import itertools
import re
import warnings
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from types import TracebackType
from typing import Final, TypeVar

import openpyxl

from ektp_desk.domain import NORMAL
from ektp_desk.nik import NikError, NikInfo, parse_nik

MAX_NAME_LENGTH: Final = 200

_T = TypeVar("_T")
_Cells = Sequence[object]
_Rows = Generator[_Cells, None, None]
_Numbered = Iterator[tuple[int, _Cells]]

_HEADER_SEARCH_ROWS: Final = 10  # title rows above the header are tolerated up to this many
_CHUNK: Final = 1 << 20
_SAMPLE_CHARS: Final = 1 << 16
_XLSX_SUFFIXES: Final = frozenset({".xlsx", ".xlsm", ".xltx", ".xltm"})
_ZIP_MAGIC: Final = b"PK"
_OLE_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 .xls
_DELIMITERS: Final = (",", ";", "\t")
# Trimmed from every cell: all Unicode whitespace (NBSP included; none lies above U+3000)
# and the zero-width characters that copy-paste leaves behind.
_TRIM: Final = (
    "".join(filter(str.isspace, map(chr, range(0x3001)))) + "\u200b\u200c\u200d\u2060\ufeff"
)
_SCIENTIFIC: Final = re.compile(r"\d+(?:[.,]\d+)?[eE][+-]?\d+")
_ISO_DATE: Final = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?"
)
_DAY_FIRST_DATE: Final = re.compile(
    r"(\d{1,2})([/.-])(\d{1,2})\2(\d+)(?:[ T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?"
)

_FIELD_LABELS: Final = {
    "nik": "NIK",
    "name": "name",
    "kecamatan": "kecamatan",
    "kelurahan": "kelurahan",
    "entered_at": "recording date",
    "priority": "priority",
    "phone": "phone",
}
_REQUIRED_FIELDS: Final = ("nik", "name", "kecamatan")
_HEADER_ALIASES: Final = {
    alias: field
    for field, aliases in {
        "nik": ("nik", "no nik", "nomor nik"),
        "name": ("nama", "nama lengkap", "name", "full name"),
        "kecamatan": ("kecamatan", "kec", "district"),
        "kelurahan": ("kelurahan", "desa", "kelurahan/desa", "kel/desa", "village"),
        "entered_at": (
            *("tanggal rekam", "tgl rekam", "tanggal perekaman"),
            *("recorded", "recorded at", "entered at"),
        ),
        "priority": ("prioritas", "priority"),
        "phone": ("no hp", "nomor hp", "telepon", "telp", "phone", "hp", "whatsapp"),
    }.items()
    for alias in aliases
}
_PRIORITY_WORDS: Final = {
    NORMAL: ("normal", "biasa", "reguler", "umum", "tidak", "no", "0"),
    "priority": ("priority", "prioritas", "ya", "yes", "1"),
    "elderly": ("elderly", "lansia"),
    "disabled": ("disabled", "disabilitas", "difabel", "penyandang disabilitas"),
    "sick": ("sick", "sakit"),
    "urgent": ("urgent", "mendesak", "darurat"),
}
_PRIORITY_ALIASES: Final = {word: kind for kind, words in _PRIORITY_WORDS.items() for word in words}
_PRIORITY_HELP: Final = ", ".join(
    f"{kind} ({', '.join(words[1:])})" for kind, words in _PRIORITY_WORDS.items()
)


class ImportFileError(Exception):
    """The file as a whole cannot be imported; `str()` is one English sentence saying why."""


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


@dataclass(frozen=True)
class RowError:
    """A data row that failed; `reason` lists every problem found, separated by '; '."""

    row: int
    nik: str | None
    reason: str


class _RowProblem(Exception):
    """One reason why a row is rejected."""


@dataclass(frozen=True)
class _Source:
    rows: _Rows
    release: Callable[[], None]

    def close(self) -> None:
        self.rows.close()
        self.release()


@dataclass(frozen=True)
class _Layout:
    """Column index of each recognised field."""

    nik: int
    name: int
    kecamatan: int
    kelurahan: int | None
    entered_at: int | None
    priority: int | None
    phones: tuple[int, ...]

    def indexes(self) -> tuple[int | None, ...]:
        fields = (self.nik, self.name, self.kecamatan, self.kelurahan, self.entered_at)
        return (*fields, self.priority, *self.phones)


class ImportRows(Iterator[ParsedRow | RowError]):
    """The rows of an import file, read on demand; `close()` or `with` releases the file.

    The file is also released when the last row has been read. A file damaged after its
    header may still raise `ImportFileError` from `next()`.
    """

    def __init__(self, rows: Iterator[ParsedRow | RowError], source: _Source) -> None:
        self._rows = rows
        self._source: _Source | None = source

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
    source = _open_source(path)
    try:
        layout, numbered = _read_header(source.rows, path.name)
    except BaseException:
        source.close()
        raise
    return ImportRows(_evaluate_all(numbered, layout, _day(today)), source)


def _day(today: date | None) -> date:
    """`today` as a plain date (a datetime would not compare with dates), default today."""
    if today is None:
        return date.today()
    return today.date() if isinstance(today, datetime) else today


# --- opening the file -------------------------------------------------------------------


def _open_source(path: Path) -> _Source:
    head = _read_head(path)
    if head.startswith(_OLE_MAGIC):
        raise ImportFileError(
            f"'{path.name}' is an old Excel 97-2003 workbook; save it as .xlsx or CSV first."
        )
    if head.startswith(_ZIP_MAGIC) or path.suffix.lower() in _XLSX_SUFFIXES:
        return _open_xlsx(path)
    if not head:
        raise ImportFileError(f"'{path.name}' is empty.")
    return _open_csv(path, head)


def _read_head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(len(_OLE_MAGIC))
    except OSError as err:
        raise ImportFileError(f"Cannot open '{path.name}': {err.strerror or err}.") from err


def _guarded(rows: Iterator[_Cells], what: str, errors: tuple[type[Exception], ...]) -> _Rows:
    """Turn a reader failure in the middle of the file into an `ImportFileError`."""
    try:
        yield from rows
    except errors as err:
        raise ImportFileError(f"{what} is damaged and cannot be read further: {err}.") from err


def _open_xlsx(path: Path) -> _Source:
    handle = path.open("rb")
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except Exception as err:  # openpyxl raises many kinds on a damaged archive
        handle.close()
        raise ImportFileError(
            f"'{path.name}' is not a readable Excel workbook: {err or type(err).__name__}."
        ) from err

    def release() -> None:
        workbook.close()
        handle.close()

    if not workbook.worksheets:
        release()
        raise ImportFileError(f"'{path.name}' is an Excel workbook without a worksheet.")
    sheet = workbook.worksheets[0]
    sheet.reset_dimensions()  # a wrong <dimension> would otherwise cut rows or columns off
    rows = _guarded(sheet.iter_rows(values_only=True), f"'{path.name}'", (Exception,))
    return _Source(rows, release)


def _open_csv(path: Path, head: bytes) -> _Source:
    encoding = _detect_encoding(path, head)
    delimiter = _detect_delimiter(path, encoding)
    handle = path.open(encoding=encoding, newline="")
    reader = csv.reader(handle, delimiter=delimiter)
    rows = _guarded(reader, f"'{path.name}'", (csv.Error, UnicodeError, OSError))
    return _Source(rows, handle.close)


def _detect_encoding(path: Path, head: bytes) -> str:
    """UTF-16 with a byte-order mark, else UTF-8 (BOM optional), else Windows-1252."""
    utf16 = head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    for encoding in ("utf-16",) if utf16 else ("utf-8-sig", "cp1252"):
        if _decodes_cleanly(path, encoding):
            return encoding
    raise ImportFileError(
        f"'{path.name}' is neither a CSV text file (UTF-8 or Windows-1252) nor an Excel workbook."
    )


def _decodes_cleanly(path: Path, encoding: str) -> bool:
    """Whether the whole file decodes as `encoding` without NUL characters (streamed)."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        with path.open("rb") as handle:
            for chunk in iter(functools.partial(handle.read, _CHUNK), b""):
                if "\x00" in decoder.decode(chunk):
                    return False
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    except OSError as err:
        raise ImportFileError(f"Cannot read '{path.name}': {err.strerror or err}.") from err
    return True


def _detect_delimiter(path: Path, encoding: str) -> str:
    """The delimiter that splits the first lines into the most known column headings."""
    with path.open(encoding=encoding, newline="") as handle:
        sample = handle.read(_SAMPLE_CHARS)
    return max(_DELIMITERS, key=functools.partial(_delimiter_score, sample))


def _delimiter_score(sample: str, delimiter: str) -> tuple[int, int]:
    try:
        rows = list(itertools.islice(csv.reader(io.StringIO(sample), delimiter=delimiter), 10))
    except csv.Error:
        return (0, 0)
    known = max((len(_match_header(row)) for row in rows), default=0)
    return (known, max((len(row) for row in rows), default=0))


# --- the header -------------------------------------------------------------------------


def _read_header(rows: _Rows, file_name: str) -> tuple[_Layout, _Numbered]:
    """Find the header row and the first data row; return the layout and all data rows."""
    numbered = enumerate(rows, start=1)
    layout = _layout(_find_header_cells(numbered, file_name), file_name)
    for number, cells in numbered:
        if not _is_blank_row(cells, layout):
            return layout, itertools.chain([(number, cells)], numbered)
    raise ImportFileError(f"'{file_name}' has a header row but no data rows.")


def _find_header_cells(numbered: _Numbered, file_name: str) -> _Cells:
    seen: list[_Cells] = []
    for _number, cells in numbered:
        if not any(_text(cell) for cell in cells):
            continue
        if {"nik", "name"} <= _match_header(cells).keys():
            return cells
        seen.append(cells)
        if len(seen) == _HEADER_SEARCH_ROWS:
            break
    if not seen:
        raise ImportFileError(f"'{file_name}' is empty: it has no header row.")
    return max(seen, key=lambda cells: len(_match_header(cells)))  # the most header-like row


def _match_header(cells: _Cells) -> dict[str, list[int]]:
    matched: dict[str, list[int]] = {}
    for index, cell in enumerate(cells):
        field = _HEADER_ALIASES.get(_header_key(cell))
        if field is not None:
            matched.setdefault(field, []).append(index)
    return matched


def _header_key(cell: object) -> str:
    """'  No._HP ' -> 'no hp'; 'Kel. / Desa' -> 'kel/desa'."""
    words = re.sub(r"[\s._]+", " ", _text(cell)).strip().lower()
    return re.sub(r" ?/ ?", "/", words)


def _layout(header: _Cells, file_name: str) -> _Layout:
    matched = _match_header(header)
    missing = [_FIELD_LABELS[field] for field in _REQUIRED_FIELDS if field not in matched]
    if missing:
        lacks = " and ".join(f"no {label} column" for label in missing)
        raise ImportFileError(f"'{file_name}' has {lacks} ({_describe_columns(header)}).")
    for field, indexes in matched.items():
        if len(indexes) > 1 and field != "phone":
            names = ", ".join(f"'{_text(header[index])}'" for index in indexes)
            label = _FIELD_LABELS[field]
            raise ImportFileError(f"'{file_name}' has more than one {label} column ({names}).")
    return _Layout(
        nik=matched["nik"][0],
        name=matched["name"][0],
        kecamatan=matched["kecamatan"][0],
        kelurahan=_first(matched, "kelurahan"),
        entered_at=_first(matched, "entered_at"),
        priority=_first(matched, "priority"),
        phones=tuple(matched.get("phone", ())),
    )


def _first(matched: dict[str, list[int]], field: str) -> int | None:
    return matched[field][0] if field in matched else None


def _describe_columns(header: _Cells, limit: int = 12) -> str:
    names = [_text(cell) for cell in header if _text(cell)]
    if not names:
        return "no column headings found"
    shown = [f"'{name[:40]}'" for name in names[:limit]]
    more = ", ..." if len(names) > limit else ""
    return f"columns found: {', '.join(shown)}{more}"


# --- the rows ---------------------------------------------------------------------------


def _evaluate_all(
    numbered: _Numbered, layout: _Layout, today: date
) -> Iterator[ParsedRow | RowError]:
    for number, cells in numbered:
        if not _is_blank_row(cells, layout):
            yield _evaluate(number, cells, layout, today)


def _is_blank_row(cells: _Cells, layout: _Layout) -> bool:
    return not any(_text(_cell(cells, index)) for index in layout.indexes())


def _evaluate(number: int, cells: _Cells, layout: _Layout, today: date) -> ParsedRow | RowError:
    reasons: list[str] = []
    nik_cell = _cell(cells, layout.nik)
    info = _attempt(reasons, lambda: _read_nik(nik_cell, today))
    name = _attempt(reasons, lambda: _read_name(_cell(cells, layout.name)))
    kecamatan = _attempt(reasons, lambda: _read_kecamatan(_cell(cells, layout.kecamatan)))
    entered_at = _attempt(reasons, lambda: _read_entered_at(_cell(cells, layout.entered_at), today))
    priority = _attempt(reasons, lambda: _read_priority(_cell(cells, layout.priority)))
    if reasons or info is None or name is None or kecamatan is None or priority is None:
        return RowError(number, _text(nik_cell) or None, "; ".join(reasons))
    kelurahan = _collapse(_text(_cell(cells, layout.kelurahan))) or None
    phone = next(filter(None, (_text(_cell(cells, i)) for i in layout.phones)), None)
    return ParsedRow(
        number, info.nik, name, kecamatan, kelurahan, entered_at, priority, phone, info.birth_date
    )


def _attempt(reasons: list[str], read: Callable[[], _T]) -> _T | None:
    try:
        return read()
    except _RowProblem as problem:
        reasons.append(str(problem))
        return None


def _cell(cells: _Cells, index: int | None) -> object:
    return cells[index] if index is not None and index < len(cells) else None


def _text(cell: object) -> str:
    """The cell as trimmed text: whole floats lose '.0', whitespace incl. NBSP is stripped."""
    if isinstance(cell, str):
        return cell.strip(_TRIM)
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip(_TRIM)


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _read_nik(cell: object, today: date) -> NikInfo:
    text = _text(cell)
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        raise _RowProblem(
            f"NIK cell holds the number {text}, not text: Excel keeps only 15 significant "
            "digits, so the 16th digit may be lost; format the NIK column as Text and "
            "type the NIK again"
        )
    if _SCIENTIFIC.fullmatch(text):
        raise _RowProblem(
            f"NIK '{text}' was saved by Excel in scientific notation and has lost digits; "
            "format the NIK column as Text and export the file again"
        )
    try:
        return parse_nik(text.removeprefix("'"), today=today)
    except NikError as err:
        reason = err.reason if err.reason.startswith("NIK") else f"invalid NIK: {err}"
        raise _RowProblem(reason) from None


def _read_name(cell: object) -> str:
    name = _collapse(_text(cell))
    if not name:
        raise _RowProblem("name is missing")
    if len(name) > MAX_NAME_LENGTH:
        raise _RowProblem(f"name is too long ({len(name)} characters; at most {MAX_NAME_LENGTH})")
    return name


def _read_kecamatan(cell: object) -> str:
    kecamatan = _collapse(_text(cell))
    if not kecamatan:
        raise _RowProblem("kecamatan is missing")
    return kecamatan


def _read_priority(cell: object) -> str:
    text = _text(cell)
    kind = _PRIORITY_ALIASES.get(_collapse(text).lower()) if text else NORMAL
    if kind is None:
        raise _RowProblem(f"unknown priority '{text}'; allowed values: {_PRIORITY_HELP}")
    return kind


def _read_entered_at(cell: object, today: date) -> datetime | None:
    text = _text(cell)
    if not text:
        return None
    if isinstance(cell, datetime):
        value = cell.replace(tzinfo=None)
    elif isinstance(cell, date):
        value = datetime.combine(cell, time())
    elif isinstance(cell, str):
        value = _parse_date_text(text)
    else:
        raise _RowProblem(f"recording date '{text}' is not a date; write it as DD/MM/YYYY")
    if value.date() > today:
        shown = text if isinstance(cell, str) else f"{value:%d/%m/%Y}"
        raise _RowProblem(f"recording date '{shown}' is in the future (today is {today:%d/%m/%Y})")
    return value


def _parse_date_text(text: str) -> datetime:
    """Day-first `DD/MM/YYYY` (also '-' or '.') or ISO `YYYY-MM-DD`, optionally with a time."""
    if iso := _ISO_DATE.fullmatch(text):
        year, month, day = iso.group(1, 2, 3)
        return _build_datetime(text, year, month, day, iso.group(4, 5, 6))
    if day_first := _DAY_FIRST_DATE.fullmatch(text):
        day, month, year = day_first.group(1, 3, 4)
        if len(year) == 2:
            raise _RowProblem(f"recording date '{text}' has a two-digit year; write DD/MM/YYYY")
        if len(year) == 4:
            return _build_datetime(text, year, month, day, day_first.group(5, 6, 7))
    raise _RowProblem(
        f"recording date '{text}' is not a date; write DD/MM/YYYY (optionally with HH:MM) "
        "or YYYY-MM-DD"
    )


def _build_datetime(
    text: str, year: str, month: str, day: str, clock: tuple[str | None, ...]
) -> datetime:
    if not 1 <= int(month) <= 12:
        raise _RowProblem(
            f"recording date '{text}' has no month {month}; write dates day first as DD/MM/YYYY"
        )
    try:
        on = date(int(year), int(month), int(day))
    except ValueError:
        raise _RowProblem(f"recording date '{text}' does not exist") from None
    try:
        hour, minute, second = (int(part or 0) for part in clock)
        at = time(hour, minute, second)
    except ValueError:
        raise _RowProblem(f"recording date '{text}' has an impossible time of day") from None
    return datetime.combine(on, at)
