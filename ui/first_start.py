"""A new, empty office database: offer demo data, or set up the first admin and station."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ektp_desk.api import office
from ektp_desk.api.office import Database
from ui.buttons import buttons as standard_buttons
from ui.buttons import label_buttons
from ui.dialog_work import DialogWork
from ui.tasks import Jobs

DEMO_RECORDS = 5000


class FirstStartDialog(QDialog):
    """Asks whether to fill the new database with a demo office or to start a real one."""

    DEMO, SETUP = 1, 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to e-KTP Desk"))
        text = QLabel(
            self.tr(
                "This office database is new and empty.\n\n"
                "Try the program with demo data: three print stations, their operators and leads, "
                "stock, and {records} records in the queue. Or set up your own office: the first "
                "admin user and the first print station."
            ).format(records=f"{DEMO_RECORDS:,}".replace(",", "."))
        )
        text.setWordWrap(True)
        self.demo = QPushButton(self.tr("Fill with demo data"))
        self.demo.setObjectName("btnDemo")
        self.setup = QPushButton(self.tr("Set up my office"))
        self.setup.setObjectName("btnSetup")
        self.demo.clicked.connect(lambda: self.done(self.DEMO))
        self.setup.clicked.connect(lambda: self.done(self.SETUP))
        buttons = QDialogButtonBox()
        buttons.addButton(self.demo, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.setup, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        label_buttons(buttons)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.demo.setDefault(True)
        self.setMinimumWidth(460)


class OfficeSetupDialog(QDialog):
    """The first admin (name and PIN) and the first print station."""

    def __init__(self, db: Database, parent: QWidget | None = None,
                 jobs: Jobs | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Set up the office"))
        self.admin = QLineEdit("admin")
        self.admin.setObjectName("setupAdmin")
        self.pin = QLineEdit()
        self.pin.setObjectName("setupPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.station = QLineEdit(self.tr("Loket 1"))
        self.station.setObjectName("setupStation")
        self.error = QLabel()
        self.error.setObjectName("setupError")
        self.error.setWordWrap(True)
        buttons = standard_buttons("Ok", "Cancel")
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Admin user"), self.admin)
        form.addRow(self.tr("Admin password / PIN"), self.pin)
        form.addRow(self.tr("First print station"), self.station)
        form.addRow(self.error)
        form.addRow(buttons)
        self.work = DialogWork(self, self.error, [buttons], jobs)

    def create(self) -> None:  # type: ignore[override]  # shadows QWidget.create, never called by Qt here
        """The admin (scrypt) and the station are made on a worker, in one transaction."""
        db, admin, pin, station = self.db, self.admin.text(), self.pin.text(), self.station.text()
        self.work.run(lambda: office.first_start(db, admin, pin, station=station),
                      lambda _made: self.accept(), waiting=self.tr("Setting up…"))  # fmt: skip

    def reject(self) -> None:
        if not self.work.running:  # the setup is being written: let it finish
            super().reject()
