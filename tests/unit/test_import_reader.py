"""Reading CSV and XLSX import files into checked rows, with real files in tmp_path."""

from __future__ import annotations

import csv
import gc
import io
import os
import random
import tracemalloc
import zipfile
from collections.abc import Iterator, Sequence
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest

from ektp_desk.domain import PRIORITIES
from ektp_desk.import_reader import (
    MAX_NAME_LENGTH,
    ImportFileError,
    ParsedRow,
    RowError,
    read_import_file,
)

TODAY = date(2026, 11, 29)
SITI = "3201014107900001"  # woman born 1 July 1990, Cibinong
BUDI = "3201020508850002"  # man born 5 August 1985, Gunungputri
HEADER = ["NIK", "Nama", "Kecamatan", "Kelurahan", "Tanggal Rekam", "Prioritas", "No HP"]
SITI_ROW = [SITI, "Siti Aminah", "Cibinong", "Pakansari", "18/02/2020", "", "081234567890"]
BUDI_ROW = [BUDI, "Budi Santoso", "Gunungputri", "", "", "lansia", ""]


def siti(row: int = 2, **changes: object) -> ParsedRow:
    fields: dict[str, object] = {
        "row": row,
        "nik": SITI,
        "name": "Siti Aminah",
        "kecamatan": "Cibinong",
        "kelurahan": "Pakansari",
        "entered_at": datetime(2020, 2, 18),
        "priority": "normal",
        "phone": "081234567890",
        "birth_date": date(1990, 7, 1),
    }
    fields.update(changes)
    return ParsedRow(**fields)  # type: ignore[arg-type]


def budi(row: int = 3) -> ParsedRow:
    return ParsedRow(
        row, BUDI, "Budi Santoso", "Gunungputri", None, None, "elderly", None, date(1985, 8, 5)
    )


