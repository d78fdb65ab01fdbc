"""An operator's shift at the counter, keyboard only, against a real database file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ektp_desk import printing, shifts, stations, stock, stock_books
from ektp_desk.db import Database
from ektp_desk.resource_files import samples_dir
from tests.conftest import LEAD, OPERATOR, OTHER_STATION, STATION
from tests.factories import add_records, add_station
from tests.gui.conftest import answer_next_dialog, settle
from ui.actions import Act
from ui.main_window import MainWindow

SAMPLES = samples_dir()


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """A key as the operator types it, into whatever has focus in the window; then what it
    started on the window's workers is waited for."""
    if not window.isActiveWindow():  # a dialog just closed: the window gets the keys again
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget() or window, key)
    settle(qtbot, window)


def scan(qtbot: QtBot, window: MainWindow, nik: str) -> None:
    """A NIK from the scanner: its digits, then Enter."""
    qtbot.keyClicks(window.body.scan, nik)
    qtbot.keyClick(window.body.scan, Qt.Key.Key_Return)
    settle(qtbot, window)


def test_take_next_and_mark_printed_with_function_keys(
    office: Database, qtbot, make_window
) -> None:
    niks = add_records(office, 3)
    window = make_window(office)
    assert window.body.scan.hasFocus(), "the scan box is focused for the scanner"
    assert window.model.rowCount() == 3
    press(qtbot, window, Qt.Key.Key_F2)
    assert window.current is not None
    assert window.current.nik == niks[0]
    assert window.body.card_panel.name.text() == "Warga 1"
    assert window.model.rowCount() == 2, "the claimed card left the queue view"
    press(qtbot, window, Qt.Key.Key_F5)
    assert window.current is None
    assert "printed" in window.body.feedback.text()
    assert window.body.counters_panel.target_bar.value() == 1
    assert window.body.counters_panel.queue.text() == "2"
    assert window.body.supply_panel.blank.text() == "99"
    assert window.body.supply_panel.ribbon_bar.value() == 499
    assert window.body.scan.hasFocus()


def test_spoiled_card_goes_back_to_the_head_and_uses_a_blank(
    office: Database, qtbot, make_window
) -> None:
    niks = add_records(office, 3)
    window = make_window(office)
    press(qtbot, window, Qt.Key.Key_F2)

    def pick_chip_error(dialog: QWidget) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_4)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    titles = answer_next_dialog(qtbot, pick_chip_error)
    press(qtbot, window, Qt.Key.Key_F8)
    assert titles == ["Spoiled card"]
    assert "spoiled" in window.body.feedback.text()
    head = window.model.row_at(0)
    assert head is not None
    assert (head.nik, head.attempts) == (niks[0], 1)
    assert window.body.supply_panel.blank.text() == "99"
    assert window.body.counters_panel.spoiled.text() == "1"
    with office.read() as session:
        from sqlalchemy import select

        from ektp_desk.models import PrintAttempt

        reason = session.scalar(select(PrintAttempt.spoil_reason))
    assert reason == "chip_error"


def test_scanning_a_nik_shows_the_card_and_f5_prints_it(
    office: Database, qtbot, make_window
) -> None:
    niks = add_records(office, 5)
    window = make_window(office)
    scan(qtbot, window, niks[3])
    assert window.current is not None
    assert window.current.nik == niks[3]
    assert window.body.card_panel.name.text() == "Warga 4"
    press(qtbot, window, Qt.Key.Key_F5)
    assert [window.model.row_at(i).nik for i in range(4)] == [niks[0], niks[1], niks[2], niks[4]]


def test_unknown_nik_is_explained_under_the_scan_box(office: Database, qtbot, make_window) -> None:
    window = make_window(office)
    scan(qtbot, window, "3201014107900099")
    assert window.current is None
    assert "No record with NIK 3201014107900099" in window.body.feedback.text()
    assert window.body.feedback.property("error") is True


