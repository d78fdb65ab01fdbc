"""The importer, fed random and hostile files, never crashes (property-based, derandomized).

Whatever the file, `import_records` either imports it (the report's numbers add up, its row
numbers are rows of the file, every record it added has a valid NIK and its name exactly as
the file wrote it: a formula stays text) or refuses it with a reason, and then the records and
import batches are as they were, byte for byte. No other exception may escape. Hostile files:
wrong and mixed encodings, binary junk, NUL bytes, control characters, formula strings, huge
cells, mixed delimiters, open quotes, lines of 100,000+ columns, workbooks with cells of every
type, zip bombs, damaged and fake archives. Memory stays bounded on huge files.
"""

from __future__ import annotations

import csv
import hashlib
import io
import itertools
import random
import struct
import time
import tracemalloc
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any, Final

import openpyxl
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import String, delete, func, select, text

from ektp_desk.db import Database
from ektp_desk.domain import OPEN_STATUSES
from ektp_desk.errors import Refused
from ektp_desk.import_cells import cell_text, collapse_spaces
from ektp_desk.imports import MAX_LISTED_ERRORS, ImportReport, import_records
from ektp_desk.limits import unsafe_character
from ektp_desk.models import RECORD_TABLE, ImportBatch, Record
from ektp_desk.nik import parse_nik
from tests.factories import add_records, make_nik

PREFILLED: Final = 3  # open records before each example
PREFILLED_NIKS: Final = frozenset(make_nik(serial=n) for n in range(1, PREFILLED + 1))
MIB: Final = 1 << 20
FUZZ = settings(
    deadline=None,
    derandomize=True,  # the same examples on every run: CI is reproducible
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,  # `db` is emptied before each example
    ],
)
HEADER: Final = ["NIK", "Nama", "Kecamatan", "Kelurahan", "Tanggal Rekam", "Prioritas", "No HP"]
FORMULAS: Final = [  # stored as they are: no whitespace to trim or collapse
    "=cmd|' /C calc'!A0",
    "+1+1",
    "@SUM(1)",
    "-2+3",
    '=HYPERLINK("http://example.com","klik")',
    "=1+1",
    "=",
    "@",
    "+62 812",
    "'=1+1",
    '=IMPORTXML(CONCAT("http://x/?",A1),"//a")',
]
TITLES: Final = [
    ["DAFTAR PENDUDUK SIAP CETAK"],
    ["PKH dan penerima bantuan"],  # a text file starting with "PK" is not a zip
    ["PK"],
    ["Kabupaten Bogor", "2026"],
    [],
]
ENCODINGS: Final = ["utf-8", "utf-8-sig", "utf-16", "cp1252"]
HOSTILE_ENCODINGS: Final = [
    *ENCODINGS,
    "latin-1",
    "utf-16-le",
    "utf-16-be",
    "utf-32",
    "shift_jis",
    "euc-jp",
    "mac-roman",
]


# --- the database before and after ----------------------------------------------------


@dataclass(frozen=True)
class Snapshot:
    records: int
    batches: int
    digest: str
    open_niks: frozenset[str]


def snapshot(db: Database) -> Snapshot:
    """The records and import batches as stored (raw SQL, no type conversion)."""
    with db.read() as session:
        records = session.execute(text("SELECT * FROM records ORDER BY id")).all()
        batches = session.execute(text("SELECT * FROM import_batches ORDER BY id")).all()
        open_niks = session.scalars(
            select(Record.nik).where(Record.status.in_(OPEN_STATUSES))
        ).all()
    digest = hashlib.sha256(repr((records, batches)).encode()).hexdigest()
    return Snapshot(len(records), len(batches), digest, frozenset(open_niks))


def reset(db: Database) -> None:
    """Every example starts from the same queue: three open records, no batches."""
    with db.write() as session:
        session.execute(delete(Record))
        session.execute(delete(ImportBatch))
    add_records(db, PREFILLED)


COLUMN_WIDTHS: Final[dict[str, int]] = {
    column.name: column.type.length
    for column in RECORD_TABLE.columns
    if isinstance(column.type, String) and column.type.length
}


def import_checked(
    db: Database,
    path: Path,
    *,
    last_row: int,
    names: Mapping[str, str] | None = None,
) -> ImportReport | Refused:
    """Import `path` and check the guarantee; return the report or the refusal.

    `last_row` bounds the row numbers the file can have; `names` maps NIKs to the name each
    record must be stored with (when the file's layout makes that certain).
    """
    before = snapshot(db)
    try:
        outcome: ImportReport | Refused = import_records(db, path)
    except Refused as refusal:
        outcome = refusal  # any other exception fails the test
    if isinstance(outcome, Refused):
        assert str(outcome).strip(), "a refusal says why"
        assert outcome.template.strip()
        assert snapshot(db) == before, "a refused file changed the database"
    else:
        check_report(db, outcome, before, path, last_row, names or {})
    return outcome


