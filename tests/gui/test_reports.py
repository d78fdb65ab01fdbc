"""The shift lead's reports from the window: end of shift with its handover, berita acara."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ektp_desk import printing, shifts
from ektp_desk.api import reports as api_reports
from ektp_desk.api import shifts as api_shifts
from ektp_desk.db import Database
from tests.conftest import LEAD, OPERATOR, STATION
from tests.factories import actor, add_records, admin
from tests.gui.conftest import Calls
from ui.report_dialogs import BeritaAcaraDialog, HandoverReportDialog
from ui.shift_dialogs import EndShiftDialog


def a_day(db: Database) -> list[str]:
    niks = add_records(db, 4)
    printing.record_print(db, niks[0], station=STATION, operator=OPERATOR)
    printing.record_print(db, niks[1], station=STATION, operator=OPERATOR, spoiled="card_jam",
                          blank_serial="SN-0042")  # fmt: skip
    return niks


def test_ending_the_shift_saves_notes_and_the_handover_workbook(
    office: Database, qtbot: QtBot, tmp_path: Path, record_calls
) -> None:
    a_day(office)
    [shift] = shifts.open_shifts(office)
    ends = record_calls(api_shifts, "end_shift")
    writes = record_calls(api_reports, "export_handover")
    dialog = EndShiftDialog(office, actor(office, LEAD, STATION), shift)
    qtbot.addWidget(dialog)
    dialog.notes.setPlainText("Kartu macet dua kali di Loket 1")
    dialog.path.setText(str(tmp_path / "serah-terima.xlsx"))
    dialog.end()
    assert dialog.error.text() == "Ending the shift…"
    assert not dialog.findChild(QDialogButtonBox).isEnabled(), "cannot be ended twice"
    qtbot.waitUntil(lambda: dialog.result() == EndShiftDialog.DialogCode.Accepted)
    assert ends.off_the_gui_thread, "the shift was ended on a worker"
    assert writes.off_the_gui_thread, "and its workbook written there"
    assert dialog.report == tmp_path / "serah-terima.xlsx"
    assert dialog.ended is not None
    assert dialog.ended.notes == "Kartu macet dua kali di Loket 1"
    book = openpyxl.load_workbook(tmp_path / "serah-terima.xlsx")
    assert book.sheetnames[:4] == ["Ringkasan", "Cetak", "Stok", "Antrian"]
    assert book["Cetak"].max_row == 1 + 2


def test_the_handover_of_any_shift_and_the_berita_acara_from_the_menu(
    office: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    niks = a_day(office)
    handover = HandoverReportDialog(office, actor(office, LEAD))
    qtbot.addWidget(handover)
    qtbot.waitUntil(handover.jobs.idle)  # the list of shifts
    handover.path.setText(str(tmp_path / "shift.xlsx"))
    handover.save()
    assert not handover.box.isEnabled(), "the form is off while the workbook is written"
    qtbot.waitUntil(handover.jobs.idle)
    assert handover.saved == tmp_path / "shift.xlsx"
    book = openpyxl.load_workbook(handover.saved)
    assert book.sheetnames[0] == "Ringkasan"
    labels = {row[0] for row in book["Ringkasan"].iter_rows(values_only=True) if row}
    # Issue 14: File ▸ Handover left the forecast out; every face now writes the same paper.
    assert "Data menunggu saat shift berikutnya mulai" in labels
    berita = BeritaAcaraDialog(office, actor(office, LEAD))
    qtbot.addWidget(berita)
    berita.path.setText(str(tmp_path / "ba.pdf"))
    berita.save()
    qtbot.waitUntil(berita.jobs.idle)
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "ba.pdf").pages)
    assert niks[1] in text
    assert "SN-0042" in text
    assert niks[0] not in text, "a good card is not in the berita acara"


def test_a_report_into_a_missing_folder_is_refused_in_the_dialog(
    office: Database, qtbot: QtBot
) -> None:
    berita = BeritaAcaraDialog(office, actor(office, LEAD))
    qtbot.addWidget(berita)
    berita.path.setText("/no/such/folder/ba.pdf")
    berita.save()
    qtbot.waitUntil(berita.jobs.idle)
    assert berita.box.isEnabled(), "the form is back for another try"
    assert berita.saved is None
    assert "does not exist" in berita.error.text()


def test_the_handover_dialog_shows_at_once_and_lists_the_shifts_when_read(
    office: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    [shift] = shifts.open_shifts(office)
    gate, reads, real = threading.Event(), Calls(), api_shifts.list_shifts

    def slow(*args: Any, **kwargs: Any) -> Any:
        reads.threads.append(threading.get_ident())
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(api_shifts, "list_shifts", slow)
    try:
        handover = HandoverReportDialog(office, actor(office, LEAD))
        qtbot.addWidget(handover)
        handover.show()
        qtbot.waitExposed(handover)
        save = handover.box.button(QDialogButtonBox.StandardButton.Save)
        assert handover.shift.count() == 0, "the dialog is there before the shifts are read"
        assert not save.isEnabled(), "nothing to save until they are"
    finally:
        gate.set()
    qtbot.waitUntil(handover.jobs.idle)
    assert reads.off_the_gui_thread, "the shifts were read on a worker"
    assert handover.shift.count() == 1
    assert handover.shift.currentData() == shift.id
    assert handover.shift.currentText().endswith(f"open · {LEAD}")
    assert handover.path.text().endswith(f"serah-terima-shift-{shift.id}.xlsx")
    assert save.isEnabled()


def test_the_handover_dialog_says_when_no_shift_was_started(db: Database, qtbot: QtBot) -> None:
    handover = HandoverReportDialog(db, actor(db, admin(db)))
    qtbot.addWidget(handover)
    qtbot.waitUntil(handover.jobs.idle)
    assert handover.error.text() == "No shift has been started yet."
    assert not handover.box.button(QDialogButtonBox.StandardButton.Save).isEnabled()
