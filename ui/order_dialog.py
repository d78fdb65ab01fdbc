"""A delivery on its way (Stock ▸ Delivery on the way…): what, how much, when it is
expected, and the letter or order number. The forecast counts it from its expected time."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ui.buttons import buttons as standard_buttons

ITEMS = ("blank", "ribbon", "film")
OPENING = time(8, 0)  # a delivery is expected from the office's opening


class OrderDialog(QDialog):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delivery on the way"))
        self.item = QComboBox()
        self.item.setObjectName("orderItem")
        self.item.addItems(
            [self.tr("Blank cards"), self.tr("Ribbon rolls (sealed)"),
             self.tr("Film rolls (sealed)")]
        )  # fmt: skip
        self.qty = QSpinBox()
        self.qty.setObjectName("orderQty")
        self.qty.setRange(1, 1_000_000)
        self.qty.setGroupSeparatorShown(True)
        tomorrow = today + timedelta(days=1)
        self.expected = QDateTimeEdit(
            QDateTime(tomorrow.year, tomorrow.month, tomorrow.day, OPENING.hour, 0, 0)
        )
        self.expected.setObjectName("orderExpected")
        self.expected.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.expected.setCalendarPopup(True)
        self.ref = QLineEdit()
        self.ref.setObjectName("orderRef")
        self.ref.setMaxLength(200)
        buttons = standard_buttons("Save", "Cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Item"), self.item)
        form.addRow(self.tr("Quantity"), self.qty)
        form.addRow(self.tr("Expected"), self.expected)
        form.addRow(self.tr("Letter / order no."), self.ref)
        form.addRow(buttons)

    @property
    def item_code(self) -> str:
        return ITEMS[self.item.currentIndex()]

    @property
    def expected_at(self) -> datetime:
        chosen = self.expected.dateTime().toPython()
        assert isinstance(chosen, datetime)
        return chosen