def check_report(
    db: Database,
    report: ImportReport,
    before: Snapshot,
    path: Path,
    last_row: int,
    names: Mapping[str, str],
) -> None:
    assert report.file == path.name
    assert report.rows == report.imported + report.duplicates + report.rejected
    assert min(report.imported, report.duplicates, report.rejected) >= 0
    assert len(report.errors) == min(report.rejected, MAX_LISTED_ERRORS)
    rows = [error.row for error in report.errors]
    assert rows == sorted(set(rows)), "one error per row, in file order"
    assert all(2 <= row <= last_row for row in rows), (rows, last_row)
    for error in report.errors:
        assert error.messages
        assert error.reason == "; ".join(map(str, error.messages))
    with db.read() as session:
        batches = session.scalars(select(ImportBatch).order_by(ImportBatch.id)).all()
        assert len(batches) == before.batches + 1
        batch = batches[-1]
        assert (batch.file_name, batch.rows, batch.imported, batch.duplicates, batch.rejected) == (
            path.name,
            report.rows,
            report.imported,
            report.duplicates,
            report.rejected,
        )
        added = session.scalars(select(Record).where(Record.batch_id == batch.id)).all()
        total = session.scalar(select(func.count(Record.id))) or 0
        for record in added:
            check_record(record, names)
        added_niks = [record.nik for record in added]
    assert len(added) == report.imported
    assert total == before.records + report.imported
    assert len(set(added_niks)) == len(added_niks)
    assert not set(added_niks) & before.open_niks, "a NIK already in the queue went in again"


def check_record(record: Record, names: Mapping[str, str]) -> None:
    info = parse_nik(record.nik)  # raises on an invalid NIK
    assert (record.birth_date, record.female) == (info.birth_date, info.female)
    for column, width in COLUMN_WIDTHS.items():
        value = getattr(record, column)
        assert value is None or len(value) <= width, (column, len(value))
    assert isinstance(record.name, str)
    assert record.name
    assert record.name == collapse_spaces(record.name)
    assert record.kecamatan
    assert "\x00" not in record.name + record.kecamatan
    if record.nik in names:
        assert record.name == names[record.nik], "the name is stored exactly as text"


def tally(outcome: ImportReport | Refused) -> None:
    """Name the outcome in Hypothesis' statistics (--hypothesis-show-statistics)."""
    if isinstance(outcome, Refused):
        event("refused", outcome.template[:60])
    else:
        event(
            "imported",
            f"{min(outcome.imported, 2)}+ imported, {min(outcome.rejected, 2)}+ rejected",
        )


def physical_rows(data: bytes) -> int:
    """An upper bound on the rows of a CSV file: every line break in any encoding, plus one."""
    return data.count(b"\n") + data.count(b"\r") + 1


def stored_name(cell: object) -> str:
    """The name a cell must be stored as: trimmed, inner whitespace collapsed."""
    return collapse_spaces(cell_text(cell))


# --- CSV: strategies ----------------------------------------------------------------------

valid_niks = st.builds(
    make_nik,
    kecamatan=st.integers(1, 40),
    born=st.dates(date(1930, 1, 1), date(2012, 12, 31)),
    female=st.booleans(),
    serial=st.integers(10, 9999),  # 1-3 are the prefilled records
)


@st.composite
def near_miss_niks(draw: st.DrawFn) -> str:
    """A valid NIK with one part spoiled: the invalid NIKs that look most like valid ones."""
    nik = draw(valid_niks)
    part = draw(
        st.sampled_from(
            ["province", "regency", "kecamatan", "day", "month", "date", "serial", "length", "char"]
        )
    )
    if part == "province":
        return draw(st.sampled_from(["00", "10", "20", "99"])) + nik[2:]
    if part == "regency":
        return nik[:2] + "00" + nik[4:]
    if part == "kecamatan":
        return nik[:4] + "00" + nik[6:]
    if part == "day":
        return nik[:6] + draw(st.sampled_from(["00", "32", "40", "72", "99"])) + nik[8:]
    if part == "month":
        return nik[:8] + draw(st.sampled_from(["00", "13"])) + nik[10:]
    if part == "date":
        return nik[:6] + draw(st.sampled_from(["3102", "7102", "3104"])) + nik[10:]
    if part == "serial":
        return nik[:12] + "0000"
    if part == "length":
        return draw(st.sampled_from([nik[:15], nik + "1", nik[:8]]))
    at = draw(st.integers(0, 15))
    return nik[:at] + draw(st.sampled_from(["X", "٣", "３", "-", "."])) + nik[at + 1 :]


bad_niks = st.one_of(
    near_miss_niks(),  # three times: they are the ones a slip in the checks would let in
    near_miss_niks(),
    near_miss_niks(),
    st.sampled_from(
        [
            "",
            "3.20101E+15",
            "3201014107900001e0",
            "3201 0141 0790 000X",
            "'",
            "\u00a0",
        ]
    ),
    st.sampled_from(FORMULAS),
    st.text(max_size=20).filter(lambda nik: "\x00" not in nik),
)
plain_names = st.text(
    st.characters(blacklist_categories=["Cs", "Cc"], blacklist_characters="\x00"),
    min_size=1,
    max_size=40,
).filter(lambda name: 0 < len(stored_name(name)) <= 200 and unsafe_character(name) is None)
good_names = st.one_of(
    st.sampled_from(FORMULAS),
    st.sampled_from(
        ["Siti Aminah", "Nurâini Façade", "Aminah, Siti", 'Budi "Bud" Santoso', "A;B\tC"]
    ),
    plain_names,
)
places = st.sampled_from(["Cibinong", "Gunung Putri", "Babakan  Madang ", "Ciawi;Bogor", '"Q"'])
good_dates = st.sampled_from(["", "18/02/2020", "2021-03-04", "01.01.2019 07.05", " 9/9/2015 "])
priorities = st.sampled_from(["", "lansia", "Prioritas", "YA", "0", "darurat"])
phones = st.sampled_from(["", "081234567890", "+62 812-3456-7890", "=1+1", "0812 / 0857"])