def csv_text(rows: Sequence[Sequence[object]], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def write_csv(
    tmp_path: Path,
    rows: Sequence[Sequence[object]],
    *,
    delimiter: str = ",",
    encoding: str = "utf-8",
    name: str = "import.csv",
) -> Path:
    path = tmp_path / name
    path.write_bytes(csv_text(rows, delimiter).encode(encoding))
    return path


def write_xlsx(tmp_path: Path, rows: Sequence[Sequence[object]], name: str = "x.xlsx") -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row_number, row in enumerate(rows, start=1):
        for column, value in enumerate(row, start=1):
            if value is not None:
                sheet.cell(row_number, column, value)
    path = tmp_path / name
    workbook.save(path)
    return path


def read_all(path: Path) -> list[ParsedRow | RowError]:
    return list(read_import_file(path, today=TODAY))


def one_row(tmp_path: Path, **cells: str) -> ParsedRow | RowError:
    """Read a file with the standard header and one SITI row with some cells replaced."""
    row = dict(zip(HEADER, SITI_ROW, strict=True))
    row.update({key.replace("_", " "): value for key, value in cells.items()})
    (result,) = read_all(write_csv(tmp_path, [HEADER, list(row.values())]))
    return result


def reason(tmp_path: Path, **cells: str) -> str:
    result = one_row(tmp_path, **cells)
    assert isinstance(result, RowError), result
    return result.reason


def file_error(path: Path) -> str:
    with pytest.raises(ImportFileError) as caught:
        read_import_file(path, today=TODAY)
    return str(caught.value)


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


# --- CSV dialects and encodings ---------------------------------------------------------


def test_comma_csv(tmp_path: Path) -> None:
    assert read_all(write_csv(tmp_path, [HEADER, SITI_ROW, BUDI_ROW])) == [siti(), budi()]


def test_semicolon_csv(tmp_path: Path) -> None:
    path = write_csv(tmp_path, [HEADER, SITI_ROW, BUDI_ROW], delimiter=";")
    assert read_all(path) == [siti(), budi()]


def test_semicolon_csv_with_commas_inside_cells(tmp_path: Path) -> None:
    rows = [HEADER, [SITI, "Aminah, Siti", "Cibinong", "", "", "", ""]]
    (result,) = read_all(write_csv(tmp_path, rows, delimiter=";"))
    assert isinstance(result, ParsedRow)
    assert result.name == "Aminah, Siti"


def test_tab_separated_utf16_from_excel_unicode_text(tmp_path: Path) -> None:
    path = write_csv(tmp_path, [HEADER, SITI_ROW], delimiter="\t", encoding="utf-16")
    assert read_all(path) == [siti()]


def test_utf8_with_bom(tmp_path: Path) -> None:
    path = write_csv(tmp_path, [HEADER, SITI_ROW], encoding="utf-8-sig")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert read_all(path) == [siti()]


def test_windows_1252_file(tmp_path: Path) -> None:
    rows = [HEADER, [SITI, "Nurâini Façade", "Cibinong", "Tengah", "", "", ""]]
    path = write_csv(tmp_path, rows, delimiter=";", encoding="cp1252")
    assert b"Nur\xe2ini" in path.read_bytes()
    (result,) = read_all(path)
    assert isinstance(result, ParsedRow)
    assert (result.name, result.kelurahan) == ("Nurâini Façade", "Tengah")


def test_utf8_is_not_mistaken_for_windows_1252(tmp_path: Path) -> None:
    rows = [HEADER, [SITI, "Nurâini", "Cibinong", "", "", "", ""]]
    (result,) = read_all(write_csv(tmp_path, rows))
    assert isinstance(result, ParsedRow)
    assert result.name == "Nurâini"


def test_windows_1252_byte_late_in_a_big_file_is_found(tmp_path: Path) -> None:
    rows: list[Sequence[object]] = [HEADER, *([[SITI, "Siti", "Cibinong"]] * 40_000)]
    rows.append([BUDI, "Budi Gunawan Müller", "Gunungputri"])
    path = write_csv(tmp_path, rows, encoding="cp1252")
    assert path.stat().st_size > 1 << 20
    result = read_all(path)[-1]
    assert isinstance(result, ParsedRow)
    assert (result.row, result.name) == (40_002, "Budi Gunawan Müller")


def test_quoted_cells_with_line_breaks_count_as_one_row(tmp_path: Path) -> None:
    rows = [HEADER, [SITI, "Siti\nAminah", "Cibinong"], [BUDI, "Budi", "Gunungputri"]]
    first, second = read_all(write_csv(tmp_path, rows))
    assert isinstance(first, ParsedRow)
    assert isinstance(second, ParsedRow)
    assert (first.row, first.name, second.row) == (2, "Siti Aminah", 3)


def test_file_extension_does_not_matter_for_text(tmp_path: Path) -> None:
    path = write_csv(tmp_path, [HEADER, SITI_ROW], name="export.txt")
    assert read_all(path) == [siti()]


# --- header -----------------------------------------------------------------------------

FIELD_ALIASES = {
    "nik": ["NIK", "No NIK", "Nomor NIK", "no. nik", " NOMOR_NIK "],
    "name": ["Nama", "Nama Lengkap", "Name", "Full Name", "NAMA  LENGKAP", "full_name"],
    "kecamatan": ["Kecamatan", "Kec", "Kec.", "District", "KECAMATAN"],
    "kelurahan": ["Kelurahan", "Desa", "Kelurahan/Desa", "Kel/Desa", "Kel. / Desa", "Village"],
    "entered_at": [
        *["Tanggal Rekam", "Tgl Rekam", "Tgl. Rekam", "Tanggal Perekaman", "TANGGAL_REKAM"],
        *["Recorded", "Recorded At", "Entered At", "entered_at"],
    ],
    "priority": ["Prioritas", "Priority", "PRIORITAS"],
    "phone": ["No HP", "No. HP", "Nomor HP", "Telepon", "Telp", "Phone", "HP", "WhatsApp"],
}
FIELD_VALUES: dict[str, tuple[str, object]] = {
    "nik": (SITI, SITI),
    "name": ("Siti Aminah", "Siti Aminah"),
    "kecamatan": ("Cibinong", "Cibinong"),
    "kelurahan": ("Pakansari", "Pakansari"),
    "entered_at": ("18/02/2020", datetime(2020, 2, 18)),
    "priority": ("Lansia", "elderly"),
    "phone": ("0812", "0812"),
}


@pytest.mark.parametrize(
    ("field", "alias"),
    [(field, alias) for field, aliases in FIELD_ALIASES.items() for alias in aliases],
)
def test_header_aliases(tmp_path: Path, field: str, alias: str) -> None:
    base = {"nik": "NIK", "name": "Nama", "kecamatan": "Kecamatan"}
    base[field] = alias
    header = list(base.values())
    cells = [FIELD_VALUES[key][0] for key in base]
    (result,) = read_all(write_csv(tmp_path, [header, cells]))
    assert isinstance(result, ParsedRow)
    assert getattr(result, field) == FIELD_VALUES[field][1]


def test_unknown_columns_are_ignored_and_order_is_free(tmp_path: Path) -> None:
    header = ["No", "HP", "Kecamatan", "Keterangan", "Nama", "NIK"]
    rows = [header, ["1", "0812", "Cibinong", "catatan", "Siti", SITI]]
    (result,) = read_all(write_csv(tmp_path, rows))
    assert result == ParsedRow(
        2, SITI, "Siti", "Cibinong", None, None, "normal", "0812", date(1990, 7, 1)
    )


def test_title_rows_above_the_header_keep_real_row_numbers(tmp_path: Path) -> None:
    rows = [["DAFTAR PENDUDUK SIAP CETAK"], ["Kabupaten Bogor"], [], HEADER, SITI_ROW]
    assert read_all(write_csv(tmp_path, rows)) == [siti(row=5)]


def test_first_phone_column_with_a_value_wins(tmp_path: Path) -> None:
    header = ["NIK", "Nama", "Kecamatan", "No HP", "WhatsApp"]
    rows = [
        header,
        [SITI, "Siti", "Cibinong", "", "0857"],
        [BUDI, "Budi", "Kemang", "0812", "0857"],
    ]
    first, second = read_all(write_csv(tmp_path, rows))
    assert isinstance(first, ParsedRow)
    assert isinstance(second, ParsedRow)
    assert (first.phone, second.phone) == ("0857", "0812")


def test_optional_columns_absent(tmp_path: Path) -> None:
    (result,) = read_all(write_csv(tmp_path, [["NIK", "Nama", "Kec"], [SITI, "Siti", "Cibinong"]]))
    assert result == ParsedRow(
        2, SITI, "Siti", "Cibinong", None, None, "normal", None, date(1990, 7, 1)
    )


# --- file-level errors ------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    assert file_error(tmp_path / "nope.csv") == (
        "Cannot open 'nope.csv': No such file or directory."
    )


