"""The window locks itself after idle time: the operator's PIN opens it again.

Citizens stand at the counter, and the records carry their personal data: a PC left alone
must not stay open. Any key or mouse use counts as activity.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from ektp_desk.api import office
from ektp_desk.api.office import Database
from ui.buttons import buttons as standard_buttons
from ui.dialog_work import DialogWork
from ui.feedback import show_failure
from ui.tasks import Jobs

IDLE_LOCK_MS = 10 * 60 * 1000
_ACTIVITY = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel)  # fmt: skip


class IdleWatch(QObject):
    """Emits ``idle`` once when nothing was typed or clicked for ``limit_ms``."""

    idle = Signal()

    def __init__(self, limit_ms: int = IDLE_LOCK_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit_ms = limit_ms
        self.quiet = QElapsedTimer()
        self.quiet.start()
        self.paused = False
        self.timer = QTimer(self)
        self.timer.setInterval(max(250, min(limit_ms // 4, 15_000)))
        self.timer.timeout.connect(self.check)
        self.timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.quiet.restart()
        return False

    def check(self) -> None:
        if not self.paused and self.quiet.elapsed() >= self.limit_ms:
            self.paused = True
            self.idle.emit()

    def resume(self) -> None:
        self.quiet.restart()
        self.paused = False

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LockDialog(QDialog):
    """Locked: the same user's PIN opens the window; anyone else signs the user out."""

    SIGN_OUT = 2

    def __init__(self, db: Database, user: str, parent: QWidget | None = None,
                 jobs: Jobs | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.db = db
        self.user = user
        self.setWindowTitle(self.tr("Locked"))
        self.pin = QLineEdit()
        self.pin.setObjectName("lockPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("lockError")
        box = standard_buttons("Ok", "Cancel")
        box.button(box.StandardButton.Ok).setText(self.tr("Unlock"))
        box.button(box.StandardButton.Cancel).setText(self.tr("Sign out"))
        box.accepted.connect(self.unlock)
        box.rejected.connect(lambda: self.done(self.SIGN_OUT))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("The window was locked after a quiet while. {user}, type "
                                   "your PIN to go on.").format(user=user)))  # fmt: skip
        form.addRow(self.tr("Password / PIN"), self.pin)
        form.addRow(self.error)
        form.addRow(box)
        self.work = DialogWork(self, self.error, [box], jobs)

    def unlock(self) -> None:
        """The PIN is checked on a worker; the buttons are off until it answers."""
        db, user, pin = self.db, self.user, self.pin.text()
        self.work.run(lambda: office.sign_in(db, user, pin), lambda _info: self.accept(),
                      waiting=self.tr("Checking…"), failed=self._refused)  # fmt: skip

    def _refused(self, error: Exception) -> None:
        show_failure(self, self.error, error)
        self.pin.clear()

    def reject(self) -> None:  # Escape must not unlock
        if not self.work.running:  # nor sign out while the PIN is being checked
            self.done(self.SIGN_OUT)