@dataclass(frozen=True)
class Good:
    """A row that must go in (or count as a duplicate of an earlier one)."""

    nik: str
    name: str
    kecamatan: str
    entered_at: str
    priority: str
    phone: str

    def cells(self) -> list[str]:
        return [self.nik, self.name, self.kecamatan, "", self.entered_at, self.priority, self.phone]


@dataclass(frozen=True)
class Bad:
    """A row that must be rejected: one known defect in otherwise valid cells."""

    cells_: tuple[str, ...]

    def cells(self) -> list[str]:
        return list(self.cells_)


@dataclass(frozen=True)
class Blank:
    """A row whose recognised cells are blank: skipped, but it keeps its row number."""

    def cells(self) -> list[str]:
        return ["", " ", "\u00a0", "", "", "", "", "ignored column"]


goods = st.builds(Good, valid_niks, good_names, places, good_dates, priorities, phones)


@st.composite
def bads(draw: st.DrawFn) -> Bad:
    row = draw(goods).cells()
    defect = draw(
        st.sampled_from(["nik", "nik", "nik", "name", "long name", "place", "date", "priority"])
    )
    if defect == "nik":
        row[0] = draw(bad_niks)
    elif defect == "name":
        row[1] = draw(st.sampled_from(["", " ", "\u00a0\u200b", "\t"]))
    elif defect == "long name":
        row[1] = "N" * draw(st.sampled_from([201, 5_000, 60_000]))
    elif defect == "place":
        row[2 if draw(st.booleans()) else 3] = "K" * 101
    elif defect == "date":
        row[4] = draw(st.sampled_from(["02/18/2020", "31/02/2020", "kemarin", "18/02/20"]))
    else:
        row[5] = draw(st.sampled_from(["VIP", "=1+1", "2"]))
    return Bad(tuple(row))  # never blank: its kecamatan cell has a value


@dataclass(frozen=True)
class CleanCsv:
    """A well-formed CSV: it must import, with known results."""

    titles: tuple[tuple[str, ...], ...]
    rows: tuple[Good | Bad | Blank | int, ...]  # an int repeats an earlier Good's NIK
    delimiter: str
    terminator: str
    encoding: str
    existing: tuple[int, ...]  # rows whose NIK is a prefilled record's


clean_csvs = st.builds(
    CleanCsv,
    titles=st.lists(st.sampled_from(TITLES).map(tuple), max_size=3).map(tuple),
    rows=st.lists(
        st.one_of(goods, goods, bads(), st.just(Blank()), st.integers(0, 50)),
        min_size=1,
        max_size=25,
    ).map(tuple),
    delimiter=st.sampled_from([",", ";", "\t"]),
    terminator=st.sampled_from(["\r\n", "\n", "\r"]),
    encoding=st.sampled_from(ENCODINGS),
    existing=st.lists(st.integers(0, 30), max_size=2).map(tuple),
)


@dataclass
class Expected:
    rows: list[list[str]] = field(default_factory=list)
    niks: dict[str, str] = field(default_factory=dict)  # NIK -> stored name, first row wins
    errors: list[int] = field(default_factory=list)
    duplicates: int = 0


def expected_rows(spec: CleanCsv, first_row: int) -> Expected:
    expected = Expected()
    goods_so_far: list[Good] = []
    for index, item in enumerate(spec.rows):
        if isinstance(item, int):
            if not goods_so_far:
                continue
            item = goods_so_far[item % len(goods_so_far)]
        if isinstance(item, Good) and index in spec.existing:
            item = replace(item, nik=make_nik(serial=1 + index % PREFILLED))
        number = first_row + len(expected.rows)
        expected.rows.append(item.cells())
        if isinstance(item, Bad):
            expected.errors.append(number)
        elif isinstance(item, Good):
            goods_so_far.append(item)
            if item.nik in expected.niks or item.nik in PREFILLED_NIKS:
                expected.duplicates += 1
            else:
                expected.niks[item.nik] = stored_name(item.name)
    return expected


def csv_bytes(rows: Sequence[Sequence[str]], delimiter: str, terminator: str) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator=terminator).writerows(rows)
    return out.getvalue()


def clean_encoding(content: str, wanted: str) -> tuple[str, bytes]:
    """Encode in `wanted` when it can hold the text and reads back as such, else UTF-8."""
    try:
        data = content.encode(wanted)
    except UnicodeEncodeError:
        return "utf-8", content.encode("utf-8")
    if wanted == "cp1252":
        try:
            if data.decode("utf-8") != content:
                return "utf-8", content.encode("utf-8")  # would be read as UTF-8
        except UnicodeDecodeError:
            pass
    return wanted, data


# --- CSV: the properties ------------------------------------------------------------------


@settings(FUZZ, max_examples=200)
@given(spec=clean_csvs)
def test_a_well_formed_csv_imports_its_valid_rows_and_reports_the_rest(
    db: Database, tmp_path: Path, spec: CleanCsv
) -> None:
    reset(db)
    titles = [list(title) for title in spec.titles]
    expected = expected_rows(spec, first_row=len(titles) + 2)
    content = csv_bytes([*titles, HEADER, *expected.rows], spec.delimiter, spec.terminator)
    _encoding, data = clean_encoding(content, spec.encoding)
    path = tmp_path / "rekam.csv"
    path.write_bytes(data)
    outcome = import_checked(db, path, last_row=physical_rows(data), names=expected.niks)
    tally(outcome)
    if not (expected.errors or expected.niks or expected.duplicates):
        assert isinstance(outcome, Refused)
        assert "no data rows" in str(outcome)
        return
    assert isinstance(outcome, ImportReport), f"a well-formed file was refused: {outcome}"
    assert [error.row for error in outcome.errors] == expected.errors
    assert outcome.imported == len(expected.niks)
    assert outcome.duplicates == expected.duplicates


