"""The stations tab: which print PCs are online, who works there, what each is printing."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

if TYPE_CHECKING:  # the tab is built before the core loads (the window's first paint)
    from ektp_desk.api.counter import StationStatus

_ONLINE = QColor("#1e6b2e")
_OFFLINE = QColor("#8a8f98")


class StationsView(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setObjectName("stationsTable")
        self.setHorizontalHeaderLabels([
            self.tr("Station"), self.tr("State"), self.tr("Operator"), self.tr("Printing now"),
            self.tr("Ribbon left"), self.tr("Film left"),
        ])  # fmt: skip
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def show_stations(self, statuses: list[StationStatus]) -> None:
        self.setRowCount(len(statuses))
        for row, status in enumerate(statuses):
            values = (
                status.station,
                self._state(status),
                status.operator or "",
                ", ".join(status.printing),
                QLocale().toString(status.ribbon_left),
                QLocale().toString(status.film_left),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 1:
                    item.setForeground(QBrush(_ONLINE if status.online else _OFFLINE))
                if column >= 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(row, column, item)

    def _state(self, status: StationStatus) -> str:
        if status.online:
            return self.tr("online")
        if status.seen_at is None:
            return self.tr("offline (never seen)")
        return self.tr("offline since {time}").format(time=_when(status.seen_at))


def _when(moment: datetime) -> str:
    return (
        moment.strftime("%H:%M")
        if moment.date() == datetime.now().date()
        else (moment.strftime("%d-%m-%Y %H:%M"))
    )
