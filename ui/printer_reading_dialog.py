"""Printer readings at a shift's start or end: for each station still due, the lead types
the counters off the printer, asks the printer (where a probe is set up, on a worker), or
skips with a reason. Closing it leaves the rest undone; the shift goes on either way."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ektp_desk.api import printers
from ektp_desk.api.printers import Moment
from ektp_desk.errors import Refused
from ui.dialog_work import DialogWork
from ui.feedback import refusal_text, show_unexpected
from ui.tasks import Jobs, TaskRunner

if TYPE_CHECKING:
    from ektp_desk.api.office import Database
    from ui.login import Operator

_MAX: int = 99_999_999


class PrinterReadingDialog(QDialog):
    def __init__(
        self,
        db: Database,
        operator: Operator,
        shift_id: int,
        moment: Moment,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.operator, self.shift_id, self.moment = db, operator, shift_id, moment
        self.jobs = Jobs(runner, self)  # a reading, a skip and a probe run on its worker
        self.due = printers.readings_due(db, shift_id, moment)
        self.setWindowTitle(
            self.tr("Printer readings at shift start")
            if moment == Moment.SHIFT_START
            else self.tr("Printer readings at shift end")
        )
        self.stations = QListWidget()
        self.stations.setObjectName("dueStations")
        self.stations.addItems([d.station for d in self.due])
        self.stations.currentRowChanged.connect(self._chosen)
        self.counter = self._number("counter")
        self.ribbon, self.film = self._number("ribbon"), self._number("film")
        self.serial = QLineEdit()
        self.reason = QLineEdit()
        self.reason.setObjectName("skipReason")
        self.reason.setPlaceholderText(self.tr("why no reading is taken"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save reading"))
        self.probe_button = QPushButton(self.tr("Ask the printer"))
        self.skip_button = QPushButton(self.tr("Skip"))
        later = QPushButton(self.tr("Later"))
        self.save_button.clicked.connect(self.save)
        self.probe_button.clicked.connect(self.probe)
        self.skip_button.clicked.connect(self.skip)
        later.clicked.connect(self.reject)
        self._lay_out(later)
        self.work = DialogWork(self, None, [self.save_button, self.probe_button,
                                            self.skip_button, later], self.jobs)  # fmt: skip
        if self.due:
            self.stations.setCurrentRow(0)

    def _number(self, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(f"reading_{name}")
        box.setRange(-1 if name != "counter" else 0, _MAX)
        if name != "counter":
            box.setSpecialValueText(self.tr("not shown"))
            box.setValue(-1)
        return box

    def _lay_out(self, later: QPushButton) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Card counter"), self.counter)
        form.addRow(self.tr("Ribbon prints left"), self.ribbon)
        form.addRow(self.tr("Film prints left"), self.film)
        form.addRow(self.tr("Serial number"), self.serial)
        form.addRow(self.tr("Reason to skip"), self.reason)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.probe_button, self.skip_button, later):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Stations still to read:")))
        layout.addWidget(self.stations)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def current(self) -> printers.DueReading | None:
        row = self.stations.currentRow()
        return self.due[row] if 0 <= row < len(self.due) else None

    def _chosen(self, _row: int) -> None:
        due = self.current()
        self.probe_button.setEnabled(due is not None and due.probe is not None)

    def save(self) -> None:
        figures = printers.TypedFigures(
            self.counter.value(), _typed(self.ribbon), _typed(self.film), self.serial.text()
        )
        db, moment, shift_id = self.db, self.moment, self.shift_id
        self._act(
            lambda actor, station: printers.record_reading(
                db, actor, station, figures, moment=moment, shift_id=shift_id
            )
        )

    def skip(self) -> None:
        db, moment, shift_id, reason = self.db, self.moment, self.shift_id, self.reason.text()
        self._act(
            lambda actor, station: printers.skip_reading(
                db, actor, station, reason, moment=moment, shift_id=shift_id
            )
        )

    def probe(self) -> None:
        due = self.current()
        if due is None:
            return
        db, actor, moment, shift_id = self.db, self._actor(), self.moment, self.shift_id
        asking = self.tr("Asking the printer at {station}…")
        self.message.setText(asking.format(station=due.station))
        self.work.run(
            lambda: printers.read_printer(db, actor, due.station, moment=moment,
                                          shift_id=shift_id),
            self._probed, failed=self._failed,
        )  # fmt: skip

    def _probed(self, outcome: printers.ProbeOutcome) -> None:
        if outcome.reading is None:
            self.message.setText(
                self.tr("No reading: {problem}. Type it, or skip with a reason.").format(
                    problem=outcome.problem
                )
            )
            self._chosen(self.stations.currentRow())
            return
        self._done()

    def _failed(self, error: Exception) -> None:
        self.message.setText(refusal_text(error) if isinstance(error, Refused) else str(error))
        self._chosen(self.stations.currentRow())

    def _act(self, action: Any) -> None:
        """A reading or a skip for the chosen station, written on the worker."""
        due = self.current()
        if due is None:
            return
        actor, station = self._actor(), due.station

        def refused(error: Exception) -> None:
            if not isinstance(error, Refused):
                show_unexpected(self, error)
                return
            self.message.setText(refusal_text(error))
            self._chosen(self.stations.currentRow())

        self.work.run(lambda: action(actor, station), lambda _done: self._done(), failed=refused)

    def _done(self) -> None:
        row = self.stations.currentRow()
        self.due.pop(row)
        self.stations.takeItem(row)
        self.message.clear()
        self.reason.clear()
        if not self.due:
            self.accept()
            return
        self._chosen(self.stations.currentRow())  # the row number may not have changed

    def reject(self) -> None:
        if not self.work.running:  # a reading is being written: its answer comes first
            super().reject()

    def _actor(self) -> Operator:
        """The person signed in to this window; the core checks the role again."""
        return self.operator


def _typed(box: QSpinBox) -> int | None:
    return None if box.value() < 0 else box.value()


def ask_printer_readings(
    parent: QWidget, db: Database, operator: Operator, shift_id: int, moment: Moment
) -> None:
    """The shift dialogs' hook: ask only when a station still needs this moment's reading."""
    dialog = PrinterReadingDialog(db, operator, shift_id, moment, parent)
    if dialog.due:
        dialog.exec()
