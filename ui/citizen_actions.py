"""Citizens at the counter: where is my card (F4), and the ready-to-collect messages."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.actions import Act
from ui.desk import Desk


class CitizensController(QObject):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk)
        self.desk = desk
        desk.actions.bind(Act.STATUS, self.show_citizen_status)
        desk.actions.bind(Act.MESSAGES, self.show_messages)

    def show_citizen_status(self) -> None:
        from ui.citizen_dialogs import StatusDialog

        StatusDialog(self.desk.db, self.desk.actor, self.desk.window).exec()
        self.desk.changed.emit(False)

    def show_messages(self) -> None:
        from ui.citizen_dialogs import MessagesDialog

        MessagesDialog(self.desk.db, self.desk.actor, self.desk.window).exec()
