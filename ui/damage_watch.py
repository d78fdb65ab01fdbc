"""The start-up check's late answer: a file opened at once because the program closed it
cleanly last time is still checked, on a thread; damage found then is said here in the
same words as damage found before opening, and the office is closed.

By the time this shows, the database already refuses every write (``Database.found_damaged``
ran on the check's thread): nothing lands in a damaged file while the message is read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui.buttons import inform
from ui.feedback import refusal_text

if TYPE_CHECKING:
    from ektp_desk.api.office import Database


class DamageWatch(QObject):
    """Hands the check thread's finding to the GUI thread; shows it and ends the program
    (exit status 1, as a start that found the damage before opening)."""

    found = Signal(str)
    shown = Signal(str)  # the text shown, once the message was read (tests, logs)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent or QApplication.instance())
        self._db = db
        self._window = parent
        self.found.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def _show(self, problem: str) -> None:
        text = refusal_text(self._db.damaged(problem))
        inform(self._window, "e-KTP Desk", text, icon=QMessageBox.Icon.Critical)
        self.shown.emit(text)
        QApplication.exit(1)  # every event loop (a sign-in dialog too) ends: the office closes
