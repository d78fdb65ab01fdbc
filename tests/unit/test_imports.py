"""Importing a registry export into the queue: what goes in, what is skipped, what is refused."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from ektp_desk import queue_view
from ektp_desk.db import Database
from ektp_desk.errors import Refused
from ektp_desk.imports import import_records
from ektp_desk.models import ImportBatch, Record
from ektp_desk.resource_files import samples_dir
from tests.factories import add_records, make_nik

HEADER = "NIK;Nama Lengkap;Kecamatan;Kelurahan/Desa;Tgl Rekam;Prioritas;No HP"


def write_csv(path: Path, *lines: str, encoding: str = "utf-8-sig") -> Path:
    path.write_text("\r\n".join(lines) + "\r\n", encoding=encoding)
    return path


def count_records(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count(Record.id))) or 0


def test_valid_rows_go_in_and_bad_rows_are_reported_by_row(db: Database, tmp_path: Path) -> None:
    good = make_nik(serial=1)
    women = make_nik(2, date(1985, 3, 9), female=True, serial=2)
    path = write_csv(
        tmp_path / "rekam.csv",
        HEADER,
        f"{good};Asep Saputra;Cibinong;Pakansari;18/02/2026;;081234567890",
        f"{women};Siti Rahayu;Gunungputri;Bojong;17-02-2026;Lansia;",
        "3201010101900000;Tanpa Seri;Cibinong;;18/02/2026;;",
        f"{make_nik(serial=3)};;Cibinong;;18/02/2026;;",
        f"{make_nik(serial=4)};Tanggal Salah;Cibinong;;02/18/2026;;",
    )
    report = import_records(db, path)
    assert (report.rows, report.imported, report.duplicates, report.rejected) == (5, 2, 0, 3)
    assert [(e.row, e.nik) for e in report.errors] == [
        (4, "3201010101900000"),
        (5, make_nik(serial=3)),
        (6, make_nik(serial=4)),
    ]
    assert "serial" in report.errors[0].reason
    assert "name" in report.errors[1].reason.lower()
    assert "02/18/2026" in report.errors[2].reason
    queue = queue_view.list_queue(db)
    assert [e.nik for e in queue] == [women, good], "priority first, then recording date"
    assert queue[0].entered_at == datetime(2026, 2, 17)


def test_duplicates_in_the_file_and_of_open_records_are_counted_and_skipped(
    db: Database, tmp_path: Path
) -> None:
    [already] = add_records(db, 1, first_serial=9)
    fresh = make_nik(serial=10)
    path = write_csv(
        tmp_path / "dup.csv",
        HEADER,
        f"{fresh};Budi;Cibinong;;01/03/2026;;",
        f"{fresh};Budi lagi;Cibinong;;01/03/2026;;",
        f"{already};Sudah Ada;Cibinong;;01/03/2026;;",
    )
    report = import_records(db, path)
    assert (report.rows, report.imported, report.duplicates, report.rejected) == (3, 1, 2, 0)
    assert count_records(db) == 2


def test_records_without_a_recording_date_queue_at_import_time_in_file_order(
    db: Database, tmp_path: Path
) -> None:
    niks = [make_nik(serial=n) for n in (30, 20, 10)]
    path = write_csv(
        tmp_path / "nodate.csv",
        "NIK,Nama,Kecamatan",
        *(f"{nik},Warga,Cibinong" for nik in niks),
        encoding="utf-8",
    )
    import_records(db, path)
    queue = queue_view.list_queue(db)
    assert [e.nik for e in queue] == niks
    assert len({e.entered_at for e in queue}) == 1
    assert abs((queue[0].entered_at - datetime.now()).total_seconds()) < 60


def test_xlsx_in_indonesian_style_with_a_numeric_nik_cell(db: Database, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["NIK", "Nama", "Kecamatan", "Desa", "Tanggal Rekam", "Prioritas"])
    sheet.append(
        [make_nik(serial=5), "Dewi Lestari", "Cibinong", "Tengah", datetime(2026, 1, 7), ""]
    )
    sheet.append([3201011205900006, "Angka Excel", "Cibinong", "", "07/01/2026", ""])
    book.save(tmp_path / "rekam.xlsx")
    report = import_records(db, tmp_path / "rekam.xlsx")
    assert (report.imported, report.rejected) == (1, 1)
    assert report.errors[0].row == 3
    assert "15" in report.errors[0].reason
    assert "text" in report.errors[0].reason.lower()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "empty|no data|header"),
        ("nonik.csv", b"Nama;Kecamatan\r\nBudi;Cibinong\r\n", "NIK"),
        ("fake.xlsx", b"this is not a workbook", "Excel"),
    ],
)
def test_unusable_files_are_refused_whole_and_change_nothing(
    db: Database, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    add_records(db, 2)
    (tmp_path / name).write_bytes(content)
    with pytest.raises(Refused, match=message):
        import_records(db, tmp_path / name)
    assert count_records(db) == 2
    with db.read() as session:
        assert session.scalar(select(func.count(ImportBatch.id))) == 0


def test_missing_file_is_refused(db: Database, tmp_path: Path) -> None:
    with pytest.raises(Refused, match=r"^Cannot open 'missing\.csv': "):
        import_records(db, tmp_path / "missing.csv")


def test_each_import_is_remembered_as_a_batch(db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "b.csv",
        HEADER,
        f"{make_nik(serial=77)};Rina;Cibinong;;01/03/2026;;",
        "123;X;Cibinong;;01/03/2026;;",
    )
    import_records(db, path)
    with db.read() as session:
        batch = session.scalars(select(ImportBatch)).one()
        assert (batch.file_name, batch.rows, batch.imported, batch.rejected) == ("b.csv", 2, 1, 1)
        linked = session.scalar(select(func.count(Record.id)).where(Record.batch_id == batch.id))
    assert linked == 1


SAMPLES = samples_dir()


def test_shipped_samples_in_excel_indonesian_style_import_as_documented(db: Database) -> None:
    csv_report = import_records(db, SAMPLES / "contoh-rekam.csv")  # cp1252, semicolons
    assert (csv_report.imported, [e.row for e in csv_report.errors]) == (10, [11, 13])
    xlsx_report = import_records(db, SAMPLES / "contoh-rekam.xlsx")
    assert (xlsx_report.imported, xlsx_report.duplicates) == (0, 10)
    assert [e.row for e in xlsx_report.errors] == [11, 13, 14]
    assert "Text" in xlsx_report.errors[-1].reason
