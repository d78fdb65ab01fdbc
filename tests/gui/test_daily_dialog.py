"""File ▸ Reports ▸ Daily report… in a real window: a lead picks the day and the format, the
file is written on a worker and reads back; an operator's window has no such menu entry."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from ektp_desk import clock, printing
from ektp_desk.db import Database
from tests.conftest import LEAD, OPERATOR, OTHER_STATION, STATION
from tests.factories import actor, add_records
from tests.gui.conftest import reports_action
from ui.daily_dialog import DailyReportDialog
from ui.main_window import MainWindow

NOON = datetime(2026, 11, 2, 12, 0)


@pytest.fixture
def printed_day(office: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    monkeypatch.setattr(clock, "now", lambda: NOON)
    niks = add_records(office, 3, start=datetime(2026, 11, 2, 8, 0))
    printing.record_print(office, niks[0], station=STATION, operator=OPERATOR)
    printing.record_print(office, niks[1], station=OTHER_STATION, operator=OPERATOR,
                          spoiled="film_jam", blank_serial="SN-7")  # fmt: skip
    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 11, 3, 8, 0))
    return office


def test_the_dialog_writes_the_days_pdf_and_workbook_on_a_worker(
    printed_day: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = DailyReportDialog(printed_day, actor(printed_day, LEAD))
    qtbot.addWidget(dialog)
    assert dialog.day.date() == QDate(2026, 11, 3), "today by the office's clock"
    dialog.day.setDate(QDate(2026, 11, 2))
    assert dialog.path.text().endswith("laporan-harian-2026-11-02.pdf")
    dialog.path.setText(str(tmp_path / "harian.pdf"))
    dialog.save()
    assert not dialog.box.isEnabled(), "the form is off while the file is written"
    qtbot.waitUntil(dialog.jobs.idle)
    assert dialog.saved == tmp_path / "harian.pdf"
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(dialog.saved).pages)
    assert "Hari/tanggal: Senin, 2 November 2026" in text
    assert f"{STATION} 1 0 1" in text
    assert f"{OTHER_STATION} 0 1 1" in text

    again = DailyReportDialog(printed_day, actor(printed_day, LEAD))
    qtbot.addWidget(again)
    again.day.setDate(QDate(2026, 11, 2))
    again.format.setCurrentIndex(again.format.findData(".xlsx"))
    assert again.path.text().endswith("laporan-harian-2026-11-02.xlsx")
    again.path.setText(str(tmp_path / "harian.xlsx"))
    again.save()
    qtbot.waitUntil(again.jobs.idle)
    rows = list(openpyxl.load_workbook(tmp_path / "harian.xlsx")["Laporan harian"]
                .iter_rows(values_only=True))  # fmt: skip
    assert ("Kartu tercetak", 1) in [row[:2] for row in rows]
    assert ("Kartu rusak (blangko terpakai)", 1) in [row[:2] for row in rows]


def test_a_bad_file_name_is_said_in_the_dialog(printed_day: Database, qtbot: QtBot) -> None:
    dialog = DailyReportDialog(printed_day, actor(printed_day, LEAD))
    qtbot.addWidget(dialog)
    dialog.path.setText("/no/such/folder/harian.pdf")
    dialog.save()
    qtbot.waitUntil(dialog.jobs.idle)
    assert dialog.saved is None
    assert dialog.box.isEnabled()
    assert "does not exist" in dialog.error.text() or "tidak ada" in dialog.error.text()


def test_file_reports_daily_is_there_for_a_lead_only(
    office: Database, make_window: Callable[..., MainWindow]
) -> None:
    lead = make_window(office, name=LEAD)
    daily = reports_action(lead, "actDaily")
    assert daily.isVisible()
    assert daily.isEnabled()
    operator = make_window(office, name=OPERATOR)
    hidden = next(a for a in operator.findChildren(type(daily)) if a.objectName() == "actDaily")
    assert not hidden.isVisible()