@settings(FUZZ, max_examples=60)
@given(niks=st.lists(near_miss_niks(), min_size=1, max_size=40), name=good_names)
def test_a_nik_that_is_nearly_valid_is_rejected_never_imported(
    db: Database, tmp_path: Path, niks: list[str], name: str
) -> None:
    reset(db)
    path = tmp_path / "near.csv"
    path.write_text(csv_bytes([HEADER, *([nik, name, "Cibinong"] for nik in niks)], ";", "\r\n"))
    report = import_checked(db, path, last_row=len(niks) + 1)
    assert isinstance(report, ImportReport), report
    assert (report.imported, report.rejected) == (0, len(niks))
    assert [error.row for error in report.errors] == list(range(2, len(niks) + 2))


@dataclass(frozen=True)
class Cells:
    cells: tuple[str, ...]
    delimiter: str | None  # another delimiter than the file's: mixed delimiters


@dataclass(frozen=True)
class Raw:
    line: str  # written as is: open quotes, stray quotes, mixed delimiters


@dataclass(frozen=True)
class Junk:
    data: bytes  # random bytes in the middle of the text


@dataclass(frozen=True)
class Huge:
    size: int  # a row whose name cell has this many characters


@dataclass(frozen=True)
class Wide:
    columns: int  # a line of this many columns
    filler: str


Segment = Cells | Raw | Junk | Huge | Wide

hostile_text = st.text(
    st.characters(codec=None, blacklist_categories=()),  # control chars, NUL, surrogates
    max_size=30,
)
segments: st.SearchStrategy[Segment] = st.one_of(
    st.builds(
        Cells,
        st.one_of(goods.map(lambda good: tuple(good.cells())), bads().map(lambda bad: bad.cells_)),
        st.none(),
    ),
    st.builds(
        Cells,
        st.lists(st.one_of(hostile_text, st.sampled_from(FORMULAS), valid_niks), max_size=8).map(
            tuple
        ),
        st.one_of(st.none(), st.sampled_from([",", ";", "\t", "|"])),
    ),
    st.builds(
        Raw,
        st.sampled_from(
            [
                '"3201014107900001,Siti,Cibinong',
                '3201014107900001,"Siti,Cibinong',
                'a"b"c,"d""e',
                '"""',
                "3201014107900001;Siti\tCibinong,x",
                '"unclosed',
                "\x00\x00\x00",
                "\ufeffNIK,Nama,Kecamatan",
                "NIK,Nama,Kecamatan",
            ]
        ),
    ),
    st.builds(Raw, hostile_text),
    st.builds(Junk, st.binary(min_size=1, max_size=64)),
    st.builds(Huge, st.sampled_from([99_000, 131_073, 1 << 20])),
    st.builds(Wide, st.sampled_from([30_000, 100_001, 300_000]), st.sampled_from(["", "1"])),
)


@dataclass(frozen=True)
class HostileCsv:
    titles: tuple[tuple[str, ...], ...]
    header: tuple[str, ...]
    segments: tuple[Segment, ...]
    delimiter: str
    terminators: tuple[str, ...]
    encoding: str
    cut: int | None  # keep only this many bytes
    whole_junk: bytes | None  # the file is just these bytes


hostile_csvs = st.builds(
    HostileCsv,
    titles=st.lists(st.sampled_from(TITLES).map(tuple), max_size=2).map(tuple),
    header=st.one_of(
        st.just(tuple(HEADER)),
        st.just(("NIK", "Nama", "Kecamatan")),
        st.lists(
            st.one_of(st.sampled_from([*HEADER, "NIK", "No NIK", "Nama"]), hostile_text),
            max_size=8,
        ).map(tuple),
    ),
    segments=st.lists(segments, min_size=0, max_size=12).map(tuple),
    delimiter=st.sampled_from([",", ";", "\t"]),
    terminators=st.lists(st.sampled_from(["\r\n", "\n", "\r", "\u2028"]), min_size=1).map(tuple),
    encoding=st.sampled_from(HOSTILE_ENCODINGS),
    cut=st.one_of(st.none(), st.integers(0, 400)),
    whole_junk=st.one_of(st.none(), st.none(), st.binary(max_size=2048)),
)


def encode(content: str, encoding: str) -> bytes:
    try:
        return content.encode(encoding, "surrogateescape")
    except UnicodeEncodeError:
        return content.encode(encoding, "replace")


def hostile_bytes(spec: HostileCsv) -> bytes:
    if spec.whole_junk is not None:
        return spec.whole_junk
    terminators = itertools.cycle(spec.terminators)
    parts: list[bytes] = []
    lines = [*map(list, spec.titles), list(spec.header)]
    text_so_far = csv_bytes(lines, spec.delimiter, next(terminators))
    parts.append(encode(text_so_far, spec.encoding))
    for segment in spec.segments:
        parts.append(segment_bytes(segment, spec, next(terminators)))
    data = b"".join(parts)  # with a BOM codec, every part starts with a BOM: hostile too
    return data if spec.cut is None else data[: spec.cut]


