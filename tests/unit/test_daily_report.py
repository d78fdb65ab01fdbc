"""The daily report of a scripted day (tests/unit/daily_day.py), written from the command line
as a PDF and as a workbook, read back (pypdf, openpyxl) and checked figure by figure against
the database; who may write it, and what a bad --out gets."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from ektp_desk.cli import main
from ektp_desk.db import Database
from ektp_desk.models import AuditEntry, OutboxMessage, PrintAttempt, Record, Station, StockMovement
from tests.factories import password_on_stdin
from tests.unit.daily_day import L1, L2, LEAD, OP1, Day, SetTime, at, script_day, set_time

__all__ = ["set_time"]  # the fixture, used by name
START = datetime(2026, 11, 2)
END = START + timedelta(days=1)


@pytest.fixture
def day(db: Database, tmp_path: Path, set_time: SetTime) -> Day:
    return script_day(db, tmp_path, set_time)


def daily(monkeypatch: pytest.MonkeyPatch, url: str, out: Path | str, *, who: str = LEAD,
          password: str = "5678", date: str = "02-11-2026") -> int:  # fmt: skip
    return main(["--db", url, "daily", "--date", date, "--out", str(out), "--lead", who,
                 *password_on_stdin(monkeypatch, password)])  # fmt: skip


def pdf_text(path: Path) -> str:
    """The PDF's text with every run of white space made one space."""
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def sheet_sections(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The workbook's sections: the rows under each title and its header, up to a blank row."""
    sheet = openpyxl.load_workbook(path)["Laporan harian"]
    found: dict[str, list[tuple[Any, ...]]] = {}
    current: list[tuple[Any, ...]] | None = None
    header = False
    for row in sheet.iter_rows(values_only=True):
        values = tuple(v for v in row if v is not None)
        if not values:
            current = None
        elif (
            current is None
            and isinstance(values[0], str)
            and re.match(r"(\d\. |Ringkasan)", values[0])
        ):
            current = found.setdefault(values[0].split(" (")[0], [])
            header = True
        elif header:
            header = False
        elif current is not None:
            current.append(values)
    return found


def shown(value: object) -> str:
    """A cell as the PDF prints it."""
    if isinstance(value, datetime):
        return f"{value:%d-%m-%Y %H:%M}"
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    return str(value)


def facts(rows: list[tuple[Any, ...]]) -> dict[str, Any]:
    return {row[0]: row[1] for row in rows if len(row) == 2}


def one(db: Database, query: Any) -> Any:
    with db.read() as session:
        return session.scalar(query)


def in_day(column: Any) -> Any:
    return (column >= START) & (column < END)


def test_every_figure_of_the_day_on_both_papers_matches_the_database(
    day: Day, db: Database, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    assert daily(monkeypatch, db_url, tmp_path / "harian.pdf") == 0
    said = capsys.readouterr().out
    assert "5 imported, 5 printed, 2 spoiled, 2 waiting at the end" in said
    assert daily(monkeypatch, db_url, tmp_path / "harian.xlsx") == 0
    text = pdf_text(tmp_path / "harian.pdf")
    book = sheet_sections(tmp_path / "harian.xlsx")
    # The day's bounds are said on the paper.
    assert ("Periode: Senin, 2 November 2026 pukul 00.00.00 sampai sebelum Selasa, 3 November "
            "2026 pukul 00.00.00, menurut jam kantor") in text  # fmt: skip
    assert "belum selesai" not in text

    # The summary, each figure from the database.
    summary = facts(book["Ringkasan"])
    printed = one(
        db, select(func.count()).where(in_day(PrintAttempt.at), PrintAttempt.outcome == "printed")
    )
    spoiled = one(
        db, select(func.count()).where(in_day(PrintAttempt.at), PrintAttempt.outcome == "spoiled")
    )
    collected = one(db, select(func.count()).where(in_day(Record.collected_at)))
    assert (printed, spoiled, collected) == (5, 2, 2)
    assert summary == {
        "Data baru diimpor": 5, "Kartu tercetak": printed,
        "Kartu rusak (blangko terpakai)": spoiled,
        "Data dalam antrian pada akhir hari": 2, "Blangko di kantor pada akhir hari": 140,
        "Kartu diambil": collected, "Pesan siap ambil terkirim": 1,
    }  # fmt: skip

    # Imports: the two files of the day, not the ones a second before or after it.
    assert book["1. Data diimpor"] == [
        (at(2, 0), "tengah-malam.csv", 5, 4, 1, 0),
        (at(2, 10), "siang.csv", 2, 1, 0, 1),
        ("Jumlah", 7, 5, 1, 1),
    ]
    assert "kemarin.csv" not in text
    assert "besok.csv" not in text

    # Printing per station and per operator: the midnight print at Loket 2 counts, the ones at
    # 23:59:59 the evening before and at 00:00:00 the next night do not.
    per_station = _attempts(db, Station.name, PrintAttempt.station_id == Station.id)
    assert per_station == {(L1, "printed"): 3, (L1, "spoiled"): 1, (L2, "printed"): 2,
                           (L2, "spoiled"): 1}  # fmt: skip
    assert book["2. Pencetakan per loket"] == [
        (L1, 3, 1, 4),
        (L2, 2, 1, 3),
        ("Jumlah", 5, 2, 7),
    ]
    assert book["3. Pencetakan per operator"] == [
        (OP1, 3, 1, 4),
        ("operator2", 2, 1, 3),
        ("Jumlah", 5, 2, 7),
    ]

    # The queue at the day's end: B2 (lansia, spoiled, printed the next night) and B4.
    not_printed = Record.printed_at.is_(None) | (Record.printed_at >= END)
    waiting = {nik for nik, in _rows(db, select(Record.nik).where(Record.entered_at < END,
                                                                  not_printed))}  # fmt: skip
    assert waiting == {day.niks["B2"], day.niks["B4"]}
    queue = facts(book["4. Antrian pada akhir hari menurut prioritas"])
    assert (queue["Lansia"], queue["Biasa"], queue["Jumlah"]) == (1, 1, 2)
    assert sum(v for k, v in queue.items() if k != "Jumlah") == 2

    # Blanks: the ledger's balance before the day and at its end, and the day's rows.
    opening = _balance_before(db, START)
    closing = _balance_before(db, END)
    assert (opening, closing) == (99, 140)
    assert facts(book["5. Blangko masuk dan keluar"]) == {
        "Saldo awal (pukul 00.00)": opening, "Diterima": 50, "Dipakai untuk kartu tercetak": -5,
        "Dipakai untuk kartu rusak": -2, "Koreksi stok": -2, "Saldo akhir": closing,
    }  # fmt: skip

    # Rolls at each station's end of day: what is loaded now plus what the next night used.
    rolls = book["6. Sisa pita warna"]
    for name in (L1, L2):
        with db.read() as session:
            place = session.scalars(select(Station).where(Station.name == name)).one()
            later = session.scalar(select(func.count()).where(
                PrintAttempt.station_id == place.id, PrintAttempt.at >= END)) or 0  # fmt: skip
            panels = (place.ribbon_panels, place.film_panels)
            ribbon = place.ribbon_left + later * panels[0]
            film = place.film_left + later * panels[1]
        row = next(r for r in rolls if r[0] == name)
        assert row[2:6] == (ribbon, ribbon // panels[0], film, film // panels[1])
        assert (
            f"{name} HID Fargo HDP5000 {shown(ribbon)}" in text
            or f"{name} HID Fargo {shown(ribbon)}" in text
        )
    assert rolls[-1] == ("Roll segel cadangan di kantor pada akhir hari: pita warna 2, film 2.",)

    # Collections and messages.
    assert facts(book["7. Pengambilan kartu"]) == {
        "Diambil sendiri oleh penduduk": 1, "Diambil oleh wakil (dengan surat kuasa)": 1,
        "Jumlah kartu diambil": collected,
    }  # fmt: skip
    written = one(db, select(func.count()).where(in_day(OutboxMessage.created_at)))
    sent = one(db, select(func.count()).where(in_day(OutboxMessage.delivered_at)))
    cancelled = one(db, select(func.count()).where(in_day(OutboxMessage.cancelled_at)))
    assert (written, sent, cancelled) == (3, 1, 1)
    assert facts(book["8. Pesan siap ambil kepada penduduk"]) == {
        "Pesan baru ditulis ke kotak keluar": written, "Terkirim melalui SMS (Gammu)": 0,
        "Terkirim melalui WhatsApp": sent, "Dibatalkan (kartu diambil sebelum pesan terkirim)":
        cancelled, "Masih menunggu dikirim pada akhir hari": 1, "Jumlah terkirim": sent,
    }  # fmt: skip

    # The forecast: one flag per item and place, made when the report was written.
    flags = book["9. Prakiraan kekurangan untuk shift berikutnya"]
    assert [row[:3] for row in flags][:3] == [("Blangko", "Kantor", "aman"),
                                                  ("Pita warna", L1, "aman"),
                                                  ("Pita warna", L2, "aman")]  # fmt: skip
    assert "dihitung saat laporan dibuat, 03-11-2026 09.00" in text

    # The PDF says every row the workbook says (sections 1 to 5, 7 and 8, cell by cell).
    for title, rows in book.items():
        if title.startswith(("6.", "9.")):
            continue
        for row in rows:
            assert " ".join(shown(v) for v in row) in text, (title, row)
    assert "Dibuat oleh, Koordinator Shift," in text
    assert "( lead1 )" in text

    # Each paper was an export in the audit log, naming the signed-in lead.
    with db.read() as session:
        exports = session.execute(select(AuditEntry.user, AuditEntry.subject, AuditEntry.detail)
                                  .where(AuditEntry.action == "export")).all()  # fmt: skip
    assert exports == [(LEAD, "harian.pdf", "daily 2026-11-02"),
                       (LEAD, "harian.xlsx", "daily 2026-11-02")]  # fmt: skip


def test_todays_report_counts_the_day_so_far_and_says_so(
    day: Day, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, set_time: SetTime
) -> None:
    set_time(at(3, 9, 30))
    assert daily(monkeypatch, db_url, tmp_path / "hari-ini.xlsx", date="03-11-2026") == 0
    book = sheet_sections(tmp_path / "hari-ini.xlsx")
    assert book["2. Pencetakan per loket"] == [(L1, 1, 0, 1), (L2, 0, 0, 0), ("Jumlah", 1, 0, 1)]
    assert facts(book["1. Data diimpor"][-1:]) == {}
    assert book["1. Data diimpor"][0][1] == "besok.csv"
    assert daily(monkeypatch, db_url, tmp_path / "hari-ini.pdf", date="03-11-2026") == 0
    text = pdf_text(tmp_path / "hari-ini.pdf")
    assert "Hari ini belum selesai: angka dihitung sampai laporan dibuat pukul 09.30.00" in text


def test_an_operator_is_refused_and_nothing_is_written(
    day: Day, db: Database, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    assert daily(monkeypatch, db_url, tmp_path / "x.pdf", who=OP1, password="1234") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert "lead" in err
    assert not (tmp_path / "x.pdf").exists()
    assert one(db, select(func.count()).where(AuditEntry.action == "export")) == 0


@pytest.mark.parametrize(
    ("out", "says"),
    [
        ("{tmp}", "must be a .pdf or .xlsx file"),
        ("{tmp}/folder.pdf", "must be a .pdf or .xlsx file"),
        ("{tmp}/no/such/folder/harian.pdf", "does not exist"),
        ("{tmp}/harian.csv", "must be a .pdf or .xlsx file"),
        ("{tmp}/office.sqlite3", "must be a .pdf or .xlsx file"),
    ],
)
def test_a_bad_out_is_refused_in_one_line(
    day: Day, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], out: str, says: str,
) -> None:  # fmt: skip
    (tmp_path / "folder.pdf").mkdir()
    before = sorted(p.name for p in tmp_path.iterdir())
    assert daily(monkeypatch, db_url, out.format(tmp=tmp_path)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert says in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_day_not_begun_is_refused(
    day: Day, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    assert daily(monkeypatch, db_url, tmp_path / "besok.pdf", date="04-11-2026") == 1
    assert "from that day on" in capsys.readouterr().err


def _attempts(db: Database, name: Any, join: Any) -> dict[tuple[str, str], int]:
    with db.read() as session:
        rows = session.execute(
            select(name, PrintAttempt.outcome, func.count()).join(Station, join)
            .where(in_day(PrintAttempt.at)).group_by(name, PrintAttempt.outcome)
        ).all()  # fmt: skip
    return {(n, outcome): count for n, outcome, count in rows}


def _rows(db: Database, query: Any) -> list[Any]:
    with db.read() as session:
        return list(session.execute(query).all())


def _balance_before(db: Database, moment: datetime) -> int:
    last = (
        select(StockMovement.balance_after)
        .where(StockMovement.item == "blank", StockMovement.at < moment)
        .order_by(StockMovement.at.desc(), StockMovement.id.desc())
        .limit(1)
    )
    return int(one(db, last))
