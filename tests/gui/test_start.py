"""Start-up as a new office sees it: the demo offer, the first setup, signing in."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ektp_desk import queue_view, stations, users
from ektp_desk.db import Database
from ektp_desk.queue_view import QueueFilter
from tests.gui.conftest import answer_next_dialog
from ui import app
from ui.first_start import DEMO_RECORDS, FirstStartDialog
from ui.login import LoginDialog


def test_first_start_offers_demo_data_and_shows_the_logins(db: Database, qtbot: QtBot) -> None:
    shown: list[str] = []

    def read_logins(box: QWidget) -> None:
        shown.append(box.text())  # type: ignore[attr-defined]
        qtbot.keyClick(box, Qt.Key.Key_Return)

    def choose_demo(dialog: QWidget) -> None:
        answer_next_dialog(qtbot, read_logins)
        dialog.findChild(QPushButton, "btnDemo").click()

    titles = answer_next_dialog(qtbot, choose_demo)
    assert app.open_office(db) is True
    assert titles == ["Welcome to e-KTP Desk"]
    assert "operator1 / 1234" in shown[0]
    assert queue_view.count_rows(db, QueueFilter(status="queued")) == DEMO_RECORDS
    assert app.open_office(db) is True, "a second start goes straight on"


def test_first_start_can_set_up_a_real_office(db: Database, qtbot: QtBot) -> None:
    def fill_setup(dialog: QWidget) -> None:
        dialog.findChild(QWidget, "setupPin").setText("9876")  # type: ignore[attr-defined]
        dialog.findChild(QWidget, "setupStation").setText("Loket A")  # type: ignore[attr-defined]
        qtbot.keyClick(dialog.findChild(QWidget, "setupPin"), Qt.Key.Key_Return)

    def choose_setup(dialog: QWidget) -> None:
        answer_next_dialog(qtbot, fill_setup)
        dialog.findChild(QPushButton, "btnSetup").click()

    answer_next_dialog(qtbot, choose_setup)
    assert app.open_office(db) is True
    assert users.authenticate(db, "admin", "9876").role == "admin"
    assert [s.name for s in stations.list_stations(db)] == ["Loket A"]


def test_first_start_dialog_returns_the_choice(qtbot: QtBot) -> None:
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.findChild(QPushButton, "btnDemo").click()
    assert dialog.result() == FirstStartDialog.DEMO


def test_sign_in_refuses_a_wrong_pin_and_remembers_the_station(
    office: Database, qtbot: QtBot, prefs: QSettings
) -> None:
    dialog = LoginDialog(office, prefs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.user, "operator1")
    dialog.station.setCurrentText("Loket 2")
    qtbot.keyClicks(dialog.pin, "0000")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.operator is None
    assert "Wrong user name or password" in dialog.error.text()
    assert dialog.pin.text() == ""
    qtbot.keyClicks(dialog.pin, "1234")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.operator is not None
    assert (dialog.operator.name, dialog.operator.role, dialog.operator.station) == (
        "operator1",
        "operator",
        "Loket 2",
    )
    again = LoginDialog(office, prefs)
    qtbot.addWidget(again)
    assert (again.user.text(), again.station.currentText()) == ("operator1", "Loket 2")


def test_ektp_desk_opens_the_window_on_the_embedded_database(tmp_path: Path) -> None:
    env = {"EKTP_DESK_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin"}
    demo = subprocess.run(
        [sys.executable, "main.py", "demo", "--records", "50"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=_root(),
    )
    assert demo.returncode == 0, demo.stderr
    window = subprocess.run(
        [
            sys.executable,
            "main.py",
            "gui",
            "--user",
            "operator1",
            "--station",
            "Loket 1",
            "--password-stdin",
            "--quit-after-show",
        ],
        input="1234\n",
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=_root(),
    )
    assert window.returncode == 0, window.stderr
    assert (tmp_path / "ektp-desk.sqlite3").exists()
    assert (tmp_path / "logs" / "ektp-desk.log").read_text().count("starting on") == 1


def _root() -> Path:
    return Path(__file__).resolve().parents[2]