def test_empty_ribbon_disables_printing_until_a_roll_is_loaded(
    office: Database, qtbot, make_window
) -> None:
    add_station(office, "Loket Kecil", stations.PrinterSpec("Test", 1, 10, 1, 1))
    for item in ("ribbon", "film"):
        stock.load_roll(office, item, station="Loket Kecil", operator=LEAD)
    shifts.start_shift(office, "siang", lead=LEAD, stations=["Loket Kecil"])
    niks = add_records(office, 2)
    window = make_window(office, station="Loket Kecil")
    press(qtbot, window, Qt.Key.Key_F2)
    press(qtbot, window, Qt.Key.Key_F5)
    assert window.body.supply_panel.ribbon_bar.value() == 0
    assert not window.acts[Act.PRINTED].isEnabled()
    assert not window.acts[Act.NEXT].isEnabled()
    assert "No ribbon left at Loket Kecil" in window.body.supply_panel.blockers.text()
    before = stock_books.stock_levels(office)
    scan(qtbot, window, niks[1])
    press(qtbot, window, Qt.Key.Key_F5)  # disabled: nothing happens
    assert stock_books.stock_levels(office) == before
    titles = answer_next_dialog(
        qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click()
    )
    press(qtbot, window, Qt.Key.Key_F6)
    assert titles == ["Change roll"]
    assert window.body.supply_panel.ribbon_bar.value() == 1
    assert window.acts[Act.PRINTED].isEnabled()
    press(qtbot, window, Qt.Key.Key_F5)
    assert window.body.counters_panel.target_bar.value() == 2


def test_other_stations_work_shows_up_within_seconds(office: Database, qtbot, make_window) -> None:
    niks = add_records(office, 4)
    window = make_window(office)
    printing.record_print(office, niks[0], station=OTHER_STATION, operator=OPERATOR)
    qtbot.waitUntil(lambda: window.body.counters_panel.target_bar.value() == 1, timeout=5000)
    assert window.model.rowCount() == 3


def test_stock_actions_are_for_leads_only(office: Database, make_window) -> None:
    operator = make_window(office)
    assert not operator.acts[Act.RECEIVE].isVisible()
    assert not operator.acts[Act.RECEIVE].isEnabled()
    lead = make_window(office, name=LEAD)
    assert lead.acts[Act.RECEIVE].isEnabled()


def test_import_runs_as_a_task_and_reports_rejected_rows(
    office: Database, qtbot, make_window, tmp_path: Path
) -> None:
    window = make_window(office)
    window.importer.import_file(SAMPLES / "contoh-rekam.csv")
    settle(qtbot, window)
    dialog = window.import_report
    assert dialog is not None
    assert "10 imported" in dialog.findChild(QWidget, "importSummary").text()
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 0).text() == "11"
    assert window.model.rowCount() == 10
    saved = tmp_path / "errors.csv"
    dialog.save(saved)
    lines = saved.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Row;NIK;Reason"
    assert lines[1].startswith("11;3201103112800000;")
    dialog.close()


