"""Guards the PySide6 pin: some releases drop references on every signal emit.

PySide6 6.12.0 on CPython 3.11 loses a reference to ``True`` on every Python-side
``Signal.emit()`` and two to ``None`` per ``beginInsertRows``/``endInsertRows`` pair; the
interpreter aborts after a few hundred emits. The check runs in a child process so that an
abort is reported as a failure instead of killing the test run.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, Signal

    class Emitter(QObject):
        changed = Signal(bool)

    class Rows(QAbstractListModel):
        def __init__(self):
            super().__init__()
            self.rows = []
        def rowCount(self, parent=QModelIndex()):
            return 0 if parent.isValid() else len(self.rows)
        def data(self, index, role=0):
            return self.rows[index.row()] if index.isValid() else None
        def append(self, value):
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
            self.rows.append(value)
            self.endInsertRows()

    app = QCoreApplication([])
    received = []
    emitter = Emitter()
    emitter.changed.connect(received.append)
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for i in range(10_000):
        emitter.changed.emit(i % 2 == 0)
    model = Rows()
    for i in range(10_000):
        model.append(i)
    lost_true = true_before - sys.getrefcount(True)
    lost_none = none_before - sys.getrefcount(None)
    print(len(received), model.rowCount(), lost_true, lost_none)
    """
)


def test_ten_thousand_emits_and_row_inserts_keep_reference_counts() -> None:
    child = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert child.returncode == 0, f"PySide6 crashed the interpreter:\n{child.stderr[-2000:]}"
    received, rows, lost_true, lost_none = map(int, child.stdout.split())
    assert (received, rows) == (10_000, 10_000)
    assert lost_true < 100, f"{lost_true} references to True lost: this PySide6 is unsafe"
    assert lost_none < 100, f"{lost_none} references to None lost: this PySide6 is unsafe"
