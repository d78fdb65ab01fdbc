"""A scripted November on a real SQLite file: spoils, old cards handed in, a cause corrected
and two destructions. Every paper is read back (the berita acara and the recap as PDF text,
the recap workbook with openpyxl) and each figure is checked against the database; a second
destruction of the same cards is refused and changes nothing."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select, text

from ektp_desk import clock, printing, stock
from ektp_desk.cli import main
from ektp_desk.db import Database
from ektp_desk.imports import import_records
from ektp_desk.models import (
    DestroyedEntry,
    Destruction,
    HandedInCard,
    PrintAttempt,
    StockMovement,
)
from tests.conftest import LEAD, OPERATOR, STATION
from tests.factories import make_nik, password_on_stdin
from tests.reliability.office_dump import dump

SetTime = Callable[[datetime], None]
WITNESSES = ("--witness", "Budi Santoso:198001012005011001", "--witness", "Siti Aminah")
# (source, cause) -> (opening, added, destroyed, closing), as the script below makes them.
EXPECTED = {
    ("Blangko rusak saat cetak", "Gagal cetak"): (1, 1, 1, 1),
    ("Blangko rusak saat cetak", "Gagal rekam chip / encode"): (0, 3, 3, 0),
    ("Blangko rusak saat cetak", "Blangko cacat / rusak"): (0, 0, 0, 0),
    ("Blangko rusak saat cetak", "Perubahan data"): (0, 1, 1, 0),
    ("Blangko rusak saat cetak", "Jumlah"): (1, 5, 5, 1),
    ("KTP-el lama yang ditarik", "Gagal cetak"): (0, 0, 0, 0),
    ("KTP-el lama yang ditarik", "Gagal rekam chip / encode"): (0, 0, 0, 0),
    ("KTP-el lama yang ditarik", "Blangko cacat / rusak"): (0, 1, 1, 0),
    ("KTP-el lama yang ditarik", "Perubahan data"): (1, 2, 2, 1),
    ("KTP-el lama yang ditarik", "Jumlah"): (1, 3, 3, 1),
    ("Jumlah seluruhnya", ""): (2, 8, 8, 2),
}


@pytest.fixture
def set_time(monkeypatch: pytest.MonkeyPatch) -> SetTime:
    now = [datetime(2026, 10, 20, 8, 0)]
    monkeypatch.setattr(clock, "now", lambda: now[0])

    def set_to(when: datetime) -> None:
        now[0] = when

    return set_to


def run(monkeypatch: pytest.MonkeyPatch, url: str, *args: str, who: str = LEAD) -> int:
    password = {LEAD: "5678", OPERATOR: "1234"}[who]
    option = "--lead" if who == LEAD else "--operator"
    return main(["--db", url, *args, option, who, *password_on_stdin(monkeypatch, password)])


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def count(db: Database, *where: object, of: object = None) -> int:
    with db.read() as session:
        query = select(func.count()).select_from(of) if of is not None else select(func.count())
        return session.scalar(query.where(*where)) or 0  # type: ignore[arg-type]


@pytest.fixture
def november(
    set_time: SetTime, office: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Database:
    """The office opened on 20 October with 100 blanks (the ``office`` fixture, clock set)."""
    url = str(office.engine.url)
    niks = [make_nik(serial=n) for n in range(1, 13)]
    requests = ["", "", "", "", "", "", "Perubahan Data", "Rusak", "Hilang", "Rusak",
                "Perubahan data", ""]  # fmt: skip
    pairs = enumerate(zip(niks, requests, strict=True))
    rows = [f"{nik};Warga {i};Cibinong;{r}" for i, (nik, r) in pairs]
    (tmp_path / "rekam.csv").write_text("\r\n".join(["NIK;Nama;Kecamatan;Jenis Permohonan",
                                                     *rows]) + "\r\n", "utf-8")  # fmt: skip
    assert import_records(office, tmp_path / "rekam.csv").rejected == 0

    def spoil(when: datetime, nik: str, reason: str, serial: str) -> None:
        set_time(when)
        printing.record_print(office, nik, station=STATION, operator=OPERATOR,
                              spoiled=reason, blank_serial=serial)  # fmt: skip

    def good(when: datetime, nik: str) -> None:
        set_time(when)
        printing.record_print(office, nik, station=STATION, operator=OPERATOR, blank_serial="OK")

    def collect(when: datetime, nik: str, *extra: str) -> None:
        set_time(when)
        assert run(monkeypatch, url, "collect", nik, "--by", "Warga", *extra, who=OPERATOR) == 0

    # October: one spoil and one old card handed in stay in the register into November.
    spoil(datetime(2026, 10, 28, 9, 0), niks[0], "misprint", "S-OCT")
    good(datetime(2026, 10, 29, 9, 0), niks[6])
    collect(datetime(2026, 10, 30, 9, 0), niks[6], "--handed-in")
    # November.
    set_time(datetime(2026, 11, 2, 8, 0))
    stock.receive(office, "blank", 50, ref="BAST/002", operator=LEAD)
    spoil(datetime(2026, 11, 3, 9, 0), niks[1], "ribbon_break", "S-101")
    spoil(datetime(2026, 11, 3, 9, 5), niks[2], "chip_error", "S-102")
    spoil(datetime(2026, 11, 3, 9, 10), niks[3], "chip_error", "S-103")
    for minute, nik in enumerate(niks[7:11]):
        good(datetime(2026, 11, 3, 10, minute), nik)
    collect(datetime(2026, 11, 5, 9, 0), niks[7], "--handed-in", "--note", "retak")
    collect(datetime(2026, 11, 5, 9, 5), niks[8])  # lost: nothing handed in
    set_time(datetime(2026, 11, 6, 9, 0))
    with office.read() as session:
        fixed = session.scalar(select(PrintAttempt.id).where(PrintAttempt.blank_serial == "S-101"))
    assert run(monkeypatch, url, "cause", str(fixed), "data_changed",
               "--reason", "alamat berubah sebelum dicetak") == 0  # fmt: skip
    set_time(datetime(2026, 11, 10, 15, 0))
    assert run(monkeypatch, url, "destroy", "--date", "2026-11-10", *WITNESSES,
               "--out", str(tmp_path / "ba1.pdf")) == 0  # fmt: skip
    spoil(datetime(2026, 11, 12, 9, 0), niks[4], "chip_error", "S-104")
    collect(datetime(2026, 11, 12, 10, 0), niks[9], "--handed-in", "--cause", "data_changed")
    set_time(datetime(2026, 11, 20, 9, 0))
    stock.adjust(office, "blank", -2, reason="dua blangko tertekuk di gudang", operator=LEAD)
    set_time(datetime(2026, 11, 25, 15, 0))
    assert run(monkeypatch, url, "destroy", "--date", "2026-11-25", *WITNESSES,
               "--out", str(tmp_path / "ba2.pdf")) == 0  # fmt: skip
    spoil(datetime(2026, 11, 28, 9, 0), niks[5], "ribbon_break", "S-105")
    collect(datetime(2026, 11, 29, 9, 0), niks[10], "--handed-in")
    # December: outside the month.
    spoil(datetime(2026, 12, 1, 9, 0), niks[11], "misprint", "S-DEC")
    set_time(datetime(2026, 12, 2, 9, 0))
    return office


def test_the_berita_acara_list_what_the_database_destroyed(november: Database, tmp_path: Path):
    with november.read() as session:
        made = session.execute(select(Destruction.id, Destruction.number, Destruction.held_on)
                               .order_by(Destruction.id)).all()  # fmt: skip
        assert [n for _, n, _ in made] == ["001/BA-PMS/KTP-EL/2026", "002/BA-PMS/KTP-EL/2026"]
        for (id_, number, _), paper in zip(made, ("ba1.pdf", "ba2.pdf"), strict=True):
            rows = session.execute(select(DestroyedEntry.nik, DestroyedEntry.serial)
                                   .where(DestroyedEntry.destruction_id == id_)).all()  # fmt: skip
            paper_text = pdf_text(tmp_path / paper)
            assert number in paper_text
            assert f"seluruhnya {len(rows)} (" in " ".join(paper_text.split())
            for nik, serial in rows:
                assert nik in paper_text
                assert serial is None or serial in paper_text
    assert len(rows) == 2, "the second took S-104 and the old card of 12 November"


def recap_pdf_figures(flat: str) -> dict[tuple[str, str], tuple[int, ...]]:
    """Each row of the register's table (the text comes out a cell a line: flattened)."""
    found: dict[tuple[str, str], tuple[int, ...]] = {}
    for source, cause in EXPECTED:
        line = re.search(rf"{re.escape(source)} {re.escape(cause)} ?(\d+) (\d+) (\d+) (\d+) ",
                         flat)  # fmt: skip
        assert line is not None, (source, cause)
        found[source, cause] = tuple(map(int, line.groups()))
    return found


