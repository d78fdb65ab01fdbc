"""The paper size setting: A4 by default, F4 (215 x 330 mm) for every PDF the program writes
once a lead chooses it: the daily report, the berita acara of spoiled blanks, the berita
acara pemusnahan, the monthly recap and the public stock notice, read back with pypdf (the
page's mediabox, in points)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from ektp_desk import clock, printing
from ektp_desk.api import papers, reports
from ektp_desk.cli import main
from ektp_desk.db import Database
from ektp_desk.errors import Refused
from ektp_desk.settings import load_settings, save_settings
from tests.conftest import LEAD, OPERATOR, STATION
from tests.factories import actor, add_records, password_on_stdin

MM = 72 / 25.4  # points in a millimetre


def page_mm(path: Path) -> list[tuple[float, float]]:
    return [(round(float(p.mediabox.width) / MM, 1), round(float(p.mediabox.height) / MM, 1))
            for p in PdfReader(path).pages]  # fmt: skip


def every_paper(office: Database, folder: Path) -> list[Path]:
    """The daily report, the berita acara, a destruction's berita acara pemusnahan, the
    month's recap and the day's public stock notice."""
    lead = actor(office, LEAD)
    today = clock.today()
    daily = reports.export_daily(office, lead, today, folder / "harian.pdf").path
    berita = reports.export_berita_acara(office, lead, today, today, folder / "ba.pdf").path
    signers = papers.Signers(papers.Signer("Ani"), papers.Signer("Joko"), papers.Signer("Hartono"),
                             (papers.Signer("Budi"),))  # fmt: skip
    papers.destroy(office, lead, today, signers, folder / "pemusnahan.pdf")
    papers.monthly_recap(office, lead, papers.parse_month(f"{today:%Y-%m}"), folder / "rekap.pdf")
    papers.stock_notice(office, lead, today, [folder / "pengumuman.pdf"])
    return [daily, berita, folder / "pemusnahan.pdf", folder / "rekap.pdf",
            folder / "pengumuman.pdf"]  # fmt: skip


@pytest.fixture
def spoiled_day(office: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 12, 20, 9, 0))
    niks = add_records(office, 3)
    for nik in niks[:2]:
        printing.record_print(office, nik, station=STATION, operator=OPERATOR, spoiled="card_jam",
                              blank_serial=f"SN-{nik[-4:]}")  # fmt: skip
    printing.record_print(office, niks[2], station=STATION, operator=OPERATOR)
    save_settings(office, {"complaint_contact": "0812-3456-7890"}, operator=LEAD)
    return office


def test_every_pdf_is_a4_until_a_lead_chooses_f4(spoiled_day: Database, tmp_path: Path) -> None:
    assert load_settings(spoiled_day).paper_size == "A4"
    for path in every_paper(spoiled_day, tmp_path):
        assert set(page_mm(path)) == {(210.0, 297.0)}, path.name


def test_f4_makes_every_pdf_215_by_330_mm_with_its_tables_on_the_wider_page(
    spoiled_day: Database, tmp_path: Path
) -> None:
    save_settings(spoiled_day, {"paper_size": "f4"}, operator=LEAD)
    assert load_settings(spoiled_day).paper_size == "F4", "stored as declared"
    made = every_paper(spoiled_day, tmp_path)
    for path in made:
        assert set(page_mm(path)) == {(215.0, 330.0)}, path.name
    # The berita acara's name column takes the 5 mm more: the table spans the text width.
    text = " ".join(p.extract_text() for p in PdfReader(made[1]).pages)
    assert "SN-0001" in text
    assert "SN-0002" in text
    reports.export_daily(spoiled_day, actor(spoiled_day, LEAD), date(2026, 12, 20),
                         tmp_path / "harian.xlsx")  # fmt: skip
    sheet = openpyxl.load_workbook(tmp_path / "harian.xlsx")["Laporan harian"]
    assert sheet.page_setup.paperSize == 14, "the workbook prints on folio (F4) too"


def test_another_paper_size_is_refused_with_the_choices(
    office: Database, db_url: str, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    with pytest.raises(Refused, match="A4, F4"):
        save_settings(office, {"paper_size": "Letter"}, operator=LEAD)
    assert load_settings(office).paper_size == "A4"
    code = main(["--db", db_url, "settings", "--set", "paper_size", "Legal", "--operator", LEAD,
                 *password_on_stdin(monkeypatch, "5678")])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1, err
    assert "A4, F4" in err
