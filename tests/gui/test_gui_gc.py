"""The cycle collector runs on the GUI thread only: a cycle made and dropped on a worker
thread is not collected there, and is collected by the GUI thread's timer."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui import gui_gc


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_a_cycle_dropped_on_a_worker_is_freed_on_the_gui_thread(
    qapp: QApplication, qtbot: QtBot
) -> None:
    collector = gui_gc.install(qapp)
    assert gui_gc.install(qapp) is collector, "installed once per application"
    assert not gc.isenabled(), "automatic collection would run on any thread"
    freed_on: list[str] = []
    refs: list[weakref.ref[_Node]] = []

    def on_a_worker() -> None:
        node = _Node()
        weakref.finalize(node, lambda: freed_on.append(threading.current_thread().name))
        refs.append(weakref.ref(node))
        del node
        for _ in range(5_000):  # past every threshold: automatic collection would run here
            _Node()

    worker = threading.Thread(target=on_a_worker, name="worker")
    worker.start()
    worker.join()
    assert freed_on == [], "collected on the worker thread"
    qtbot.waitUntil(lambda: refs[0]() is None, timeout=5 * gui_gc.EVERY_MS)
    assert freed_on == [threading.main_thread().name]
