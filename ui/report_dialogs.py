"""Saving the office's reports from the window: a shift's handover, the berita acara."""

from __future__ import annotations

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

from ektp_desk import paths, shifts
from ektp_desk.db import Database
from ektp_desk.errors import Refused
from ui.buttons import buttons as standard_buttons
from ui.feedback import refusal_text
from ui.words import SHIFT_KIND, word


def _exports() -> Path:
    folder = paths.data_dir() / "exports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class _ReportDialog(QDialog):
    """A form, a file name with a Browse button, and Save; subclasses write the report."""

    suffix = ""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
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
        try:
            self.saved = self.write(Path(self.path.text()))
        except Refused as error:
            self.error.setText(refusal_text(error))
            return
        self.accept()

    def write(self, path: Path) -> Path:
        raise NotImplementedError


class HandoverReportDialog(_ReportDialog):
    suffix = ".xlsx"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setWindowTitle(self.tr("Save a shift's handover report"))
        self.shift = QComboBox()
        self.shift.setObjectName("reportShift")
        for info in shifts.list_shifts(db):
            end = info.ended_at.strftime("%H:%M") if info.ended_at else self.tr("open")
            kind = word(SHIFT_KIND, info.kind)
            label = f"{info.id} · {kind} · {info.started_at:%d-%m-%Y %H:%M}–{end} · {info.lead}"
            self.shift.addItem(label, info.id)
        self.shift.currentIndexChanged.connect(self._default_path)
        self.form.addRow(self.tr("Shift"), self.shift)
        self.finish_layout()
        self._default_path()
        if not self.shift.count():
            self.error.setText(self.tr("No shift has been started yet."))
            self.box.button(self.box.StandardButton.Save).setEnabled(False)

    def _default_path(self) -> None:
        self.path.setText(str(_exports() / f"serah-terima-shift-{self.shift.currentData()}.xlsx"))

    def write(self, path: Path) -> Path:
        from ektp_desk.handover import write_handover

        return write_handover(self.db, int(self.shift.currentData()), path).path


class BeritaAcaraDialog(_ReportDialog):
    suffix = ".pdf"

    def __init__(self, db: Database, maker: str, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.maker = maker
        self.setWindowTitle(self.tr("Save the berita acara of spoiled blanks"))
        today = QDate.currentDate()
        self.start = self._date("reportStart", today.addDays(1 - today.day()))
        self.end = self._date("reportEnd", today)
        self.form.addRow(self.tr("From"), self.start)
        self.form.addRow(self.tr("To"), self.end)
        self.finish_layout()
        self.path.setText(str(_exports() / f"berita-acara-{today.toString('yyyy-MM')}.pdf"))

    def _date(self, name: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        return edit

    def write(self, path: Path) -> Path:
        from ektp_desk.berita_acara import write_berita_acara

        start: date = self.start.date().toPython()  # type: ignore[assignment]
        end: date = self.end.date().toPython()  # type: ignore[assignment]
        return write_berita_acara(self.db, start, end, path, maker=self.maker).path
