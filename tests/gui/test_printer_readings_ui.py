"""The printers in the window: the Stations tab shows readings and flags a difference; the
shift's reading dialog takes a typed reading, a skip with a reason, and a probe that finds
no printer without freezing or failing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ektp_desk import printing
from ektp_desk.db import Database
from ektp_desk.domain import Moment, ProbeKind
from ektp_desk.printers.overview import readings_due
from ektp_desk.printers.readings import TypedFigures, record_typed_reading, set_probe
from ektp_desk.shifts import open_shifts
from tests.conftest import LEAD, OPERATOR, OTHER_STATION, STATION
from tests.factories import actor, add_records
from ui.printer_reading_dialog import PrinterReadingDialog
from ui.tasks import TaskRunner


def three_unrecorded_cards(db: Database) -> None:
    lead = actor(db, LEAD)
    record_typed_reading(db, STATION, TypedFigures(1000, ribbon=500), actor=lead)
    for nik in add_records(db, 5):
        printing.record_print(db, nik, station=STATION, operator=OPERATOR)
    record_typed_reading(db, STATION, TypedFigures(1008, ribbon=492), actor=lead)
    record_typed_reading(db, OTHER_STATION, TypedFigures(730, ribbon=500), actor=lead)


def test_the_stations_tab_shows_readings_and_flags_the_difference(
    office: Database, qtbot: QtBot, make_window
) -> None:
    three_unrecorded_cards(office)
    window = make_window(office, name=LEAD)
    window.body.tabs.setCurrentIndex(1)
    panel = window.printer_panel
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2)
    cells = {panel.table.item(r, 0).text(): r for r in range(2)}
    row = cells[STATION]
    assert panel.table.item(row, 2).text() == "1.008"
    assert panel.table.item(row, 3).text() == "492 / 495"
    assert "+3" in panel.table.item(row, 5).text()
    assert panel.table.item(row, 5).background().color().name() == "#f8cbad"
    assert panel.table.item(cells[OTHER_STATION], 1).text() != ""
    assert panel.findings.isVisible()
    assert "3" in panel.findings.text()


def test_the_shift_dialog_takes_a_reading_a_skip_and_a_failed_probe(
    office: Database, qtbot: QtBot
) -> None:
    shift = open_shifts(office)[0]
    set_probe(office, OTHER_STATION, ProbeKind.EVOLIS, "Evolis Primacy 2 (not connected)",
              actor=actor(office, "admin"))  # fmt: skip
    dialog = PrinterReadingDialog(office, actor(office, LEAD, STATION), shift.id,
                                  Moment.SHIFT_END, runner=TaskRunner(inline=True))  # fmt: skip
    qtbot.addWidget(dialog)
    assert [dialog.stations.item(i).text() for i in range(2)] == [STATION, OTHER_STATION]
    assert not dialog.probe_button.isEnabled()  # Loket 1 has no probe: type it
    dialog.counter.setValue(1200)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.stations.count() == 1
    assert dialog.probe_button.isEnabled()
    qtbot.mouseClick(dialog.probe_button, Qt.MouseButton.LeftButton)
    assert "No reading" in dialog.message.text()
    assert dialog.stations.count() == 1  # still due: type it or skip
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert "say why" in dialog.message.text().lower()
    qtbot.keyClicks(dialog.reason, "printer sedang diservis")
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert readings_due(office, shift.id, Moment.SHIFT_END) == []


def test_a_typed_reading_is_written_on_a_worker_the_buttons_off_meanwhile(
    office: Database, qtbot: QtBot, record_calls
) -> None:
    from ektp_desk.api import printers as api_printers

    shift = open_shifts(office)[0]
    writes = record_calls(api_printers, "record_reading")
    dialog = PrinterReadingDialog(office, actor(office, LEAD, STATION), shift.id,
                                  Moment.SHIFT_END)  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.counter.setValue(1200)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.save_button.isEnabled(), "the reading cannot be saved twice"
    assert not dialog.skip_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.stations.count() == 1)
    assert dialog.save_button.isEnabled()
    assert writes.off_the_gui_thread, "written on a worker"
    assert [d.station for d in readings_due(office, shift.id, Moment.SHIFT_END)] == [OTHER_STATION]
