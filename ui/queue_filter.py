"""The queue tab's filters: kecamatan, priority, status and a search. A new filter is counted
on a worker and then shown; the rows themselves are read by the model as the view scrolls."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.desk import Desk


class QueueController(QObject):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk)
        self.desk = desk
        body = desk.body
        for combo in (body.kecamatan, body.priority, body.status):
            combo.currentIndexChanged.connect(self.apply_filter)
        body.search.returnPressed.connect(self.apply_filter)
        body.search.textChanged.connect(lambda text: None if text else self.apply_filter())
        desk.records_added.connect(self.records_added)

    def open(self) -> None:
        """The first picture: the kecamatan list and the whole queue."""
        self.fill_kecamatan()
        self.apply_filter()

    def apply_filter(self) -> None:
        from ektp_desk import queue_view

        db, flt = self.desk.db, self.desk.body.queue_filter()
        model = self.desk.body.model

        def counted(count: int) -> None:
            if flt == self.desk.body.queue_filter():  # else a newer filter is on its way
                model.set_filter(flt, db, count=count)
                self.desk.body.show_row_count()

        self.desk.read(lambda: queue_view.count_rows(db, flt), counted)

    def fill_kecamatan(self) -> None:
        from ektp_desk import queue_view

        db = self.desk.db
        self.desk.read(lambda: queue_view.kecamatan_options(db), self.desk.body.fill_kecamatan)

    def records_added(self) -> None:
        self.fill_kecamatan()
        self.apply_filter()
        self.desk.changed.emit(False)
