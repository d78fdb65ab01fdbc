"""Signing in: user and PIN, and the station this PC is (chosen once, remembered)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from ektp_desk.actor import Actor
from ektp_desk.api import office
from ektp_desk.api.office import Database
from ektp_desk.errors import Refused
from ui.buttons import buttons as standard_buttons
from ui.buttons import inform
from ui.feedback import refusal_text, sentence

# Who is at the counter, with which role, at which station: the signed-in Actor.
Operator = Actor


class LoginDialog(QDialog):
    def __init__(self, db: Database, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.operator: Operator | None = None
        self.setWindowTitle(self.tr("e-KTP Desk — sign in"))
        self.user = QLineEdit(str(settings.value("login/user", "")))
        self.user.setObjectName("loginUser")
        self.pin = QLineEdit()
        self.pin.setObjectName("loginPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.station = QComboBox()
        self.station.setObjectName("loginStation")
        self.station.addItems([s.name for s in office.list_stations(db) if s.active])
        remembered = str(settings.value("station/name", ""))
        if remembered:
            self.station.setCurrentText(remembered)
        self.error = QLabel()
        self.error.setObjectName("loginError")
        self.error.setWordWrap(True)
        buttons = standard_buttons("Ok", "Cancel")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.accepted.connect(self.sign_in)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password / PIN"), self.pin)
        form.addRow(self.tr("Station"), self.station)
        form.addRow(self.error)
        form.addRow(buttons)
        (self.pin if self.user.text() else self.user).setFocus()

    def sign_in(self) -> None:
        if not self.station.currentText():
            self.error.setText(self.tr("No print station is set up yet: ask the admin."))
            return
        try:
            info = office.sign_in(
                self.db, self.user.text(), self.pin.text(), station=self.station.currentText()
            )
        except Refused as error:
            self.error.setText(refusal_text(error))
            self.pin.clear()
            self.pin.setFocus()
            return
        self.settings.setValue("login/user", info.name)
        self.settings.setValue("station/name", self.station.currentText())
        self.operator = info
        skew = office.clock_skew_warning()  # the office keeps the server's time
        if skew is not None:
            inform(self, self.tr("This PC's clock"), sentence(skew), icon=QMessageBox.Icon.Warning)
        self.accept()