def segment_bytes(segment: Segment, spec: HostileCsv, terminator: str) -> bytes:
    if isinstance(segment, Junk):
        return segment.data
    if isinstance(segment, Cells):
        line = csv_bytes([segment.cells], segment.delimiter or spec.delimiter, terminator)
    elif isinstance(segment, Raw):
        line = segment.line + terminator
    elif isinstance(segment, Huge):
        cells = [make_nik(serial=77), "N" * segment.size, "Cibinong"]
        line = spec.delimiter.join(cells) + terminator
    else:
        line = (segment.filler + spec.delimiter) * segment.columns + terminator
    return encode(line, spec.encoding)


@settings(FUZZ, max_examples=250)
@given(spec=hostile_csvs)
def test_a_hostile_csv_is_imported_by_row_or_refused_never_crashes(
    db: Database, tmp_path: Path, spec: HostileCsv
) -> None:
    reset(db)
    data = hostile_bytes(spec)
    path = tmp_path / "hostile.csv"
    path.write_bytes(data)
    tally(import_checked(db, path, last_row=physical_rows(data)))


# --- XLSX: workbooks with hostile cells ------------------------------------------------------

EPOCH_DATES: Final = st.one_of(
    st.datetimes(datetime(1900, 1, 1), datetime(2025, 12, 31)),
    st.dates(date(1900, 1, 1), date(2025, 12, 31)),
    st.sampled_from(
        [
            datetime(1899, 12, 31),
            datetime(1900, 2, 28, 23, 59, 59),
            datetime(9999, 12, 31, 23, 59, 59, 999_999),  # rounds past the last Excel date
            datetime(2020, 2, 18, 8, 15, 0, 500_000),
            date(2099, 1, 1),
            clock_time(8, 30),
            clock_time(0, 0),
            timedelta(days=3, hours=1),
            timedelta(0),
        ]
    ),
)


@dataclass(frozen=True)
class DateNumber:
    """A number in a date-formatted cell: Excel's day count, possibly out of every range."""

    value: float


@dataclass(frozen=True)
class Formula:
    """A real formula: the file has no cached value, so it reads as empty."""

    text: str


@dataclass(frozen=True)
class AsText:
    """A formula-like string stored as text: it must read, and be stored, as that string."""

    text: str


# What XML 1.0 (so a workbook) can hold: no control characters but tab and line breaks.
NOT_IN_XML: Final = "".join(map(chr, [*range(9), 11, 12, *range(14, 32)])) + "\ufffe\uffff"
xlsx_text_characters = st.characters(blacklist_categories=["Cs"], blacklist_characters=NOT_IN_XML)
xlsx_text = st.text(xlsx_text_characters, max_size=30)
xlsx_niks = st.one_of(
    valid_niks,
    valid_niks,
    valid_niks.map(int),  # a NIK typed as a number
    valid_niks.map(float),
    bad_niks.filter(lambda nik: not set(nik) & set(NOT_IN_XML)),
    st.sampled_from(FORMULAS).map(AsText),
    st.just(Formula("=A1")),
    st.none(),
    st.booleans(),
    EPOCH_DATES,
)
xlsx_names = st.one_of(
    st.sampled_from(FORMULAS).map(AsText),
    st.sampled_from(["Siti Aminah", "  Budi   Santoso ", "#N/A", "#VALUE!", "TRUE"]),
    xlsx_text,
    st.integers(-(10**15), 10**15),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.just(Formula('=CONCAT("a","b")')),
    st.none(),
    EPOCH_DATES,
)
xlsx_recorded = st.one_of(
    st.none(),
    EPOCH_DATES,
    st.sampled_from(["18/02/2020", "2020-02-18 14:30", "02/18/2020", "", "43879"]),
    st.floats(-1e12, 1e12, allow_nan=False).map(DateNumber),
    st.integers(-10, 3_000_000).map(DateNumber),
    st.integers(0, 100_000),
)
xlsx_cells = st.tuples(
    xlsx_niks,
    xlsx_names,
    st.one_of(places, st.none(), st.integers(0, 99), st.just("K" * 101)),
    st.one_of(st.none(), xlsx_text),
    xlsx_recorded,
    st.one_of(priorities, st.none(), st.integers(0, 2), st.floats(0, 1)),
    st.one_of(phones, st.none(), st.integers(0, 10**12)),
)
good_xlsx_rows = st.tuples(  # rows that go in (text NIK, text name) with cells of any type
    valid_niks,
    st.one_of(
        st.sampled_from(FORMULAS).map(AsText),
        st.sampled_from(["Siti Aminah", "  Budi \t  Santoso ", "#N/A", "TRUE", "0812"]),
        st.text(xlsx_text_characters, min_size=1, max_size=30).filter(stored_name),
    ),
    places,
    st.one_of(st.none(), xlsx_text),
    st.one_of(
        st.none(),
        st.datetimes(datetime(1900, 3, 1), datetime(2025, 12, 31)),
        st.dates(date(1900, 3, 1), date(2025, 12, 31)),
        good_dates,
    ),
    st.one_of(priorities, st.none(), st.integers(0, 1)),
    st.one_of(phones, st.none(), st.integers(0, 10**12)),
)


@dataclass(frozen=True)
class Damage:
    kind: str  # how the saved archive is spoiled
    at: int


damages = st.one_of(
    st.none(),
    st.none(),
    st.none(),
    st.builds(
        Damage,
        st.sampled_from(["truncate", "flip", "junk sheet", "drop sheet", "drop workbook"]),
        st.integers(0, 1 << 16),
    ),
)


@dataclass(frozen=True)
class HostileXlsx:
    rows: tuple[tuple[object, ...], ...]
    damage: Damage | None
    name: str