def test_directory(tmp_path: Path) -> None:
    (tmp_path / "folder.csv").mkdir()
    assert file_error(tmp_path / "folder.csv").startswith("'folder.csv' is not a file")


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "empty.csv").write_bytes(b"")
    assert file_error(tmp_path / "empty.csv") == "'empty.csv' is empty."


def test_blank_lines_only(tmp_path: Path) -> None:
    (tmp_path / "blank.csv").write_text("\n  \n;;\n")
    assert file_error(tmp_path / "blank.csv") == "'blank.csv' is empty: it has no header row."


def test_header_only(tmp_path: Path) -> None:
    path = write_csv(tmp_path, [HEADER])
    assert file_error(path) == "'import.csv' has a header row but no data rows."


def test_header_and_blank_rows_only(tmp_path: Path) -> None:
    path = write_csv(tmp_path, [HEADER, [], ["", " ", "\u00a0"], ["", "", "", "", "", "", ""]])
    assert file_error(path) == "'import.csv' has a header row but no data rows."


def test_no_nik_column(tmp_path: Path) -> None:
    path = write_csv(tmp_path, [["Nomor KK", "Nama", "Kecamatan"], ["1", "Siti", "Cibinong"]])
    assert file_error(path) == (
        "'import.csv' has no NIK column (columns found: 'Nomor KK', 'Nama', 'Kecamatan')."
    )


def test_no_name_column(tmp_path: Path) -> None:
    path = write_csv(tmp_path, [["NIK", "Kecamatan"], [SITI, "Cibinong"]])
    assert file_error(path) == (
        "'import.csv' has no name column (columns found: 'NIK', 'Kecamatan')."
    )


def test_no_kecamatan_column(tmp_path: Path) -> None:
    path = write_csv(tmp_path, [["NIK", "Nama", "Desa"], [SITI, "Siti", "Pakansari"]])
    assert file_error(path) == (
        "'import.csv' has no kecamatan column (columns found: 'NIK', 'Nama', 'Desa')."
    )


def test_no_known_column_at_all(tmp_path: Path) -> None:
    path = write_csv(tmp_path, [["a", "b"], ["1", "2"]])
    assert file_error(path) == (
        "'import.csv' has no NIK column and no name column and no kecamatan column "
        "(columns found: 'a', 'b')."
    )


