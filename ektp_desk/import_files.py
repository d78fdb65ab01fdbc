"""Opening an import file as a stream of raw rows: CSV (encoding and delimiter detected) or XLSX.

A file that cannot be read raises `ImportFileError`, whose `message` is one translatable
sentence naming the file. Nothing here knows what the columns mean beyond recognising
headings to pick the CSV delimiter. Memory stays bounded whatever the file holds: a CSV row
is cut off at `MAX_ROW_CHARS`, and a workbook that would unpack to far too much is refused
before openpyxl opens it (`import_archive`).
"""

from __future__ import annotations

import codecs
import csv
import functools
import io
import itertools
import warnings
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final, TextIO

import openpyxl

from ektp_desk.i18n import QT_TRANSLATE_NOOP, Message
from ektp_desk.import_archive import unpacks_too_far
from ektp_desk.import_cells import match_header

Cells = Sequence[object]
Rows = Generator[Cells, None, None]

# A CSV row (a line, or several inside quotes) may be this long; csv's own cell limit is
# 131,072 characters, so a cell never reaches it unnoticed.
MAX_ROW_CHARS: Final = 100_000
_CHUNK: Final = 1 << 20
_SAMPLE_CHARS: Final = 1 << 16
_XLSX_SUFFIXES: Final = frozenset({".xlsx", ".xlsm", ".xltx", ".xltm"})
# A zip archive starts with a part's header, or with the end record when it is empty; a
# text file may well start with "PK" (a PKH column).
_ZIP_MAGIC: Final = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_OLE_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 .xls
_DELIMITERS: Final = (",", ";", "\t")
_CSV_ERRORS: Final = (csv.Error, UnicodeError, OSError)  # reading on: the file is damaged


class ImportFileError(Exception):
    """The file as a whole cannot be imported; `str()` is one English sentence saying why.

    `message` is the same sentence to translate; its template names the file (`{file}`).
    """

    def __init__(self, template: str, /, **params: object) -> None:
        self.message = Message(template, params)
        super().__init__(str(self.message))


@dataclass(frozen=True)
class Source:
    """The raw rows of an open file and how to release the file."""

    rows: Rows
    release: Callable[[], None]

    def close(self) -> None:
        self.rows.close()
        self.release()


def open_source(path: Path) -> Source:
    """Open `path` as a workbook (by content or suffix) or as CSV text."""
    head = _read_head(path)
    if head.startswith(_OLE_MAGIC):
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "core", "'{file}' is an old Excel 97-2003 workbook; save it as .xlsx or CSV first."
            ),
            file=path.name,
        )
    if head.startswith(_ZIP_MAGIC) or path.suffix.lower() in _XLSX_SUFFIXES:
        return _open_xlsx(path)
    if not head:
        raise ImportFileError(QT_TRANSLATE_NOOP("core", "'{file}' is empty."), file=path.name)
    return _open_csv(path, head)


def _read_head(path: Path) -> bytes:
    try:
        if path.exists() and not path.is_file():  # a FIFO would block the open for good
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "core", "'{file}' is not a file (a folder, device or pipe); choose the export."
                ),
                file=path.name,
            )
        with path.open("rb") as handle:
            return handle.read(len(_OLE_MAGIC))
    except OSError as err:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("core", "Cannot open '{file}': {error}."),
            file=path.name,
            error=err.strerror or err,
        ) from err


def _guarded(rows: Iterator[Cells], file: str, errors: tuple[type[Exception], ...]) -> Rows:
    """Turn a reader failure in the middle of the file into an `ImportFileError`."""
    try:
        yield from rows
    except ImportFileError:
        raise
    except errors as err:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("core", "'{file}' is damaged and cannot be read further: {error}."),
            file=file,
            error=err,
        ) from err


def _open_xlsx(path: Path) -> Source:
    if unpacks_too_far(path):
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "core",
                "'{file}' was not opened: it unpacks to far more data than an export holds, "
                'as a "zip bomb" does. Save the sheet as CSV and import that instead.',
            ),
            file=path.name,
        )
    handle = path.open("rb")
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except Exception as err:  # openpyxl raises many kinds on a damaged archive
        handle.close()
        raise ImportFileError(
            QT_TRANSLATE_NOOP("core", "'{file}' is not a readable Excel workbook: {error}."),
            file=path.name,
            error=str(err) or type(err).__name__,
        ) from err

    def release() -> None:
        workbook.close()
        handle.close()

    if not workbook.worksheets:
        release()
        raise ImportFileError(
            QT_TRANSLATE_NOOP("core", "'{file}' is an Excel workbook without a worksheet."),
            file=path.name,
        )
    sheet = workbook.worksheets[0]
    sheet.reset_dimensions()  # a wrong <dimension> would otherwise cut rows or columns off
    rows = _guarded(_quietly(sheet.iter_rows(values_only=True)), path.name, (Exception,))
    return Source(rows, release)


