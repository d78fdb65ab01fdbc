"""The audit log dialog reads on a worker: the table fills when the answer comes, and only the
answer to the newest filter is shown."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from ektp_desk import printing
from ektp_desk.api import reports
from ektp_desk.db import Database
from tests.conftest import LEAD, OPERATOR, STATION
from tests.factories import actor, add_records
from tests.gui.conftest import Calls
from ui.actions import Act
from ui.audit_dialog import AuditDialog
from ui.tasks import Jobs, TaskRunner


@pytest.fixture
def open_audit(qtbot: QtBot) -> Iterator[Callable[[Database, str], AuditDialog]]:
    """The real dialog for ``name``, on its own workers (two threads, so two reads can run at
    once), its first read answered."""
    dialogs: list[AuditDialog] = []

    def make(office: Database, name: str) -> AuditDialog:
        pool = QThreadPool()
        pool.setMaxThreadCount(2)
        dialog = AuditDialog(office, actor(office, name), jobs=Jobs(TaskRunner(pool)))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.jobs.idle, timeout=10_000)
        dialogs.append(dialog)
        return dialog

    yield make
    for dialog in dialogs:
        dialog.jobs.wait()


def shown(dialog: AuditDialog) -> list[list[str]]:
    """User, action and subject of each row in the table."""
    table = dialog.table
    return [[table.item(row, c).text() for c in (1, 2, 3)] for row in range(table.rowCount())]


def test_leads_read_the_audit_log_in_the_window(
    office: Database, qtbot: QtBot, make_window, open_audit, record_calls
) -> None:
    [nik] = add_records(office, 1)
    printing.record_print(office, nik, station=STATION, operator=OPERATOR)
    assert not make_window(office).acts[Act.AUDIT].isEnabled(), "operators do not see it"
    reads = record_calls(reports, "audit_log")
    dialog = open_audit(office, LEAD)
    assert len(shown(dialog)) > 1, "all actions at first"
    dialog.action.setCurrentIndex(dialog.action.findData("print"))
    qtbot.waitUntil(dialog.jobs.idle, timeout=10_000)
    assert shown(dialog) == [[OPERATOR, "print", nik]]
    assert len(reads.threads) == 2
    assert reads.off_the_gui_thread, "the log was read on a worker"


def test_a_filter_changed_twice_shows_the_newest_filter_only(
    office: Database, qtbot: QtBot, open_audit, monkeypatch: pytest.MonkeyPatch
) -> None:
    [nik] = add_records(office, 1)
    printing.record_print(office, nik, station=STATION, operator=OPERATOR)
    dialog = open_audit(office, LEAD)
    gate = threading.Event()
    late = Calls()
    real = reports.audit_log

    def slow_for_prints(*args: Any, **kwargs: Any) -> Any:
        """The read for "print" answers only after the read for the next filter was shown."""
        if kwargs.get("action") == "print":
            late.threads.append(threading.get_ident())
            gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(reports, "audit_log", slow_for_prints)
    try:
        dialog.action.setCurrentIndex(dialog.action.findData("print"))
        dialog.action.setCurrentIndex(dialog.action.findData("receive"))
        qtbot.waitUntil(lambda: {row[1] for row in shown(dialog)} == {"receive"})
    finally:
        gate.set()
    qtbot.waitUntil(dialog.jobs.idle, timeout=10_000)
    assert late.off_the_gui_thread, "the read for the first filter did run, and answered last"
    assert shown(dialog) == [
        [LEAD, "receive", item] for item in ("film_roll", "ribbon_roll", "blank")
    ]


def test_an_operator_is_told_the_log_is_not_for_them(office: Database, open_audit) -> None:
    dialog = open_audit(office, OPERATOR)
    assert dialog.table.rowCount() == 0
    assert dialog.error.text() == (
        "Operator1 is an operator; only a lead or an admin may do this"
    ), "the core's refusal, in the dialog's own line as before"