def test_two_nik_columns(tmp_path: Path) -> None:
    path = write_csv(tmp_path, [["NIK", "Nama", "Kec", "No NIK"], [SITI, "Siti", "C", SITI]])
    assert file_error(path) == "'import.csv' has more than one NIK column ('NIK', 'No NIK')."


def test_errors_are_raised_at_call_time_not_on_first_next(tmp_path: Path) -> None:
    path = write_csv(tmp_path, [["NIK", "Nama"], [SITI, "Siti"]])
    with pytest.raises(ImportFileError):
        read_import_file(path, today=TODAY)  # no next() needed


def test_old_xls_workbook(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    assert file_error(path) == (
        "'old.xls' is an old Excel 97-2003 workbook; save it as .xlsx or CSV first."
    )


@pytest.mark.parametrize("content", [b"", b"NIK,Nama,Kecamatan\r\n", b"\x00\x01garbage\xff" * 100])
def test_xlsx_that_is_not_a_zip(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "data.xlsx"
    path.write_bytes(content)
    assert file_error(path).startswith("'data.xlsx' is not a readable Excel workbook: ")


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    assert file_error(path).startswith("'data.csv' is not a readable Excel workbook: ")


@pytest.mark.parametrize("seed", range(8))
def test_binary_junk_named_csv_never_crashes(tmp_path: Path, seed: int) -> None:
    junk = random.Random(seed).randbytes(50_000)
    if seed % 2:  # no NUL and no byte undefined in Windows-1252: it decodes as text
        junk = bytes(b for b in junk if b not in b"\x00\x81\x8d\x8f\x90\x9d")
    path = tmp_path / "junk.csv"
    path.write_bytes(junk)
    try:
        items = read_all(path)
    except ImportFileError as err:
        message = str(err)
    else:
        assert all(isinstance(item, ParsedRow | RowError) for item in items)
        return
    assert message.startswith("'junk.csv' ")


def test_binary_junk_with_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "junk.csv"
    path.write_bytes(b"NIK,Nama,Kecamatan\n\x00\x00\x00\n")
    assert file_error(path) == (
        "'junk.csv' is neither a CSV text file (UTF-8 or Windows-1252) nor an Excel workbook."
    )


def test_csv_with_a_header_that_looks_like_junk(tmp_path: Path) -> None:
    path = tmp_path / "junk.csv"
    path.write_bytes(b"\xe2\x82" + b"x" * 300_000 + b"\n1,2\n")
    message = file_error(path)
    assert message.startswith("'junk.csv' ")


# --- row checks -------------------------------------------------------------------------


def test_invalid_nik_reason_comes_from_the_nik_rules(tmp_path: Path) -> None:
    assert reason(tmp_path, NIK="2001014107900001") == "invalid NIK: unknown province code 20"
    assert reason(tmp_path, NIK="320101410790001") == "NIK must have 16 digits (got 15)"
    assert reason(tmp_path, NIK="3201014107900000") == "invalid NIK: serial number 0000 is invalid"


def test_row_error_keeps_the_raw_nik(tmp_path: Path) -> None:
    result = one_row(tmp_path, NIK=" 3201 0141 0790 000X ")
    assert result == RowError(2, "3201 0141 0790 000X", "NIK contains a non-digit character 'X'")


def test_empty_nik(tmp_path: Path) -> None:
    assert one_row(tmp_path, NIK="\u00a0") == RowError(2, None, "NIK is empty")


def test_nik_with_group_spaces_and_nbsp_is_normalised(tmp_path: Path) -> None:
    assert one_row(tmp_path, NIK="\u00a03201 0141\u00a00790 0001 ") == siti()


def test_nik_with_leading_apostrophe_is_accepted(tmp_path: Path) -> None:
    assert one_row(tmp_path, NIK="'3201014107900001") == siti()


@pytest.mark.parametrize("text", ["3.20101E+15", "3,20101E+15", "3201014107900000e0"])
def test_nik_in_scientific_notation(tmp_path: Path, text: str) -> None:
    assert reason(tmp_path, NIK=text) == (
        f"NIK '{text}' was saved by Excel in scientific notation and has lost digits; "
        "format the NIK column as Text and export the file again"
    )


def test_nik_birth_date_uses_today(tmp_path: Path) -> None:
    path = write_csv(tmp_path, [HEADER, ["3201010112260001", "Bayi", "Cibinong"]])
    (late,) = list(read_import_file(path, today=date(2026, 12, 1)))
    (early,) = list(read_import_file(path, today=date(2026, 11, 30)))
    assert isinstance(late, ParsedRow)
    assert isinstance(early, ParsedRow)
    assert (late.birth_date, early.birth_date) == (date(2026, 12, 1), date(1926, 12, 1))


def test_missing_name(tmp_path: Path) -> None:
    assert reason(tmp_path, Nama=" \t ") == "name is missing"


def test_name_whitespace_is_collapsed(tmp_path: Path) -> None:
    assert one_row(tmp_path, Nama="\u00a0 Siti \t  Aminah\u200b ") == siti()


def test_name_length_limit(tmp_path: Path) -> None:
    longest = "A" * MAX_NAME_LENGTH
    assert one_row(tmp_path, Nama=longest) == siti(name=longest)
    assert reason(tmp_path, Nama=longest + "B") == "name is too long (201 characters; at most 200)"


def test_name_starting_with_equals_is_plain_text(tmp_path: Path) -> None:
    formula = '=HYPERLINK("http://x","y")'
    assert one_row(tmp_path, Nama=formula) == siti(name=formula)


def test_missing_kecamatan(tmp_path: Path) -> None:
    assert reason(tmp_path, Kecamatan="") == "kecamatan is missing"


def test_kecamatan_and_kelurahan_are_trimmed(tmp_path: Path) -> None:
    result = one_row(tmp_path, Kecamatan=" Babakan  Madang ", Kelurahan="\u00a0")
    assert result == siti(kecamatan="Babakan Madang", kelurahan=None)


def test_phone_is_raw_text(tmp_path: Path) -> None:
    assert one_row(tmp_path, No_HP=" +62 812-3456 ") == siti(phone="+62 812-3456")
    assert one_row(tmp_path, No_HP="") == siti(phone=None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("18/02/2020", datetime(2020, 2, 18)),
        ("18-02-2020", datetime(2020, 2, 18)),
        ("18.02.2020", datetime(2020, 2, 18)),
        ("8/2/2020", datetime(2020, 2, 8)),
        ("18/02/2020 14:30", datetime(2020, 2, 18, 14, 30)),
        ("18/02/2020 14:30:15", datetime(2020, 2, 18, 14, 30, 15)),
        ("18-02-2020 07.05", datetime(2020, 2, 18, 7, 5)),
        ("2020-02-18", datetime(2020, 2, 18)),
        ("2020-02-18 14:30", datetime(2020, 2, 18, 14, 30)),
        ("2020-02-18T14:30:15", datetime(2020, 2, 18, 14, 30, 15)),
        ("2020-02-18 14:30:15.250", datetime(2020, 2, 18, 14, 30, 15)),
        ("29/02/2024", datetime(2024, 2, 29)),
        ("29/11/2026 23:59", datetime(2026, 11, 29, 23, 59)),
        ("", None),
        ("\u00a0", None),
    ],
)
def test_accepted_recording_dates(tmp_path: Path, text: str, expected: datetime | None) -> None:
    assert one_row(tmp_path, Tanggal_Rekam=text) == siti(entered_at=expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "02/18/2020",
            "recording date '02/18/2020' has no month 18; write dates day first as DD/MM/YYYY",
        ),
        (
            "18/13/2020",
            "recording date '18/13/2020' has no month 13; write dates day first as DD/MM/YYYY",
        ),
        (
            "2020-13-01",
            "recording date '2020-13-01' has no month 13; write dates day first as DD/MM/YYYY",
        ),
        ("18/02/20", "recording date '18/02/20' has a two-digit year; write DD/MM/YYYY"),
        ("31/02/2020", "recording date '31/02/2020' does not exist"),
        ("29/02/2023", "recording date '29/02/2023' does not exist"),
        ("00/02/2020", "recording date '00/02/2020' does not exist"),
        ("18/02/2020 25:00", "recording date '18/02/2020 25:00' has an impossible time of day"),
        ("30/11/2026", "recording date '30/11/2026' is in the future (today is 29/11/2026)"),
        ("2027-01-01", "recording date '2027-01-01' is in the future (today is 29/11/2026)"),
    ],
)
def test_rejected_recording_dates(tmp_path: Path, text: str, expected: str) -> None:
    assert reason(tmp_path, Tanggal_Rekam=text) == expected


