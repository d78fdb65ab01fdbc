"""A dialog's core call on a worker (``ui.tasks.Jobs``), never on the GUI thread.

While the call runs the dialog's buttons are off, so nothing is done twice, and a line may
say what is going on ("Checking…"); then ``done(result)`` runs on the GUI thread. A refusal
goes to the dialog's own error line, anything else to the error box (``ui.feedback``),
unless the dialog handles the failure itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

from ui.feedback import show_failure, show_unexpected
from ui.tasks import Jobs

T = TypeVar("T")


class DialogWork(QObject):
    """``run(work, done)``: one core call at a time for ``dialog``; ``busy`` are the widgets
    switched off meanwhile (its button boxes), ``line`` the error line that also says what
    is going on."""

    def __init__(self, dialog: QWidget, line: QLabel | None, busy: Sequence[QWidget],
                 jobs: Jobs | None = None) -> None:  # fmt: skip
        super().__init__(dialog)
        self.dialog, self.line, self.busy = dialog, line, list(busy)
        self.jobs = jobs or Jobs(parent=self)
        self.running = False
        self._was_enabled: list[bool] = []

    def run(self, work: Callable[[], T], done: Callable[[T], None], *, waiting: str = "",
            failed: Callable[[Exception], None] | None = None) -> bool:  # fmt: skip
        """Start ``work`` on a worker unless a call is still running (then ``False``)."""
        if self.running:
            return False
        self.running = True
        if self.line is not None:
            self.line.setText(waiting)
        self._was_enabled = [widget.isEnabled() for widget in self.busy]
        for widget in self.busy:
            widget.setEnabled(False)

        def finished(result: T) -> None:
            self._over()
            done(result)

        def refused(error: Exception) -> None:
            self._over()
            if failed is not None:
                failed(error)
            elif self.line is not None:
                show_failure(self.dialog, self.line, error)
            else:
                show_unexpected(self.dialog, error)

        self.jobs.run(work, finished, refused)
        return True

    def _over(self) -> None:
        """The buttons as they were; the waiting words gone (the callback says what now)."""
        self.running = False
        for widget, enabled in zip(self.busy, self._was_enabled, strict=True):
            widget.setEnabled(enabled)
        if self.line is not None:
            self.line.clear()
