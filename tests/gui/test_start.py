"""Start-up as a new office sees it: the demo offer, the first setup, signing in."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ektp_desk import clock, office, queue_view, stations, users
from ektp_desk.api import office as api_office
from ektp_desk.db import Database
from ektp_desk.queue_view import QueueFilter
from tests.conftest import OPERATOR, STATION
from tests.gui.conftest import answer_next_dialog
from ui import app
from ui.actions import Act
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


def test_first_start_can_set_up_a_real_office(db: Database, qtbot: QtBot, record_calls) -> None:
    setups = record_calls(api_office, "first_start")

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
    assert setups.off_the_gui_thread, "the admin's scrypt and the rows were made on a worker"


def test_a_refused_station_name_leaves_no_admin_and_the_retry_works(
    db: Database, qtbot: QtBot
) -> None:
    """First start is one transaction: a refused station left the admin behind, and the
    retry then failed with "a user named 'admin' already exists"."""
    errors: list[str] = []

    def fill_setup(dialog: QWidget) -> None:
        dialog.findChild(QWidget, "setupPin").setText("9876")  # type: ignore[attr-defined]
        station = dialog.findChild(QWidget, "setupStation")
        station.setText("L" * 65)  # type: ignore[attr-defined]
        qtbot.keyClick(dialog.findChild(QWidget, "setupPin"), Qt.Key.Key_Return)
        error = dialog.findChild(QLabel, "setupError")
        assert error.text() == "Setting up…"  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: error.text() != "Setting up…")  # type: ignore[union-attr]
        assert dialog.isVisible(), "a refused station keeps the dialog open"
        errors.append(error.text())  # type: ignore[union-attr]
        assert not office.has_users(db)
        station.setText("Loket A")  # type: ignore[attr-defined]
        qtbot.keyClick(dialog.findChild(QWidget, "setupPin"), Qt.Key.Key_Return)

    def choose_setup(dialog: QWidget) -> None:
        answer_next_dialog(qtbot, fill_setup)
        dialog.findChild(QPushButton, "btnSetup").click()

    answer_next_dialog(qtbot, choose_setup)
    assert app.open_office(db) is True
    assert "64" in errors[0], "the reason names the limit"
    assert [u.name for u in users.list_users(db)] == ["admin"]
    assert [s.name for s in stations.list_stations(db)] == ["Loket A"]


def test_first_start_dialog_returns_the_choice(qtbot: QtBot) -> None:
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.findChild(QPushButton, "btnDemo").click()
    assert dialog.result() == FirstStartDialog.DEMO


def test_sign_in_refuses_a_wrong_pin_and_remembers_the_station(
    office: Database, qtbot: QtBot, prefs: QSettings, record_calls
) -> None:
    checks = record_calls(api_office, "sign_in")
    dialog = LoginDialog(office, prefs)
    qtbot.addWidget(dialog)
    dialog.show()
    sign_in_button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.user, "operator1")
    dialog.station.setCurrentText("Loket 2")
    qtbot.keyClicks(dialog.pin, "0000")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.error.text() == "Checking…", "the dialog says it is checking"
    assert not sign_in_button.isEnabled(), "and cannot be sent twice meanwhile"
    qtbot.waitUntil(lambda: dialog.error.text() != "Checking…")
    assert dialog.operator is None
    assert "Wrong user name or password" in dialog.error.text()
    assert dialog.pin.text() == ""
    assert sign_in_button.isEnabled()
    qtbot.keyClicks(dialog.pin, "1234")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.operator is not None)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert (dialog.operator.name, dialog.operator.role, dialog.operator.station) == (
        "operator1",
        "operator",
        "Loket 2",
    )
    assert len(checks.threads) == 2
    assert checks.off_the_gui_thread, "scrypt ran on a worker"
    again = LoginDialog(office, prefs)
    qtbot.addWidget(again)
    assert (again.user.text(), again.station.currentText()) == ("operator1", "Loket 2")


def test_a_station_whose_clock_is_off_is_told_so_at_sign_in(
    office: Database, qtbot: QtBot, prefs: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 21 line 5: the office keeps the database server's time; a PC 10 minutes slow is
    told so when its operator signs in (the sign-in itself goes ahead)."""
    monkeypatch.setattr(clock, "_offset", timedelta(minutes=10))  # the server is ahead
    said: list[str] = []

    def read_and_close(box: QWidget) -> None:
        said.append(box.findChild(QLabel, "qt_msgbox_label").text())  # type: ignore[union-attr]
        box.close()

    dialog = LoginDialog(office, prefs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.user, "operator1")
    qtbot.keyClicks(dialog.pin, "1234")
    answer_next_dialog(qtbot, read_and_close)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.operator is not None)
    assert len(said) == 1
    assert "10" in said[0]


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


