"""The audit log for shift leads and admins: who did what and when, with filters.

The log is read on a worker (``ui.tasks.Jobs``) each time a filter changes; the table fills
when the answer comes. Filters changed quickly start several reads: only the answer to the
newest one is shown (each read has a generation number; older answers are dropped).
"""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ektp_desk.actor import Actor
from ektp_desk.api import reports
from ektp_desk.api.office import Database
from ektp_desk.api.reports import AuditLine
from ui.buttons import buttons as standard_buttons
from ui.feedback import show_failure
from ui.tasks import Jobs


class AuditDialog(QDialog):
    def __init__(self, db: Database, reader: Actor, parent: QWidget | None = None,
                 jobs: Jobs | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.db = db
        self.reader = reader
        self.jobs = jobs or Jobs(parent=self)
        self.generation = 0  # the newest read; answers to older ones are not shown
        self.setWindowTitle(self.tr("Audit log"))
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.action.addItem(self.tr("All actions"), None)
        for name in reports.ACTIONS:
            self.action.addItem(name, name)
        self.user = QLineEdit()
        self.user.setObjectName("auditUser")
        self.user.setPlaceholderText(self.tr("user"))
        self.since = QDateEdit(QDate.currentDate().addDays(-7))
        self.since.setObjectName("auditSince")
        self.since.setDisplayFormat("dd-MM-yyyy")
        self.since.setCalendarPopup(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("auditTable")
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("User"), self.tr("Action"),
                                              self.tr("Subject"), self.tr("Detail")])  # fmt: skip
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.error = QLabel()
        self.error.setObjectName("auditError")
        filters = QHBoxLayout()
        for widget in (self.action, self.user, QLabel(self.tr("since")), self.since):
            filters.addWidget(widget)
        for signal in (self.action.currentIndexChanged, self.since.dateChanged):
            signal.connect(self.reload)
        self.user.returnPressed.connect(self.reload)
        close = standard_buttons("Close")
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.resize(860, 520)
        self.finished.connect(self._forget_reads)  # closed: late answers are not shown
        self.reload()

    def reload(self) -> None:
        """Read the log for the filters as they are now, on a worker."""
        since = datetime.combine(self.since.date().toPython(), time.min)  # type: ignore[arg-type]
        action, user = self.action.currentData(), self.user.text().strip() or None
        db, reader = self.db, self.reader
        self.generation += 1
        generation = self.generation

        def read() -> list[AuditLine]:
            return reports.audit_log(db, reader, action=action, user=user, since=since)

        def answered(lines: list[AuditLine]) -> None:
            if generation == self.generation:
                self._show(lines)

        def failed(error: Exception) -> None:
            if generation == self.generation:
                show_failure(self, self.error, error)

        self.jobs.run(read, answered, failed)

    def _forget_reads(self) -> None:
        self.generation += 1

    def _show(self, lines: list[AuditLine]) -> None:
        self.error.clear()
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            values = (line.at.strftime("%d-%m-%Y %H:%M:%S"), line.user or "", line.action,
                      line.subject or "", line.detail or "")  # fmt: skip
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
