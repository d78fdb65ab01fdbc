"""The collect dialog of a replacement: the old KTP-el taken back with a tick, its cause
preset from the file's request; a first card's dialog has no such box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from ektp_desk import printing
from ektp_desk.db import Database
from ektp_desk.models import HandedInCard, Record
from tests.conftest import OPERATOR, STATION
from tests.factories import add_records
from tests.gui.conftest import answer_next_dialog
from tests.gui.test_citizen_dialogs import scan, settled, status_dialog


def printed_card(db: Database, request: str) -> str:
    [nik] = add_records(db, 1)
    with db.write() as session:
        session.execute(update(Record).values(request=request))
    printing.record_print(db, nik, station=STATION, operator=OPERATOR)
    return nik


def test_the_old_card_of_a_damaged_card_is_ticked_as_taken_back(
    office: Database, qtbot: QtBot
) -> None:
    nik = printed_card(office, "damaged")
    dialog = status_dialog(office, qtbot)
    scan(qtbot, dialog, nik)
    seen: list[str] = []

    def take_back(collect: QWidget) -> None:
        box = collect.findChild(QCheckBox, "collectHandedIn")
        cause = collect.findChild(QComboBox, "collectHandInCause")
        seen.append(cause.currentText())
        assert not cause.isEnabled(), "nothing to say until the old card is ticked"
        box.click()
        qtbot.keyClicks(collect.findChild(QLineEdit, "collectHandInNote"), "retak")
        qtbot.keyClick(collect.findChild(QLineEdit, "collectName"), Qt.Key.Key_Return)

    answer_next_dialog(qtbot, take_back)
    dialog.collect.click()
    settled(qtbot, dialog)  # the status is read again on the dialog's worker
    assert seen == ["defective / damaged blank"]
    assert dialog.text.property("state") == "collected"
    with office.read() as session:
        card = session.execute(select(HandedInCard.nik, HandedInCard.cause, HandedInCard.note))
        assert card.one() == (nik, "blank_defective", "retak")


def test_a_first_card_has_no_old_card_to_take_back(office: Database, qtbot: QtBot) -> None:
    nik = printed_card(office, "first")
    dialog = status_dialog(office, qtbot)
    scan(qtbot, dialog, nik)
    boxes: list[object] = []

    def look(collect: QWidget) -> None:
        boxes.append(collect.findChild(QCheckBox, "collectHandedIn"))
        collect.reject()

    answer_next_dialog(qtbot, look)
    dialog.collect.click()
    assert boxes == [None]
