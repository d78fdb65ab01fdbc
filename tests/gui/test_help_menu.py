"""Help ▸ About shows the version; Help ▸ Self-check runs the installation's checks from the
window and shows their lines."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from ektp_desk import SIGNATURE, __version__
from ektp_desk.db import Database
from ui.help_menu import about_text, start_self_check
from ui.main_window import MainWindow
from ui.tasks import Jobs, TaskRunner


def help_actions(window: MainWindow) -> list[str]:
    menu = window.menuBar().actions()[-1].menu()
    return [a.objectName() for a in menu.actions() if isinstance(a, QAction) and a.objectName()]


def test_help_offers_self_check_and_about_with_the_version(
    office: Database, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(office)
    assert help_actions(window)[-2:] == ["actSelfCheck", "actAbout"]
    assert about_text().startswith(f"e-KTP Desk {__version__}\n")


def test_self_check_from_the_window_shows_every_check(
    office: Database, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(office)
    dialog = start_self_check(window, Jobs(TaskRunner(inline=True)))
    qtbot.addWidget(dialog)
    lines = dialog.text.toPlainText().splitlines()
    assert lines[0].startswith(f"{SIGNATURE} self-check")
    assert lines[-1] == "all checks passed", "\n".join(lines)
    assert any(line.startswith("office database  ok") and "current" in line for line in lines)
