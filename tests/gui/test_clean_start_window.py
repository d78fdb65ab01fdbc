"""The window on a file it closed cleanly: the office opens before the check answers; damage
the check finds afterwards is shown as damage found before opening is, and nothing is
written to the file after it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ektp_desk import clean_stamp, file_check, stock
from ektp_desk.db import Database
from ektp_desk.errors import DatabaseUnavailable
from tests.conftest import LEAD
from tests.gui.conftest import answer_next_dialog
from tests.unit.test_clean_start import Gate, checked_and_closed, damage_a_page
from ui import app
from ui.feedback import refusal_text


@pytest.fixture
def closed_cleanly(office: Database) -> Path:
    """The office with a scratch table of many pages, checked and closed cleanly."""
    checked_and_closed(office)
    path = office.sqlite_path
    assert path is not None
    assert clean_stamp.valid_stamp(path) is not None
    return path


def reset_quit() -> None:
    """The damage message ends every event loop (QApplication.exit): a new exec() starts
    afresh, as the next program start would."""
    QTimer.singleShot(0, QApplication.quit)
    QApplication.exec()


def test_a_cleanly_closed_office_opens_before_its_check_answers(
    closed_cleanly: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = Gate(monkeypatch)
    file_check.start_quick_check(closed_cleanly)
    db = Database(f"sqlite:///{closed_cleanly}")
    try:
        assert app.open_office(db) is True
        assert not gate.answered.is_set(), "the office opened; the answer is taken later"
        stock.receive(db, "blank", 5, ref="BAST/002", operator=LEAD)  # the counter works
        gate.release()
        qtbot.wait(50)
        assert db.damage is None
    finally:
        db.dispose()
    assert clean_stamp.valid_stamp(closed_cleanly) is not None


def test_damage_found_after_the_office_opened_is_shown_and_stops_the_writes(
    closed_cleanly: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    damage_a_page(closed_cleanly)
    gate = Gate(monkeypatch)
    file_check.start_quick_check(closed_cleanly)
    db = Database(f"sqlite:///{closed_cleanly}")
    shown: list[str] = []

    def read(box: QWidget) -> None:
        shown.append(box.text())  # type: ignore[attr-defined]
        box.accept()  # type: ignore[attr-defined]

    try:
        assert app.open_office(db) is True, "a file with a valid note opens at once"
        before = hashlib.sha256(closed_cleanly.read_bytes()).hexdigest()
        answer_next_dialog(qtbot, read)
        gate.release()
        qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
        reset_quit()
        assert db.damage is not None
        assert shown == [refusal_text(db.damaged(db.damage))], "the words of a start that waited"
        assert "ektp-desk restore" in shown[0]
        with pytest.raises(DatabaseUnavailable, match="is damaged"):
            stock.receive(db, "blank", 5, ref="BAST/002", operator=LEAD)
    finally:
        db.dispose()
    assert hashlib.sha256(closed_cleanly.read_bytes()).hexdigest() == before, "nothing landed"
    assert not clean_stamp.stamp_path(closed_cleanly).exists(), "the next start waits"
