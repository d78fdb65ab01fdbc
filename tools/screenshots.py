"""Pictures of the real windows for docs/: run under Xvfb (see README, "Screenshots").

    xvfb-run -s "-screen 0 1366x860x24" .venv/bin/python tools/screenshots.py --db URL

The database should hold a demo office (`ektp-desk demo --records 1000000`). The script saves
the window's frame as it first paints (before the office opens), the sign-in dialog, the main
window signed in as operator1 at Loket 1 with the next card taken, the spoil dialog, and the
settings (as lead1, on the ready-to-collect message) as PNG files.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ektp_desk import access
from ektp_desk.db import Database
from ui import app
from ui.actions import Act
from ui.dialogs import SpoilDialog
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog


def settle(qt: QApplication, ms: int = 400) -> None:
    QTimer.singleShot(ms, qt.quit)
    qt.exec()


def wait_for_workers(qt: QApplication, window: MainWindow) -> None:
    """The window reads and writes on its workers: let what it started report."""
    while not window.jobs.idle():
        settle(qt, 50)


def save(widget: QWidget, path: Path, qt: QApplication) -> None:
    widget.show()
    settle(qt)
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", default="docs")
    parser.add_argument("--language", default="id")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(exist_ok=True)
    qt = app.application()
    app.install_language(qt, args.language)
    db = Database(args.db)
    prefs = QSettings(str(out / ".screenshot-settings.ini"), QSettings.Format.IniFormat)
    frame = app.show_frame(prefs)
    frame.resize(1366, 820)
    save(frame, out / "opening.png", qt)
    frame.close()
    login = LoginDialog(db, prefs)
    login.user.setText("operator1")
    save(login, out / "login.png", qt)
    window = MainWindow(prefs)
    window.open_desk(db, access.actor_named(db, "operator1", station="Loket 1"))
    window.resize(1366, 820)
    window.show()
    wait_for_workers(qt, window)
    window.acts[Act.NEXT].trigger()
    wait_for_workers(qt, window)
    save(window, out / "main-window.png", qt)
    if window.current is not None:
        save(SpoilDialog(window.current.nik, window), out / "spoil-dialog.png", qt)
    office = SettingsDialog(db, access.actor_named(db, "lead1", station="Loket 1"), prefs, window)
    office.tabs.setCurrentIndex(2)
    save(office, out / "settings.png", qt)
    Path(out / ".screenshot-settings.ini").unlink(missing_ok=True)
    window.close()
    wait_for_workers(qt, window)
    db.dispose()  # a clean close: no -wal left, so the file's next start need not wait
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
