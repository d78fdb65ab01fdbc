"""What every controller of the open window shares: the office database, the signed-in
person, the workers, the actions and the window's one line of feedback.

A controller reads with ``desk.read`` and writes with ``desk.write``: both run the core call
on a worker and call back on the GUI thread. While a write runs the actions are off (keys
and menus included) and come back on with its result; a refusal from the core becomes one
sentence under the scan box, anything else the error dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMainWindow

from ektp_desk.actor import Actor
from ektp_desk.domain import LEAD_ROLES
from ektp_desk.errors import Refused
from ui.actions import ActionTable
from ui.feedback import refusal_text, show_unexpected
from ui.tasks import Jobs

if TYPE_CHECKING:
    from ektp_desk.api.office import Database
    from ui.desk_body import DeskBody

T = TypeVar("T")


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate``: the controllers speak in the window's context, so
    the window's translations follow its words into them (lupdate reads the literal)."""
    return QCoreApplication.translate(context, text)


def station_of(actor: Actor) -> str:
    """The print station the window's person signed in at (the window opens only there)."""
    if not actor.station:
        raise ValueError(f"{actor.name} signed in at no print station")
    return actor.station


class Desk(QObject):
    """The open counter: ``changed(new_forecast)`` asks for a fresh picture after a write;
    ``idle`` says the last write reported and the actions are on again; ``records_added``
    follows an import."""

    changed = Signal(bool)
    idle = Signal()
    records_added = Signal()  # an import: new kecamatan, new rows

    def __init__(
        self,
        window: QMainWindow,
        db: Database,
        actor: Actor,
        jobs: Jobs,
        actions: ActionTable,
        body: DeskBody,
    ) -> None:
        super().__init__(window)
        self.window, self.db, self.actor = window, db, actor
        self.jobs, self.actions, self.body = jobs, actions, body
        self.station: str = station_of(actor)
        self.lead = actor.role in LEAD_ROLES
        self._writing = 0

    @property
    def busy(self) -> bool:
        return self._writing > 0

    def read(self, work: Callable[[], T], done: Callable[[T], None]) -> None:
        """Read on a worker; ``done(result)`` on the GUI thread."""
        self.jobs.run(work, done, self.failed)

    def write(self, work: Callable[[], T], done: Callable[[T], None], *,
              new_forecast: bool = False) -> None:  # fmt: skip
        """One core action on a worker, the actions off until it reports; then ``done`` and
        a fresh picture of everything the window shows."""
        self._writing += 1
        self.actions.set_busy(True)

        def finished(result: T) -> None:
            self._written()
            done(result)
            self.changed.emit(new_forecast)

        def refused(error: Exception) -> None:
            self._written()
            self.failed(error)  # nothing was changed: the picture stands

        self.jobs.run(work, finished, refused)

    def failed(self, error: Exception) -> None:
        if isinstance(error, Refused):
            self.say(refusal_text(error), error=True)
        else:
            show_unexpected(self.window, error)

    def say(self, text: str, *, error: bool = False) -> None:
        self.body.say(text, error=error)

    def _written(self) -> None:
        self._writing -= 1
        if not self._writing:
            self.actions.set_busy(False)
            self.idle.emit()
