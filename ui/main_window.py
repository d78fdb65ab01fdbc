"""The operator's window: a thin frame around the counter's areas.

The frame holds the typed action table (ui.actions), the menus, the body's widgets
(ui.desk_body) and the status bar. ``open_desk`` hands the open office to one controller per
area: the counter (ui.counter), stock (ui.stock_actions), shifts (ui.shift_actions), reports
(ui.report_actions), citizens (ui.citizen_actions), imports (ui.import_actions), the queue's
filters (ui.queue_filter) and the picture kept current (ui.refresh). Every database read and
write runs on a worker (ui.tasks) and comes back as a signal: the window never waits on the
database.

The window opens in two steps. ``MainWindow(settings)`` builds the frame from Qt alone and
is shown at once, greyed, while the core loads; ``open_desk(db, actor)`` then fills it and
turns it on. So this module imports only Qt and the light ui modules at load: the core
(SQLAlchemy behind it) and the dialogs are imported where they are used
(docs/PERFORMANCE.md, start-up).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow

from ui import words
from ui.actions import Act, ActionTable, Menu
from ui.buttons import inform
from ui.desk import Desk
from ui.desk_body import DeskBody
from ui.gateway_view import GatewayPanel
from ui.help_menu import add_help_actions
from ui.printer_panel import PrinterPanel
from ui.queue_model import QueueModel
from ui.tasks import Jobs, TaskRunner

if TYPE_CHECKING:
    from ektp_desk.actor import Actor
    from ektp_desk.api.counter import Card
    from ektp_desk.api.office import Database
    from ui.counter import CounterController
    from ui.dialogs import ImportReportDialog
    from ui.idle_lock import IdleWatch
    from ui.import_actions import ImportController
    from ui.refresh import Refresher, Snapshot
    from ui.shift_actions import ShiftController


class MainWindow(QMainWindow):
    painted = Signal()  # once, after the first paint: the frame is on screen (ui.app.start)
    ready = Signal()  # once, when the open office's first picture is shown
    desk: Desk
    counter: CounterController
    shifts: ShiftController
    importer: ImportController
    refresher: Refresher
    beat: QTimer
    idle: IdleWatch

    def __init__(self, settings: QSettings, runner: TaskRunner | None = None) -> None:
        """The frame: everything a person sees, greyed until ``open_desk``."""
        super().__init__()
        self.settings = settings
        self.jobs = Jobs(runner, self)
        self.signed_out = False
        self.opened = False
        self._painted = False
        self._shown_once = False
        self._closed = False
        self.setWindowTitle("e-KTP Desk")
        self.model = QueueModel(parent=self)
        self.acts = ActionTable(self)
        menus = self.acts.fill_menus(self)
        add_help_actions(self, menus[Menu.HELP], self.jobs)
        self.acts.bind(Act.KEYS, self.show_keys)
        self.acts.bind(Act.QUIT, self.close)
        self.body = DeskBody(self.acts, self.model)
        self.gateway_panel = GatewayPanel(self.jobs)
        self.body.add_station_panel(self.gateway_panel)
        self.printer_panel = PrinterPanel(self)  # the printers' counters against the books
        self.body.add_station_panel(self.printer_panel)
        self.setCentralWidget(self.body)
        self.where = QLabel(self.tr("Opening the office…"))
        self.where.setObjectName("whereLabel")
        self.statusBar().addWidget(self.where)
        self.shift_label = QLabel()
        self.shift_label.setObjectName("shiftLabel")
        self.statusBar().addPermanentWidget(self.shift_label)
        self.body.setEnabled(False)

    def open_desk(self, db: Database, actor: Actor) -> None:
        """Turn the frame into this person's counter on ``db``: the controllers, the first
        picture (read on a worker), the polling, the heartbeat and the idle watch."""
        from ektp_desk.api import counter
        from ui.citizen_actions import CitizensController
        from ui.counter import CounterController
        from ui.idle_lock import IdleWatch
        from ui.import_actions import ImportController
        from ui.notice_actions import NoticeController
        from ui.queue_filter import QueueController
        from ui.refresh import Refresher, send_heartbeat
        from ui.report_actions import ReportsController
        from ui.shift_actions import ShiftController
        from ui.stock_actions import StockController

        self.db = db
        self.actor = actor
        # The idle lock starts before anything reads: a panel that fails (a bad stored value,
        # a lost server) must never leave the desk unlocked.
        self.idle = IdleWatch(parent=self)
        self.idle.idle.connect(self.lock)
        self.desk = desk = Desk(self, db, actor, self.jobs, self.acts, self.body)
        # So does the heartbeat: other stations see this one even if a panel fails.
        self.beat = QTimer(self)
        self.beat.setInterval(int(counter.HEARTBEAT_EVERY.total_seconds() * 1000))
        self.beat.timeout.connect(lambda: send_heartbeat(desk))
        self.beat.start()
        # The first beat and the gateway's health are sent on the next turn of the event
        # loop: the queue's first rows (queue.open, below) take the two workers first.
        QTimer.singleShot(0, self, self._after_the_rows)
        # The printers' counters are read when the Stations tab is opened (and on demand).
        self.body.tabs.currentChanged.connect(
            lambda index: self.printer_panel.refresh() if index == 1 else None
        )
        self.setWindowTitle(self.tr("e-KTP Desk — {station}").format(station=desk.station))
        role = words.word(words.ROLE, actor.role)
        self.where.setText(f"{actor.name} ({role}) · {desk.station} · {db.describe()}")
        self.counter = CounterController(desk)
        stock = StockController(desk)
        self.shifts = ShiftController(desk)
        ReportsController(desk)
        NoticeController(desk)
        CitizensController(desk)
        self.importer = ImportController(desk)
        queue = QueueController(desk)
        self.refresher = Refresher(desk, self.shift_label, self.counter.current_nik)
        self.refresher.refreshed.connect(self.counter.follow)
        self.refresher.refreshed.connect(stock.follow)
        self.refresher.refreshed.connect(self._first_picture)
        self.acts.bind(Act.REFRESH, self.refresh_all)
        self.acts.bind(Act.SETTINGS, self.edit_settings)
        self.acts.bind(Act.SIGN_OUT, self.sign_out)
        self.acts.open_for(lead=desk.lead)
        self.body.setEnabled(True)
        self.opened = True
        queue.open(then=self._start_refreshing)  # the first picture counts the queue shown
        self.body.scan.setFocus()

    # -- what tests, tools and the start-up reach ----------------------------------------

    @property
    def current(self) -> Card | None:
        return self.counter.current if self.opened else None

    @property
    def import_report(self) -> ImportReportDialog | None:
        return self.importer.report

    def refresh_all(self, *, new_forecast: bool = False) -> None:
        if self.opened:
            self.refresher.refresh(new_forecast=new_forecast)

    def poll_changes(self) -> None:
        self.refresher.poll_changes()

    def offer_pending(self) -> None:
        self.shifts.offer_pending()

    # -- the frame's own actions -----------------------------------------------------------

    def edit_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.db, self.actor, self.settings, self)
        if dialog.exec():
            self.desk.say(self.tr("Settings saved"))
            self.refresh_all()

    def lock(self) -> None:
        """After idle time: the same user's PIN unlocks, anything else signs out."""
        from ui.idle_lock import LockDialog

        dialog = LockDialog(self.db, self.actor.name, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.idle.resume()
            self.refresh_all()
        else:
            self.sign_out()

    def sign_out(self) -> None:
        """Hand the PC to the next operator: the window closes and sign-in opens again."""
        self.signed_out = True
        self.close()

    def show_keys(self) -> None:
        lines = [f"{a.shortcut().toString()}\t{a.text()}" for a in self.actions()
                 if not a.shortcut().isEmpty() and a.isVisible()]  # fmt: skip
        inform(self, self.tr("Keyboard shortcuts"), "\n".join(lines))

    def _after_the_rows(self) -> None:
        from ui.refresh import send_heartbeat

        if not self._closed:  # the desk is open (open_desk asked for this)
            send_heartbeat(self.desk)
            self.gateway_panel.watch(self.db)

    def _start_refreshing(self) -> None:
        if not self._closed:
            self.refresher.start()

    def _first_picture(self, _snapshot: Snapshot) -> None:
        if not self._shown_once:
            self._shown_once = True
            self.ready.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        if self.opened:
            self.refresher.stop()
            self.beat.stop()
            self.idle.stop()
        self.jobs.wait()  # a read or write under way finishes before the database closes
        super().closeEvent(event)
