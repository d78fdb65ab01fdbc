"""At the counter: a citizen asks, the operator scans the NIK, reads the answer, hands the card
over; the ready-to-collect messages are sent by clicking their WhatsApp links."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QRadioButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from ektp_desk import citizens, notify, printing
from ektp_desk.actor import Actor
from ektp_desk.api import citizens as api_citizens
from ektp_desk.db import Database
from ektp_desk.models import Record
from tests.conftest import OPERATOR, STATION
from tests.factories import actor, add_records, make_nik
from tests.gui.conftest import answer_next_dialog
from ui.citizen_dialogs import MessagesDialog, StatusDialog


def at_the_counter(db: Database) -> Actor:
    return actor(db, OPERATOR, STATION)


def status_dialog(db: Database, qtbot: QtBot) -> StatusDialog:
    dialog = StatusDialog(db, at_the_counter(db))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def scan(qtbot: QtBot, dialog: StatusDialog, nik: str) -> None:
    dialog.nik.clear()
    qtbot.keyClicks(dialog.nik, nik)
    qtbot.keyClick(dialog.nik, Qt.Key.Key_Return)
    settled(qtbot, dialog)


def settled(qtbot: QtBot, dialog: StatusDialog | MessagesDialog) -> None:
    """The dialog's core call (on its worker) has answered and been shown."""
    qtbot.waitUntil(lambda: not dialog.work.running)


def test_the_answer_for_a_queued_card_is_read_from_the_dialog(
    office: Database, qtbot: QtBot, record_calls
) -> None:
    niks = add_records(office, 3)
    lookups = record_calls(api_citizens, "status")
    dialog = status_dialog(office, qtbot)
    assert dialog.nik.hasFocus(), "the scanner types straight into the NIK box"
    scan(qtbot, dialog, niks[2])
    assert lookups.off_the_gui_thread, "looked up on a worker"
    assert dialog.isVisible(), "Enter after a scan looks up; it does not close the dialog"
    assert dialog.nik.hasFocus(), "ready for the next scan"
    expected = citizens.lookup_status(office, niks[2])
    assert dialog.text.text() == expected.indonesian()
    assert "nomor urut 3" in dialog.text.text(), "read to the citizen in Indonesian"
    assert dialog.text.property("state") == "queued"
    assert (
        dialog.detail.text() == f"{niks[2]} · Warga 3 · Cibinong · queued · number 3 in the queue"
    )
    assert not dialog.collect.isEnabled()


def test_an_unknown_nik_and_a_typo_get_clear_answers(office: Database, qtbot: QtBot) -> None:
    dialog = status_dialog(office, qtbot)
    scan(qtbot, dialog, make_nik(serial=42))
    assert dialog.text.property("state") == "not_found"
    assert "Belum ada e-KTP yang akan dicetak untuk NIK" in dialog.text.text()
    scan(qtbot, dialog, "32010101")
    assert dialog.text.property("state") == "error"
    assert dialog.text.text() == ("'32010101' is not a valid NIK: NIK must have 16 digits (got 8)")
    assert not dialog.caption.isVisible()


def test_a_printed_card_is_handed_to_a_representative(
    office: Database, qtbot: QtBot, record_calls
) -> None:
    collections = record_calls(api_citizens, "record_collection")
    [nik] = add_records(office, 1)
    printing.record_print(office, nik, station=STATION, operator=OPERATOR)
    dialog = status_dialog(office, qtbot)
    scan(qtbot, dialog, nik)
    assert dialog.text.property("state") == "printed"
    assert dialog.collect.isEnabled()

    def representative_siti(collect: QWidget) -> None:
        name = collect.findChild(QLineEdit, "collectName")
        assert name.text() == "Warga 1", "in person: the card holder's name is filled in"
        collect.findChild(QRadioButton, "collectRepresentative").click()
        assert name.text() == ""
        qtbot.keyClicks(name, "Siti Aminah")
        qtbot.keyClick(name, Qt.Key.Key_Return)

    titles = answer_next_dialog(qtbot, representative_siti)
    dialog.collect.click()
    settled(qtbot, dialog)
    assert titles == [f"Record collection of {nik}"]
    assert collections.off_the_gui_thread, "the collection was written on a worker"
    assert dialog.text.property("state") == "collected"
    assert "oleh Siti Aminah sebagai wakil Anda" in dialog.text.text()
    assert not dialog.collect.isEnabled()
    assert citizens.lookup_status(office, nik).collected_by == "Siti Aminah"


def test_collecting_without_a_name_is_refused_in_the_dialog(office: Database, qtbot: QtBot) -> None:
    [nik] = add_records(office, 1)
    printing.record_print(office, nik, station=STATION, operator=OPERATOR)
    dialog = status_dialog(office, qtbot)
    scan(qtbot, dialog, nik)
    seen: list[str] = []

    def empty_name(collect: QWidget) -> None:
        collect.findChild(QLineEdit, "collectName").clear()
        qtbot.keyClick(collect.findChild(QLineEdit, "collectName"), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not collect.work.running)
        seen.append(collect.findChild(QWidget, "collectError").text())
        collect.reject()

    answer_next_dialog(qtbot, empty_name)
    dialog.collect.click()
    assert seen == ["Say who collected the card: the name of the citizen or representative"]
    assert dialog.text.property("state") == "printed"


