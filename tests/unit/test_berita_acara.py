"""The berita acara of spoiled blanks, read back from the PDF as the office would read it."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import update

from ektp_desk import clock, printing, settings
from ektp_desk.berita_acara import EMPTY, TITLE, write_berita_acara
from ektp_desk.cli import main
from ektp_desk.db import Database
from ektp_desk.errors import Refused
from ektp_desk.indonesian import terbilang
from ektp_desk.models import Record
from tests.conftest import LEAD, OPERATOR, OTHER_STATION, STATION
from tests.factories import add_records, password_on_stdin

FIRST, LAST = date(2026, 11, 2), date(2026, 11, 3)
HOSTILE = "<b>X</b> & Co"
HOSTILE_LONG = "<i>Raden</i> & <font color='red'>Ayu</font> Sekar Kusumawardhani <br/>"

SetTime = Callable[[datetime], None]


@dataclass(frozen=True)
class Spoil:
    at: datetime
    station: str
    reason: str  # the word the report prints
    serial: str | None


# Inside the period: every reason, both stations, both days, both boundaries; one has no serial.
INSIDE = [
    Spoil(datetime(2026, 11, 2, 0, 0), STATION, "pita warna putus", "BLK-0001"),
    Spoil(datetime(2026, 11, 2, 10, 15), OTHER_STATION, "film macet", "BLK-0002"),
    Spoil(datetime(2026, 11, 2, 16, 40), STATION, "salah cetak", None),
    Spoil(datetime(2026, 11, 3, 8, 5), OTHER_STATION, "kesalahan chip / encoding", "BLK-0004"),
    Spoil(datetime(2026, 11, 3, 13, 30), STATION, "kartu macet", "BLK-0005"),
    Spoil(datetime(2026, 11, 3, 23, 59, 59), OTHER_STATION, "lainnya", "BLK-0006"),
]
CODES = {
    "pita warna putus": "ribbon_break",
    "film macet": "film_jam",
    "salah cetak": "misprint",
    "kesalahan chip / encoding": "chip_error",
    "kartu macet": "card_jam",
    "lainnya": "other",
}
OUTSIDE = [
    Spoil(datetime(2026, 11, 1, 23, 59, 59), STATION, "pita warna putus", "BLK-BEFORE"),
    Spoil(datetime(2026, 11, 4, 0, 0), STATION, "film macet", "BLK-AFTER"),
]


@pytest.fixture
def set_time(monkeypatch: pytest.MonkeyPatch) -> SetTime:
    def set_to(when: datetime) -> None:
        monkeypatch.setattr(clock, "now", lambda: when)

    return set_to


@dataclass(frozen=True)
class Counter:
    """The print counter after two days of work."""

    db: Database
    inside: list[str]  # NIKs of the spoiled cards in the period, in INSIDE's order
    outside: list[str]
    printed: list[str]


@pytest.fixture
def counter(office: Database, set_time: SetTime) -> Counter:
    """Spoils inside and outside the period, and good cards printed in it."""
    inside, outside, printed = (add_records(office, 6), add_records(office, 2, first_serial=20),
                                add_records(office, 2, first_serial=40))  # fmt: skip
    rename(office, inside[0], HOSTILE)
    for nik, spoil in zip(inside + outside, INSIDE + OUTSIDE, strict=True):
        spoil_card(office, set_time, nik, spoil)
    for nik, hour in zip(printed, (9, 15), strict=True):
        set_time(datetime(2026, 11, 2, hour, 0))
        printing.record_print(office, nik, station=STATION, operator=OPERATOR, blank_serial="GOOD")
    set_time(datetime(2026, 11, 4, 8, 0))  # the day the report is made
    return Counter(office, inside, outside, printed)


def spoil_card(db: Database, set_time: SetTime, nik: str, spoil: Spoil) -> None:
    set_time(spoil.at)
    printing.record_print(db, nik, station=spoil.station, operator=OPERATOR,
                          spoiled=CODES[spoil.reason], blank_serial=spoil.serial)  # fmt: skip


def rename(db: Database, nik: str, name: str) -> None:
    with db.write() as session:
        session.execute(update(Record).where(Record.nik == nik).values(name=name))


def pages(path: Path) -> list[str]:
    """Each page's text with runs of whitespace as one space (wrapped cells joined again)."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def report(db: Database, tmp_path: Path, start: date = FIRST, end: date = LAST,
           maker: str | None = None) -> tuple[int, str, list[str]]:  # fmt: skip
    summary = write_berita_acara(db, start, end, tmp_path / "ba.pdf", maker=maker)
    assert summary.path == tmp_path / "ba.pdf"
    texts = pages(summary.path)
    return summary.spoiled, " ".join(texts), texts


