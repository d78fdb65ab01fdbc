"""File ▸ Reports ▸ Invalid cards and destruction… in a real window on a real SQLite office: a
lead sees the register and its totals by cause, corrects a cause, destroys the cards before two
witnesses (the berita acara pemusnahan reads back) and finds the register empty; a second
destruction is refused with the core's sentence and writes nothing; an operator has no such
menu entry."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ektp_desk import clock, printing
from ektp_desk.api import citizens
from ektp_desk.db import Database
from ektp_desk.handin import HandIn
from ektp_desk.imports import import_records
from tests.conftest import LEAD, OPERATOR, OTHER_STATION, STATION
from tests.factories import actor, add_records, make_nik
from tests.gui.conftest import reports_action
from ui.destroy_dialog import DestroyDialog
from ui.main_window import MainWindow
from ui.register_dialog import RegisterDialog

REPLACED = make_nik(serial=50)  # a replacement card: its holder hands the old one in
# (when, station, spoil reason, serial) -> print failed, chip failed, defective blank.
SPOILS = [
    (datetime(2026, 11, 2, 8, 10), STATION, "ribbon_break", "S-001"),
    (datetime(2026, 11, 2, 9, 30), OTHER_STATION, "chip_error", "S-002"),
    (datetime(2026, 11, 3, 14, 0), STATION, "card_jam", "S-003"),
]
BUDI, BUDI_NIP, SITI = "Budi Santoso", "198001012005011001", "Siti Aminah"


@pytest.fixture
def invalid_cards(
    office: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> dict[str, str]:
    """Three spoiled blanks and one old card handed in; serial (or "old") -> NIK. Today is
    4 November 2026."""
    niks = add_records(office, 3, start=datetime(2026, 11, 2, 7, 0))
    for nik, (at, station, reason, serial) in zip(niks, SPOILS, strict=True):
        monkeypatch.setattr(clock, "now", lambda at=at: at)
        printing.record_print(office, nik, station=station, operator=OPERATOR,
                              spoiled=reason, blank_serial=serial)  # fmt: skip
    csv = tmp_path / "rekam.csv"
    csv.write_text(f"NIK;Nama;Kecamatan;Jenis Permohonan\r\n{REPLACED};Asep;Cibinong;"
                   "Perubahan Data\r\n", encoding="utf-8")  # fmt: skip
    assert import_records(office, csv).rejected == 0
    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 11, 3, 15, 0))
    printing.record_print(office, REPLACED, station=STATION, operator=OPERATOR, blank_serial="OK")
    citizens.record_collection(office, actor(office, OPERATOR, STATION), REPLACED, by="Asep",
                               hand_in=HandIn())  # fmt: skip
    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 11, 4, 9, 0))
    return {**{serial: nik for nik, (*_, serial) in zip(niks, SPOILS, strict=True)},
            "old": REPLACED}  # fmt: skip


def when_shown(kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
    """Hand the next modal dialog of ``kind`` to ``act`` (once it is the active one)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def yes(box: QWidget) -> None:
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()


def opened(qtbot: QtBot, db: Database) -> RegisterDialog:
    dialog = RegisterDialog(db, actor(db, LEAD, STATION))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.jobs.idle)
    return dialog


def rows(dialog: RegisterDialog) -> list[tuple[str, ...]]:
    table = dialog.table
    return [tuple(table.item(r, c).text() for c in range(table.columnCount()))
            for r in range(table.rowCount())]  # fmt: skip


def select_nik(dialog: RegisterDialog, nik: str) -> None:
    dialog.table.selectRow([row[2] for row in rows(dialog)].index(nik))