@pytest.mark.parametrize(
    "text", ["kemarin", "2020/02/18", "18/02/02020", "18 Feb 2020", "18/02-2020", "43879"]
)
def test_unreadable_recording_dates(tmp_path: Path, text: str) -> None:
    assert reason(tmp_path, Tanggal_Rekam=text) == (
        f"recording date '{text}' is not a date; write DD/MM/YYYY (optionally with HH:MM) "
        "or YYYY-MM-DD"
    )


PRIORITY_WORDS = {
    "normal": ["", "normal", "Biasa", "REGULER", "umum", "tidak", "No", "0"],
    "priority": ["prioritas", "Priority", "ya", "YES", "1"],
    "elderly": ["lansia", "Elderly"],
    "disabled": ["disabilitas", "Difabel", "penyandang  disabilitas", "disabled"],
    "sick": ["sakit", "Sick"],
    "urgent": ["mendesak", "darurat", "URGENT"],
}


@pytest.mark.parametrize(
    ("word", "kind"),
    [(word, kind) for kind, words in PRIORITY_WORDS.items() for word in words],
)
def test_priority_words(tmp_path: Path, word: str, kind: str) -> None:
    assert one_row(tmp_path, Prioritas=f" {word} ") == siti(priority=kind)


def test_priority_words_cover_every_kind() -> None:
    assert set(PRIORITY_WORDS) == set(PRIORITIES)


