"""The counter: the card at the printer. Take the next record (F2), scan a NIK, record it
printed (F5) or spoiled (F8), send it back to the queue (F9), pick a row of the queue.

Each action is one core call on a worker; the card panel and the feedback line follow its
result. A NIK scanned while a write runs is looked up as soon as the write has reported, so
the scanner is never ignored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ui import words
from ui.actions import Act
from ui.desk import Desk, translate
from ui.queue_model import ROW_ROLE

if TYPE_CHECKING:
    from ektp_desk.api.counter import Card, PrintResult
    from ui.refresh import Snapshot


class CounterController(QObject):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk)
        self.desk = desk
        self.body = desk.body
        self.current: Card | None = None
        self._scan_waiting = False
        for act, slot in ((Act.NEXT, self.take_next), (Act.PRINTED, self.mark_printed),
                          (Act.SPOILED, self.mark_spoiled), (Act.RELEASE, self.release_current),
                          (Act.SCAN, self.body.focus_scan)):  # fmt: skip
            desk.actions.bind(act, slot)
        self.body.scan.returnPressed.connect(self.scan_entered)
        self.body.table.doubleClicked.connect(self.pick_row)
        desk.idle.connect(self._after_write)

    def current_nik(self) -> str | None:
        return self.current.nik if self.current is not None else None

    def take_next(self) -> None:
        from ektp_desk.api import counter

        db, actor, station = self.desk.db, self.desk.actor, self.desk.station

        def claim_and_read() -> Card:
            return counter.lookup_card(db, counter.claim_next(db, actor, station=station).nik)

        self.desk.write(claim_and_read, self._claimed)

    def _claimed(self, card: Card) -> None:
        self._show(card)
        self.desk.say(
            translate("MainWindow", "Print {nik} — {name}").format(nik=card.nik, name=card.name)
        )

    def scan_entered(self) -> None:
        if self.desk.busy:  # a write is running: look the NIK up once it reported
            self._scan_waiting = True
            return
        text = self.body.scan.text().strip()
        if text:
            self.show_card(text, found=True)
        self.body.scan.selectAll()

    def _after_write(self) -> None:
        if self._scan_waiting:
            self._scan_waiting = False
            self.scan_entered()

    def show_card(self, nik: str, *, found: bool = False) -> None:
        from ektp_desk.api import counter

        db = self.desk.db

        def shown(card: Card) -> None:
            self._show(card)
            if found:
                self.desk.say(translate("MainWindow", "Found {nik}").format(nik=card.nik))
            self.desk.changed.emit(False)

        self.desk.read(lambda: counter.lookup_card(db, nik), shown)

    def pick_row(self) -> None:
        index = self.body.table.currentIndex()
        row = self.body.model.data(index, ROW_ROLE) if index.isValid() else None
        if row is not None:
            self.show_card(row.nik)

    def mark_printed(self) -> None:
        if self._need_card():
            self._record(None, None)

    def mark_spoiled(self) -> None:
        from ui.dialogs import SpoilDialog

        if self.current is None:
            self._need_card()
            return
        dialog = SpoilDialog(self.current.nik, self.desk.window)
        if dialog.exec():
            self._record(dialog.reason, dialog.blank_serial)

    def release_current(self) -> None:
        from ektp_desk.api import counter

        if self.current is None:
            self._need_card()
            return
        db, nik, station, actor = self.desk.db, self.current.nik, self.desk.station, self.desk.actor

        def released(_none: None) -> None:
            self.desk.say(
                translate("MainWindow", "{nik} is back in the queue in its place").format(nik=nik)
            )
            self._clear()

        self.desk.write(lambda: counter.release(db, actor, nik, station=station), released)

    def follow(self, snapshot: Snapshot) -> None:
        """A fresh picture: the current card as the database has it now."""
        card = snapshot.card
        if card is not None and self.current is not None and card.nik == self.current.nik:
            self.current = card
            self.body.card_panel.show_card(card)

    # -- inside ----------------------------------------------------------------------------

    def _record(self, spoiled: str | None, serial: str | None) -> None:
        from ektp_desk.api import counter

        assert self.current is not None
        db, nik, station, actor = self.desk.db, self.current.nik, self.desk.station, self.desk.actor

        def recorded(result: PrintResult) -> None:
            if spoiled:
                text = translate(
                    "MainWindow", "{nik} spoiled ({reason}); it is back at the head of the queue"
                )
                reason = words.word(words.SPOIL_REASON, spoiled)
                self.desk.say(text.format(nik=nik, reason=reason))
            else:
                text = translate("MainWindow", "{nik} printed (attempt {attempt})")
                self.desk.say(text.format(nik=nik, attempt=result.attempt))
            self._clear()

        self.desk.write(lambda: counter.record_print(db, actor, nik, station=station,
                                                     spoiled=spoiled, blank_serial=serial),
                        recorded)  # fmt: skip

    def _show(self, card: Card) -> None:
        self.current = card
        self.body.card_panel.show_card(card)

    def _clear(self) -> None:
        self.current = None
        self.body.card_panel.show_card(None)
        self.body.scan.clear()
        self.body.scan.setFocus()

    def _need_card(self) -> bool:
        if self.current is None:
            self.desk.say(
                translate("MainWindow", "No current card: scan a NIK or press F2 first"), error=True
            )
            return False
        return True
