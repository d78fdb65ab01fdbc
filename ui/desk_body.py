"""The window's body: banner, scan row, feedback line, the three panels, and the lower tabs
(the queue with its filters, the stations). Widgets only: it shows what it is handed and
reads no database; the controllers fill it.

Texts stay in the ``MainWindow`` translation context, where they always were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ektp_desk.domain import PRIORITIES
from ui import words
from ui.actions import Act, ActionTable
from ui.desk import translate
from ui.panels import CountersPanel, CurrentCardPanel, SupplyPanel
from ui.queue_model import QueueModel
from ui.stations_view import StationsView

if TYPE_CHECKING:
    from ektp_desk.api.counter import QueueFilter

_COUNTER_BUTTONS = (Act.NEXT, Act.PRINTED, Act.SPOILED, Act.RELEASE)


class DeskBody(QWidget):
    def __init__(self, actions: ActionTable, model: QueueModel) -> None:
        super().__init__()
        self.model = model
        layout = QVBoxLayout(self)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout.addWidget(self.banner)
        layout.addLayout(self._scan_row(actions))
        self.feedback = QLabel()
        self.feedback.setObjectName("feedback")
        self.feedback.setWordWrap(True)
        layout.addWidget(self.feedback)
        top = QHBoxLayout()
        self.card_panel = CurrentCardPanel()
        self.supply_panel = SupplyPanel()
        self.counters_panel = CountersPanel()
        self.supply_panel.change_ribbon.clicked.connect(actions[Act.RIBBON].trigger)
        self.supply_panel.change_film.clicked.connect(actions[Act.FILM].trigger)
        right = QVBoxLayout()
        right.addWidget(self.counters_panel)
        right.addWidget(self.supply_panel)
        top.addWidget(self.card_panel, 3)
        top.addLayout(right, 2)
        layout.addLayout(top)
        queue_tab = QWidget()
        queue_layout = QVBoxLayout(queue_tab)
        queue_layout.setContentsMargins(0, 4, 0, 0)
        queue_layout.addLayout(self._filter_row())
        queue_layout.addWidget(self._table(), 1)
        self.stations_view = StationsView()
        stations_tab = QWidget()
        self._stations_layout = QVBoxLayout(stations_tab)
        self._stations_layout.setContentsMargins(0, 0, 0, 0)
        self._stations_layout.addWidget(self.stations_view, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("lowerTabs")
        self.tabs.addTab(queue_tab, translate("MainWindow", "Queue"))
        self.tabs.addTab(stations_tab, translate("MainWindow", "Stations"))
        layout.addWidget(self.tabs, 1)

    def add_station_panel(self, panel: QWidget) -> None:
        """A section under the stations table (the SMS gateway, the printers' counters)."""
        self._stations_layout.addWidget(panel, 1)

    # -- what the controllers show ---------------------------------------------------------

    def say(self, text: str, *, error: bool = False) -> None:
        self.feedback.setText(text)
        _set_property(self.feedback, "error", error)

    def show_banner(self, level: str, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        _set_property(self.banner, "level", level)

    def show_row_count(self) -> None:
        rows = QLocale().toString(self.model.rowCount())
        self.shown.setText(translate("MainWindow", "{rows} rows").format(rows=rows))

    def fill_kecamatan(self, names: list[str]) -> None:
        chosen = self.kecamatan.currentData()
        self.kecamatan.blockSignals(True)
        self.kecamatan.clear()
        self.kecamatan.addItem(translate("MainWindow", "All"), None)
        for name in names:
            self.kecamatan.addItem(name, name)
        self.kecamatan.setCurrentIndex(max(self.kecamatan.findData(chosen), 0))
        self.kecamatan.blockSignals(False)

    def shown_blocks(self, *, from_top: bool = False) -> list[int]:
        """The queue model's blocks the table shows now (``from_top``: once at its top)."""
        viewport = self.table.viewport()
        rows = max(viewport.height() // max(self.table.verticalHeader().defaultSectionSize(), 1),
                   1)  # fmt: skip
        first = 0 if from_top else max(self.table.rowAt(0), 0)
        return self.model.shown_blocks(first, first + rows)

    def queue_filter(self) -> QueueFilter:
        from ektp_desk.api.counter import QueueFilter

        return QueueFilter(
            kecamatan=self.kecamatan.currentData(),
            priority=self.priority.currentData(),
            status=self.status.currentData(),
            search=self.search.text(),
        )

    def focus_scan(self) -> None:
        self.scan.setFocus()
        self.scan.selectAll()

    # -- building --------------------------------------------------------------------------

    def _scan_row(self, actions: ActionTable) -> QHBoxLayout:
        row = QHBoxLayout()
        self.scan = QLineEdit()
        self.scan.setObjectName("scanBox")
        self.scan.setPlaceholderText(translate("MainWindow", "Scan or type a NIK, then Enter"))
        self.scan.setClearButtonEnabled(True)
        row.addWidget(QLabel(translate("MainWindow", "NIK")))
        row.addWidget(self.scan, 1)
        for act in _COUNTER_BUTTONS:
            action = actions[act]
            button = QPushButton(f"{action.text()} ({action.shortcut().toString()})")
            button.setObjectName(f"btn{action.objectName()[3:]}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setEnabled(action.isEnabled())
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            row.addWidget(button)
        return row

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.kecamatan = QComboBox()
        self.kecamatan.setObjectName("filterKecamatan")
        self.kecamatan.addItem(translate("MainWindow", "All"), None)
        self.priority = QComboBox()
        self.priority.setObjectName("filterPriority")
        self.priority.addItem(translate("MainWindow", "All priorities"), None)
        for kind in PRIORITIES:
            self.priority.addItem(words.word(words.PRIORITY, kind), kind)
        self.status = QComboBox()
        self.status.setObjectName("filterStatus")
        for label, value in (
            (translate("MainWindow", "Queue"), "queued"),
            (translate("MainWindow", "Printing now"), "printing"),
            (translate("MainWindow", "On hold"), "on_hold"),
            (translate("MainWindow", "All open"), None),
        ):
            self.status.addItem(label, value)
        self.search = QLineEdit()
        self.search.setObjectName("filterSearch")
        self.search.setPlaceholderText(translate("MainWindow", "Search NIK or name"))
        self.search.setClearButtonEnabled(True)
        self.shown = QLabel()
        self.shown.setObjectName("rowsShown")
        title = QLabel(translate("MainWindow", "Kecamatan"))
        for widget in (title, self.kecamatan, self.priority, self.status, self.search,
                       self.shown):  # fmt: skip
            row.addWidget(widget)
        return row

    def _table(self) -> QTableView:
        self.table = QTableView()
        self.table.setObjectName("queueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measure every row
        vertical.setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(0)
        for column, width in enumerate((70, 150, 230, 130, 90, 130, 70)):
            self.table.setColumnWidth(column, width)
        return self.table


def _set_property(widget: QWidget, name: str, value: object) -> None:
    """A style-sheet property, and the style applied again so the colour follows (only when
    it changed: polishing costs a few ms, and every action says something)."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
