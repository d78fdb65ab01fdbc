"""Checking a workbook archive before openpyxl opens it, so a hostile .xlsx cannot exhaust memory.

openpyxl reads a workbook's zip directory and most of its parts whole, keeps every shared
string, and while it streams a worksheet it keeps every element that is not a row, and a whole
row until it ends. A file of a few hundred kilobytes can unpack to gigabytes (a "zip bomb"), to
a row of ten million cells, or to a row numbered in the trillions that openpyxl would pad with
empty rows for ever. `unpacks_too_far` finds such a file before openpyxl reads it: it reads
the zip directory's size from the end record, checks the size each part declares (zipfile
never unpacks more than that), and streams each part once through expat, counting what
openpyxl would hold. An archive that is merely damaged passes: openpyxl's own error says what
is wrong with it, as it did before these checks.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO, Final
from xml.parsers import expat

_MAX_RECORDS: Final = 1_048_576  # rows (as many as an Excel sheet has) or shared strings
_MAX_DIRECTORY_BYTES: Final = 1 << 20  # the zip directory: some ten thousand parts
_MAX_PART_BYTES: Final = 1 << 30  # one part, unpacked
_MAX_RATIO: Final = 100  # unpacked : packed, beyond the grace size (Apache POI's limit too)
_RATIO_GRACE: Final = 1 << 20
_MAX_DEPTH: Final = 64
_MAX_ROW_ELEMENTS: Final = 100_000  # the elements inside one row (at most 16,384 cells)
_MAX_ROW_BYTES: Final = 16 << 20
_MAX_HELD_ELEMENTS: Final = 1_000_000  # elements outside rows and strings, all parts together
_MAX_HELD_BYTES: Final = 128 << 20  # XML outside rows, all parts together (strings included)
_READ: Final = 1 << 16
_END_RECORD: Final = b"PK\x05\x06"
_END_RECORD_SIZE: Final = 22
_MAIN: Final = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_ROW: Final = f"{_MAIN} row"
_STRING: Final = f"{_MAIN} si"
# What unzipping or parsing a damaged part raises; openpyxl reports those itself.
_DAMAGED: Final = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    NotImplementedError,
    RuntimeError,
    ValueError,
    expat.ExpatError,
)


class _TooBig(Exception):
    """A limit was passed."""


def unpacks_too_far(path: Path) -> bool:
    """Whether the workbook at `path` would unpack to far more than openpyxl should hold."""
    try:
        with path.open("rb") as handle:
            _check_directory(handle)
            with zipfile.ZipFile(handle) as archive:
                parts = archive.infolist()
                for part in parts:
                    _check_declared_size(part)
                scan = _Scan()
                for part in parts:
                    scan.part(archive, part)
    except _TooBig:
        return True
    except _DAMAGED:
        pass  # not a zip, or a damaged one: openpyxl says so
    return False


def _check_directory(handle: BinaryIO) -> None:
    """The zip directory, which zipfile reads whole, must be of a workbook's size."""
    size = handle.seek(0, 2)
    tail_size = min(size, _END_RECORD_SIZE + 0xFFFF)  # the end record and its comment
    handle.seek(size - tail_size)
    tail = handle.read(tail_size)
    at = tail.rfind(_END_RECORD)
    if at >= 0 and at + _END_RECORD_SIZE <= len(tail):
        (directory_size,) = struct.unpack_from("<I", tail, at + 12)
        if directory_size > _MAX_DIRECTORY_BYTES:
            raise _TooBig
    handle.seek(0)


def _check_declared_size(part: zipfile.ZipInfo) -> None:
    size = part.file_size  # zipfile unpacks no more than this, whatever the data says
    packed = max(part.compress_size, 1)
    if size > _MAX_PART_BYTES or (size > _RATIO_GRACE and size > _MAX_RATIO * packed):
        raise _TooBig


class _Scan:
    """Counts, across the parts of one archive, what openpyxl would keep in memory.

    A row (`<row>`) is read and dropped, so only its own size is limited; a shared string
    (`<si>`) is dropped as an element but its text is kept; every other element is kept.
    """

    def __init__(self) -> None:
        self.held_elements = 0
        self.held_bytes = 0

    def part(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
        """Stream one part through expat; stop quietly where it is not (or no longer) XML."""
        walk = _Walk(self)
        try:
            with archive.open(info) as stream:
                while chunk := stream.read(_READ):
                    walk.feed(chunk)
                walk.feed(b"", final=True)
        except expat.ExpatError:
            walk.stop(walk.parser.ErrorByteIndex)  # an image, or broken XML: openpyxl stops too
        except _DAMAGED:
            pass  # unzipping failed: so will openpyxl
        self.held_bytes += walk.held_bytes()
        if self.held_bytes > _MAX_HELD_BYTES:
            raise _TooBig


class _Walk:
    """One part's pass through expat."""

    def __init__(self, scan: _Scan) -> None:
        self.scan = scan
        self.parser = expat.ParserCreate(namespace_separator=" ")
        self.parser.ordered_attributes = True
        self.parser.StartElementHandler = self.start
        self.parser.EndElementHandler = self.end
        self.fed = 0  # bytes given to expat
        self.depth = 0
        self.records = 0  # rows and shared strings
        self.record_depth = 0  # the depth of the open row or string; 0 when none is open
        self.record_start = 0
        self.record_elements = 0
        self.in_row = False
        self.row_bytes = 0  # the bytes of finished rows: openpyxl has dropped them

    def feed(self, chunk: bytes, *, final: bool = False) -> None:
        self.fed += len(chunk)
        self.parser.Parse(chunk, final)
        open_record = self.fed - self.record_start if self.record_depth else 0
        if open_record > _MAX_ROW_BYTES:
            raise _TooBig
        if self.scan.held_bytes + self.held_bytes() > _MAX_HELD_BYTES:
            raise _TooBig

    def stop(self, at: int) -> None:
        """The part is XML only up to byte `at` (-1: unknown)."""
        if 0 <= at < self.fed:
            self.fed = at

    def held_bytes(self) -> int:
        open_row = self.fed - self.record_start if self.in_row else 0
        return self.fed - self.row_bytes - open_row

    def start(self, name: str, attributes: list[str]) -> None:
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise _TooBig
        if self.record_depth:
            self.record_elements += 1
            if self.record_elements > _MAX_ROW_ELEMENTS:
                raise _TooBig
        elif name in (_ROW, _STRING):
            self.records += 1
            if self.records > _MAX_RECORDS:
                raise _TooBig
            if name == _ROW and _row_number(attributes) > _MAX_RECORDS:
                raise _TooBig  # openpyxl would yield empty rows up to that number
            self.record_depth, self.record_start = self.depth, self.parser.CurrentByteIndex
            self.record_elements, self.in_row = 0, name == _ROW
        else:
            self.scan.held_elements += 1
            if self.scan.held_elements > _MAX_HELD_ELEMENTS:
                raise _TooBig

    def end(self, name: str) -> None:
        if self.depth == self.record_depth:
            if self.in_row:
                self.row_bytes += self.parser.CurrentByteIndex - self.record_start
            self.record_depth, self.in_row = 0, False
        self.depth -= 1


def _row_number(attributes: list[str]) -> float:
    """The row's `r` attribute as openpyxl reads it; 0 when absent or unreadable."""
    for key, value in zip(attributes[::2], attributes[1::2], strict=True):
        if key == "r":
            try:
                return float(value)
            except ValueError:
                return 0  # openpyxl refuses it
    return 0