def test_filters_and_search_narrow_the_queue(office: Database, qtbot, make_window) -> None:
    add_records(office, 6)
    add_records(office, 2, priority="elderly", first_serial=70)
    window = make_window(office)
    window.body.priority.setCurrentIndex(window.body.priority.findData("elderly"))
    settle(qtbot, window)
    assert window.model.rowCount() == 2
    window.body.priority.setCurrentIndex(0)
    qtbot.keyClicks(window.body.search, "warga 7")
    qtbot.keyClick(window.body.search, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert [window.model.row_at(i).name for i in range(window.model.rowCount())] == [
        "Warga 70",
        "Warga 71",
    ]
    assert window.body.shown.text() == "2 rows"


def test_the_queue_counter_counts_the_whole_queue_whatever_the_filter(
    office: Database, qtbot, make_window
) -> None:
    add_records(office, 6)
    add_records(office, 2, priority="elderly", first_serial=70)
    window = make_window(office)
    assert window.body.counters_panel.queue.text() == "8"
    window.body.priority.setCurrentIndex(window.body.priority.findData("elderly"))
    settle(qtbot, window)
    window.acts[Act.NEXT].trigger()  # the filtered view shows 2, or 1 once the next is taken
    settle(qtbot, window)
    assert window.model.rowCount() == 1
    assert window.body.counters_panel.queue.text() == "7"
    window.body.priority.setCurrentIndex(0)
    window.acts[Act.PRINTED].trigger()
    settle(qtbot, window)
    assert window.body.counters_panel.queue.text() == "7"
    assert window.model.rowCount() == 7


def test_sign_out_closes_the_window_for_the_next_operator(office: Database, make_window) -> None:
    window = make_window(office)
    window.acts[Act.SIGN_OUT].trigger()
    assert window.signed_out
    assert not window.isVisible()


def test_the_stations_tab_shows_who_is_online_and_printing(
    office: Database, qtbot, make_window
) -> None:
    niks = add_records(office, 3)
    window = make_window(office)
    printing.claim_next(office, station=OTHER_STATION)
    window.poll_changes()
    settle(qtbot, window)
    table = window.body.stations_view
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    mine, other = rows[STATION], rows[OTHER_STATION]
    assert table.item(mine, 1).text() == "online"
    assert table.item(mine, 2).text() == OPERATOR
    assert table.item(other, 1).text() == "offline (never seen)"
    assert table.item(other, 3).text() == niks[0]


def test_a_lost_database_shows_a_banner_and_recovers(
    office: Database, qtbot, make_window, monkeypatch
) -> None:
    from ektp_desk.api import counter as counters
    from ektp_desk.errors import DatabaseUnavailable

    window = make_window(office)
    real = counters.change_stamp

    def away(db: Database) -> tuple[object, ...]:
        raise DatabaseUnavailable("the database {where} cannot be used right now", where="server")

    monkeypatch.setattr(counters, "change_stamp", away)
    window.poll_changes()
    settle(qtbot, window)
    assert window.body.banner.isVisible()
    assert "cannot be reached" in window.body.banner.text()
    monkeypatch.setattr(counters, "change_stamp", real)
    window.poll_changes()
    settle(qtbot, window)
    assert not window.body.banner.isVisible()
    assert "back" in window.body.feedback.text()


def test_the_window_locks_when_idle_and_only_the_pin_opens_it(
    office: Database, qtbot, make_window, record_calls
) -> None:
    from ektp_desk.api import office as api_office

    window = make_window(office)
    checks = record_calls(api_office, "sign_in")
    seen: list[str] = []

    def wrong_then_right(dialog: QWidget) -> None:
        pin, error = dialog.findChild(QWidget, "lockPin"), dialog.findChild(QWidget, "lockError")
        qtbot.keyClicks(pin, "0000")
        qtbot.keyClick(pin, Qt.Key.Key_Return)
        assert error.text() == "Checking…"
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # ignored while the PIN is checked
        qtbot.waitUntil(lambda: error.text() != "Checking…")
        seen.append(error.text())
        qtbot.keyClicks(pin, "1234")
        qtbot.keyClick(pin, Qt.Key.Key_Return)

    titles = answer_next_dialog(qtbot, wrong_then_right)
    window.idle.limit_ms = 0
    window.idle.check()
    settle(qtbot, window)
    assert titles == ["Locked"]
    assert "Wrong user name or password" in seen[0]
    assert not window.signed_out
    assert window.isVisible()
    assert len(checks.threads) == 2
    assert checks.off_the_gui_thread, "the PIN was checked on a worker"


def test_escape_on_the_lock_signs_out(office: Database, qtbot, make_window) -> None:
    window = make_window(office)
    answer_next_dialog(qtbot, lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    window.idle.limit_ms = 0
    window.idle.check()
    assert window.signed_out


def test_a_saved_import_report_never_turns_a_hostile_cell_into_a_formula(
    office: Database, qtbot, make_window, tmp_path: Path
) -> None:
    hostile = tmp_path / "jahat.csv"
    hostile.write_text("NIK;Nama;Kecamatan\n=1+1;Budi;Cibinong\n@SUM(A1);Ani;Ciawi\n",
                       encoding="utf-8")  # fmt: skip
    window = make_window(office)
    window.importer.import_file(hostile)
    settle(qtbot, window)
    report = window.import_report
    assert report is not None
    saved = tmp_path / "report.csv"
    report.save(saved)
    rows = [line.split(";") for line in saved.read_text(encoding="utf-8-sig").splitlines()[1:]]
    assert [row[1] for row in rows] == ["'=1+1", "'@SUM(A1)"]
    report.close()
