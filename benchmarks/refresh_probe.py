"""Inside the real window's process, while the stations print: how long a refresh takes.

    python benchmarks/refresh_probe.py URL USER STATION   (the password on the first stdin line)

The window is started as ``ektp-desk --db URL gui --user USER --station STATION
--password-stdin`` starts it, offscreen. Once it is open and its first reads are in, the probe
prints ``ready`` and waits for ``go SECONDS`` on stdin (the stations start at the same moment);
then, for SECONDS, it alternates an idle stretch and one refresh of everything the window
shows: ``Refresher.refresh(new_forecast=True)`` (queue, counters, stock, forecast) together
with ``Refresher.poll_changes()`` (the stations tab). A refresh is timed from the request to
the moment both results are applied on the GUI thread. Before the next idle stretch the window
is let settle (the poll's follow-up refresh included); the window's own 3 s poll is stopped,
so the idle stretches hold no refresh and the measured ones do not queue behind one.

The event-loop probe of ``key_probe`` (``StallMeter``) takes the GUI thread's longest stall
during each refresh and during each idle stretch; the reads themselves are counted by thread
(a read on the GUI thread is a failure of the window's design, whatever it costs).

The report is one line, ``BENCH {"refresh": [s...], "stall": [ms...], "idle": [ms...],
"gui_thread_reads": n, "worker_reads": n}``.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from typing import Any

IDLE_MS = 250  # each idle stretch
GRACE_S = 60.0  # the probe gives up this long after its time is over


def main(argv: list[str]) -> int:
    url, user, station = argv
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    QApplication([sys.argv[0]])
    QTimer.singleShot(50, _when_open)
    from gui_probe import run_product  # (a sibling script: this one runs from benchmarks/)

    status = run_product(url, user, station)
    print(f"the window closed (status {status}) before the probe was done", file=sys.stderr)
    return 1


def _when_open() -> None:
    from PySide6.QtCore import QSocketNotifier, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    window = next((w for w in windows if w.opened), None)
    if window is None or not window.jobs.idle() or window.refresher._running:
        if QApplication.activeModalWidget() is not None:
            QApplication.activeModalWidget().reject()  # type: ignore[union-attr]
        QTimer.singleShot(50, _when_open)
        return
    window.refresher.poll.stop()  # the probe polls, with each measured refresh
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    _kept.append(notifier)

    def go() -> None:
        notifier.setEnabled(False)
        word, seconds = sys.stdin.readline().split()
        assert word == "go"
        driver = Driver(window, float(seconds))
        _kept.append(driver)
        driver.idle_stretch()

    notifier.activated.connect(go)
    print("ready", flush=True)


_kept: list[Any] = []


def _counted(function: Any, report: dict[str, Any]) -> Any:
    def counted(*args: Any, **kwargs: Any) -> Any:
        on_gui = threading.current_thread() is threading.main_thread()
        report["gui_thread_reads" if on_gui else "worker_reads"] += 1
        return function(*args, **kwargs)

    return counted


class Driver:
    """Idle stretch, refresh, settle; again until the time is over; then the report."""

    def __init__(self, window: Any, seconds: float) -> None:
        from PySide6.QtCore import QTimer

        import ui.refresh
        from benchmarks.key_probe import StallMeter

        self.window, self.refresher = window, window.refresher
        self.meter = StallMeter()
        self.report: dict[str, Any] = {
            "refresh": [],
            "stall": [],
            "idle": [],
            "gui_thread_reads": 0,
            "worker_reads": 0,
        }
        for name in ("read_snapshot", "read_poll"):  # the refresher calls them by these names
            setattr(ui.refresh, name, _counted(getattr(ui.refresh, name), self.report))
        self.deadline = time.perf_counter() + seconds
        QTimer.singleShot(int((seconds + GRACE_S) * 1000), lambda: os._exit(3))
        self.started = 0.0
        self.snapshot_at: float | None = None
        self.polled_at: float | None = None
        self.waiting = False
        polled = self.refresher._polled

        def polled_and_noted(result: Any) -> None:
            polled(result)
            if self.waiting and self.polled_at is None:
                self.polled_at = time.perf_counter()
                self.check_applied()

        self.refresher._polled = polled_and_noted  # the poll's callback is looked up per call
        self.refresher.refreshed.connect(self.snapshot_applied)

    def settled(self) -> bool:
        refresher = self.refresher
        return not (refresher._running or refresher._polling or not self.window.jobs.idle())

    def idle_stretch(self) -> None:
        from PySide6.QtCore import QTimer

        if not self.settled():
            QTimer.singleShot(2, self.idle_stretch)
            return
        if time.perf_counter() >= self.deadline:
            from benchmarks.gui_probe import finish

            finish(self.report)
            return
        self.meter.reset()
        QTimer.singleShot(IDLE_MS, self.idle_done)

    def idle_done(self) -> None:
        self.report["idle"].append(round(self.meter.read_ms(), 2))
        self.snapshot_at = self.polled_at = None
        self.waiting = True
        self.meter.reset()
        self.started = time.perf_counter()
        self.refresher.refresh(new_forecast=True)
        self.refresher.poll_changes()

    def snapshot_applied(self, _snapshot: object) -> None:
        if self.waiting and self.snapshot_at is None:
            self.snapshot_at = time.perf_counter()
            self.check_applied()

    def check_applied(self) -> None:
        if self.snapshot_at is None or self.polled_at is None:
            return
        from PySide6.QtCore import QTimer

        self.waiting = False
        self.report["refresh"].append(max(self.snapshot_at, self.polled_at) - self.started)
        self.report["stall"].append(round(self.meter.read_ms(), 2))
        QTimer.singleShot(0, self.idle_stretch)


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    raise SystemExit(main(sys.argv[1:]))