def test_unknown_priority_lists_allowed_values(tmp_path: Path) -> None:
    assert reason(tmp_path, Prioritas="VIP") == (
        "unknown priority 'VIP'; allowed values: normal (biasa, reguler, umum, tidak, no, 0), "
        "priority (prioritas, ya, yes, 1), elderly (lansia), "
        "disabled (disabilitas, difabel, penyandang disabilitas), sick (sakit), "
        "urgent (mendesak, darurat)"
    )


def test_every_problem_of_a_row_is_reported(tmp_path: Path) -> None:
    result = one_row(tmp_path, NIK="3201000107900001", Nama="", Tanggal_Rekam="02/18/2020")
    assert result == RowError(
        2,
        "3201000107900001",
        "invalid NIK: kecamatan code 00 is invalid; name is missing; recording date "
        "'02/18/2020' has no month 18; write dates day first as DD/MM/YYYY",
    )


def test_rows_with_blank_recognised_cells_are_skipped_but_counted(tmp_path: Path) -> None:
    header = ["No", *HEADER]
    rows = [header, ["1", *SITI_ROW], [], ["2", "", "", "\u00a0"], ["3", *BUDI_ROW]]
    assert read_all(write_csv(tmp_path, rows)) == [siti(row=2), budi(row=5)]


def test_short_and_long_rows(tmp_path: Path) -> None:
    rows = [HEADER, [SITI, "Siti Aminah", "Cibinong"], [*BUDI_ROW, "extra", "cells"]]
    first, second = read_all(write_csv(tmp_path, rows))
    assert first == siti(kelurahan=None, entered_at=None, phone=None)
    assert second == budi()


# --- XLSX -------------------------------------------------------------------------------


def test_xlsx_rows_dates_and_gaps(tmp_path: Path) -> None:
    rows: list[Sequence[object]] = [
        HEADER,
        [SITI, "Siti Aminah", "Cibinong", "Pakansari", datetime(2020, 2, 18), None, "081234567890"],
        [],
        [],
        [BUDI, "Budi Santoso", "Gunungputri", None, None, "Lansia"],
        [],
        [SITI, "Siti Aminah", "Cibinong", "Pakansari", "18/02/2020 08:15", None, "081234567890"],
        [BUDI, "Budi", "Kemang", None, datetime(2026, 11, 29, 9, 0)],
    ]
    assert read_all(write_xlsx(tmp_path, rows)) == [
        siti(),
        budi(row=5),
        siti(row=7, entered_at=datetime(2020, 2, 18, 8, 15)),
        ParsedRow(
            8,
            BUDI,
            "Budi",
            "Kemang",
            None,
            datetime(2026, 11, 29, 9),
            "normal",
            None,
            date(1985, 8, 5),
        ),
    ]


def test_xlsx_date_cell_without_time(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path, [HEADER, [SITI, "Siti", "Cibinong", None, date(2021, 3, 4)]])
    (result,) = read_all(path)
    assert isinstance(result, ParsedRow)
    assert result.entered_at == datetime(2021, 3, 4)


