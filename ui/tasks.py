"""Work off the GUI thread, results back on it by signal.

``Task`` is one piece of work on a ``QRunnable``; ``Jobs.run`` (Picard's ``run_task``) starts
one and calls back on the GUI thread with its result or its error. The window reads and
writes the database only through ``Jobs``, so a slow query or SQLite's busy timeout never
freezes it. The pool is injectable: a test may pass its own pool and wait for ``settled``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)
T = TypeVar("T")


class TaskSignals(QObject):
    progress = Signal(int)
    finished = Signal(object)
    failed = Signal(object)  # the exception


class Task(QRunnable):
    """Runs ``work(progress)``; emits ``finished(result)`` or ``failed(error)``."""

    def __init__(self, work: Callable[[Callable[[int], None]], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Python side keeps it until it reported
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


class _Pending(QObject):
    """One running task and its callbacks; lives on the GUI thread, so the task's signals
    reach it (and the callbacks run) there, whichever thread emitted them."""

    def __init__(self, jobs: Jobs, task: Task, done: Callable[[Any], None],
                 failed: Callable[[Exception], None],
                 progress: Callable[[int], None] | None) -> None:  # fmt: skip
        super().__init__(jobs)
        self.jobs, self.task, self.done, self.failed = jobs, task, done, failed
        self.progress = progress
        task.signals.progress.connect(self.on_progress)
        task.signals.finished.connect(self.on_finished)
        task.signals.failed.connect(self.on_failed)

    @Slot(int)
    def on_progress(self, count: int) -> None:
        if self.progress is not None:
            self.progress(count)

    @Slot(object)
    def on_finished(self, result: object) -> None:
        try:
            self.done(result)
        finally:
            self.jobs.forget(self)

    @Slot(object)
    def on_failed(self, error: Exception) -> None:
        try:
            self.failed(error)
        finally:
            self.jobs.forget(self)


class Jobs(QObject):
    """The window's workers: ``run(work, done, failed)`` reads or writes on a pool thread and
    calls ``done(result)`` or ``failed(error)`` on the GUI thread. ``settled`` is emitted when
    the last running job has reported (and its callback started no other)."""

    settled = Signal()

    def __init__(self, runner: TaskRunner | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner or TaskRunner(QThreadPool(self))
        self._pending: set[_Pending] = set()
        # Tasks that reported, kept until no pool thread runs: a worker thread is still
        # returning from ``Task.run`` after its signal reached the GUI thread, and freeing the
        # task under it crashed the process (a segfault seen in the GUI tests).
        self._retired: list[Task] = []

    def run(
        self,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[Exception], None],
    ) -> None:
        self.run_reporting(lambda _progress: work(), done, failed)

    def run_reporting(
        self,
        work: Callable[[Callable[[int], None]], T],
        done: Callable[[T], None],
        failed: Callable[[Exception], None],
        progress: Callable[[int], None] | None = None,
    ) -> None:
        """``work(report)`` may call ``report(count)`` as it goes: ``progress(count)`` on the
        GUI thread."""
        task = Task(work)
        self._pending.add(_Pending(self, task, done, failed, progress))
        self.runner.start(task)

    def idle(self) -> bool:
        return not self._pending

    def forget(self, pending: _Pending) -> None:
        self._pending.discard(pending)
        self._retired.append(pending.task)
        if self.runner.pool.activeThreadCount() == 0:
            self._retired.clear()
        pending.deleteLater()
        if not self._pending:
            self.settled.emit()

    def wait(self, msecs: int = 30_000) -> bool:
        """Let the running jobs finish (closing the window); their results are dropped."""
        return self.runner.pool.waitForDone(msecs)


def _is_refusal(error: Exception) -> bool:
    from ektp_desk.errors import Refused

    return isinstance(error, Refused)
