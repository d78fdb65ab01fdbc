"""A lead opens the night shift, resolves what the day left at a printer, and reads the notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from ektp_desk import printing, queue_view, resume, shifts, stock_books
from ektp_desk.api import counter as api_counter
from ektp_desk.api import shifts as api_shifts
from ektp_desk.db import Database
from tests.conftest import LEAD, OPERATOR, OTHER_STATION, STATION
from tests.factories import actor, add_records
from tests.gui.conftest import answer_next_dialog
from ui.actions import Act
from ui.shift_dialogs import PendingDialog, StartShiftDialog, WhereWeStoppedDialog


def day_that_left_two_cards(db: Database) -> list[str]:
    niks = add_records(db, 6)
    printing.record_print(db, niks[0], station=STATION, operator=OPERATOR)
    printing.claim_next(db, station=STATION)
    printing.claim_next(db, station=OTHER_STATION)
    shifts.end_shift(db, lead=LEAD, notes="Film Loket 2 macet sekali")
    return niks


def answered(qtbot: QtBot, dialog: QWidget) -> None:
    """The dialog's core call, on its worker, has answered."""
    qtbot.waitUntil(lambda: not dialog.work.running)  # type: ignore[attr-defined]


def test_starting_the_night_shift_in_the_dialog(
    office: Database, qtbot: QtBot, record_calls
) -> None:
    day_that_left_two_cards(office)
    starts = record_calls(api_shifts, "start_shift")
    dialog = StartShiftDialog(office, actor(office, LEAD, STATION))
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("lembur_malam"))
    dialog.stations.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.start()
    assert dialog.error.text() == "Starting the shift…"
    dialog.start()  # a second press while the first runs does nothing
    answered(qtbot, dialog)
    assert dialog.result() == StartShiftDialog.DialogCode.Accepted
    assert dialog.started is not None
    assert len(starts.threads) == 1
    assert starts.off_the_gui_thread, "started on a worker"
    assert (dialog.started.kind, dialog.started.stations) == ("lembur_malam", (STATION,))


def test_pending_cards_are_resolved_one_by_one(
    office: Database, qtbot: QtBot, record_calls
) -> None:
    niks = day_that_left_two_cards(office)
    shifts.start_shift(office, "lembur_malam", lead=LEAD)
    resolves = record_calls(api_counter, "resolve")
    dialog = PendingDialog(office, actor(office, LEAD, STATION))
    qtbot.addWidget(dialog)
    answered(qtbot, dialog)
    table = dialog.findChild(QTableWidget, "pendingTable")
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [niks[1], niks[2]]
    dialog.findChild(QPushButton, "resolve-printed").click()
    assert not dialog.findChild(QPushButton, "resolve-spoiled").isEnabled(), "one at a time"
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    answered(qtbot, dialog)
    assert dialog.message.text() == f"{niks[1]} resolved"

    def spoiled_by_film(spoil: QWidget) -> None:
        qtbot.keyClick(spoil, Qt.Key.Key_2)
        qtbot.keyClick(spoil, Qt.Key.Key_Return)

    answer_next_dialog(qtbot, spoiled_by_film)
    dialog.findChild(QPushButton, "resolve-spoiled").click()
    qtbot.waitUntil(lambda: dialog.result() == PendingDialog.DialogCode.Accepted)
    assert resume.pending_cards(office) == []
    assert len(resolves.threads) == 2
    assert resolves.off_the_gui_thread, "resolved on a worker"
    assert stock_books.stock_levels(office).blank == 100 - 3
    assert queue_view.list_queue(office)[0].nik == niks[2], "the spoiled card heads the queue"


def test_where_the_day_stopped_shows_notes_last_cards_and_opening_stock(
    office: Database, qtbot: QtBot
) -> None:
    niks = day_that_left_two_cards(office)
    shifts.start_shift(office, "lembur_malam", lead=LEAD)
    dialog = WhereWeStoppedDialog(office, actor(office, OPERATOR, STATION))
    qtbot.addWidget(dialog)
    assert dialog.findChild(QWidget, "handoverNotes").text() == "Film Loket 2 macet sekali"
    last = dialog.findChild(QTableWidget, "lastPrinted")
    assert last.item(0, 1).text() == niks[0]
    assert dialog.findChild(QWidget, "pendingCount").text().endswith("2")
    opening = dialog.findChild(QTableWidget, "openingStock")
    assert opening.item(0, 2).text() == "99"


def test_a_window_without_an_open_shift_says_so_and_cannot_print(
    office: Database, make_window
) -> None:
    add_records(office, 2)
    shifts.end_shift(office, lead=LEAD)
    window = make_window(office)
    assert not window.acts[Act.NEXT].isEnabled()
    assert "No shift is open at Loket 1" in window.body.supply_panel.blockers.text()
    assert window.shift_label.text() == "No shift open at this station"


def test_a_short_consumable_raises_the_banner_and_colours_its_figure(
    office: Database, make_window
) -> None:
    add_records(office, 400)  # two stations can print far more than the 100 blanks left
    window = make_window(office)  # the open shift will use all 100 before the next one starts
    assert window.body.banner.isVisible()
    assert window.body.banner.property("level") == "short", "100 blanks now: short, not out"
    assert "Next shift: Blank cards out ±" in window.body.banner.text()
    assert "Blank cards run out about" in window.body.banner.text(), "with what to do"
    assert window.body.supply_panel.blank.property("level") == "short"
    assert window.body.supply_panel.ribbon_bar.property("level") == "ok"


def test_the_end_of_shift_dialog_shows_the_forecast_and_puts_it_in_the_report(
    office: Database, qtbot: QtBot, tmp_path
) -> None:
    import openpyxl

    from ui.shift_dialogs import EndShiftDialog

    add_records(office, 400)
    [shift] = shifts.open_shifts(office)
    dialog = EndShiftDialog(office, actor(office, LEAD, STATION), shift)
    qtbot.addWidget(dialog)
    assert "Blank cards run out" in dialog.forecast.text()
    dialog.path.setText(str(tmp_path / "st.xlsx"))
    dialog.end()
    answered(qtbot, dialog)
    sheet = openpyxl.load_workbook(tmp_path / "st.xlsx")["Ringkasan"]
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert any(c == "kurang" for c in cells), "the level of the blank flag is in the report"
