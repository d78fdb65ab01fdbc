"""The destruction of the register's cards before witnesses, from the register's dialog: the
day (the entries up to it), the people who sign the berita acara pemusnahan (names and NIPs as
typed, never the signed-in person), the PDF file; then how many cards the day takes, read from
the core, and a confirmation that says it cannot be undone. The destruction and the paper are
one core action on a worker (``api.papers.destroy``); a refusal is the core's sentence."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ektp_desk.actor import Actor
from ektp_desk.api import files, papers
from ektp_desk.api.office import Database
from ui.buttons import buttons as standard_buttons
from ui.buttons import message
from ui.feedback import show_failure
from ui.report_dialogs import date_edit, office_today
from ui.tasks import Jobs

WITNESS_ROWS = 2  # empty rows to start with; the lead adds more


class SignerEdit(QWidget):
    """A NAME and an optional NIP, side by side."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = QLineEdit()
        self.name.setObjectName(f"{name}Name")
        self.name.setPlaceholderText(self.tr("Name"))
        self.nip = QLineEdit()
        self.nip.setObjectName(f"{name}Nip")
        self.nip.setPlaceholderText(self.tr("NIP (optional)"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name, 3)
        row.addWidget(self.nip, 2)

    def signer(self) -> papers.Signer:
        return papers.Signer(self.name.text().strip(), self.nip.text().strip())


class DestroyDialog(QDialog):
    """``made`` holds the destruction and the paper's path once the core made them."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None,
                 jobs: Jobs | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.jobs = jobs or Jobs(parent=self)
        self.made: tuple[papers.DestructionDone, Path] | None = None
        self.setWindowTitle(self.tr("Destroy invalid cards"))
        self.day = date_edit("destroyDate", office_today())
        self.day.dateChanged.connect(self._default_path)
        self.maker = SignerEdit("destroyMaker")
        self.coordinator = SignerEdit("destroyCoordinator")
        self.head = SignerEdit("destroyHead")
        self.witnesses = QTableWidget(WITNESS_ROWS, 2)
        self.witnesses.setObjectName("destroyWitnesses")
        self.witnesses.setHorizontalHeaderLabels([self.tr("Witness's name"),
                                                  self.tr("NIP (optional)")])  # fmt: skip
        self.witnesses.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.witnesses.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.witnesses.setMinimumHeight(110)
        add = QPushButton(self.tr("Add witness"))
        add.setObjectName("destroyAddWitness")
        add.clicked.connect(self.add_witness)
        remove = QPushButton(self.tr("Remove witness"))
        remove.setObjectName("destroyRemoveWitness")
        remove.clicked.connect(self.remove_witness)
        witness_buttons = QVBoxLayout()
        witness_buttons.addWidget(add)
        witness_buttons.addWidget(remove)
        witness_buttons.addStretch(1)
        witness_row = QHBoxLayout()
        witness_row.addWidget(self.witnesses, 1)
        witness_row.addLayout(witness_buttons)
        self.path = QLineEdit()
        self.path.setObjectName("destroyPath")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.error = QLabel()
        self.error.setObjectName("destroyError")
        self.error.setWordWrap(True)
        self.box = standard_buttons("Ok", "Cancel")
        self.box.button(self.box.StandardButton.Ok).setText(self.tr("Destroy…"))
        self.box.accepted.connect(self.start)
        self.box.rejected.connect(self.reject)
        self.form = QFormLayout(self)
        self.form.addRow(self.tr("Cards in the register up to"), self.day)
        self.form.addRow(self.tr("Made by"), self.maker)
        self.form.addRow(self.tr("Shift coordinator"), self.coordinator)
        self.form.addRow(self.tr("Head of section"), self.head)
        self.form.addRow(self.tr("Witnesses"), witness_row)
        self.form.addRow(self.tr("Berita acara (PDF)"), file_row)
        self.form.addRow(self.error)
        self.form.addRow(self.box)
        self.inputs: tuple[QWidget, ...] = (self.day, self.maker, self.coordinator, self.head,
                                            self.witnesses, add, remove, self.path, browse,
                                            self.box)  # fmt: skip
        self.resize(640, 460)
        self._default_path()

    def add_witness(self) -> None:
        self.witnesses.insertRow(self.witnesses.rowCount())

    def remove_witness(self) -> None:
        rows = {index.row() for index in self.witnesses.selectionModel().selectedRows()}
        for row in sorted(rows or {self.witnesses.rowCount() - 1}, reverse=True):
            self.witnesses.removeRow(row)

    def set_witness(self, row: int, name: str, nip: str = "") -> None:
        """Type a witness into a row (adding rows as needed)."""
        while self.witnesses.rowCount() <= row:
            self.add_witness()
        self.witnesses.setItem(row, 0, QTableWidgetItem(name))
        self.witnesses.setItem(row, 1, QTableWidgetItem(nip))

    def signers(self) -> papers.Signers:
        """The signers as typed; a witness row left wholly empty is no witness."""
        typed = [papers.Signer(_cell(self.witnesses, row, 0), _cell(self.witnesses, row, 1))
                 for row in range(self.witnesses.rowCount())]  # fmt: skip
        return papers.Signers(
            maker=self.maker.signer(),
            lead=self.coordinator.signer(),
            head=self.head.signer(),
            witnesses=tuple(w for w in typed if w.name or w.nip),
        )

    @property
    def held_on(self) -> date:
        value = self.day.date()
        return date(value.year(), value.month(), value.day())

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path.text(), "*.pdf")
        if path:
            self.path.setText(path)

    def _default_path(self) -> None:
        folder = files.exports_dir()
        folder.mkdir(parents=True, exist_ok=True)
        self.path.setText(str(folder / f"berita-acara-pemusnahan-{self.held_on:%Y-%m-%d}.pdf"))

    def start(self) -> None:
        """Count what the day takes (on a worker), ask, then destroy."""
        db, actor, day = self.db, self.actor, self.held_on
        self.error.clear()
        self._working(True)
        self.jobs.run(lambda: len(papers.invalid_register(db, actor, until=day)),
                      lambda count: self._confirm(day, count), self._failed)  # fmt: skip

    def _confirm(self, day: date, count: int) -> None:
        # With nothing to destroy there is nothing to undo: the core says why it refuses.
        if count and not self.confirm(day, count):
            self._working(False)
            return
        db, actor, signers, path = self.db, self.actor, self.signers(), Path(self.path.text())
        self.jobs.run(lambda: papers.destroy(db, actor, day, signers, path),
                      lambda done: self._destroyed(done, path), self._failed)  # fmt: skip

    def confirm(self, day: date, count: int) -> bool:
        text = self.tr(
            "{count} card(s) in the register up to {day} will be marked destroyed and listed on "
            "a new berita acara pemusnahan.\n\nThis cannot be undone. Destroy them?"
        ).format(count=count, day=f"{day:%d-%m-%Y}")
        box = message(self, QMessageBox.Icon.Warning, self.windowTitle(), text, "Yes", "No")
        box.setObjectName("destroyConfirm")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _destroyed(self, done: papers.DestructionDone, path: Path) -> None:
        self._working(False)
        self.made = (done, path)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._working(False)
        show_failure(self, self.error, error)

    def _working(self, working: bool) -> None:
        for widget in self.inputs:
            widget.setEnabled(not working)


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""
