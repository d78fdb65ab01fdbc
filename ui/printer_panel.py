"""The Stations tab's printer section: each station's latest printer reading against the
ledger, and the differences found since the reading before (highlighted for the leads)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.feedback import sentence

if TYPE_CHECKING:  # the tab is built before the core loads (the window's first paint)
    from ektp_desk.api.office import Database
    from ektp_desk.api.printers import PrinterOverview, StationPrinter
    from ui.tasks import Jobs

_FLAGGED = QColor("#f8cbad")
_NOTED = QColor("#fff2cc")


class _Owner(Protocol):
    db: Database
    jobs: Jobs


class PrinterPanel(QWidget):
    """Reads the printers' overview when shown, and after ``refresh()``."""

    def __init__(self, owner: _Owner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = owner
        self.setObjectName("printerPanel")
        self.title = QLabel(self.tr("<b>Printer counters against the books</b>"))
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("printerReadings")
        self.table.setHorizontalHeaderLabels([
            self.tr("Station"), self.tr("Last reading"), self.tr("Card counter"),
            self.tr("Ribbon: printer / ledger"), self.tr("Film: printer / ledger"),
            self.tr("Since the reading before"),
        ])  # fmt: skip
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.findings = QLabel()
        self.findings.setObjectName("printerFindings")
        self.findings.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.findings)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Read the overview on a worker; a failed read leaves the table as it was."""
        if self.owner is None or getattr(self.owner, "db", None) is None:
            return
        from ektp_desk.api.printers import printer_overview

        db = self.owner.db
        self.owner.jobs.run(
            lambda: printer_overview(db, intervals=1), self.show_overview, self._not_read
        )

    def _not_read(self, error: Exception) -> None:
        self.findings.setText(self.tr("Printer readings could not be read: {error}").format(
            error=error))  # fmt: skip

    def show_overview(self, overview: PrinterOverview) -> None:
        self.table.setRowCount(len(overview.stations))
        for row, printer in enumerate(overview.stations):
            color = _row_color(printer)
            for column, value in enumerate(self._values(printer)):
                item = QTableWidgetItem(value)
                if color is not None:
                    item.setBackground(QBrush(color))
                if 1 < column < 5:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        said = [sentence(m) for f in overview.findings for m in f.messages()]
        self.findings.setText("\n".join(f"⚠ {line}" for line in said))
        self.findings.setVisible(bool(said))

    def _values(self, printer: StationPrinter) -> tuple[str, ...]:
        latest, gap = printer.latest, printer.last_interval
        if latest is None:
            return (printer.station, self.tr("never read"), "", "", "", "")
        when = latest.at.strftime("%d-%m-%Y %H:%M")
        if latest.skipped:
            when = self.tr("{time}, skipped: {reason}").format(time=when, reason=latest.skip_reason)
        ribbon = f"{_figure(latest.ribbon_left)} / {_figure(latest.ledger_ribbon)}"
        film = f"{_figure(latest.film_left)} / {_figure(latest.ledger_film)}"
        return (printer.station, when, _figure(latest.card_counter), ribbon, film,
                self._gap_text(gap))  # fmt: skip

    def _gap_text(self, gap: object) -> str:
        from ektp_desk.api.printers import GapKind, Interval

        if not isinstance(gap, Interval):
            return ""
        if gap.kind == GapKind.RESET:
            return self.tr("counter reset: not comparable")
        if gap.kind == GapKind.SWAPPED:
            return self.tr("another printer: not comparable")
        if gap.unrecorded is None:
            return self.tr("no counter")
        if gap.unrecorded == 0:
            return self.tr("matches ({count} cards)").format(count=gap.recorded)
        return self.tr("{count} unrecorded").format(count=f"{gap.unrecorded:+d}")


def with_printer_panel(stations: QWidget, panel: PrinterPanel) -> QSplitter:
    """The Stations tab: the stations table above, the printer section below."""
    split = QSplitter(Qt.Orientation.Vertical)
    split.setObjectName("stationsTab")
    split.addWidget(stations)
    split.addWidget(panel)
    return split


def _row_color(printer: StationPrinter) -> QColor | None:
    gap = printer.last_interval
    if gap is None:
        return None
    if gap.flagged:
        return _FLAGGED
    return _NOTED if gap.noted else None


def _figure(value: int | None) -> str:
    return "–" if value is None else f"{value:,}".replace(",", ".")
