"""Work off the GUI thread, results back on it by signal.

``Jobs.run`` (Picard's ``run_task``) starts one piece of work on a ``QRunnable`` and calls
back on the GUI thread with its result or its error, through one signal object that lives as
long as the ``Jobs`` (a QObject per piece of work, deleted while its worker was still
returning from the emit, crashed the process). The window reads and
writes the database only through ``Jobs``, so a slow query or SQLite's busy timeout never
freezes it. The pool is injectable: a test may pass its own pool and wait for ``settled``.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)
T = TypeVar("T")


class TaskRunner:
    """The thread pool ``Jobs`` start their work on (the real one, or a stand-in that runs
    them inline)."""

    def __init__(self, pool: QThreadPool | None = None, *, inline: bool = False) -> None:
        self.pool = pool or QThreadPool.globalInstance()
        self.inline = inline


class _JobSignals(QObject):
    """One signal object for all of a ``Jobs``' work, living as long as it does: every job
    reports through it with its number, so no per-job QObject is ever deleted while a worker
    thread may still be returning from its emit (that crashed the process in ~QObject)."""

    progress = Signal(int, int)  # job number, count
    finished = Signal(int, object)  # job number, result
    failed = Signal(int, object)  # job number, the exception


class _JobTask(QRunnable):
    """One job's work on a pool thread, reporting through the shared signals."""

    def __init__(self, number: int, work: Callable[[Callable[[int], None]], Any],
                 signals: _JobSignals) -> None:  # fmt: skip
        super().__init__()
        self.setAutoDelete(False)  # kept by ``Jobs`` until no pool thread runs
        self.number, self.work, self.signals = number, work, signals

    def run(self) -> None:
        try:
            result = self.work(lambda count: self.signals.progress.emit(self.number, count))
        except Exception as error:  # reported to the GUI thread, which decides what to show
            log.info("task failed: %s", error, exc_info=not _is_refusal(error))
            self.signals.failed.emit(self.number, error)
        else:
            self.signals.finished.emit(self.number, result)


@dataclass
class _Callbacks:
    done: Callable[[Any], None]
    failed: Callable[[Exception], None]
    progress: Callable[[int], None] | None


class Jobs(QObject):
    """The window's workers: ``run(work, done, failed)`` reads or writes on a pool thread and
    calls ``done(result)`` or ``failed(error)`` on the GUI thread. ``settled`` is emitted when
    the last running job has reported (and its callback started no other)."""

    settled = Signal()

    def __init__(self, runner: TaskRunner | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner or TaskRunner(QThreadPool(self))
        self._signals = _JobSignals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._pending: dict[int, _Callbacks] = {}
        self._numbers = itertools.count(1)
        # Tasks that reported, kept until no pool thread runs: a worker thread is still
        # returning from ``run`` after its signal reached the GUI thread.
        self._retired: dict[int, _JobTask] = {}
        self._running: dict[int, _JobTask] = {}

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
        number = next(self._numbers)
        task = _JobTask(number, work, self._signals)
        self._pending[number] = _Callbacks(done, failed, progress)
        self._running[number] = task
        if self.runner.inline:
            task.run()
        else:
            self.runner.pool.start(task)

    def idle(self) -> bool:
        return not self._pending

    @Slot(int, int)
    def _on_progress(self, number: int, count: int) -> None:
        callbacks = self._pending.get(number)
        if callbacks is not None and callbacks.progress is not None:
            callbacks.progress(count)

    @Slot(int, object)
    def _on_finished(self, number: int, result: object) -> None:
        callbacks = self._pending.get(number)
        if callbacks is None:
            return
        try:
            callbacks.done(result)
        finally:
            self._forget(number)

    @Slot(int, object)
    def _on_failed(self, number: int, error: Exception) -> None:
        callbacks = self._pending.get(number)
        if callbacks is None:
            return
        try:
            callbacks.failed(error)
        finally:
            self._forget(number)

    def _forget(self, number: int) -> None:
        del self._pending[number]
        task = self._running.pop(number)
        # The work (a closure over a dialog, often) is let go here, on the GUI thread: a
        # retired task kept it, and with it a cycle back to the dialog, until the next job.
        task.work = _spent
        self._retired[number] = task
        if self.runner.pool.activeThreadCount() == 0:
            self._retired.clear()
        if not self._pending:
            self.settled.emit()

    def wait(self, msecs: int = 30_000) -> bool:
        """Let the running jobs finish (closing the window); their results are dropped."""
        return self.runner.pool.waitForDone(msecs)


def _spent(_report: Callable[[int], None]) -> None:
    """What a task's work becomes once it has reported (``Jobs._forget``)."""


def _is_refusal(error: Exception) -> bool:
    from ektp_desk.errors import Refused

    return isinstance(error, Refused)
