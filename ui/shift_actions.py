"""Shifts: a lead starts and ends them; anyone sees the cards a closed or crashed PC left at
a printer, and where the last shift stopped. The dialogs do their own work; the reads that
decide whether to open one run on a worker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ui.actions import Act
from ui.desk import Desk, translate

if TYPE_CHECKING:
    from ektp_desk.api.shifts import ShiftInfo


class ShiftController(QObject):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk)
        self.desk = desk
        desk.actions.bind(Act.SHIFT_START, self.start_shift)
        desk.actions.bind(Act.SHIFT_END, self.end_shift)
        desk.actions.bind(Act.PENDING, self.show_pending)
        desk.actions.bind(Act.WHERE, self.show_where)

    def start_shift(self) -> None:
        from ui.shift_dialogs import StartShiftDialog

        dialog = StartShiftDialog(self.desk.db, self.desk.actor, self.desk.window)
        if dialog.exec() and dialog.started is not None:
            self._printer_readings(dialog.started.id, start=True)
            self.desk.say(
                translate("MainWindow", "Shift {id} started").format(id=dialog.started.id)
            )
            self.desk.changed.emit(True)
            self.show_where()
            self.offer_pending()

    def end_shift(self) -> None:
        from ektp_desk.api import shifts

        db, station = self.desk.db, self.desk.station

        def current() -> ShiftInfo | None:
            return next((s for s in shifts.open_shifts(db) if station in s.stations), None)

        self.desk.read(current, self._end)

    def _end(self, shift: ShiftInfo | None) -> None:
        from ui.shift_dialogs import EndShiftDialog

        if shift is None:
            self.desk.say(translate("MainWindow", "No shift is open at this station"), error=True)
            return
        self._printer_readings(shift.id, start=False)  # the counters before the books close
        dialog = EndShiftDialog(self.desk.db, self.desk.actor, shift, self.desk.window)
        if dialog.exec() and dialog.ended is not None:
            self.desk.say(translate("MainWindow", "Shift {id} ended").format(id=dialog.ended.id))
            self.desk.changed.emit(True)

    def _printer_readings(self, shift_id: int, *, start: bool) -> None:
        """Each station's printer counter at the shift's start or end (read, typed or skipped
        with a reason)."""
        from ektp_desk.api.printers import Moment
        from ui.printer_reading_dialog import ask_printer_readings

        moment = Moment.SHIFT_START if start else Moment.SHIFT_END
        ask_printer_readings(self.desk.window, self.desk.db, self.desk.actor, shift_id, moment)

    def show_pending(self) -> None:
        from ui.shift_dialogs import PendingDialog

        PendingDialog(self.desk.db, self.desk.actor, self.desk.window).exec()
        self.desk.changed.emit(False)

    def offer_pending(self) -> None:
        """Cards left at a printer are shown, never released silently."""
        from ektp_desk.api import counter

        db, station = self.desk.db, self.desk.station
        self.desk.read(
            lambda: bool(counter.pending_cards(db, station=station)),
            lambda pending: self.show_pending() if pending else None,
        )

    def show_where(self) -> None:
        from ui.shift_dialogs import WhereWeStoppedDialog

        WhereWeStoppedDialog(self.desk.db, self.desk.actor, self.desk.window).exec()
