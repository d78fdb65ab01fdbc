"""The SMS gateway in the Stations tab: each modem alive or silent, its signal, the outbox.

It reads ``ektp_desk.gateway_health`` on a worker every ``REFRESH_MS`` (the Gammu database
may be on another PC that is away) and shows nothing until a gateway is set in the settings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.tasks import Jobs

if TYPE_CHECKING:
    from ektp_desk.api.citizens import GatewayHealth, Modem
    from ektp_desk.api.office import Database

REFRESH_MS = 20_000
_GOOD = QColor("#1e6b2e")
_BAD = QColor("#b3261e")


class GatewayPanel(QGroupBox):
    def __init__(self, jobs: Jobs, parent: QWidget | None = None) -> None:
        """``jobs``: the window's workers, which read the gateway's health."""
        super().__init__(self.tr("SMS gateway"), parent)
        self.setObjectName("gatewayPanel")
        self.db: Database | None = None
        self.jobs = jobs
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("gatewayModems")
        self.table.setHorizontalHeaderLabels([
            self.tr("Modem"), self.tr("State"), self.tr("Signal"), self.tr("Battery"),
            self.tr("Sent / received"),
        ])  # fmt: skip
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.outbox = QLabel()
        self.outbox.setObjectName("gatewayOutbox")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.outbox)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.setVisible(False)

    def watch(self, db: Database) -> None:
        """Start watching the gateway of this office (the window's database is open)."""
        self.db = db
        self.timer.start(REFRESH_MS)
        self.refresh()

    def refresh(self) -> None:
        from ektp_desk.api.citizens import office_gateway_health

        db = self.db
        if db is None:
            return
        # A failure is logged by the worker; the panel keeps what it showed last.
        self.jobs.run(lambda: office_gateway_health(db), self.show_health, lambda _error: None)

    def show_health(self, health: GatewayHealth | None) -> None:
        self.setVisible(health is not None)
        if health is None:
            return
        self.table.setRowCount(len(health.modems))
        for row, modem in enumerate(health.modems):
            cells = (modem.name, self._state(modem), _percent(modem.signal),
                     _percent(modem.battery), f"{modem.sent} / {modem.received}")  # fmt: skip
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column in (1, 2):
                    bad = modem.silent if column == 1 else modem.no_signal
                    item.setForeground(QBrush(_BAD if bad else _GOOD))
                self.table.setItem(row, column, item)
        self.outbox.setText(self._outbox(health))

    def _state(self, modem: Modem) -> str:
        if not modem.silent:
            return self.tr("alive")
        minutes = int(modem.silent_for.total_seconds() // 60)
        return self.tr("silent for {minutes} min").format(minutes=QLocale().toString(minutes))

    def _outbox(self, health: GatewayHealth) -> str:
        if health.problem is not None:
            return self.tr("The gateway database cannot be read: {detail}").format(
                detail=str(health.problem)
            )
        if not health.modems:
            return self.tr("No modem has reported to the gateway yet: is gammu-smsd running?")
        if health.stuck:
            return self.tr(
                "The outbox is not draining: {count} message(s) have waited more than an hour."
            ).format(count=QLocale().toString(health.stuck))
        return self.tr("Outbox: {count} message(s) waiting.").format(
            count=QLocale().toString(health.waiting)
        )


def _percent(value: int) -> str:
    return "-" if value < 0 else f"{value} %"
