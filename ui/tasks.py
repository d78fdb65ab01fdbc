"""Long work (import, export, demo data) off the GUI thread, results back on it by signal.

The pool is injectable: tests pass a runner that executes at once, so they need no waiting.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    progress = Signal(int)
    finished = Signal(object)
    failed = Signal(object)  # the exception


class Task(QRunnable):
    """Runs ``work(progress)``; emits ``finished(result)`` or ``failed(error)``."""

    def __init__(self, work: Callable[[Callable[[int], None]], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except Exception as error:  # reported to the GUI thread, which decides what to show
            log.info("task failed: %s", error, exc_info=not _is_refusal(error))
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


class TaskRunner:
    """Starts tasks on a thread pool (the real one, or a stand-in that runs them inline)."""

    def __init__(self, pool: QThreadPool | None = None, *, inline: bool = False) -> None:
        self.pool = pool or QThreadPool.globalInstance()
        self.inline = inline

    def start(self, task: Task) -> None:
        if self.inline:
            task.run()
        else:
            self.pool.start(task)


def _is_refusal(error: Exception) -> bool:
    from ektp_desk.errors import Refused

    return isinstance(error, Refused)