hostile_xlsxs = st.builds(
    HostileXlsx,
    rows=st.lists(st.one_of(good_xlsx_rows, xlsx_cells), min_size=1, max_size=12).map(tuple),
    damage=damages,
    name=st.sampled_from(["rekam.xlsx", "rekam.xlsm", "rekam.csv", "REKAM.XLSX"]),
)


def set_cell(sheet: Any, row: int, column: int, value: object) -> None:
    cell = sheet.cell(row, column)
    if isinstance(value, AsText):
        cell.value = value.text
        cell.data_type = "s"  # text, not a formula
    elif isinstance(value, Formula):
        cell.value = value.text
    elif isinstance(value, DateNumber):
        cell.value = value.value
        cell.number_format = "dd/mm/yyyy hh:mm"
    elif value is not None:
        cell.value = value


def workbook_bytes(rows: Sequence[Sequence[object]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    for column, heading in enumerate(HEADER, start=1):
        sheet.cell(1, column, heading)
    for number, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            set_cell(sheet, number, column, value)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def damaged(data: bytes, damage: Damage | None) -> bytes:
    if damage is None:
        return data
    at = damage.at % max(len(data), 1)
    if damage.kind == "truncate":
        return data[:at]
    if damage.kind == "flip":
        return data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :] if data else data
    parts = unzip(data)
    sheet = "xl/worksheets/sheet1.xml"
    if damage.kind == "junk sheet":
        parts[sheet] = parts[sheet][: at % len(parts[sheet])] + b"<<&\x00junk"
    elif damage.kind == "drop sheet":
        del parts[sheet]
    else:
        del parts["xl/workbook.xml"]
    return zip_parts(parts)


def unzip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def zip_parts(parts: Mapping[str, bytes | Repeated]) -> bytes:
    return write_zip(list(parts.items()))


def names_of(rows: Sequence[Sequence[object]]) -> dict[str, str]:
    """NIK -> the name to store, for text NIKs on one row only, with a text name.

    A formula-like name (`AsText`) must be stored as exactly that string.
    """
    counts = Counter(row[0] for row in rows if isinstance(row[0], str))
    names: dict[str, str] = {}
    for nik, name, *_rest in rows:
        if isinstance(nik, str) and counts[nik] == 1:
            if isinstance(name, AsText):
                names[nik] = name.text
            elif isinstance(name, str):
                names[nik] = stored_name(name)
    return names


@settings(FUZZ, max_examples=60)
@given(spec=hostile_xlsxs)
def test_a_workbook_with_hostile_cells_is_imported_by_row_or_refused(
    db: Database, tmp_path: Path, spec: HostileXlsx
) -> None:
    reset(db)
    data = damaged(workbook_bytes(spec.rows), spec.damage)
    path = tmp_path / spec.name
    path.write_bytes(data)
    outcome = import_checked(db, path, last_row=len(spec.rows) + 1, names=names_of(spec.rows))
    tally(outcome)
    if spec.damage is None:
        assert isinstance(outcome, ImportReport) or "data rows" in str(outcome), outcome


@settings(FUZZ, max_examples=40)
@given(data=st.binary(max_size=4096), prefix=st.sampled_from([b"", b"PK\x03\x04", b"PK\x05\x06"]))
def test_random_bytes_named_xlsx_are_refused_or_read(
    db: Database, tmp_path: Path, data: bytes, prefix: bytes
) -> None:
    reset(db)
    path = tmp_path / "random.xlsx"
    path.write_bytes(prefix + data)
    assert isinstance(import_checked(db, path, last_row=1), Refused)


# --- XLSX: hand-made archives --------------------------------------------------------------


@dataclass(frozen=True)
class Repeated:
    """Part content `head + body * count + tail`, deflated without ever building it whole."""

    head: bytes
    body: bytes
    count: int
    tail: bytes

    @property
    def size(self) -> int:
        return len(self.head) + len(self.body) * self.count + len(self.tail)


def deflated(content: bytes | Repeated) -> tuple[bytes, int, int]:
    """Raw deflate data, CRC-32 and size. A repeated body is compressed once: each block ends
    with a full flush, so it does not refer back and its bytes can simply be repeated."""
    if isinstance(content, bytes):
        packer = zlib.compressobj(6, zlib.DEFLATED, -15)
        return packer.compress(content) + packer.flush(), zlib.crc32(content), len(content)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = packer.compress(content.head) + packer.flush(zlib.Z_FULL_FLUSH)
    block = packer.compress(content.body) + packer.flush(zlib.Z_FULL_FLUSH)
    tail = packer.compress(content.tail) + packer.flush()
    crc = zlib.crc32(content.head)
    for _ in range(content.count):
        crc = zlib.crc32(content.body, crc)
    return head + block * content.count + tail, zlib.crc32(content.tail, crc), content.size


def write_zip(
    parts: Sequence[tuple[str, bytes | Repeated]], *, declared: Mapping[str, int] | None = None
) -> bytes:
    """A zip archive written by hand, so a part may be a bomb or declare a false size."""
    out = io.BytesIO()
    directory = []
    for name, content in parts:
        data, crc, size = deflated(content)
        size = (declared or {}).get(name, size)
        encoded = name.encode()
        offset = out.tell()
        fields = (20, 0, 8, 0, 0x21, crc, len(data), size, len(encoded))
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields, 0) + encoded + data)
        entry = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *fields, 0, 0, 0, 0, 0, offset)
        directory.append(entry + encoded)
    start = out.tell()
    listing = b"".join(directory)
    out.write(listing)
    count = len(directory)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(listing), start, 0))
    return out.getvalue()


