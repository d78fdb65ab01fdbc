"""Settings: this PC's language and station (QSettings), the office's target (database)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from ektp_desk import settings as office_settings
from ektp_desk import stations
from ektp_desk.db import Database
from ektp_desk.errors import Refused
from ektp_desk.stock import STOCK_ROLES
from ui.buttons import buttons as standard_buttons
from ui.feedback import refusal_text
from ui.login import Operator


class SettingsDialog(QDialog):
    def __init__(self, db: Database, operator: Operator, prefs: QSettings,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.db = db
        self.operator = operator
        self.prefs = prefs
        self.office = office_settings.load_settings(db)
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.setObjectName("settingsLanguage")
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(
            max(self.language.findData(prefs.value("ui/language", "id")), 0)
        )
        self.station = QComboBox()
        self.station.setObjectName("settingsStation")
        self.station.addItems([s.name for s in stations.list_stations(db) if s.active])
        self.station.setCurrentText(str(prefs.value("station/name", operator.station)))
        self.target = self._spin(self.office.daily_target, 1, "settingsTarget")
        self.before = self._spin(self.office.printed_before, 0, "settingsBefore")
        lead = operator.role in STOCK_ROLES
        for spin in (self.target, self.before):
            spin.setEnabled(lead)
        self.error = QLabel()
        self.error.setWordWrap(True)
        buttons = standard_buttons("Save", "Cancel")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("This PC's station"), self.station)
        form.addRow(QLabel(self.tr("Language and station apply at the next sign-in.")))
        form.addRow(self.tr("Daily target (cards)"), self.target)
        form.addRow(self.tr("Cards printed before e-KTP Desk"), self.before)
        if not lead:
            form.addRow(QLabel(self.tr("Office figures can be changed by a shift lead.")))
        form.addRow(self.error)
        form.addRow(buttons)

    def _spin(self, value: int, minimum: int, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(minimum, 10_000_000)
        spin.setGroupSeparatorShown(True)
        spin.setValue(value)
        return spin

    def save(self) -> None:
        changes: dict[str, Any] = {}
        if self.target.value() != self.office.daily_target:
            changes["daily_target"] = self.target.value()
        if self.before.value() != self.office.printed_before:
            changes["printed_before"] = self.before.value()
        try:
            if changes:
                office_settings.save_settings(self.db, changes, operator=self.operator.name)
        except Refused as error:
            self.error.setText(refusal_text(error))
            return
        self.prefs.setValue("ui/language", self.language.currentData())
        if self.station.currentText():
            self.prefs.setValue("station/name", self.station.currentText())
        self.accept()
