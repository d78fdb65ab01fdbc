"""The window never waits on the database: its reads and writes run on workers.

Another PC holding the SQLite file's write lock makes a write wait up to the busy timeout
(30 s); the window must keep answering meanwhile, with its actions off, and finish the
action when the lock is gone.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from ektp_desk.db import Database
from tests.factories import add_records
from tests.gui.conftest import settle
from ui.actions import Act


def test_a_write_waiting_for_a_locked_file_never_freezes_the_window(
    office: Database, qtbot: QtBot, make_window
) -> None:
    niks = add_records(office, 2)
    window = make_window(office)
    path = office.sqlite_path
    assert path is not None
    other_pc = sqlite3.connect(path, isolation_level=None)
    other_pc.execute("BEGIN IMMEDIATE")  # another station holds the write lock
    try:
        window.acts[Act.NEXT].trigger()
        assert not window.jobs.idle(), "the claim waits on a worker"
        assert not window.acts[Act.PRINTED].isEnabled(), "nothing else starts meanwhile"
        assert window.acts[Act.QUIT].isEnabled()
        ticks: list[int] = []
        QTimer.singleShot(50, lambda: ticks.append(1))
        qtbot.waitUntil(lambda: bool(ticks), timeout=2000)  # the event loop runs
        qtbot.keyClicks(window.body.scan, "3201")
        assert window.body.scan.text() == "3201", "typing still reaches the scan box"
        assert window.current is None
    finally:
        other_pc.execute("ROLLBACK")
        other_pc.close()
    settle(qtbot, window)
    assert window.current is not None
    assert window.current.nik == niks[0]
    assert window.acts[Act.PRINTED].isEnabled()


def test_a_nik_scanned_while_a_write_runs_is_looked_up_after_it(
    office: Database, qtbot: QtBot, make_window
) -> None:
    niks = add_records(office, 3)
    window = make_window(office)
    path = office.sqlite_path
    assert path is not None
    other_pc = sqlite3.connect(path, isolation_level=None)
    other_pc.execute("BEGIN IMMEDIATE")
    try:
        window.acts[Act.NEXT].trigger()
        qtbot.keyClicks(window.body.scan, niks[2])
        qtbot.keyClick(window.body.scan, Qt.Key.Key_Return)
    finally:
        other_pc.execute("ROLLBACK")
        other_pc.close()
    settle(qtbot, window)
    assert window.current is not None
    assert window.current.nik == niks[2], "the scanned card, not the claimed one, is shown"
