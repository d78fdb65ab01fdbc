"""The queue tab's filters: kecamatan, priority, status and a search. A new filter is counted
on a worker, with the rows the table shows first, and then shown; further rows are read by
the model as the view scrolls."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ui.desk import Desk

if TYPE_CHECKING:
    from ektp_desk.api.counter import QueueRow


class QueueController(QObject):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk)
        self.desk = desk
        body = desk.body
        for combo in (body.kecamatan, body.priority, body.status):
            combo.currentIndexChanged.connect(lambda _index: self.apply_filter())
        body.search.returnPressed.connect(lambda: self.apply_filter())
        body.search.textChanged.connect(lambda text: None if text else self.apply_filter())
        desk.records_added.connect(self.records_added)

    def open(self, then: Callable[[], None]) -> None:
        """The first picture: the kecamatan list and the whole queue; ``then`` once the
        queue is shown (or could not be read)."""
        self.fill_kecamatan()
        self.apply_filter(then)

    def apply_filter(self, then: Callable[[], None] | None = None) -> None:
        from ektp_desk.api import counter
        from ui.queue_model import read_shown

        db, flt = self.desk.db, self.desk.body.queue_filter()
        model = self.desk.body.model
        numbers = self.desk.body.shown_blocks(from_top=True)

        def read() -> tuple[int, dict[int, list[QueueRow]]]:
            count = counter.count_rows(db, flt)
            return count, read_shown(db, flt, count, numbers)

        def counted(result: tuple[int, dict[int, list[QueueRow]]]) -> None:
            count, blocks = result
            if flt == self.desk.body.queue_filter():  # else a newer filter is on its way
                model.set_filter(flt, db, count=count, blocks=blocks)
                self.desk.body.show_row_count()
            if then is not None:
                then()

        def failed(error: Exception) -> None:
            self.desk.failed(error)
            if then is not None:
                then()

        self.desk.jobs.run(read, counted, failed)

    def fill_kecamatan(self) -> None:
        from ektp_desk.api import counter

        db = self.desk.db
        self.desk.read(lambda: counter.kecamatan_options(db), self.desk.body.fill_kecamatan)

    def records_added(self) -> None:
        self.fill_kecamatan()
        self.apply_filter()
        self.desk.changed.emit(False)
