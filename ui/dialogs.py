"""Small dialogs: the spoil reason, stock deliveries and corrections, the import report."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ektp_desk.domain import SPOIL_REASONS
from ui import words
from ui.buttons import buttons as standard_buttons
from ui.feedback import translated

if TYPE_CHECKING:  # the import machinery (openpyxl: ~0.5 s) loads with an import, not with F8
    from ektp_desk.api.importing import ImportReport


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = standard_buttons("Ok", "Cancel")
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class SpoilDialog(QDialog):
    """Why the card came out spoiled: keys 1-6 pick a reason, Enter confirms."""

    def __init__(self, nik: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Spoiled card"))
        self.reasons = QListWidget()
        self.reasons.setObjectName("spoilReasons")
        for number, reason in enumerate(SPOIL_REASONS, start=1):
            item = QListWidgetItem(f"{number}  {words.word(words.SPOIL_REASON, reason)}")
            item.setData(Qt.ItemDataRole.UserRole, reason)
            self.reasons.addItem(item)
        self.reasons.setCurrentRow(0)
        self.serial = QLineEdit()
        self.serial.setObjectName("spoilSerial")
        self.serial.setPlaceholderText(self.tr("optional"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Card {nik} came out spoiled. Reason:").format(nik=nik)))
        layout.addWidget(self.reasons)
        form = QFormLayout()
        form.addRow(self.tr("Blank serial number"), self.serial)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Record spoiled")))
        self.reasons.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and 1 <= int(text) <= len(SPOIL_REASONS):
            self.reasons.setCurrentRow(int(text) - 1)
            return
        super().keyPressEvent(event)

    @property
    def reason(self) -> str:
        return str(self.reasons.currentItem().data(Qt.ItemDataRole.UserRole))

    @property
    def blank_serial(self) -> str | None:
        return self.serial.text().strip() or None


class StockDialog(QDialog):
    """A delivery (quantity and delivery note) or a correction (signed quantity and reason)."""

    ITEMS = ("blank", "ribbon", "film")

    def __init__(self, *, correction: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.correction = correction
        self.setWindowTitle(self.tr("Correct stock") if correction else self.tr("Receive stock"))
        self.item = QComboBox()
        self.item.setObjectName("stockItem")
        self.item.addItems(
            [
                self.tr("Blank cards"),
                self.tr("Ribbon rolls (sealed)"),
                self.tr("Film rolls (sealed)"),
            ]
        )
        self.qty = QSpinBox()
        self.qty.setObjectName("stockQty")
        self.qty.setRange(-100_000 if correction else 1, 100_000)
        self.qty.setValue(0 if correction else 1)
        self.qty.setGroupSeparatorShown(True)
        self.text = QLineEdit()
        self.text.setObjectName("stockText")
        form = QFormLayout(self)
        form.addRow(self.tr("Item"), self.item)
        form.addRow(self.tr("Change (+/-)") if correction else self.tr("Quantity"), self.qty)
        form.addRow(self.tr("Reason") if correction else self.tr("Delivery note no."), self.text)
        form.addRow(_buttons(self, self.tr("Save")))

    @property
    def item_code(self) -> str:
        return self.ITEMS[self.item.currentIndex()]


class ImportReportDialog(QDialog):
    """What an import did, and every rejected row with its reason; can be saved as CSV."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Import report: {file}").format(file=report.file))
        summary = QLabel(
            self.tr(
                "{rows} rows read: {imported} imported, {duplicates} duplicates skipped, "
                "{rejected} rejected."
            ).format(
                rows=report.rows,
                imported=report.imported,
                duplicates=report.duplicates,
                rejected=report.rejected,
            )
        )
        summary.setObjectName("importSummary")
        summary.setWordWrap(True)
        phones = QLabel(self._phone_warnings(report))
        phones.setObjectName("importPhoneWarnings")
        phones.setWordWrap(True)
        phones.setVisible(bool(report.phone_warnings))
        self.table = QTableWidget(len(report.errors), 3)
        self.table.setObjectName("importErrors")
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("NIK"), self.tr("Reason")])
        for row, error in enumerate(report.errors):
            reason = "; ".join(translated(m) for m in error.messages) or error.reason
            for column, value in enumerate((str(error.row), error.nik or "", reason)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        buttons = standard_buttons("Close")
        save = buttons.addButton(self.tr("Save report…"), QDialogButtonBox.ButtonRole.ActionRole)
        save.setEnabled(bool(report.errors))
        save.clicked.connect(self.ask_save)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(phones)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def _phone_warnings(self, report: ImportReport) -> str:
        rows = ", ".join(str(w.row) for w in report.phone_warnings[:20])
        more = "…" if len(report.phone_warnings) > 20 else ""
        return self.tr(
            "{count} row(s) went in without their phone number, which is not a usable mobile "
            "number (rows {rows}{more})."
        ).format(count=len(report.phone_warnings), rows=rows, more=more)

    def ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save import report"),
            f"{Path(self.report.file).stem}-errors.csv",
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.save(Path(path))

    def save(self, path: Path) -> None:
        """The rejected rows as a CSV a spreadsheet opens (UTF-8 with BOM, semicolons)."""
        from ektp_desk.api.importing import csv_text

        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow([self.tr("Row"), self.tr("NIK"), self.tr("Reason")])
            for row in range(self.table.rowCount()):
                writer.writerow([csv_text(self._cell(row, c)) for c in range(3)])

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""
