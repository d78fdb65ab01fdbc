"""File ▸ Reports ▸ Invalid cards and destruction… (leads): the register of invalid cards not
yet destroyed, its totals by cause, a lead's correction of one spoiled blank's cause, and the
way to the destruction before witnesses (ui.destroy_dialog).

Everything is read and written on the window's workers through ``ektp_desk.api.papers``; the
dialog decides nothing: a refusal is the core's sentence, shown under the list."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ektp_desk.actor import Actor
from ektp_desk.api import papers
from ektp_desk.api.office import Database
from ektp_desk.domain import CardSource, InvalidCause
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ui.buttons import buttons as standard_buttons
from ui.feedback import refusal_text, show_unexpected
from ui.tasks import Jobs
from ui.words import word

COLUMNS = (
    QT_TRANSLATE_NOOP("RegisterDialog", "Source"), QT_TRANSLATE_NOOP("RegisterDialog", "Cause"),
    QT_TRANSLATE_NOOP("RegisterDialog", "NIK"), QT_TRANSLATE_NOOP("RegisterDialog", "Serial"),
    QT_TRANSLATE_NOOP("RegisterDialog", "Date"), QT_TRANSLATE_NOOP("RegisterDialog", "Who"),
)  # fmt: skip


class RegisterDialog(QDialog):
    """The register as it stands, read on a worker when the dialog opens and after each
    change made from it."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None,
                 jobs: Jobs | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.jobs = jobs or Jobs(parent=self)
        self.entries: list[papers.Entry] = []
        self.setWindowTitle(self.tr("Invalid cards and destruction"))
        self.heading = QLabel(self.tr("Reading the register…"))
        self.heading.setObjectName("registerHeading")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("registerTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        self.totals = QLabel()
        self.totals.setObjectName("registerTotals")
        self.totals.setWordWrap(True)
        self.cause = QComboBox()
        self.cause.setObjectName("registerCause")
        for cause in InvalidCause:
            self.cause.addItem(word(InvalidCause, cause), cause)
        self.reason = QLineEdit()
        self.reason.setObjectName("registerReason")
        self.reason.setPlaceholderText(self.tr("Why the cause is corrected"))
        self.correct_button = QPushButton(self.tr("Correct cause"))
        self.correct_button.setObjectName("registerCorrect")
        self.correct_button.clicked.connect(self.correct)
        self.message = QLabel()
        self.message.setObjectName("registerMessage")
        self.message.setWordWrap(True)
        self.destroy_button = QPushButton(self.tr("Destroy…"))
        self.destroy_button.setObjectName("registerDestroy")
        self.destroy_button.clicked.connect(self.open_destruction)
        close = standard_buttons("Close")
        close.rejected.connect(self.reject)
        close.addButton(self.destroy_button, close.ButtonRole.ActionRole)
        fix = QHBoxLayout()
        fix.addWidget(QLabel(self.tr("Selected card's cause")))
        fix.addWidget(self.cause)
        fix.addWidget(self.reason, 1)
        fix.addWidget(self.correct_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addLayout(fix)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(900, 560)
        self._working(True)
        self.reload()

    def reload(self) -> None:
        """Read the register again, on a worker."""
        db, actor = self.db, self.actor
        self._working(True)
        self.jobs.run(lambda: papers.invalid_register(db, actor), self._show, self._failed)

    def _show(self, entries: list[papers.Entry]) -> None:
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            who = entry.operator + (f" · {entry.station}" if entry.station else "")
            cells = (word(CardSource, entry.source), word(InvalidCause, entry.cause)
                     + (" *" if entry.corrected else ""), entry.nik, entry.serial or "",
                     f"{entry.at:%d-%m-%Y %H:%M}", who)  # fmt: skip
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        n = len(entries)
        self.heading.setText(
            self.tr(
                "{count} invalid card(s) not yet destroyed (* cause corrected by a lead)"
            ).format(count=n)
        )
        by_cause = Counter(entry.cause for entry in entries)
        parts = [f"{word(InvalidCause, cause)}: {by_cause[cause]}" for cause in InvalidCause]
        total = self.tr("Total: {count}").format(count=len(entries))
        self.totals.setText(" · ".join([*parts, total]))
        self._working(False)

    def selected(self) -> papers.Entry | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.entries[rows.pop()] if len(rows) == 1 else None

    def _selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.cause.setCurrentIndex(self.cause.findData(entry.cause))
        self._working(False)

    def correct(self) -> None:
        """Correct the selected spoiled blank's cause with the reason typed, on a worker."""
        entry = self.selected()
        if entry is None or entry.source != CardSource.SPOILED_BLANK:
            return
        db, actor, reason = self.db, self.actor, self.reason.text()
        cause = InvalidCause(self.cause.currentData())
        self.message.clear()
        self._working(True)
        self.jobs.run(
            lambda: papers.correct_cause(db, actor, entry.id, cause, reason=reason),
            self._corrected,
            self._failed,
        )

    def _corrected(self, entry: papers.Entry) -> None:
        self.reason.clear()
        self.message.setText(
            self.tr("The cause of {nik}'s spoiled blank is now: {cause}.").format(
                nik=entry.nik, cause=word(InvalidCause, entry.cause)
            )
        )
        self.reload()

    def open_destruction(self) -> None:
        """The destruction's own dialog; afterwards the register is read again."""
        from ui.destroy_dialog import DestroyDialog

        dialog = DestroyDialog(self.db, self.actor, self, self.jobs)
        if dialog.exec() and dialog.made is not None:
            done, path = dialog.made
            self.message.setText(
                self.tr("Berita acara {number}: {count} card(s) marked destroyed; the paper is "
                        "in {file}").format(number=done.number, count=len(done.entries),
                                            file=path)
            )  # fmt: skip
            self.reload()

    def _failed(self, error: Exception) -> None:
        self._working(False)
        if isinstance(error, Refused):
            self.message.setText(refusal_text(error))
        else:
            show_unexpected(self, error)

    def _working(self, working: bool) -> None:
        entry = None if working else self.selected()
        spoiled = entry is not None and entry.source == CardSource.SPOILED_BLANK
        for widget in (self.cause, self.reason, self.correct_button):
            widget.setEnabled(spoiled)
        self.correct_button.setToolTip(
            "" if entry is None or spoiled
            else self.tr("An old card's cause was given when it was handed in.")
        )  # fmt: skip
        self.destroy_button.setEnabled(not working)
        self.table.setEnabled(not working)