MAIN_NS: Final = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SHEET: Final = "xl/worksheets/sheet1.xml"
NIK: Final = make_nik(serial=42)


def inline_row(*cells: str, number: int | None = None) -> bytes:
    r = b"" if number is None else b' r="%d"' % number
    inner = b"".join(
        b'<c t="inlineStr"><is><t>' + cell.encode() + b"</t></is></c>" for cell in cells
    )
    return b"<row" + r + b">" + inner + b"</row>"


SHEET_HEAD: Final = (
    b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="'
    + MAIN_NS
    + b'"><sheetData>'
    + inline_row("NIK", "Nama", "Kecamatan")
)
SHEET_TAIL: Final = b"</sheetData></worksheet>"
GOOD_ROW: Final = inline_row(NIK, "Siti", "Cibinong")


def base_parts() -> dict[str, bytes | Repeated]:
    return dict(unzip(workbook_bytes([])))


def with_part(name: str, content: bytes | Repeated, *, declared_size: int | None = None) -> bytes:
    """A workbook whose part `name` is `content` (declaring `declared_size`, if given)."""
    parts = base_parts()
    parts[name] = content
    declared = {} if declared_size is None else {name: declared_size}
    return write_zip(list(parts.items()), declared=declared)


def billion_laughs() -> bytes:
    entities = b'<!ENTITY l0 "ha">' + b"".join(
        b'<!ENTITY l%d "%s">' % (n, b"&l%d;" % (n - 1) * 10) for n in range(1, 10)
    )
    return (
        b'<?xml version="1.0"?><!DOCTYPE worksheet ['
        + entities
        + b']><worksheet xmlns="'
        + MAIN_NS
        + b'"><sheetData>'
        + inline_row("NIK", "Nama", "Kecamatan")
        + inline_row(NIK, "&l9;", "Cibinong")
        + SHEET_TAIL
    )


def many_parts() -> bytes:
    parts: list[tuple[str, bytes | Repeated]] = list(base_parts().items())
    parts += [(f"xl/media/pad{n:05d}.bin", b"") for n in range(25_000)]
    return write_zip(parts)


def row_of_random_numbers() -> bytes:
    """300,000 cells that compress only some 3:1, so no ratio gives them away."""
    numbers = random.Random(0).choices(range(10**9), k=300_000)
    cells = b"".join(b"<c><v>%d</v></c>" % number for number in numbers)
    return with_part(SHEET, SHEET_HEAD + b"<row>" + cells + b"</row>" + SHEET_TAIL)


ARCHIVES: Final[dict[str, Callable[[], bytes]]] = {
    # zip bombs: a few hundred kilobytes that unpack to hundreds of megabytes
    "sheet bomb": lambda: with_part(SHEET, Repeated(SHEET_HEAD, GOOD_ROW * 4096, 500, SHEET_TAIL)),
    "sheet bomb lying about its size": lambda: with_part(
        SHEET, Repeated(SHEET_HEAD, GOOD_ROW * 4096, 500, SHEET_TAIL), declared_size=4096
    ),
    "shared strings bomb": lambda: with_part(
        "xl/sharedStrings.xml",
        Repeated(b'<sst xmlns="' + MAIN_NS + b'">', b"<si><t>a</t></si>" * 4096, 4096, b"</sst>"),
    ),
    "styles bomb": lambda: with_part(
        "xl/styles.xml",
        Repeated(
            b'<styleSheet xmlns="' + MAIN_NS + b'">', b"<x/>" * 4096, 20_000, b"</styleSheet>"
        ),
    ),
    "one row of a million cells": lambda: with_part(
        SHEET,
        Repeated(SHEET_HEAD + b"<row>", b"<c><v>1</v></c>" * 4096, 256, b"</row>" + SHEET_TAIL),
    ),
    "a row of 300,000 random numbers": row_of_random_numbers,
    "a row numbered in the trillions": lambda: with_part(
        SHEET, SHEET_HEAD + GOOD_ROW + inline_row(NIK, "Budi", "Kemang", number=2**40) + SHEET_TAIL
    ),
    "elements nested a million deep": lambda: with_part(
        SHEET, Repeated(SHEET_HEAD + b"<row>", b"<c>" * 4096, 256, b"")
    ),
    "elements nested a thousand deep": lambda: with_part(SHEET, SHEET_HEAD + b"<x>" * 1000),
    "billion laughs": lambda: with_part(SHEET, billion_laughs()),
    "twenty-five thousand parts": many_parts,
    # damaged and fake workbooks
    "a zip that is not a workbook": lambda: write_zip([("hello.txt", b"not a workbook")]),
    "an empty zip": lambda: write_zip([]),
    "a truncated workbook": lambda: workbook_bytes([[NIK, "Siti", "Cibinong"]])[:-200],
    "the sheet cut in half": lambda: with_part(SHEET, (SHEET_HEAD + GOOD_ROW * 50)[:900]),
    "not a zip": lambda: b"this is not a workbook\r\n" * 100,
    "a CSV named .xlsx": lambda: f"NIK,Nama,Kecamatan\r\n{NIK},Siti,Cibinong\r\n".encode(),
    "an old .xls": lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
    "empty": lambda: b"",
}
REFUSED_FAST: Final = {
    "sheet bomb",
    "shared strings bomb",
    "styles bomb",
    "one row of a million cells",
    "a row of 300,000 random numbers",
    "a row numbered in the trillions",
    "elements nested a million deep",
    "elements nested a thousand deep",
    "twenty-five thousand parts",
}


