"""Inside the real window's process: how long the GUI thread is busy while the operator works.

An event-loop probe: a 1 ms precise timer notes the time of every tick; the longest gap
between two ticks is the longest time the GUI thread could not turn its event loop (a key,
a paint, a slot, a model reset, a lazy import, a query on the GUI thread...). Each action is
driven as the operator does it (the key into the focused widget; a dialog answered as a
person would), and measured from the key until every read and write it started has reported
and been shown, and the window has been quiet for a moment. The idle figure is the same probe
over an idle stretch of the same window (its poll, heartbeat and timers included), so both
sides carry the same background.

    run(window, rounds, nik_rows, done)   ``done(report)``: {"idle": [ms...], "F2": [ms...], ...}

With ``EKTP_BENCH_KEYS_PROFILE=FILE`` the GUI thread is profiled (cProfile) over the rounds
(the figures are then not the benchmark's).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

QUIET_MS = 120  # the window counts as settled after this long with nothing running
MIN_MS = 200  # ... and never before this long after the key
IDLE_MS = 600  # the idle stretch
TIMEOUT_S = 20.0
PROFILE_ENV = "EKTP_BENCH_KEYS_PROFILE"  # a file: cProfile of the GUI thread over the rounds
ACTIONS = ("F2", "F5", "scan+Enter", "F8+reason", "F9", "F6")


class StallMeter(QObject):
    """The longest gap between two ticks of a 1 ms timer since ``reset``."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def read_ms(self) -> float:
        self._tick()  # the stretch up to now counts too
        return self.longest * 1000


class Driver(QObject):
    """Plays the rounds one step at a time from the event loop, never blocking it."""

    def __init__(self, window: Any, rounds: int, nik_rows: list[int],
                 done: Callable[[dict[str, Any]], None]) -> None:  # fmt: skip
        super().__init__()
        self.window, self.done = window, done
        self.meter = StallMeter()
        self.report: dict[str, Any] = {"idle": [], **{name: [] for name in ACTIONS}}
        self.report["refused"] = []
        self.steps: list[tuple[str, Callable[[], None]]] = []
        for index in range(rounds):
            nik_row = nik_rows[index % len(nik_rows)]
            self.steps += [
                ("idle", lambda: None),
                ("F2", lambda: self.key(Qt.Key.Key_F2)),
                ("F5", lambda: self.key(Qt.Key.Key_F5)),
                ("scan+Enter", lambda row=nik_row: self.scan(row)),  # type: ignore[misc]
                ("F8+reason", lambda: self.with_dialog(Qt.Key.Key_F8, self.spoil_reason)),
                ("F2", lambda: self.key(Qt.Key.Key_F2)),
                ("F9", lambda: self.key(Qt.Key.Key_F9)),
                ("F6", lambda: self.with_dialog(Qt.Key.Key_F6, self.answer_yes)),
            ]
        self.started = 0.0
        self.quiet_since: float | None = None
        self.name = ""
        self.profile: Any = None

    def start(self) -> None:
        """Once the first picture's last reads are in; a question the start asked (cards a
        closed PC left) is put aside first, as an operator would."""
        dialog = QApplication.activeModalWidget()
        if dialog is not None or not self.window.jobs.idle():
            if dialog is not None:
                dialog.reject()
            QTimer.singleShot(100, self.start)
            return
        if os.environ.get(PROFILE_ENV):  # where the GUI thread's time goes, for the docs
            import cProfile

            self.profile = cProfile.Profile()
            self.profile.enable()
        QTimer.singleShot(300, self.next_step)

    def next_step(self) -> None:
        if not self.steps:
            if self.profile is not None:
                self.profile.disable()
                self.profile.dump_stats(os.environ[PROFILE_ENV])
            self.done(self.report)
            return
        self.name, act = self.steps.pop(0)
        self.window.desk.say("")  # so a refusal of this step is seen as its own
        self.meter.reset()
        self.started = time.perf_counter()
        self.quiet_since = None
        act()
        QTimer.singleShot(10, self.wait_settled)

    def wait_settled(self) -> None:
        now = time.perf_counter()
        elapsed_ms = (now - self.started) * 1000
        if self.name == "idle":
            if elapsed_ms < IDLE_MS:
                QTimer.singleShot(10, self.wait_settled)
                return
        elif not self.settled(now, elapsed_ms):
            if now - self.started > TIMEOUT_S:
                window = self.window
                state = (window.desk.busy, window.jobs.idle(), window.refresher._running,
                         QApplication.activeModalWidget())  # fmt: skip
                print(f"{self.name} did not settle in {TIMEOUT_S} s: {state}", file=sys.stderr)
                os._exit(3)
            QTimer.singleShot(10, self.wait_settled)
            return
        self.report[self.name].append(round(self.meter.read_ms(), 2))
        feedback = self.window.body.feedback
        if feedback.property("error"):
            self.report["refused"].append(f"{self.name}: {feedback.text()}")
        QTimer.singleShot(0, self.next_step)

    def settled(self, now: float, elapsed_ms: float) -> bool:
        window = self.window
        running = (window.desk.busy or not window.jobs.idle() or window.refresher._running
                   or QApplication.activeModalWidget() is not None)  # fmt: skip
        if running:
            self.quiet_since = None
            return False
        if self.quiet_since is None:
            self.quiet_since = now
        return elapsed_ms >= MIN_MS and (now - self.quiet_since) * 1000 >= QUIET_MS

    # -- the operator's hands ------------------------------------------------------------

    def key(self, key: Qt.Key) -> None:
        window = self.window
        if not window.isActiveWindow():  # a dialog just closed: the keys come back to it
            window.activateWindow()
            QTimer.singleShot(5, lambda: self.key(key))
            return
        QTest.keyClick(window.focusWidget() or window, key)

    def scan(self, row: int) -> None:
        found = self.window.model.row_at(row)
        if found is None:
            raise RuntimeError(f"no queue row {row} to scan")
        scan = self.window.body.scan
        scan.setFocus()
        QTest.keyClicks(scan, found.nik)
        QTest.keyClick(scan, Qt.Key.Key_Return)

    def with_dialog(self, key: Qt.Key, answer: Callable[[QWidget], None]) -> None:
        def handle() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(5, handle)
                return
            answer(dialog)

        QTimer.singleShot(0, handle)
        self.key(key)

    @staticmethod
    def spoil_reason(dialog: QWidget) -> None:
        QTest.keyClick(dialog, Qt.Key.Key_4)
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    @staticmethod
    def answer_yes(dialog: QWidget) -> None:
        QTest.keyClick(dialog, Qt.Key.Key_Return)


_driver: list[Driver] = []


def run(window: Any, rounds: int, nik_rows: list[int],
        done: Callable[[dict[str, Any]], None]) -> None:  # fmt: skip
    driver = Driver(window, rounds, nik_rows, done)
    _driver.append(driver)  # kept alive while it plays
    QTimer.singleShot(300, driver.start)
