"""A real operator window on a real SQLite file, driven with the keyboard by pytest-qt."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from ektp_desk.db import Database
from tests.conftest import OPERATOR, STATION
from tests.factories import actor
from ui import gui_gc
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _cycles_collected_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As the product's application does (ui.gui_gc): a dialog in a cycle is never freed
    on a worker thread. The tests outside tests/gui get Python's own collection back."""
    gui_gc.install(qapp)
    yield
    gui_gc.uninstall(qapp)


@pytest.fixture
def prefs(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot: QtBot, prefs: QSettings) -> Iterator[Callable[..., MainWindow]]:
    windows: list[MainWindow] = []

    def make(db: Database, *, name: str = OPERATOR, station: str = STATION) -> MainWindow:
        """The window signed in as ``name`` at ``station``, its first picture read (on its
        workers, as in the office)."""
        window = MainWindow(prefs)
        window.open_desk(db, actor(db, name, station))
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: window.isActiveWindow())
        settle(qtbot, window)
        window.body.scan.setFocus()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.refresher.stop()
        window.beat.stop()
        window.idle.stop()
        window.jobs.wait()


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until every read and write the window started has reported and been shown."""
    qtbot.waitUntil(window.jobs.idle, timeout=10_000)


def answer_next_dialog(qtbot: QtBot, act: Callable[[QWidget], None]) -> list[str]:
    """Arrange for the next modal dialog to be handled by ``act``; returns its title later."""
    seen: list[str] = []

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, handle)
            return
        seen.append(dialog.windowTitle())
        act(dialog)

    QTimer.singleShot(0, handle)
    return seen


def reports_action(window: MainWindow, name: str) -> QAction:
    """The action ``name`` in the window's File ▸ Reports submenu (the File menu's one
    submenu)."""
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    [reports] = [a.menu() for a in file_menu.actions() if a.menu() is not None]
    assert isinstance(reports, QMenu)
    return next(a for a in reports.actions() if a.objectName() == name)


class Calls:
    """The threads a core function ran on, recorded by a thin wrapper around it."""

    def __init__(self) -> None:
        self.threads: list[int] = []

    @property
    def off_the_gui_thread(self) -> bool:
        return bool(self.threads) and threading.main_thread().ident not in self.threads


@pytest.fixture
def record_calls(monkeypatch: pytest.MonkeyPatch) -> Callable[[object, str], Calls]:
    """``record_calls(module, "name")``: the real ``module.name``, its threads recorded (the
    window reaches the core through its api modules' attributes, so this is what it calls)."""

    def install(module: object, name: str) -> Calls:
        calls = Calls()
        real = getattr(module, name)

        def recording(*args: Any, **kwargs: Any) -> Any:
            calls.threads.append(threading.get_ident())
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, recording)
        return calls

    return install