FIRST_PAINT_PROBE = """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
seen = {}


class Watch(QObject):
    def eventFilter(self, obj, event):
        if (event.type() == QEvent.Type.Paint and "core" not in seen
                and isinstance(obj, QMainWindow)):
            seen["core"] = "sqlalchemy" in sys.modules
            seen["enabled"] = obj.centralWidget().isEnabled()
        return False


watch = Watch()
app.installEventFilter(watch)
import main

sys.argv = ["ektp-desk", "gui", "--user", "operator1", "--station", "Loket 1",
            "--password-stdin", "--quit-after-show"]
status = main.main()
window = next(w for w in app.topLevelWidgets() if isinstance(w, QMainWindow))
import builtins
hook_back = builtins.__import__ is not getattr(builtins, "__orig_import__", None)
print(seen["core"], seen["enabled"], status, window.windowTitle(), window.model.rowCount(),
      hook_back, sep="|")
"""


def test_the_window_shows_before_the_database_layer_loads(tmp_path: Path) -> None:
    """What makes the start feel instant: the frame is on screen, greyed, while SQLAlchemy,
    Alembic and the office load (~1 s); then the same window fills in."""
    env = {"EKTP_DESK_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin"}
    demo = subprocess.run([sys.executable, "main.py", "demo", "--records", "50"], env=env,
                          capture_output=True, text=True, timeout=120, cwd=_root())  # fmt: skip
    assert demo.returncode == 0, demo.stderr
    started = subprocess.run([sys.executable, "-c", FIRST_PAINT_PROBE], input="1234\n", env=env,
                             capture_output=True, text=True, timeout=120, cwd=_root())  # fmt: skip
    assert started.returncode == 0, started.stderr
    last = started.stdout.strip().splitlines()[-1]
    core_loaded, enabled, status, title, rows, hook_back = last.split("|")
    assert (core_loaded, enabled) == ("False", "False"), "the first paint waited for the core"
    assert status == "0"
    assert "Loket 1" in title, "the window never opened the office"
    assert rows == "50"
    assert hook_back == "True", "the core loaded past PySide6's import, which was not put back"


def test_a_wrong_password_on_the_command_line_opens_no_desk(tmp_path: Path) -> None:
    """``gui --user --password-stdin`` checks the password while the desk's modules load: a
    wrong one is still one line on stderr and exit status 1, with no desk opened."""
    env = {"EKTP_DESK_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin"}
    demo = subprocess.run([sys.executable, "main.py", "demo", "--records", "5"], env=env,
                          capture_output=True, text=True, timeout=120, cwd=_root())  # fmt: skip
    assert demo.returncode == 0, demo.stderr
    window = subprocess.run(
        [sys.executable, "main.py", "gui", "--user", "operator1", "--station", "Loket 1",
         "--password-stdin", "--quit-after-show"],
        input="9999\n", env=env, capture_output=True, text=True, timeout=120, cwd=_root(),
    )  # fmt: skip
    assert window.returncode == 1
    refusal = [line for line in window.stderr.splitlines() if line.startswith("ektp-desk:")]
    assert len(refusal) == 1, window.stderr
    assert "starting on" in (tmp_path / "logs" / "ektp-desk.log").read_text()


def test_sign_in_comes_over_the_window_and_sign_out_hands_it_on(
    office: Database, qtbot: QtBot, prefs: QSettings
) -> None:
    window = app.show_frame(prefs)
    qtbot.addWidget(window)
    assert not window.centralWidget().isEnabled(), "the frame is greyed until sign-in"
    assert {a.objectName() for a in window.actions() if a.isEnabled()} == {"actQuit", "actKeys"}
    titles: list[str] = []

    def sign_out_once_open() -> None:
        if not window.opened:
            QTimer.singleShot(20, sign_out_once_open)
            return
        titles.append(window.windowTitle())
        answer_next_dialog(qtbot, lambda dialog: dialog.reject())  # type: ignore[attr-defined]
        window.acts[Act.SIGN_OUT].trigger()

    def sign_in(dialog: QWidget) -> None:
        assert isinstance(dialog, LoginDialog)
        assert dialog.parent() is window, "the sign-in sits over the window"
        dialog.user.setText(OPERATOR)
        dialog.station.setCurrentText(STATION)
        qtbot.keyClicks(dialog.pin, "1234")
        QTimer.singleShot(0, sign_out_once_open)
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)

    answer_next_dialog(qtbot, sign_in)
    assert app.run(office, window) == 0, "cancelling the next sign-in ends the program"
    assert titles == [f"e-KTP Desk — {STATION}"]
    assert window.signed_out
    assert not window.acts[Act.RECEIVE].isVisible(), "an operator has no stock deliveries"


def _root() -> Path:
    return Path(__file__).resolve().parents[2]