@pytest.mark.parametrize("number", [3201014107900001, 3201014107900000, 3.2010141079e15])
def test_xlsx_numeric_nik_is_rejected(tmp_path: Path, number: float) -> None:
    (result,) = read_all(write_xlsx(tmp_path, [HEADER, [number, "Siti", "Cibinong"]]))
    shown = str(int(number))
    assert result == RowError(
        2,
        shown,
        f"NIK cell holds the number {shown}, not text: Excel keeps only 15 significant "
        "digits, so the 16th digit may be lost; format the NIK column as Text and "
        "type the NIK again",
    )


def test_xlsx_cells_of_other_types(tmp_path: Path) -> None:
    rows: list[Sequence[object]] = [
        HEADER,
        [SITI, "Siti", "Cibinong", None, time(8, 30), 1, 81234567890],
        [SITI, "Siti", "Cibinong", None, 43879, "ya"],
        [SITI, "Siti", "Cibinong", None, datetime(2026, 11, 30)],
    ]
    first, second, third = read_all(write_xlsx(tmp_path, rows))
    assert first == RowError(
        2, SITI, "recording date '08:30:00' is not a date; write it as DD/MM/YYYY"
    )
    assert second == RowError(
        3, SITI, "recording date '43879' is not a date; write it as DD/MM/YYYY"
    )
    assert third == RowError(
        4, SITI, "recording date '30/11/2026' is in the future (today is 29/11/2026)"
    )


def test_xlsx_numeric_priority_and_phone(tmp_path: Path) -> None:
    rows: list[Sequence[object]] = [HEADER, [SITI, "Siti", "Cibinong", None, None, 1, 81234567890]]
    (result,) = read_all(write_xlsx(tmp_path, rows))
    assert isinstance(result, ParsedRow)
    assert (result.priority, result.phone) == ("priority", "81234567890")


