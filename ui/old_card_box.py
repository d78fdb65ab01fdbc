"""The old KTP-el taken back when a replacement is collected: a checkbox, the cause and a note,
shown in the collect dialog only for a replacement that has an old card (ektp_desk.handin)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QWidget

from ektp_desk.api.citizens import HandIn, OldCard
from ektp_desk.domain import InvalidCause
from ui import words


class OldCardBox(QWidget):
    """Ticked: the old card is taken back, with its cause (preset from the replacement's
    request when the file said it) and a note."""

    def __init__(self, old: OldCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taken = QCheckBox(self.tr("The old KTP-el was taken back (for destruction)"))
        self.taken.setObjectName("collectHandedIn")
        self.cause = QComboBox()
        self.cause.setObjectName("collectHandInCause")
        if old.cause is None:
            self.cause.addItem(self.tr("(choose the cause)"), "")
        for cause in InvalidCause:
            self.cause.addItem(words.word(InvalidCause, cause), str(cause))
        if old.cause is not None:
            self.cause.setCurrentIndex(self.cause.findData(str(old.cause)))
        self.note = QLineEdit()
        self.note.setObjectName("collectHandInNote")
        self.note.setPlaceholderText(self.tr("e.g. corner cut, chip broken"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.taken)
        form.addRow(self.tr("Cause"), self.cause)
        form.addRow(self.tr("Note"), self.note)
        self.taken.toggled.connect(self._show)
        self._show(False)

    def _show(self, taken: bool) -> None:
        self.cause.setEnabled(taken)
        self.note.setEnabled(taken)

    def hand_in(self) -> HandIn | None:
        """What to record with the collection; None when the box is not ticked."""
        if not self.taken.isChecked():
            return None
        cause = self.cause.currentData()
        return HandIn(InvalidCause(cause) if cause else None, self.note.text())