@pytest.mark.parametrize("kind", ARCHIVES)
def test_hostile_archives_are_refused_or_read(db: Database, tmp_path: Path, kind: str) -> None:
    reset(db)
    path = tmp_path / "hostile.xlsx"
    path.write_bytes(ARCHIVES[kind]())
    started = time.monotonic()
    outcome = import_checked(db, path, last_row=1_048_576)
    if kind in REFUSED_FAST:
        assert isinstance(outcome, Refused)
        assert "zip bomb" in str(outcome)
        assert time.monotonic() - started < 10
    elif kind != "a CSV named .xlsx":
        assert isinstance(outcome, Refused), outcome


def test_a_workbook_openpyxl_warns_about_is_read_as_users_see_it(
    db: Database, tmp_path: Path
) -> None:
    """openpyxl warns about a date out of range and an unsupported extension; under pytest a
    warning is an error, so the import must not let it stop the file."""
    reset(db)
    extension = b'<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"/></extLst>'
    sheet = SHEET_HEAD + GOOD_ROW + b"</sheetData>" + extension + b"</worksheet>"
    path = tmp_path / "extension.xlsx"
    path.write_bytes(with_part(SHEET, sheet))
    report = import_checked(db, path, last_row=2)
    assert isinstance(report, ImportReport)
    assert report.imported == 1
    path = tmp_path / "date.xlsx"
    path.write_bytes(
        workbook_bytes([[make_nik(serial=43), "Siti", "Cibinong", None, DateNumber(1e10)]])
    )
    report = import_checked(db, path, last_row=2)
    assert isinstance(report, ImportReport)
    assert [error.reason for error in report.errors] == [
        "recording date '#VALUE!' is not a date; write DD/MM/YYYY (optionally with HH:MM) "
        "or YYYY-MM-DD"
    ]


def test_a_csv_whose_first_cell_starts_with_pk_is_text(db: Database, tmp_path: Path) -> None:
    reset(db)
    path = tmp_path / "pkh.csv"
    path.write_text(f"PKH;NIK;Nama;Kecamatan\r\nya;{NIK};Siti;Cibinong\r\n", encoding="utf-8")
    report = import_checked(db, path, last_row=2)
    assert isinstance(report, ImportReport)
    assert report.imported == 1


def test_a_file_of_many_bad_rows_lists_the_first_ones(db: Database, tmp_path: Path) -> None:
    reset(db)
    path = tmp_path / "bad.csv"
    lines = ["NIK,Nama,Kecamatan", *(f"x{n},Siti,Cibinong" for n in range(MAX_LISTED_ERRORS + 5))]
    path.write_text("\n".join(lines), encoding="utf-8")
    report = import_checked(db, path, last_row=MAX_LISTED_ERRORS + 6)
    assert isinstance(report, ImportReport)
    assert (report.rejected, len(report.errors)) == (MAX_LISTED_ERRORS + 5, MAX_LISTED_ERRORS)


# --- memory on huge files --------------------------------------------------------------------

MEMORY_BOUND: Final = 150 * MIB


def write_lazily(path: Path, pieces: Iterator[bytes]) -> Path:
    with path.open("wb") as out:
        for piece in pieces:
            out.write(piece)
    return path


def one_line_of_millions_of_columns(folder: Path) -> Path:
    """200 MB without a line break after the header: 100 million cells."""
    pieces = itertools.chain([b"NIK,Nama,Kecamatan\n"], itertools.repeat(b"1," * MIB, 100))
    return write_lazily(folder / "wide.csv", pieces)


def rejected_rows_quoting_long_cells(folder: Path) -> Path:
    """200 MB: 2,000 rejected rows, each with a priority of 99,000 characters to quote."""
    row = f"{NIK},Siti,Cibinong,".encode() + b"VIP" * 33_000 + b"\n"
    pieces = itertools.chain([b"NIK,Nama,Kecamatan,Prioritas\n"], itertools.repeat(row, 2_000))
    return write_lazily(folder / "rejected.csv", pieces)


def one_valid_row_repeated_wide(folder: Path) -> Path:
    """200 MB: one valid row 4,000 times, each 50,000 columns wide."""
    row = f"{NIK},Siti,Cibinong".encode() + b"," * 50_000 + b"\n"
    pieces = itertools.chain([b"NIK,Nama,Kecamatan\n"], itertools.repeat(row, 4_000))
    return write_lazily(folder / "repeated.csv", pieces)


def sheet_bomb(folder: Path) -> Path:
    """300 KB that unpack to 300 MB of rows."""
    path = folder / "bomb.xlsx"
    path.write_bytes(ARCHIVES["sheet bomb"]())
    return path


def row_of_random_numbers_file(folder: Path) -> Path:
    path = folder / "row.xlsx"
    path.write_bytes(row_of_random_numbers())
    return path


@pytest.mark.slow
@pytest.mark.parametrize(
    "make",
    [
        one_line_of_millions_of_columns,
        rejected_rows_quoting_long_cells,
        one_valid_row_repeated_wide,
        sheet_bomb,
        row_of_random_numbers_file,
    ],
    ids=lambda make: make.__name__,
)
def test_memory_stays_bounded_on_huge_files(
    db: Database, tmp_path: Path, make: Callable[[Path], Path]
) -> None:
    reset(db)
    path = make(tmp_path)
    tracemalloc.start()
    try:
        outcome = import_checked(db, path, last_row=1_048_576)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        path.unlink()
    assert peak < MEMORY_BOUND, f"peak {peak / MIB:.0f} MB"
    assert isinstance(outcome, ImportReport | Refused)
