"""A child process that opens a window offscreen and reports when it has painted (one JSON line).

    python benchmarks/gui_probe.py queue URL FAR NEAR   the real window (``ektp-desk gui``);
        reports its queue's first paint with rows in it, the peak RSS then, and two jumps
        (to NEAR, to FAR)
    python benchmarks/gui_probe.py startup URL          the real window; its first paint (the
        frame, painted before the office opens; ui.app.start)
    python benchmarks/gui_probe.py bare                 a bare QMainWindow; its first paint
    python benchmarks/gui_probe.py bare20               a bare QMainWindow with a 20-row
        QTableView; the table's first paint with rows in it (the counter-ready baseline)
    python benchmarks/gui_probe.py keys URL ROUNDS      the real window; once its queue has
        painted, the operator's keys with an event-loop probe (benchmarks/key_probe.py)

The real window is started exactly as ``ektp-desk --db URL gui --user operator1 --station
"Loket 1" --password-stdin`` starts it (the password comes on stdin). An application-wide
event filter sees the first Paint of the watched widget; the time is taken on the next turn
of the event loop, once that whole paint pass is done, and the report is printed then (the
process ends there, in whichever event loop it is: the product's start-up runs one of its
own while the frame paints). Times are ``time.monotonic()``, which
on Linux is one clock for every process, so the parent can subtract its own spawn time.
Only the standard library is imported up front: the bare window loads nothing but PySide6.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

REPORT_PREFIX = "BENCH "


def peak_rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def main(argv: list[str]) -> int:
    mode = argv[0]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QMainWindow, QTableView, QWidget

    app = QApplication([sys.argv[0]])
    report: dict[str, Any] = {}

    def watched(widget: QObject) -> bool:
        if mode in ("queue", "bare20", "keys"):
            view = widget.parent()
            # the queue itself: the frame's empty table, before the office opens, is not it
            return (
                isinstance(view, QTableView)
                and view.objectName() == "queueTable"
                and (widget is view.viewport())
                and view.model().rowCount() > 0
            )
        return isinstance(widget, QWidget) and isinstance(widget.window(), QMainWindow)

    def painted(widget: QObject) -> None:
        report["painted_at"] = time.monotonic()
        report["peak_rss_kib"] = peak_rss_kib()
        if mode == "queue":
            view = widget.parent()
            assert isinstance(view, QTableView)
            _when_counted(view, lambda: jumps(view))
            return
        if mode == "keys":
            app.removeEventFilter(watcher)  # the keys are measured without it
            _play_keys(int(argv[2]), report)
            return
        finish(report)

    def jumps(view: QTableView) -> None:
        report["rows"] = view.model().rowCount()
        for name, row in (("near", int(argv[3])), ("far", int(argv[2]))):
            report[f"jump_{name}_s"] = jump(view, row)
        finish(report, quit_cleanly=True)

    def jump(view: QTableView, row: int) -> float:
        start = time.perf_counter()
        view.scrollTo(view.model().index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        view.viewport().repaint()
        return time.perf_counter() - start

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "seen" not in report and watched(obj):
                report["seen"] = True
                QTimer.singleShot(0, lambda: painted(obj))
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    if mode in ("bare", "bare20"):
        window = _bare_window(rows=20 if mode == "bare20" else 0)
        window.show()
        status = app.exec()
    else:
        status = run_product(argv[1])
    if _reported:
        os._exit(0)  # the office is closed (ui.app.start); the rest of the teardown is not needed
    print(f"the window closed (status {status}) before it painted", file=sys.stderr)
    return 1


def finish(report: dict[str, Any], *, quit_cleanly: bool = False) -> None:
    """Print the report and end. ``quit_cleanly`` (the office is open and the window runs):
    quit as a person quitting the window does, every event loop ends and the product closes
    the office (its clean-close note, ektp_desk.clean_stamp: the next start is a start after
    a clean close, not after a crash). Otherwise (a frame painted before the office opened,
    in whichever event loop runs now) the process just ends: the teardown is not measured."""
    from PySide6.QtWidgets import QApplication

    report.pop("seen", None)
    print(REPORT_PREFIX + json.dumps(report), flush=True)
    if not quit_cleanly:
        os._exit(0)
    _reported.append(True)
    QApplication.exit(0)


_reported: list[bool] = []


def _when_counted(view: Any, then: Any) -> None:
    """``then()`` once the window's reads are in: the first rows paint before the queue is
    counted, and a jump needs the whole count."""
    from PySide6.QtCore import QTimer

    from ui.main_window import MainWindow

    window = view.window()
    if isinstance(window, MainWindow) and not window.jobs.idle():
        QTimer.singleShot(5, lambda: _when_counted(view, then))
        return
    then()


def _bare_window(rows: int) -> Any:
    """A QMainWindow (1280x800); with ``rows``, a QTableView of that many 8-column rows."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QMainWindow, QTableView

    window = QMainWindow()
    window.resize(1280, 800)
    if rows:
        model = QStandardItemModel(rows, 8, window)
        for row in range(rows):
            for column in range(8):
                model.setItem(row, column, QStandardItem(f"{row}-{column}"))
        table = QTableView()
        table.setObjectName("queueTable")
        table.setModel(model)
        window.setCentralWidget(table)
    return window


def _play_keys(rounds: int, report: dict[str, Any]) -> None:
    from PySide6.QtWidgets import QApplication

    from benchmarks import key_probe
    from ui.main_window import MainWindow

    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    window = next(w for w in windows if w.opened)

    def done(keys: dict[str, Any]) -> None:
        report["keys"] = keys
        finish(report, quit_cleanly=True)

    key_probe.run(window, rounds, [40 + 7 * index for index in range(rounds)], done)


def run_product(url: str, user: str = "operator1", station: str = "Loket 1") -> int:
    """The window exactly as ``ektp-desk --db URL gui --user U --station S --password-stdin``
    starts it; its exit status."""
    import main as launcher

    sys.argv = ["ektp-desk", "--db", url, "gui", "--user", user, "--station", station,
                "--password-stdin"]  # fmt: skip
    return launcher.main()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