# --- what the report lists ---------------------------------------------------------------


def test_every_spoiled_blank_in_the_period_is_listed_with_its_details(
    counter: Counter, tmp_path: Path
) -> None:
    spoiled, text, _ = report(counter.db, tmp_path)
    assert spoiled == len(INSIDE)
    names = [HOSTILE, *(f"Warga {i}" for i in range(2, 7))]
    for number, (nik, name, spoil) in enumerate(zip(counter.inside, names, INSIDE, strict=True)):
        row = (f"{number + 1} {spoil.at:%d-%m-%Y %H:%M} {spoil.station} {OPERATOR} {nik} {name} "
               f"{spoil.reason} {spoil.serial or '-'}")  # fmt: skip
        assert row in text


def test_printed_cards_and_spoils_outside_the_period_are_not_listed(
    counter: Counter, tmp_path: Path
) -> None:
    _, text, _ = report(counter.db, tmp_path)
    for nik in counter.printed + counter.outside:
        assert nik not in text
    for absent in ("GOOD", "BLK-BEFORE", "BLK-AFTER", "01-11-2026", "04-11-2026"):
        assert absent not in text


def test_a_one_day_period_takes_the_whole_day_and_nothing_else(
    counter: Counter, tmp_path: Path
) -> None:
    spoiled, text, _ = report(counter.db, tmp_path, LAST, LAST)
    assert spoiled == 3
    assert all(nik in text for nik in counter.inside[3:])
    assert not any(nik in text for nik in counter.inside[:3])


def test_totals_by_reason_and_the_grand_total(counter: Counter, tmp_path: Path) -> None:
    _, text, _ = report(counter.db, tmp_path)
    totals = text[text.index("Jumlah menurut alasan") :]
    for spoil in INSIDE:
        assert f"{spoil.reason} 1 " in totals
    assert "Jumlah seluruhnya 6 " in totals
    assert "seluruhnya 6 (enam) keping" in totals


def test_heading_period_signatures_and_page_numbers(counter: Counter, tmp_path: Path) -> None:
    _, text, texts = report(counter.db, tmp_path, maker="Dedi Kurniawan")
    assert TITLE in text
    assert settings.OfficeSettings().office_name in text
    assert "periode 2 November 2026 sampai dengan 3 November 2026" in text
    assert "Pada hari ini Rabu, tanggal 4 November 2026" in text  # the day it is made
    for signer in ("Yang membuat,", "Koordinator Shift,", "Kepala Seksi Pelayanan,"):
        assert signer in text
    assert "( Dedi Kurniawan )" in text
    assert text.count("NIP.") == 3
    assert f"Halaman 1 dari {len(texts)}" in texts[0]
    width, height = PdfReader(tmp_path / "ba.pdf").pages[0].mediabox.upper_right
    assert (round(float(width)), round(float(height))) == (595, 842)  # A4 portrait


# --- hostile text ------------------------------------------------------------------------


def test_names_and_settings_that_look_like_markup_are_printed_literally(
    counter: Counter, tmp_path: Path
) -> None:
    db = counter.db
    rename(db, counter.inside[1], HOSTILE_LONG)  # long: wraps, so it goes through a Paragraph
    settings.save_settings(db, {"office_name": 'Disdukcapil <Kab.> & "Bogor"'}, operator=LEAD)
    _, text, _ = report(db, tmp_path, maker="<b>Ani</b> & Budi")
    assert HOSTILE in text
    assert HOSTILE_LONG.strip() in text
    assert 'BLANGKO KTP-EL RUSAK Disdukcapil <Kab.> & "Bogor" Nomor:' in text
    assert 'pencetakan di Disdukcapil <Kab.> & "Bogor" selama periode' in text
    assert "( <b>Ani</b> & Budi )" in text


# --- many pages, no spoils, refusals -----------------------------------------------------


