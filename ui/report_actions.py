"""Papers and files: the handover report of a shift, the berita acara of spoiled blanks, the
audit log. The files are written on a worker by the dialogs (ui.report_dialogs)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.actions import Act
from ui.desk import Desk, translate


class ReportsController(QObject):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk)
        self.desk = desk
        desk.actions.bind(Act.HANDOVER, self.save_handover)
        desk.actions.bind(Act.BERITA, self.save_berita_acara)
        desk.actions.bind(Act.DAILY, self.save_daily)
        desk.actions.bind(Act.DESTROY, self.show_register)
        desk.actions.bind(Act.AUDIT, self.show_audit)

    def save_handover(self) -> None:
        from ui.report_dialogs import HandoverReportDialog

        dialog = HandoverReportDialog(
            self.desk.db, self.desk.actor, self.desk.window, self.desk.jobs
        )
        if dialog.exec() and dialog.saved:
            self.desk.say(translate("MainWindow", "Saved {file}").format(file=dialog.saved))

    def save_berita_acara(self) -> None:
        from ui.report_dialogs import BeritaAcaraDialog

        dialog = BeritaAcaraDialog(self.desk.db, self.desk.actor, self.desk.window, self.desk.jobs)
        if dialog.exec() and dialog.saved:
            self.desk.say(translate("MainWindow", "Saved {file}").format(file=dialog.saved))

    def save_daily(self) -> None:
        from ui.daily_dialog import DailyReportDialog

        dialog = DailyReportDialog(self.desk.db, self.desk.actor, self.desk.window, self.desk.jobs)
        if dialog.exec() and dialog.saved:
            self.desk.say(translate("MainWindow", "Saved {file}").format(file=dialog.saved))

    def show_register(self) -> None:
        from ui.register_dialog import RegisterDialog

        RegisterDialog(self.desk.db, self.desk.actor, self.desk.window, self.desk.jobs).exec()

    def show_audit(self) -> None:
        from ui.audit_dialog import AuditDialog

        AuditDialog(self.desk.db, self.desk.actor, self.desk.window, self.desk.jobs).exec()