def test_xlsx_uses_the_first_sheet(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(HEADER)
    workbook.active.append([SITI, "Siti", "Cibinong"])
    other = workbook.create_sheet("Lain")
    other.append(["nothing", "here"])
    workbook.active = 1
    path = tmp_path / "two.xlsx"
    workbook.save(path)
    (result,) = read_all(path)
    assert isinstance(result, ParsedRow)


def test_xlsx_saved_under_a_csv_name_is_read_as_a_workbook(tmp_path: Path) -> None:
    xlsx = write_xlsx(tmp_path, [HEADER, [SITI, "Siti", "Cibinong"]])
    renamed = xlsx.rename(tmp_path / "export.csv")
    (result,) = read_all(renamed)
    assert isinstance(result, ParsedRow)


def test_xlsx_file_errors(tmp_path: Path) -> None:
    assert file_error(write_xlsx(tmp_path, [])) == "'x.xlsx' is empty: it has no header row."
    only_header = write_xlsx(tmp_path, [HEADER, [], []], name="h.xlsx")
    assert file_error(only_header) == "'h.xlsx' has a header row but no data rows."
    no_nik = write_xlsx(tmp_path, [["Nama", "Kecamatan"], ["Siti", "Cibinong"]], name="n.xlsx")
    assert file_error(no_nik) == (
        "'n.xlsx' has no NIK column (columns found: 'Nama', 'Kecamatan')."
    )


def test_xlsx_damaged_after_the_header(tmp_path: Path) -> None:
    rows = [HEADER] + [[SITI, f"Siti {n}", "Cibinong"] for n in range(2000)]
    good = write_xlsx(tmp_path, rows)
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            target.writestr(item, data)
    items = read_import_file(damaged, today=TODAY)
    assert isinstance(next(items), ParsedRow)
    with pytest.raises(
        ImportFileError, match=r"^'damaged\.xlsx' is damaged and cannot be read further: "
    ):
        list(items)


# --- streaming and resources ------------------------------------------------------------


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_file_is_released_when_rows_are_exhausted_or_closed(tmp_path: Path, kind: str) -> None:
    rows = [HEADER, SITI_ROW, BUDI_ROW]
    path = write_csv(tmp_path, rows) if kind == "csv" else write_xlsx(tmp_path, rows)
    before = open_fds()
    items = read_import_file(path, today=TODAY)
    assert open_fds() > before
    assert len(list(items)) == 2
    assert open_fds() == before
    with read_import_file(path, today=TODAY) as items:
        next(items)
    assert open_fds() == before
    assert list(items) == []
    unused = read_import_file(path, today=TODAY)
    del unused
    gc.collect()
    assert open_fds() == before


def test_file_is_released_when_the_header_is_rejected(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path, [["Nama"], ["Siti"]])
    before = open_fds()
    with pytest.raises(ImportFileError):
        read_import_file(path, today=TODAY)
    assert open_fds() == before


def generate_rows(count: int) -> Iterator[list[str]]:
    kecamatan = ["Cibinong", "Gunungputri", "Citeureup", "Sukaraja"]
    for n in range(count):
        nik = f"320101{(n % 28) + 1:02d}0790{(n % 9999) + 1:04d}"
        yield [nik, f"Warga {n}", kecamatan[n % 4], "", "18/02/2020", "", ""]


@pytest.mark.slow
def test_a_big_csv_is_streamed_with_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(generate_rows(200_000))
    tracemalloc.start()
    try:
        counted = last = 0
        for item in read_import_file(path, today=TODAY):
            assert isinstance(item, ParsedRow)
            counted, last = counted + 1, item.row
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (counted, last) == (200_000, 200_001)
    assert peak < 30 * 1024 * 1024


def test_today_may_be_omitted_or_a_datetime(tmp_path: Path) -> None:
    path = write_csv(tmp_path, [HEADER, SITI_ROW])
    assert list(read_import_file(path)) == [siti()]
    assert list(read_import_file(path, today=datetime(2020, 2, 18, 9, 0))) == [siti()]
    (future,) = list(read_import_file(path, today=datetime(2020, 2, 17, 23, 59)))
    assert future == RowError(
        2, SITI, "recording date '18/02/2020' is in the future (today is 17/02/2020)"
    )


# --- hostile files (property-based: tests/reliability/test_import_fuzz.py) ----------------


def test_semicolon_csv_with_bare_cr_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(csv_text([HEADER, SITI_ROW, BUDI_ROW], ";").replace("\r\n", "\r").encode())
    assert read_all(path) == [siti(), budi()]


def test_text_starting_with_pk_is_not_taken_for_a_workbook(tmp_path: Path) -> None:
    path = write_csv(tmp_path, [["PKH", *HEADER], ["ya", *SITI_ROW]], delimiter=";")
    assert read_all(path) == [siti()]


def test_a_row_longer_than_the_limit_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "open-quote.csv"
    path.write_text(csv_text([HEADER, SITI_ROW]) + f'{BUDI},"Budi,Kemang\r\n' + "x" * 200_000)
    items = read_import_file(path, today=TODAY)
    assert next(items) == siti()
    with pytest.raises(ImportFileError) as caught:
        next(items)
    assert str(caught.value) == (
        "'open-quote.csv' has a row longer than 100000 characters, starting on line 3; "
        'check that every quote (") in it is closed.'
    )
    path.write_text("NIK," * 30_000)
    assert file_error(path).startswith("'open-quote.csv' has a row longer than 100000 ")


def test_kecamatan_and_kelurahan_must_fit_their_columns(tmp_path: Path) -> None:
    assert one_row(tmp_path, Kecamatan="K" * 100, Kelurahan="L" * 100) == siti(
        kecamatan="K" * 100, kelurahan="L" * 100
    )
    assert reason(tmp_path, Kecamatan="K" * 101) == (
        "kecamatan is too long (101 characters; at most 100)"
    )
    assert reason(tmp_path, Kelurahan="L" * 101) == (
        "kelurahan is too long (101 characters; at most 100)"
    )


def test_long_cells_are_cut_short_where_a_row_error_quotes_them(tmp_path: Path) -> None:
    result = one_row(tmp_path, NIK="x" * 5000, Prioritas="V" * 5000)
    assert isinstance(result, RowError)
    assert result.nik == "x" * 59 + "\u2026"
    assert "unknown priority '" + "V" * 59 + "\u2026'; allowed values: " in result.reason


def test_xlsx_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path, [HEADER, SITI_ROW])
    bomb = tmp_path / "bomb.xlsx"
    row = f'<row><c t="inlineStr"><is><t>{SITI}</t></is></c></row>'.encode()
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bomb, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                head, tail = data.split(b"</sheetData>")
                data = head + row * 400_000 + b"</sheetData>" + tail  # 20 MB
            target.writestr(item, data, compress_type=zipfile.ZIP_DEFLATED)
    assert bomb.stat().st_size < 200_000
    assert file_error(bomb) == (
        "'bomb.xlsx' was not opened: it unpacks to far more data than an export holds, "
        'as a "zip bomb" does. Save the sheet as CSV and import that instead.'
    )