@pytest.fixture
def messages(office: Database) -> Database:
    niks = add_records(office, 3)
    with office.write() as session:
        for nik, phone in zip(niks, ("0812-3456-7890", "021-8765-4321", "+62 857 1111 2222"),
                              strict=True):  # fmt: skip
            session.execute(update(Record).where(Record.nik == nik).values(phone=phone))
    for nik in niks:
        printing.record_print(office, nik, station=STATION, operator=OPERATOR)
    return office


def messages_dialog(db: Database, qtbot: QtBot) -> tuple[MessagesDialog, list[str]]:
    dialog = MessagesDialog(db, at_the_counter(db))
    qtbot.addWidget(dialog)
    opened: list[str] = []
    dialog.open_url = lambda url: opened.append(url.toEncoded().data().decode()) or True  # type: ignore[assignment]
    dialog.show()
    qtbot.waitExposed(dialog)
    settled(qtbot, dialog)
    return dialog, opened


def cells(dialog: MessagesDialog, column: int) -> list[str]:
    return [dialog.table.item(r, column).text() for r in range(dialog.table.rowCount())]


def test_pending_messages_show_their_links_and_unusable_numbers(
    messages: Database, qtbot: QtBot
) -> None:
    dialog, _opened = messages_dialog(messages, qtbot)
    assert cells(dialog, dialog.NAME) == ["Warga 1", "Warga 2", "Warga 3"]
    assert cells(dialog, dialog.PHONE) == ["0812-3456-7890", "021-8765-4321", "0857-1111-2222"]
    links = cells(dialog, dialog.LINK)
    assert (links[0], links[2]) == ("Send by WhatsApp", "Send by WhatsApp")
    assert links[1] == "Number cannot be used"
    assert dialog.table.item(1, dialog.LINK).toolTip() == (
        "Phone number '021-8765-4321' is not a mobile number (mobile numbers start with 08)"
    )
    assert (
        dialog.table.item(0, dialog.LINK)
        .toolTip()
        .startswith("https://wa.me/6281234567890?text=Yth.%20Bapak%20Warga%201")
    )
    assert "3 message(s) wait for a gateway; 1 of them" in dialog.summary.text()


def test_clicking_a_link_opens_whatsapp_once_and_takes_the_message_off_the_list(
    messages: Database, qtbot: QtBot, record_calls
) -> None:
    marks = record_calls(api_citizens, "mark_sent")
    dialog, opened = messages_dialog(messages, qtbot)
    first = notify.pending_messages(messages)[0].whatsapp_url
    rect = dialog.table.visualItemRect(dialog.table.item(0, dialog.LINK))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    settled(qtbot, dialog)
    assert opened == [first]
    assert cells(dialog, dialog.NAME) == ["Warga 2", "Warga 3"]
    assert dialog.feedback.text() == "WhatsApp opened for Warga 1"
    dialog.send_whatsapp(0)  # the unusable number: nothing opens, the reason is shown
    assert len(opened) == 1
    assert dialog.feedback.property("error") is True
    assert dialog.feedback.text().startswith("Phone number '021-8765-4321' is not a mobile")
    dialog.table.setCurrentCell(1, dialog.NAME)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter on a row sends it too
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert len(opened) == 2
    assert opened[1].startswith("https://wa.me/6285711112222?text=")
    assert [m.name for m in notify.pending_messages(messages)] == ["Warga 2"]
    assert len(marks.threads) == 2
    assert marks.off_the_gui_thread, "marked sent on a worker"


def test_the_links_export_as_csv(
    messages: Database, qtbot: QtBot, tmp_path: Path, record_calls
) -> None:
    dialog, _opened = messages_dialog(messages, qtbot)
    writes = record_calls(api_citizens, "write_links_csv")
    path = tmp_path / "wa.csv"
    dialog.export(path)
    settled(qtbot, dialog)
    assert writes.off_the_gui_thread, "the file was written on a worker"
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert [row[0] for row in rows[1:]] == ["Warga 1", "Warga 3"]
    assert dialog.feedback.text() == f"2 link(s) saved to {path}"


def test_the_citizens_menu_opens_the_status_dialog_with_f4(
    office: Database, qtbot: QtBot, make_window
) -> None:
    window = make_window(office)
    menus = [action.text() for action in window.menuBar().actions()]
    assert "C&itizens" in menus
    titles = answer_next_dialog(qtbot, lambda dialog: dialog.reject())
    qtbot.keyClick(window.body.scan, Qt.Key.Key_F4)
    assert titles == ["Card status for a citizen"]


def test_the_import_report_lists_rows_that_lost_their_phone(
    db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    from ektp_desk.imports import import_records
    from ui.dialogs import ImportReportDialog

    path = tmp_path / "rekam.csv"
    path.write_text(
        "NIK;Nama;Kecamatan;No HP\n"
        f"{make_nik(serial=1)};Asep;Cibinong;0812-3456-7890\n"
        f"{make_nik(serial=2)};Budi;Cibinong;021-8765-4321\n",
        encoding="utf-8",
    )
    dialog = ImportReportDialog(import_records(db, path))
    qtbot.addWidget(dialog)
    dialog.show()
    warning = dialog.findChild(QWidget, "importPhoneWarnings")
    assert warning.isVisible()
    assert warning.text() == (
        "1 row(s) went in without their phone number, which is not a usable mobile number (rows 3)."
    )
