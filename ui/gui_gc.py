"""Python's cycle collector runs on the GUI thread only.

The collector runs in whichever thread happens to allocate past its threshold. A dialog
whose worker callbacks point back at it forms a reference cycle; collected on a worker
thread, its Qt objects (the dialog, its thread pool, its widgets) would be destroyed off
the GUI thread, which Qt does not allow and which can crash the process inside the event
loop, rarely and far from the cause. So automatic collection is switched off and the GUI
thread collects on a timer, by the same thresholds Python itself uses (Anki's desktop
client does the same for the same reason).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

EVERY_MS = 1000  # a second's garbage is a few hundred kilobytes at the most


class GuiThreadCollector(QObject):
    """Installed once per application (``install``)."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> int:
        """Collect the generations whose counts passed their thresholds; what was freed."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = [gen for gen in range(3) if counts[gen] > thresholds[gen]]
        return gc.collect(max(due)) if due else 0


def uninstall(app: QCoreApplication) -> None:
    """Collect once more here and give collection back to Python (a test's end)."""
    found = app.findChild(GuiThreadCollector)
    if isinstance(found, GuiThreadCollector):
        found.timer.stop()
        found.setParent(None)
        found.deleteLater()
    gc.collect()
    gc.enable()


def install(app: QCoreApplication) -> GuiThreadCollector:
    """Switch automatic collection off and collect on ``app``'s (GUI) thread from now on."""
    found = app.findChild(GuiThreadCollector)
    return found if isinstance(found, GuiThreadCollector) else GuiThreadCollector(app)
