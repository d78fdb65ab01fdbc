"""Saving the office's reports from the window: a shift's handover, the berita acara.

The handover dialog shows at once and reads its list of shifts on a worker; Save is on when
the list is there.

The file is written on a worker (a handover workbook at a busy shift takes seconds): the
form is off while it is written and the dialog closes on the result, or says the refusal.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ektp_desk.actor import Actor
from ektp_desk.api import files, shifts
from ektp_desk.api.office import Database
from ui.buttons import buttons as standard_buttons
from ui.feedback import show_failure
from ui.tasks import Jobs
from ui.words import SHIFT_KIND, word


def _exports() -> Path:
    folder = files.exports_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class _ReportDialog(QDialog):
    """A form, a file name with a Browse button, and Save; subclasses write the report."""

    suffix = ""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None,
                 jobs: Jobs | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.jobs = jobs or Jobs(parent=self)
        self.saved: Path | None = None
        self.form = QFormLayout(self)
        self.path = QLineEdit()
        self.path.setObjectName("reportPath")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.box = standard_buttons("Save", "Cancel")
        self.box.accepted.connect(self.save)
        self.box.rejected.connect(self.reject)
        self.file_row = row

    def finish_layout(self) -> None:
        self.form.addRow(self.tr("File"), self.file_row)
        self.form.addRow(self.error)
        self.form.addRow(self.box)
        self.resize(560, 200)

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path.text(),
                                              f"*{self.suffix}")  # fmt: skip
        if path:
            self.path.setText(path)

    def save(self) -> None:
        """Write the report on a worker; the form is off until it reports."""
        write = self.writer(Path(self.path.text()))
        self.error.clear()
        self._working(True)
        self.jobs.run(write, self._saved, self._failed)

    def _saved(self, path: Path) -> None:
        self._working(False)
        self.saved = path
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._working(False)
        show_failure(self, self.error, error)

    def _working(self, working: bool) -> None:
        for index in range(self.form.count()):
            item = self.form.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.error:
                widget.setEnabled(not working)
        for widget in (self.path, self.box):
            widget.setEnabled(not working)

    def writer(self, path: Path) -> Callable[[], Path]:
        """The writing, with the form's values taken now (on the GUI thread)."""
        raise NotImplementedError


class HandoverReportDialog(_ReportDialog):
    suffix = ".xlsx"

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None,
                 jobs: Jobs | None = None) -> None:  # fmt: skip
        super().__init__(db, actor, parent, jobs)
        self.setWindowTitle(self.tr("Save a shift's handover report"))
        self.shift = QComboBox()
        self.shift.setObjectName("reportShift")
        self.shift.currentIndexChanged.connect(self._default_path)
        self.form.addRow(self.tr("Shift"), self.shift)
        self.finish_layout()
        # The dialog shows at once; the shifts are read on a worker and Save waits for them.
        self.box.button(self.box.StandardButton.Save).setEnabled(False)
        self.jobs.run(lambda: shifts.list_shifts(db), self._fill,
                      lambda error: show_failure(self, self.error, error))  # fmt: skip

    def _fill(self, infos: list[shifts.ShiftInfo]) -> None:
        for info in infos:
            end = info.ended_at.strftime("%H:%M") if info.ended_at else self.tr("open")
            kind = word(SHIFT_KIND, info.kind)
            label = f"{info.id} · {kind} · {info.started_at:%d-%m-%Y %H:%M}–{end} · {info.lead}"
            self.shift.addItem(label, info.id)
        self._default_path()
        if not self.shift.count():
            self.error.setText(self.tr("No shift has been started yet."))
            return
        self.box.button(self.box.StandardButton.Save).setEnabled(True)

    def _default_path(self) -> None:
        self.path.setText(str(_exports() / f"serah-terima-shift-{self.shift.currentData()}.xlsx"))

    def writer(self, path: Path) -> Callable[[], Path]:
        from ektp_desk.api import reports

        db, actor, shift = self.db, self.actor, int(self.shift.currentData())
        return lambda: reports.export_handover(db, actor, shift, path).path


class BeritaAcaraDialog(_ReportDialog):
    suffix = ".pdf"

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None,
                 jobs: Jobs | None = None) -> None:  # fmt: skip
        super().__init__(db, actor, parent, jobs)
        self.setWindowTitle(self.tr("Save the berita acara of spoiled blanks"))
        today = office_today()
        self.start = date_edit("reportStart", today.addDays(1 - today.day()))
        self.end = date_edit("reportEnd", today)
        self.form.addRow(self.tr("From"), self.start)
        self.form.addRow(self.tr("To"), self.end)
        self.finish_layout()
        self.path.setText(str(_exports() / f"berita-acara-{today.toString('yyyy-MM')}.pdf"))

    def writer(self, path: Path) -> Callable[[], Path]:
        from ektp_desk.api import reports

        db, actor = self.db, self.actor
        start, end = _day(self.start.date()), _day(self.end.date())
        return lambda: reports.export_berita_acara(db, actor, start, end, path,
                                                   maker=actor.name).path  # fmt: skip


def office_today() -> QDate:
    """The office's date, from the core's clock."""
    now = shifts.today()
    return QDate(now.year, now.month, now.day)


def date_edit(name: str, value: QDate) -> QDateEdit:
    """A day field as every paper's dialog shows it: a calendar, dd-MM-yyyy."""
    edit = QDateEdit(value)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    return edit


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
