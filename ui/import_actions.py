"""Importing records exported from the registry system: a file is read on a worker with a
progress dialog, then the report of what went in and what was rejected."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from ektp_desk.errors import Refused
from ui.actions import Act
from ui.buttons import inform
from ui.desk import Desk, translate
from ui.feedback import refusal_text, show_unexpected

if TYPE_CHECKING:
    from ektp_desk.api.importing import ImportReport
    from ui.dialogs import ImportReportDialog


class ImportController(QObject):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk)
        self.desk = desk
        self.report: ImportReportDialog | None = None
        desk.actions.bind(Act.IMPORT, self.ask_import)

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.desk.window,
            translate("MainWindow", "Import records"),
            str(Path.home()),
            translate("MainWindow", "Registry exports (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        from ektp_desk.api.importing import import_records

        progress = QProgressDialog(
            translate("MainWindow", "Importing {file}…").format(file=path.name),
            "",
            0,
            0,
            self.desk.window,
        )
        progress.setObjectName("importProgress")
        progress.setCancelButton(None)  # None: no Cancel (an import cannot be stopped half-way)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        db, actor = self.desk.db, self.desk.actor
        read = translate("MainWindow", "Importing {file}: {rows} rows read")
        self.desk.jobs.run_reporting(
            lambda report: import_records(db, actor, path, progress=report),
            lambda report: self._done(progress, report),
            lambda error: self._failed(progress, error),
            lambda rows: progress.setLabelText(read.format(file=path.name, rows=rows)),
        )

    def _done(self, progress: QProgressDialog, report: ImportReport) -> None:
        from ui.dialogs import ImportReportDialog

        progress.close()
        self.desk.records_added.emit()
        self.report = ImportReportDialog(report, self.desk.window)
        self.report.open()

    def _failed(self, progress: QProgressDialog, error: Exception) -> None:
        progress.close()
        if isinstance(error, Refused):
            self.desk.say(refusal_text(error), error=True)
            inform(
                self.desk.window,
                translate("MainWindow", "Import refused"),
                refusal_text(error),
                icon=QMessageBox.Icon.Warning,
            )
        else:
            show_unexpected(self.desk.window, error)
