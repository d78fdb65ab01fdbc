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
        """The first picture: the whole queue, then the kecamatan list; ``then`` once the
        queue is counted (or could not be read)."""
        self.apply_filter(then)
        self.fill_kecamatan()

    def apply_filter(self, then: Callable[[], None] | None = None) -> None:
        """Show the filter's first rows as soon as they are read, and its row count when it
        is counted (a million queued records take ~50 ms to count: the rows do not wait)."""
        from ektp_desk.api import counter
        from ui.queue_model import read_shown

        db, flt = self.desk.db, self.desk.body.queue_filter()
        body, model = self.desk.body, self.desk.body.model
        numbers = body.shown_blocks(from_top=True)
        known: dict[str, int] = {}  # "count", once counted (it may come first)

        def current() -> bool:
            return flt == body.queue_filter()  # else a newer filter is on its way

        def shown(blocks: dict[int, list[QueueRow]]) -> None:
            if current():
                read = sum(len(rows) for rows in blocks.values())
                model.set_filter(flt, db, count=known.get("count", read), blocks=blocks)
                known["shown"] = 1
                if "count" in known:
                    body.show_row_count()

        def counted(count: int) -> None:
            known["count"] = count
            if current() and "shown" in known:
                model.set_count(count)
                body.show_row_count()
            if then is not None:
                then()

        def failed(error: Exception) -> None:
            self.desk.failed(error)
            if then is not None and "failed" not in known:
                known["failed"] = 1
                then()

        self.desk.jobs.run(lambda: read_shown(db, flt, None, numbers), shown, failed)
        self.desk.jobs.run(lambda: counter.count_rows(db, flt), counted, failed)

    def fill_kecamatan(self) -> None:
        from ektp_desk.api import counter

        db = self.desk.db
        self.desk.read(lambda: counter.kecamatan_options(db), self.desk.body.fill_kecamatan)

    def records_added(self) -> None:
        self.fill_kecamatan()
        self.apply_filter()
        self.desk.changed.emit(False)