def test_many_spoils_run_over_pages_with_the_header_on_each(
    office: Database, set_time: SetTime, tmp_path: Path
) -> None:
    niks = add_records(office, 80)
    for minute, nik in enumerate(niks):
        at = datetime(2026, 11, 2, 8, 0) + timedelta(minutes=minute)
        spoil_card(office, set_time, nik, Spoil(at, STATION, "salah cetak", f"S{minute:03d}"))
    spoiled, text, texts = report(office, tmp_path)
    assert spoiled == 80
    assert len(texts) >= 3
    header = "No Waktu Loket Operator NIK Nama Alasan Nomor seri blangko"
    assert header in texts[1]
    assert f"Halaman 2 dari {len(texts)}" in texts[1]
    assert all(f"Halaman {n} dari {len(texts)}" in page for n, page in enumerate(texts, 1))
    assert all(nik in text for nik in niks)
    numbers = [int(n) for n in re.findall(r"(\d+) \d\d-11-2026 \d\d:\d\d", text)]
    assert numbers == list(range(1, 81))
    assert "salah cetak 80 " in text
    assert f"seluruhnya 80 ({terbilang(80)}) keping" in text


def test_a_period_without_spoils_still_makes_a_report(counter: Counter, tmp_path: Path) -> None:
    spoiled, text, _ = report(counter.db, tmp_path, date(2026, 10, 1), date(2026, 10, 31))
    assert spoiled == 0
    assert EMPTY in text
    assert "Jumlah seluruhnya 0" in text
    assert "Koordinator Shift," in text


def test_start_after_end_is_refused_and_writes_nothing(office: Database, tmp_path: Path) -> None:
    with pytest.raises(Refused, match="starts on 03-11-2026, after it ends on 02-11-2026"):
        write_berita_acara(office, LAST, FIRST, tmp_path / "ba.pdf")
    assert not (tmp_path / "ba.pdf").exists()


def test_a_missing_folder_is_refused(office: Database, tmp_path: Path) -> None:
    with pytest.raises(Refused, match="does not exist"):
        write_berita_acara(office, FIRST, LAST, tmp_path / "nowhere" / "ba.pdf")
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.parametrize("name", ["office.sqlite3", "ba.xlsx", "folder.pdf"])
def test_anything_but_a_pdf_file_as_the_output_is_refused(
    office: Database, tmp_path: Path, name: str
) -> None:
    (tmp_path / "folder.pdf").mkdir()
    (tmp_path / "office.sqlite3").write_bytes(b"precious")
    with pytest.raises(Refused, match=re.escape(f"must be a .pdf file (got {name})")):
        write_berita_acara(office, FIRST, LAST, tmp_path / name)
    assert (tmp_path / "office.sqlite3").read_bytes() == b"precious"


def test_an_old_report_is_replaced_whole_and_no_temporary_file_is_left(
    counter: Counter, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "ba.pdf").write_bytes(b"old report")
    write_berita_acara(counter.db, FIRST, LAST, folder / "ba.pdf")
    assert [p.name for p in folder.iterdir()] == ["ba.pdf"]
    assert (folder / "ba.pdf").read_bytes().startswith(b"%PDF")


def test_a_failed_write_is_refused_and_leaves_the_old_report_whole(
    counter: Counter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "ba.pdf").write_bytes(b"old report")

    def locked(source: object, target: object) -> None:  # a viewer holds the file (Windows)
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(Refused, match=r"cannot write .*ba\.pdf: Permission denied"):
        write_berita_acara(counter.db, FIRST, LAST, folder / "ba.pdf")
    assert [p.name for p in folder.iterdir()] == ["ba.pdf"]
    assert (folder / "ba.pdf").read_bytes() == b"old report"


def test_the_cli_writes_the_report_and_refuses_a_reversed_period(
    counter: Counter,
    db_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "cli.pdf"
    args = ["--db", db_url, "berita-acara", "--out", str(out), "--maker", "Ani", "--lead", LEAD]
    args += password_on_stdin(monkeypatch, "5678")
    assert main([*args, "--from", "02-11-2026", "--to", "03-11-2026"]) == 0
    assert "6 spoiled blank(s)" in capsys.readouterr().out
    assert counter.inside[0] in pages(out)[0]
    password_on_stdin(monkeypatch, "5678")
    assert main([*args, "--from", "03-11-2026", "--to", "02-11-2026"]) == 1
    assert "after it ends" in capsys.readouterr().err


@pytest.mark.parametrize(("number", "words"), [
    (0, "nol"), (11, "sebelas"), (19, "sembilan belas"), (80, "delapan puluh"),
    (101, "seratus satu"), (215, "dua ratus lima belas"), (1000, "seribu"),
    (1999, "seribu sembilan ratus sembilan puluh sembilan"), (2024, "dua ribu dua puluh empat"),
    (1_000_000, "satu juta"),
])  # fmt: skip
def test_counts_are_written_in_indonesian_words(number: int, words: str) -> None:
    assert terbilang(number) == words