def test_the_recap_adds_up_on_paper_and_in_the_workbook(
    november: Database, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    pdf, xlsx = tmp_path / "rekap.pdf", tmp_path / "rekap.xlsx"
    for out in (pdf, xlsx):
        assert run(monkeypatch, db_url, "recap", "--month", "2026-11", "--out", str(out)) == 0
        assert "the register and the stock card add up" in capsys.readouterr().out
    with november.read() as session:
        exports = session.execute(
            text("SELECT user, subject FROM audit_log WHERE detail = 'recap 2026-11'")
        ).all()
    assert exports == [(LEAD, "rekap.pdf"), (LEAD, "rekap.xlsx")]
    assert run(monkeypatch, db_url, "recap", "--month", "2026-11", "--out", str(pdf),
               who=OPERATOR) == 1, "an operator does not make the recap"  # fmt: skip
    capsys.readouterr()
    # Each total against the database, counted apart from the recap's own code.
    nov = (datetime(2026, 11, 1), datetime(2026, 12, 1))
    spoiled_added = count(november, PrintAttempt.outcome == "spoiled", PrintAttempt.at >= nov[0],
                          PrintAttempt.at < nov[1], of=PrintAttempt)  # fmt: skip
    handed_added = count(november, HandedInCard.at >= nov[0], HandedInCard.at < nov[1],
                         of=HandedInCard)  # fmt: skip
    destroyed = count(november, Destruction.held_on >= nov[0].date(), of=DestroyedEntry.__table__
                      .join(Destruction.__table__))  # fmt: skip
    assert (spoiled_added, handed_added, destroyed) == (5, 3, 8)
    expected = EXPECTED | {
        ("Blangko rusak saat cetak", "Jumlah"): (1, spoiled_added, 5, 1),
        ("KTP-el lama yang ditarik", "Jumlah"): (1, handed_added, 3, 1),
        ("Jumlah seluruhnya", ""): (2, spoiled_added + handed_added, destroyed, 2),
    }
    flat = " ".join(pdf_text(pdf).split())
    assert recap_pdf_figures(flat) == expected
    assert "Bulan November 2026" in flat
    assert "001/BA-PMS/KTP-EL/2026 10-11-2026 6" in flat
    assert "002/BA-PMS/KTP-EL/2026 25-11-2026 2" in flat
    assert "Sebab yang dikoreksi koordinator shift bulan ini: 1." in flat
    book = load_workbook(xlsx, read_only=True)
    sheet = list(book["Register"].iter_rows(values_only=True))
    assert sheet[0] == ("Asal kartu", "Sebab", "Awal bulan", "Bertambah", "Dimusnahkan",
                        "Akhir bulan")  # fmt: skip
    in_book = {(a, b or ""): tuple(rest) for a, b, *rest in sheet[1:]}
    assert {key: in_book[key] for key in expected} == expected
    assert list(book["Pemusnahan"].iter_rows(min_row=2, values_only=True)) == [
        ("001/BA-PMS/KTP-EL/2026", datetime(2026, 11, 10), 6),
        ("002/BA-PMS/KTP-EL/2026", datetime(2026, 11, 25), 2),
    ]
    # The blanks: the ledger's rows of the month, and its running balance, the stock card.
    with november.read() as session:
        blank = (StockMovement.item == "blank", StockMovement.station_id.is_(None))
        sums = dict(session.execute(
            select(StockMovement.kind, func.sum(StockMovement.delta))
            .where(*blank, StockMovement.at >= nov[0], StockMovement.at < nov[1])
            .group_by(StockMovement.kind)).all())  # fmt: skip
        card = session.scalar(
            select(StockMovement.balance_after)
            .where(*blank, StockMovement.at < nov[1])
            .order_by(StockMovement.id.desc())
            .limit(1)
        )
    assert sums == {"receive": 50, "consume": -4, "spoil": -5, "adjust": -2}
    opening = 100 - 1 - 1  # October: one spoiled, one good card
    closing = opening + 50 - 4 - 5 - 2
    assert card == closing
    blanks = {row[0]: row[1] for row in book["Blangko"].iter_rows(min_row=2, values_only=True)}
    book.close()  # a read-only workbook holds its file open until closed
    assert blanks == {
        "Stok awal bulan": opening, "Diterima": 50, "Dipakai: cetak baik": -4,
        "Dipakai: rusak saat cetak": -5, "Koreksi stok (+/-)": -2, "Dikembalikan": 0,
        "Stok akhir menurut perhitungan": closing, "Stok akhir menurut kartu stok": card,
        "Kartu stok": "COCOK", "Sebab dikoreksi bulan ini": 1,
    }  # fmt: skip
    for words, value in (("Stok awal bulan", f"{opening}"), ("Diterima", "+50"),
                         ("Dipakai: cetak baik", "-4"), ("Dipakai: rusak saat cetak", "-5"),
                         ("Koreksi stok (+/-)", "-2"), ("Stok akhir menurut perhitungan",
                         f"{closing}"), ("Stok akhir menurut kartu stok", f"{card}")):  # fmt: skip
        assert f"{words} {value} " in flat, words
    assert "Kartu stok COCOK" in flat
    assert "register (5 keping) sama dengan blangko rusak menurut kartu stok (5 keping)" in flat


def test_a_second_destruction_of_the_same_cards_is_refused_and_changes_nothing(
    november: Database, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    before = dump(tmp_path / "office.sqlite3")
    again = tmp_path / "ba-again.pdf"
    assert run(monkeypatch, db_url, "destroy", "--date", "2026-11-25", *WITNESSES,
               "--out", str(again)) == 1  # fmt: skip
    assert "the register holds no card to destroy up to 25-11-2026" in capsys.readouterr().err
    assert not again.exists()
    assert dump(tmp_path / "office.sqlite3") == before
    # The register still holds what the month left, and only that.
    assert run(monkeypatch, db_url, "register", "--json") == 0
    assert '"S-105"' in (out := capsys.readouterr().out)
    assert "S-104" not in out
