"""The audit log for shift leads and admins: who did what and when, with filters."""

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
from ektp_desk.errors import Refused
from ui.buttons import buttons as standard_buttons
from ui.feedback import refusal_text


class AuditDialog(QDialog):
    def __init__(self, db: Database, reader: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.reader = reader
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
        self.reload()

    def reload(self) -> None:
        since = datetime.combine(self.since.date().toPython(), time.min)  # type: ignore[arg-type]
        try:
            lines = reports.audit_log(self.db, self.reader, action=self.action.currentData(),
                                      user=self.user.text().strip() or None,
                                      since=since)  # fmt: skip
        except Refused as error:
            self.error.setText(refusal_text(error))
            return
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            values = (line.at.strftime("%d-%m-%Y %H:%M:%S"), line.user or "", line.action,
                      line.subject or "", line.detail or "")  # fmt: skip
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