def text_of(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_a_lead_sees_the_register_by_cause_and_corrects_one_cause(
    invalid_cards: dict[str, str], office: Database, qtbot: QtBot
) -> None:
    dialog = opened(qtbot, office)
    assert rows(dialog) == [
        ("spoiled blank", "print failed", invalid_cards["S-001"], "S-001", "02-11-2026 08:10",
         f"{OPERATOR} · {STATION}"),
        ("spoiled blank", "chip / encoding failed", invalid_cards["S-002"], "S-002",
         "02-11-2026 09:30", f"{OPERATOR} · {OTHER_STATION}"),
        ("spoiled blank", "defective / damaged blank", invalid_cards["S-003"], "S-003",
         "03-11-2026 14:00", f"{OPERATOR} · {STATION}"),
        ("old card handed in", "data changed", REPLACED, "", "03-11-2026 15:00", OPERATOR),
    ]  # fmt: skip
    assert dialog.totals.text() == ("chip / encoding failed: 1 · defective / damaged blank: 1 · "
                                    "print failed: 1 · data changed: 1 · Total: 4")  # fmt: skip
    # An old card's cause was said at collection: nothing to correct here.
    select_nik(dialog, REPLACED)
    assert not dialog.correct_button.isEnabled()
    # Without a reason the core refuses, in its own words, and nothing changes.
    select_nik(dialog, invalid_cards["S-001"])
    assert dialog.cause.currentData() == "print_failed"
    dialog.cause.setCurrentIndex(dialog.cause.findData("data_changed"))
    dialog.correct_button.click()
    qtbot.waitUntil(dialog.jobs.idle)
    assert dialog.message.text() == "Say why the cause is corrected"
    assert rows(dialog)[0][1] == "print failed"
    qtbot.keyClicks(dialog.reason, "alamat berubah sebelum dicetak")
    dialog.correct_button.click()
    assert not dialog.table.isEnabled(), "the list is off while the core works"
    qtbot.waitUntil(dialog.jobs.idle)
    assert dialog.message.text() == (
        f"The cause of {invalid_cards['S-001']}'s spoiled blank is now: data changed."
    )
    assert rows(dialog)[0][1] == "data changed *"
    assert dialog.totals.text().endswith("print failed: 0 · data changed: 2 · Total: 4")
    assert opened(qtbot, office).totals.text() == dialog.totals.text(), "kept in the office"


def fill(dialog: DestroyDialog, out: Path) -> None:
    dialog.maker.name.setText("Ani Lestari")
    dialog.coordinator.name.setText("Joko")
    dialog.coordinator.nip.setText("197502022000031002")
    dialog.head.name.setText("Drs. Hartono")
    dialog.set_witness(0, BUDI, BUDI_NIP)
    dialog.set_witness(1, SITI)
    dialog.path.setText(str(out))


def test_a_lead_destroys_the_register_before_two_witnesses(
    invalid_cards: dict[str, str], office: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    register = opened(qtbot, office)
    out = tmp_path / "pemusnahan.pdf"
    asked: list[str] = []

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    def destroy(dialog: QWidget) -> None:
        assert isinstance(dialog, DestroyDialog)
        assert dialog.day.date() == QDate(2026, 11, 4), "today by the office's clock"
        assert dialog.path.text().endswith("berita-acara-pemusnahan-2026-11-04.pdf")
        fill(dialog, out)
        when_shown(QMessageBox, confirm)
        dialog.box.button(dialog.box.StandardButton.Ok).click()

    when_shown(DestroyDialog, destroy)
    register.open_destruction()  # returns when the destruction's dialog has closed
    assert asked == [
        "4 card(s) in the register up to 04-11-2026 will be marked destroyed and listed on a "
        "new berita acara pemusnahan.\n\nThis cannot be undone. Destroy them?"
    ]
    assert register.message.text() == (
        f"Berita acara 001/BA-PMS/KTP-EL/2026: 4 card(s) marked destroyed; the paper is in {out}"
    )
    qtbot.waitUntil(register.jobs.idle)
    assert rows(register) == []
    assert register.totals.text().endswith("Total: 0")
    paper = text_of(out)
    assert "Nomor: 001/BA-PMS/KTP-EL/2026" in paper
    for name in (BUDI, BUDI_NIP, SITI, "Ani Lestari", "Drs. Hartono", "197502022000031002"):
        assert name in paper
    for nik in invalid_cards.values():
        assert nik in paper

    # Nothing is left: the core refuses a second destruction, without asking, writing nothing.
    again = DestroyDialog(office, actor(office, LEAD, STATION))
    qtbot.addWidget(again)
    second = tmp_path / "kedua.pdf"
    fill(again, second)
    again.box.button(again.box.StandardButton.Ok).click()
    qtbot.waitUntil(again.jobs.idle)
    assert again.error.text() == "The register holds no card to destroy up to 04-11-2026"
    assert again.made is None
    assert again.box.isEnabled()
    assert not second.exists()


def test_a_destruction_without_a_witness_is_refused_and_keeps_the_register(
    invalid_cards: dict[str, str], office: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = DestroyDialog(office, actor(office, LEAD, STATION))
    qtbot.addWidget(dialog)
    fill(dialog, tmp_path / "ba.pdf")
    dialog.witnesses.selectRow(0)
    dialog.remove_witness()
    dialog.remove_witness()  # nothing selected: the last row
    assert dialog.signers().witnesses == ()
    when_shown(QMessageBox, yes)
    dialog.box.button(dialog.box.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.jobs.idle() and bool(dialog.error.text()))
    assert dialog.error.text() == "A destruction needs at least one witness"
    assert not (tmp_path / "ba.pdf").exists()
    assert len(rows(opened(qtbot, office))) == 4


def test_file_reports_destruction_is_there_for_a_lead_only(
    invalid_cards: dict[str, str], office: Database, make_window: Callable[..., MainWindow]
) -> None:
    lead = make_window(office, name=LEAD)
    action = reports_action(lead, "actDestroy")
    assert action.isVisible()
    assert action.isEnabled()
    seen: list[int] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, RegisterDialog)
        if not dialog.entries:  # still reading, on the window's workers
            QTimer.singleShot(20, lambda: look(dialog))
            return
        seen.append(dialog.table.rowCount())
        dialog.reject()

    when_shown(RegisterDialog, look)
    action.trigger()
    assert seen == [4]
    operator = make_window(office, name=OPERATOR)
    hidden = next(a for a in operator.findChildren(type(action)) if a.objectName() == "actDestroy")
    assert not hidden.isVisible()
