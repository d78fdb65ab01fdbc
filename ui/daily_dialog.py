"""File ▸ Reports ▸ Daily report…: the day (by the office's clock) and the format, PDF or
workbook; the file is written on a worker, as the other reports (ui.report_dialogs)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QWidget

from ektp_desk.actor import Actor
from ektp_desk.api.office import Database
from ui.report_dialogs import _exports, _ReportDialog, date_edit, office_today
from ui.tasks import Jobs

FORMATS = ((".pdf", "PDF"), (".xlsx", "Excel (.xlsx)"))


class DailyReportDialog(_ReportDialog):
    suffix = ".pdf"

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None,
                 jobs: Jobs | None = None) -> None:  # fmt: skip
        super().__init__(db, actor, parent, jobs)
        self.setWindowTitle(self.tr("Save the daily report"))
        today = office_today()
        self.day = date_edit("dailyDate", today)
        self.day.setMaximumDate(today)
        self.format = QComboBox()
        self.format.setObjectName("dailyFormat")
        for suffix, name in FORMATS:
            self.format.addItem(name, suffix)
        self.form.addRow(self.tr("Day"), self.day)
        self.form.addRow(self.tr("Format"), self.format)
        self.finish_layout()
        self.day.dateChanged.connect(self._default_path)
        self.format.currentIndexChanged.connect(self._default_path)
        self._default_path()

    def _default_path(self) -> None:
        self.suffix = str(self.format.currentData())
        name = f"laporan-harian-{self.day.date().toString('yyyy-MM-dd')}{self.suffix}"
        self.path.setText(str(_exports() / name))

    def writer(self, path: Path) -> Callable[[], Path]:
        from ektp_desk.api import reports

        db, actor, value = self.db, self.actor, self.day.date()
        day = date(value.year(), value.month(), value.day())
        return lambda: reports.export_daily(db, actor, day, path).path
