"""The operator's window: scan box, current card, supplies, counters and the queue.

Every action calls one core service function; a refusal is shown in one sentence under the
scan box and changes nothing. Function keys drive the counter without the mouse.

The window opens in two steps. ``MainWindow(settings)`` builds the frame (menus, scan row,
panels, the queue's headers) from Qt alone and is shown at once, greyed, while the core
loads; ``open_desk(db, operator)`` then fills it and turns it on. So this module imports
only Qt and the light ui modules at load: the core (SQLAlchemy behind it) and the dialogs
are imported where they are used (docs/PERFORMANCE.md, start-up).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QElapsedTimer,
    QLocale,
    QSettings,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ektp_desk.domain import PRIORITIES
from ektp_desk.errors import Refused
from ui import words
from ui.buttons import ask, inform
from ui.feedback import refusal_text, sentence, show_unexpected
from ui.panels import CountersPanel, CurrentCardPanel, SupplyPanel
from ui.queue_model import ROW_ROLE, QueueModel
from ui.stations_view import StationsView
from ui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from ektp_desk.cards import Card
    from ektp_desk.db import Database
    from ektp_desk.forecast import Forecast
    from ektp_desk.queue_view import QueueFilter
    from ektp_desk.shifts import ShiftInfo
    from ektp_desk.supply import Supply
    from ui.idle_lock import IdleWatch
    from ui.login import Operator

log = logging.getLogger(__name__)
POLL_MS = 3000  # how often other stations' work is looked for
FORECAST_EVERY_MS = 30_000
Key = str | QKeySequence.StandardKey

# The window's actions: attribute, text (translated in the window), shortcut, slot, leads only.
ACTIONS: Final[tuple[tuple[str, str, Key, str, bool], ...]] = (
    ("act_next", QT_TRANSLATE_NOOP("MainWindow", "Take next record"), "F2", "take_next", False),
    ("act_printed", QT_TRANSLATE_NOOP("MainWindow", "Printed"), "F5", "mark_printed", False),
    ("act_spoiled", QT_TRANSLATE_NOOP("MainWindow", "Spoiled…"), "F8", "mark_spoiled", False),
    ("act_release", QT_TRANSLATE_NOOP("MainWindow", "Back to queue"), "F9", "release_current",
     False),
    ("act_ribbon", QT_TRANSLATE_NOOP("MainWindow", "Change ribbon"), "F6", "change_ribbon",
     False),
    ("act_film", QT_TRANSLATE_NOOP("MainWindow", "Change film"), "F7", "change_film", False),
    ("act_scan", QT_TRANSLATE_NOOP("MainWindow", "Scan / search NIK"), "F3", "focus_scan", False),
    ("act_import", QT_TRANSLATE_NOOP("MainWindow", "Import records…"), "Ctrl+I", "ask_import",
     False),
    ("act_receive", QT_TRANSLATE_NOOP("MainWindow", "Receive stock…"), "Ctrl+D", "receive_stock",
     True),
    ("act_adjust", QT_TRANSLATE_NOOP("MainWindow", "Correct stock…"), "Ctrl+K", "correct_stock",
     True),
    ("act_refresh", QT_TRANSLATE_NOOP("MainWindow", "Refresh"), "Ctrl+R", "refresh_all", False),
    ("act_handover", QT_TRANSLATE_NOOP("MainWindow", "Handover report of a shift…"),
     "Ctrl+Shift+X", "save_handover", False),
    ("act_berita", QT_TRANSLATE_NOOP("MainWindow", "Berita acara of spoiled blanks…"),
     "Ctrl+Shift+B", "save_berita_acara", False),
    ("act_audit", QT_TRANSLATE_NOOP("MainWindow", "Audit log…"), "Ctrl+Shift+A", "show_audit",
     True),
    ("act_settings", QT_TRANSLATE_NOOP("MainWindow", "Settings…"), "Ctrl+,", "edit_settings",
     False),
    ("act_sign_out", QT_TRANSLATE_NOOP("MainWindow", "Sign out"), "Ctrl+Shift+Q", "sign_out",
     False),
    ("act_keys", QT_TRANSLATE_NOOP("MainWindow", "Keyboard shortcuts"), "F1", "show_keys", False),
    ("act_quit", QT_TRANSLATE_NOOP("MainWindow", "Quit"), QKeySequence.StandardKey.Quit, "close",
     False),
    ("act_shift_start", QT_TRANSLATE_NOOP("MainWindow", "Start shift…"), "Ctrl+Shift+S",
     "start_shift", True),
    ("act_shift_end", QT_TRANSLATE_NOOP("MainWindow", "End shift…"), "Ctrl+Shift+E",
     "end_shift", True),
    ("act_pending", QT_TRANSLATE_NOOP("MainWindow", "Cards left at a printer…"), "Ctrl+Shift+P",
     "show_pending", False),
    ("act_where", QT_TRANSLATE_NOOP("MainWindow", "Where the last shift stopped…"),
     "Ctrl+Shift+H", "show_where", False),
    ("act_status", QT_TRANSLATE_NOOP("MainWindow", "Card status for a citizen…"), "F4",
     "show_citizen_status", False),
    ("act_messages", QT_TRANSLATE_NOOP("MainWindow", "Ready-to-collect messages…"),
     "Ctrl+Shift+M", "show_messages", False),
)  # fmt: skip


class MainWindow(QMainWindow):
    painted = Signal()  # once, after the first paint: the frame is on screen (ui.app.start)
    db: Database
    operator: Operator
    poll: QTimer
    beat: QTimer
    idle: IdleWatch

    def __init__(self, settings: QSettings, runner: TaskRunner | None = None) -> None:
        """The frame: everything a person sees, greyed until ``open_desk``."""
        super().__init__()
        self.settings = settings
        self.runner = runner or TaskRunner()
        self.current: Card | None = None
        self.supply: Supply | None = None
        self._stamp: tuple[object, ...] = ()
        self._outage_since: str | None = None
        self.forecast: Forecast | None = None
        self._forecast_at: QElapsedTimer | None = None
        self.signed_out = False
        self.opened = False
        self._painted = False
        self.setWindowTitle("e-KTP Desk")
        self.model = QueueModel(parent=self)
        self._build_actions()
        self._build_menus()
        self.setCentralWidget(self._build_body())
        self._build_status_bar()
        self.centralWidget().setEnabled(False)
        for action in self.actions():
            action.setEnabled(action in (self.act_quit, self.act_keys))

    def open_desk(self, db: Database, operator: Operator) -> None:
        """Turn the frame into this operator's counter on ``db``: read everything, start the
        polling, the heartbeat and the idle watch."""
        from ektp_desk import live
        from ektp_desk.stock import STOCK_ROLES
        from ui.idle_lock import IdleWatch

        self.db = db
        self.operator = operator
        self.setWindowTitle(self.tr("e-KTP Desk — {station}").format(station=operator.station))
        lead = operator.role in STOCK_ROLES
        for attribute, _text, _key, _slot, leads_only in ACTIONS:
            action = getattr(self, attribute)
            action.setEnabled(lead or not leads_only)
            action.setVisible(lead or not leads_only)
        role = words.word(words.ROLE, operator.role)
        self.where.setText(f"{operator.name} ({role}) · {operator.station} · {db.describe()}")
        self.centralWidget().setEnabled(True)
        # The idle lock, the heartbeat and the poll start before any panel reads: a panel
        # that fails (a bad stored value, a lost server) must not leave the desk unlocked.
        self.idle = IdleWatch(parent=self)
        self.idle.idle.connect(self.lock)
        self.beat = QTimer(self)
        self.beat.setInterval(int(live.HEARTBEAT_EVERY.total_seconds() * 1000))
        self.beat.timeout.connect(self.send_heartbeat)
        self.beat.start()
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.poll_changes)
        self.poll.start()
        self._fill_kecamatan()
        self.model.set_filter(self._filter(), db)
        self.opened = True
        self.refresh_all(queue_counted=True)
        self.send_heartbeat()
        self.scan.setFocus()

    # -- building --------------------------------------------------------------------------

    def _build_actions(self) -> None:
        """One QAction per row of ACTIONS, as ``self.act_...``; the window's shortcuts."""
        for attribute, text, key, slot, _leads in ACTIONS:
            action = QAction(self.tr(text), self)
            action.setObjectName("act" + "".join(w.title() for w in attribute[4:].split("_")))
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(getattr(self, slot))
            self.addAction(action)
            setattr(self, attribute, action)

    def _build_menus(self) -> None:
        menus = {
            self.tr("&File"): (self.act_import, None, self.act_handover, self.act_berita,
                               self.act_audit, None, self.act_settings, None, self.act_sign_out,
                               self.act_quit),
            self.tr("&Counter"): (self.act_next, self.act_printed, self.act_spoiled,
                                  self.act_release, None, self.act_scan, self.act_refresh),
            self.tr("&Stock"): (self.act_ribbon, self.act_film, None, self.act_receive,
                                self.act_adjust),
            self.tr("Shif&t"): (self.act_shift_start, self.act_shift_end, None,
                                self.act_pending, self.act_where),
            self.tr("C&itizens"): (self.act_status, self.act_messages),
            self.tr("&Help"): (self.act_keys,),
        }  # fmt: skip
        for title, actions in menus.items():
            menu = self.menuBar().addMenu(title)
            for action in actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)

    def _build_body(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout.addWidget(self.banner)
        layout.addLayout(self._build_scan_row())
        self.feedback = QLabel()
        self.feedback.setObjectName("feedback")
        self.feedback.setWordWrap(True)
        layout.addWidget(self.feedback)
        top = QHBoxLayout()
        self.card_panel = CurrentCardPanel()
        self.supply_panel = SupplyPanel()
        self.counters_panel = CountersPanel()
        self.supply_panel.change_ribbon.clicked.connect(self.act_ribbon.trigger)
        self.supply_panel.change_film.clicked.connect(self.act_film.trigger)
        right = QVBoxLayout()
        right.addWidget(self.counters_panel)
        right.addWidget(self.supply_panel)
        top.addWidget(self.card_panel, 3)
        top.addLayout(right, 2)
        layout.addLayout(top)
        queue_tab = QWidget()
        queue_layout = QVBoxLayout(queue_tab)
        queue_layout.setContentsMargins(0, 4, 0, 0)
        queue_layout.addLayout(self._build_filter_row())
        queue_layout.addWidget(self._build_table(), 1)
        self.stations_view = StationsView()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("lowerTabs")
        self.tabs.addTab(queue_tab, self.tr("Queue"))
        self.tabs.addTab(self.stations_view, self.tr("Stations"))
        layout.addWidget(self.tabs, 1)
        return body

    def _build_scan_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.scan = QLineEdit()
        self.scan.setObjectName("scanBox")
        self.scan.setPlaceholderText(self.tr("Scan or type a NIK, then Enter"))
        self.scan.setClearButtonEnabled(True)
        self.scan.returnPressed.connect(self.scan_entered)
        row.addWidget(QLabel(self.tr("NIK")))
        row.addWidget(self.scan, 1)
        for action in (self.act_next, self.act_printed, self.act_spoiled, self.act_release):
            button = QPushButton(f"{action.text()} ({action.shortcut().toString()})")
            button.setObjectName(f"btn{action.objectName()[3:]}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            row.addWidget(button)
        return row

    def _build_filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.kecamatan = QComboBox()
        self.kecamatan.setObjectName("filterKecamatan")
        self.priority = QComboBox()
        self.priority.setObjectName("filterPriority")
        self.priority.addItem(self.tr("All priorities"), None)
        for kind in PRIORITIES:
            self.priority.addItem(words.word(words.PRIORITY, kind), kind)
        self.status = QComboBox()
        self.status.setObjectName("filterStatus")
        for label, value in (
            (self.tr("Queue"), "queued"),
            (self.tr("Printing now"), "printing"),
            (self.tr("On hold"), "on_hold"),
            (self.tr("All open"), None),
        ):
            self.status.addItem(label, value)
        self.search = QLineEdit()
        self.search.setObjectName("filterSearch")
        self.search.setPlaceholderText(self.tr("Search NIK or name"))
        self.search.setClearButtonEnabled(True)
        self.shown = QLabel()
        self.shown.setObjectName("rowsShown")
        self.kecamatan.addItem(self.tr("All"), None)
        for combo in (self.kecamatan, self.priority, self.status):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.search.returnPressed.connect(self.apply_filter)
        self.search.textChanged.connect(lambda text: text or self.apply_filter())
        for widget in (QLabel(self.tr("Kecamatan")), self.kecamatan, self.priority, self.status,
                       self.search, self.shown):  # fmt: skip
            row.addWidget(widget)
        return row

    def _build_table(self) -> QTableView:
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
        self.table.doubleClicked.connect(self.pick_row)
        return self.table

    def _build_status_bar(self) -> None:
        self.where = QLabel(self.tr("Opening the office…"))
        self.where.setObjectName("whereLabel")
        self.statusBar().addWidget(self.where)
        self.shift_label = QLabel()
        self.shift_label.setObjectName("shiftLabel")
        self.statusBar().addPermanentWidget(self.shift_label)

    # -- the counter -----------------------------------------------------------------------

    def take_next(self) -> None:
        from ektp_desk import printing

        claim = self._do(lambda: printing.claim_next(self.db, station=self.operator.station))
        if claim is not None:
            self._show_card(claim.nik)
            self._say(self.tr("Print {nik} — {name}").format(nik=claim.nik, name=claim.name))

    def scan_entered(self) -> None:
        text = self.scan.text().strip()
        if not text:
            return
        if self._show_card(text):
            self._say(self.tr("Found {nik}").format(nik=self.current.nik if self.current else ""))
        self.scan.selectAll()

    def mark_printed(self) -> None:
        if self._need_card():
            self._record(None, None)

    def mark_spoiled(self) -> None:
        from ui.dialogs import SpoilDialog

        if not self._need_card() or self.current is None:
            return
        dialog = SpoilDialog(self.current.nik, self)
        if dialog.exec():
            self._record(dialog.reason, dialog.blank_serial)

    def release_current(self) -> None:
        from ektp_desk import printing

        if not self._need_card() or self.current is None:
            return
        nik = self.current.nik
        done = self._do(
            lambda: (
                printing.release(
                    self.db, nik, station=self.operator.station, operator=self.operator.name
                )
                or True
            )
        )
        if done:
            self._say(self.tr("{nik} is back in the queue in its place").format(nik=nik))
            self._clear_card()

    def change_ribbon(self) -> None:
        self.change_roll("ribbon")

    def change_film(self) -> None:
        self.change_roll("film")

    def receive_stock(self) -> None:
        self.edit_stock(correction=False)

    def correct_stock(self) -> None:
        self.edit_stock(correction=True)

    def change_roll(self, item: str) -> None:
        from ektp_desk import stock

        left = (
            self.supply.ribbon_left
            if self.supply and item == "ribbon"
            else (self.supply.film_left if self.supply else 0)
        )
        name = self.tr("ribbon") if item == "ribbon" else self.tr("film")
        question = self.tr("Load a new {item} roll at {station}?").format(
            item=name, station=self.operator.station
        )
        if left > 0:
            question += " " + self.tr(
                "The {left} prints left on the old roll are written off."
            ).format(left=left)
        if not ask(self, self.tr("Change roll"), question):
            return
        loaded = self._do(
            lambda: stock.load_roll(
                self.db, item, station=self.operator.station, operator=self.operator.name
            )
        )
        if loaded is not None:
            self._say(
                self.tr("New {item} roll loaded: {prints} prints").format(
                    item=name, prints=loaded.prints_left
                )
            )
            self.refresh_all(new_forecast=True)

    def edit_stock(self, *, correction: bool) -> None:
        from ektp_desk import stock
        from ui.dialogs import StockDialog

        dialog = StockDialog(correction=correction, parent=self)
        if not dialog.exec():
            return
        item, qty, text = dialog.item_code, dialog.qty.value(), dialog.text.text()
        if correction:
            moved = self._do(
                lambda: stock.adjust(self.db, item, qty, reason=text, operator=self.operator.name)
            )
        else:
            moved = self._do(
                lambda: stock.receive(self.db, item, qty, ref=text, operator=self.operator.name)
            )
        if moved is not None:
            self._say(self.tr("Stock saved: now {balance} in stock").format(balance=moved.balance))
            self.refresh_all(new_forecast=True)

    def start_shift(self) -> None:
        from ui.shift_dialogs import StartShiftDialog

        dialog = StartShiftDialog(self.db, self.operator, self)
        if dialog.exec() and dialog.started is not None:
            self._say(self.tr("Shift {id} started").format(id=dialog.started.id))
            self.refresh_all(new_forecast=True)
            self.show_where()
            self.offer_pending()

    def end_shift(self) -> None:
        from ui.shift_dialogs import EndShiftDialog

        shift = self._current_shift()
        if shift is None:
            self._say(self.tr("No shift is open at this station"), error=True)
            return
        dialog = EndShiftDialog(self.db, self.operator, shift, self)
        if dialog.exec() and dialog.ended is not None:
            self._say(self.tr("Shift {id} ended").format(id=dialog.ended.id))
            self.refresh_all(new_forecast=True)

    def show_pending(self) -> None:
        from ui.shift_dialogs import PendingDialog

        PendingDialog(self.db, self.operator, self).exec()
        self.refresh_all()

    def offer_pending(self) -> None:
        """Cards left at a printer are shown, never released silently."""
        from ektp_desk import resume

        if resume.pending_cards(self.db, station=self.operator.station):
            self.show_pending()

    def show_where(self) -> None:
        from ui.shift_dialogs import WhereWeStoppedDialog

        WhereWeStoppedDialog(self.db, self.operator, self).exec()

    def save_handover(self) -> None:
        from ui.report_dialogs import HandoverReportDialog

        dialog = HandoverReportDialog(self.db, self)
        if dialog.exec() and dialog.saved:
            self._say(self.tr("Saved {file}").format(file=dialog.saved))

    def save_berita_acara(self) -> None:
        from ui.report_dialogs import BeritaAcaraDialog

        dialog = BeritaAcaraDialog(self.db, self.operator.name, self)
        if dialog.exec() and dialog.saved:
            self._say(self.tr("Saved {file}").format(file=dialog.saved))

    def show_audit(self) -> None:
        from ui.audit_dialog import AuditDialog

        AuditDialog(self.db, self.operator.name, self).exec()

    def edit_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.db, self.operator, self.settings, self)
        if dialog.exec():
            self._say(self.tr("Settings saved"))
            self.refresh_all()

    def lock(self) -> None:
        """After idle time: the same user's PIN unlocks, anything else signs out."""
        from ui.idle_lock import LockDialog

        dialog = LockDialog(self.db, self.operator.name, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.idle.resume()
            self.refresh_all()
        else:
            self.sign_out()

    def show_citizen_status(self) -> None:
        from ui.citizen_dialogs import StatusDialog

        StatusDialog(self.db, self.operator, self).exec()
        self.refresh_all()

    def show_messages(self) -> None:
        from ui.citizen_dialogs import MessagesDialog

        MessagesDialog(self.db, self.operator, self).exec()

    def sign_out(self) -> None:
        """Hand the PC to the next operator: the window closes and sign-in opens again."""
        self.signed_out = True
        self.close()

    def show_keys(self) -> None:
        lines = [f"{a.shortcut().toString()}\t{a.text()}" for a in self.actions()
                 if not a.shortcut().isEmpty() and a.isVisible()]  # fmt: skip
        inform(self, self.tr("Keyboard shortcuts"), "\n".join(lines))

    # -- import ----------------------------------------------------------------------------

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import records"),
            str(Path.home()),
            self.tr("Registry exports (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        from ektp_desk.imports import import_records

        progress = QProgressDialog(
            self.tr("Importing {file}…").format(file=path.name), "", 0, 0, self
        )
        progress.setObjectName("importProgress")
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        task = Task(lambda report: import_records(self.db, path, progress=report))
        task.signals.progress.connect(
            lambda rows: progress.setLabelText(
                self.tr("Importing {file}: {rows} rows read").format(file=path.name, rows=rows)
            )
        )
        task.signals.finished.connect(lambda report: self._import_done(progress, report))
        task.signals.failed.connect(lambda error: self._import_failed(progress, error))
        self.import_task = task  # keep its signals alive until it reports
        self.runner.start(task)

    def _import_done(self, progress: QProgressDialog, report: Any) -> None:
        from ui.dialogs import ImportReportDialog

        progress.close()
        self.model.set_filter(self._filter())
        self._fill_kecamatan()
        self.refresh_all(queue_counted=True)
        self.import_report = ImportReportDialog(report, self)
        self.import_report.open()

    def _import_failed(self, progress: QProgressDialog, error: Exception) -> None:
        progress.close()
        if isinstance(error, Refused):
            self._say(refusal_text(error), error=True)
            inform(
                self, self.tr("Import refused"), refusal_text(error), icon=QMessageBox.Icon.Warning
            )
        else:
            show_unexpected(self, error)

    # -- keeping the picture current -------------------------------------------------------

    def refresh_all(self, *, new_forecast: bool = False, queue_counted: bool = False) -> None:
        """Re-read everything the window shows. ``queue_counted``: the queue view was read a
        moment ago (a new filter), so it is not counted again (~50 ms at a million)."""
        from ektp_desk import cards, counters
        from ektp_desk.supply import station_supply

        if not self.opened:
            return
        try:
            self._show_shift()
            self._stamp = counters.change_stamp(self.db)
            if not queue_counted:
                self.model.refresh()
            self.supply = station_supply(self.db, self.operator.station)
            self.supply_panel.show_supply(self.supply)
            shown = (self.model.filter, self.model.rowCount())
            self.counters_panel.show_counters(
                counters.read_counters(self.db, date.today(), shown=shown)
            )
            self._show_forecast(force=new_forecast)
            if self.current is not None:
                self.current = cards.lookup_card(self.db, self.current.nik)
                self.card_panel.show_card(self.current)
        except Refused as error:
            self._say(refusal_text(error), error=True)
        self._show_row_count()
        self._update_actions()

    def _show_forecast(self, *, force: bool = False) -> None:
        """The next shift's shortage flags: coloured bars and the banner. Recomputed at most
        every FORECAST_EVERY_S seconds (a forecast at a million records takes ~80 ms)."""
        from ektp_desk.forecast import forecast_next_shift

        if force or self._forecast_at is None or self._forecast_at.elapsed() > FORECAST_EVERY_MS:
            self.forecast = forecast_next_shift(self.db)
            self._forecast_at = QElapsedTimer()
            self._forecast_at.start()
        mine = {flag.item: flag.level for flag in self.forecast.flags
                if flag.station in (None, self.operator.station)
                and not (flag.station is None and flag.item != "blank")}  # fmt: skip
        self.supply_panel.show_levels(mine)
        self._show_banner()

    def poll_changes(self) -> None:
        from ektp_desk import counters, live

        try:
            if counters.change_stamp(self.db) != self._stamp:
                self.refresh_all()
            self.stations_view.show_stations(live.stations_overview(self.db))
        except Refused as error:  # the server or the file is away: say so, keep trying
            self._show_outage(error)
            return
        except Exception:
            log.warning("polling the database failed", exc_info=True)
            return
        self._show_outage(None)

    def send_heartbeat(self) -> None:
        from ektp_desk import live

        try:
            live.heartbeat(self.db, self.operator.station, self.operator.name)
        except Refused:
            log.info("heartbeat not sent: the database is away")

    def _show_outage(self, error: Refused | None) -> None:
        if error is None:
            if self._outage_since is not None:
                self._outage_since = None
                self._say(self.tr("The database is back; everything is up to date"))
                self.refresh_all()
            self._show_banner()
            return
        if self._outage_since is None:
            self._outage_since = QTime.currentTime().toString("HH:mm")
        self._show_banner()

    def apply_filter(self) -> None:
        self.model.set_filter(self._filter())
        self._show_row_count()

    def pick_row(self) -> None:
        index = self.table.currentIndex()
        row = self.model.data(index, ROW_ROLE) if index.isValid() else None
        if row is not None:
            self._show_card(row.nik)

    def focus_scan(self) -> None:
        self.scan.setFocus()
        self.scan.selectAll()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.opened:
            self.poll.stop()
            self.beat.stop()
            self.idle.stop()
        super().closeEvent(event)

    # -- inside ----------------------------------------------------------------------------

    def _record(self, spoiled: str | None, serial: str | None) -> None:
        from ektp_desk import printing

        assert self.current is not None
        nik = self.current.nik
        result = self._do(lambda: printing.record_print(
            self.db, nik, station=self.operator.station, operator=self.operator.name,
            spoiled=spoiled, blank_serial=serial))  # fmt: skip
        if result is None:
            return
        if spoiled:
            self._say(
                self.tr("{nik} spoiled ({reason}); it is back at the head of the queue").format(
                    nik=nik, reason=words.word(words.SPOIL_REASON, spoiled)
                )
            )
        else:
            self._say(
                self.tr("{nik} printed (attempt {attempt})").format(nik=nik, attempt=result.attempt)
            )
        self._clear_card()

    def _show_card(self, nik: str) -> bool:
        from ektp_desk import cards

        card = self._do(lambda: cards.lookup_card(self.db, nik))
        if card is None:
            return False
        self.current = card
        self.card_panel.show_card(card)
        self.refresh_all()
        return True

    def _clear_card(self) -> None:
        self.current = None
        self.card_panel.show_card(None)
        self.scan.clear()
        self.refresh_all()
        self.scan.setFocus()

    def _need_card(self) -> bool:
        if self.current is None:
            self._say(self.tr("No current card: scan a NIK or press F2 first"), error=True)
            return False
        return True

    def _do(self, action: Callable[[], Any]) -> Any:
        """Run one core action; a refusal becomes one sentence, anything else a dialog."""
        try:
            return action()
        except Refused as error:
            self._say(refusal_text(error), error=True)
        except Exception as error:
            show_unexpected(self, error)
        return None

    def _say(self, text: str, *, error: bool = False) -> None:
        self.feedback.setText(text)
        self.feedback.setProperty("error", error)
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)

    def _update_actions(self) -> None:
        can_print = bool(self.supply and self.supply.can_print)
        for action in (self.act_next, self.act_printed, self.act_spoiled):
            action.setEnabled(can_print)

    def _current_shift(self) -> ShiftInfo | None:
        from ektp_desk import shifts

        return next((s for s in shifts.open_shifts(self.db)
                     if self.operator.station in s.stations), None)  # fmt: skip

    def _show_shift(self) -> None:
        shift = self._current_shift()
        self.shift_label.setText(
            self.tr("Shift {id}: {kind}, lead {lead}").format(
                id=shift.id, kind=words.word(words.SHIFT_KIND, shift.kind), lead=shift.lead)
            if shift else self.tr("No shift open at this station"))  # fmt: skip

    def _show_banner(self) -> None:
        """One line across the window for what matters before anything else."""
        from ektp_desk.forecast import LEVELS, worst_level

        level = "ok"
        if self._outage_since is not None:
            text = self.tr(
                "The database cannot be reached since {time}; retrying every few "
                "seconds. Nothing you do now is saved."
            ).format(time=self._outage_since)
            level = "out"
        elif self.forecast is not None and worst_level(self.forecast) != "ok":
            level = worst_level(self.forecast)
            warnings = sorted((f for f in self.forecast.flags if f.level != "ok"),
                              key=lambda f: -LEVELS.index(f.level))  # fmt: skip
            text = self.tr("Next shift: {warnings}").format(
                warnings="  ·  ".join(sentence(f.message) for f in warnings[:3])
            )
        else:
            text = ""
        self.banner.setProperty("level", level)
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)

    def _show_row_count(self) -> None:
        rows = QLocale().toString(self.model.rowCount())
        self.shown.setText(self.tr("{rows} rows").format(rows=rows))

    def _filter(self) -> QueueFilter:
        from ektp_desk.queue_view import QueueFilter

        return QueueFilter(
            kecamatan=self.kecamatan.currentData(),
            priority=self.priority.currentData(),
            status=self.status.currentData(),
            search=self.search.text(),
        )

    def _fill_kecamatan(self) -> None:
        from ektp_desk import queue_view

        chosen = self.kecamatan.currentData()
        self.kecamatan.blockSignals(True)
        self.kecamatan.clear()
        self.kecamatan.addItem(self.tr("All"), None)
        for name in queue_view.kecamatan_options(self.db):
            self.kecamatan.addItem(name, name)
        index = self.kecamatan.findData(chosen)
        self.kecamatan.setCurrentIndex(max(index, 0))
        self.kecamatan.blockSignals(False)