def _quietly(rows: Rows) -> Rows:
    """The rows, without openpyxl's warnings: a date out of range is then '#VALUE!', and an
    unsupported extension is dropped, in tests (where warnings are errors) as for users."""
    try:
        while True:
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
                row = next(rows, None)
            if row is None:
                return
            yield row
    finally:
        rows.close()


def _open_csv(path: Path, head: bytes) -> Source:
    encoding = _detect_encoding(path, head)
    delimiter = _detect_delimiter(path, encoding)
    handle = path.open(encoding=encoding, newline="")
    lines = _Lines(handle, path.name)
    rows = _guarded(lines.rows(csv.reader(lines, delimiter=delimiter)), path.name, _CSV_ERRORS)
    return Source(rows, handle.close)


class _Lines(Iterator[str]):
    """The lines of a CSV file for `csv.reader`, refusing a row longer than `MAX_ROW_CHARS`.

    Without the limit one line of a 200 MB file without line breaks (or a quote left open)
    would be read whole, and split into millions of cells.
    """

    def __init__(self, handle: TextIO, file: str) -> None:
        self._handle = handle
        self._file = file
        self._lines = 0  # read so far
        self._row_start = 1  # the line the current row starts on
        self._row_chars = 0  # read so far for the current row

    def __next__(self) -> str:
        line = self._handle.readline(MAX_ROW_CHARS + 1 - self._row_chars)
        if not line:
            raise StopIteration
        self._lines += 1
        self._row_chars += len(line)
        if self._row_chars > MAX_ROW_CHARS:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "'{file}' has a row longer than {limit} characters, starting on line "
                    '{line}; check that every quote (") in it is closed.',
                ),
                file=self._file,
                limit=MAX_ROW_CHARS,
                line=self._row_start,
            )
        return line

    def rows(self, reader: Iterator[list[str]]) -> Iterator[list[str]]:
        """The rows `reader` makes of these lines, each row's length counted afresh."""
        for cells in reader:
            yield cells
            self._row_chars, self._row_start = 0, self._lines + 1


def _detect_encoding(path: Path, head: bytes) -> str:
    """UTF-16 with a byte-order mark, else UTF-8 (BOM optional), else Windows-1252."""
    utf16 = head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    for encoding in ("utf-16",) if utf16 else ("utf-8-sig", "cp1252"):
        if _decodes_cleanly(path, encoding):
            if encoding == "cp1252":
                _refuse_mixed_encodings(path)
            return encoding
    raise ImportFileError(
        QT_TRANSLATE_NOOP(
            "core",
            "'{file}' is neither a CSV text file (UTF-8 or Windows-1252) nor an Excel workbook.",
        ),
        file=path.name,
    )


def _refuse_mixed_encodings(path: Path) -> None:
    """A file that is not UTF-8 as a whole but holds UTF-8 lines (rows pasted from another
    export) would read "JosÃ©": refused, naming the first line that is not UTF-8."""
    utf8_line = other_line = 0
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if line.isascii():
                continue
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                other_line = other_line or number
            else:
                utf8_line = utf8_line or number
            if utf8_line and other_line:
                raise ImportFileError(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "'{file}' mixes UTF-8 and Windows-1252 text (line {utf8} is UTF-8, line "
                        "{line} is not); save the whole file again as CSV UTF-8.",
                    ),
                    file=path.name,
                    utf8=utf8_line,
                    line=other_line,
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
        raise ImportFileError(
            QT_TRANSLATE_NOOP("core", "Cannot read '{file}': {error}."),
            file=path.name,
            error=err.strerror or err,
        ) from err
    return True


def _detect_delimiter(path: Path, encoding: str) -> str:
    """The delimiter that splits the first lines into the most known column headings."""
    with path.open(encoding=encoding, newline="") as handle:
        sample = handle.read(_SAMPLE_CHARS)
    return max(_DELIMITERS, key=functools.partial(_delimiter_score, sample))


def _delimiter_score(sample: str, delimiter: str) -> tuple[int, int]:
    try:
        # newline="": a file whose lines end in a bare CR (old Mac) is still split into lines
        lines = io.StringIO(sample, newline="")
        rows = list(itertools.islice(csv.reader(lines, delimiter=delimiter), 10))
    except csv.Error:
        return (0, 0)
    known = max((len(match_header(row)) for row in rows), default=0)
    return (known, max((len(row) for row in rows), default=0))
