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
from ektp_desk.i18n import Message
from ui.buttons import buttons as standard_buttons
from ui.buttons import inform
from ui.dialog_work import DialogWork
from ui.feedback import sentence, show_failure
from ui.tasks import Jobs

# Who is at the counter, with which role, at which station: the signed-in Actor.
Operator = Actor


class LoginDialog(QDialog):
    def __init__(self, db: Database, settings: QSettings, parent: QWidget | None = None,
                 jobs: Jobs | None = None) -> None:  # fmt: skip
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
        self.work = DialogWork(self, self.error, [buttons], jobs)
        (self.pin if self.user.text() else self.user).setFocus()

    def sign_in(self) -> None:
        """The password is checked on a worker (scrypt and the audit row take a moment); the
        dialog stays open, its buttons off, saying so."""
        station = self.station.currentText()
        if not station:
            self.error.setText(self.tr("No print station is set up yet: ask the admin."))
            return
        db, name, password = self.db, self.user.text(), self.pin.text()

        def check() -> tuple[Operator, Message | None]:
            info = office.sign_in(db, name, password, station=station)
            return info, office.clock_skew_warning()  # the office keeps the server's time

        self.work.run(check, lambda answer: self._signed_in(station, *answer),
                      waiting=self.tr("Checking…"), failed=self._refused)  # fmt: skip

    def _refused(self, error: Exception) -> None:
        show_failure(self, self.error, error)
        self.pin.clear()
        self.pin.setFocus()

    def _signed_in(self, station: str, info: Operator, skew: Message | None) -> None:
        self.settings.setValue("login/user", info.name)
        self.settings.setValue("station/name", station)
        self.operator = info
        if skew is not None:
            inform(self, self.tr("This PC's clock"), sentence(skew), icon=QMessageBox.Icon.Warning)
        self.accept()

    def reject(self) -> None:
        if not self.work.running:  # the password is being checked: its answer comes first
            super().reject()
