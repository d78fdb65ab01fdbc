"""Loading the core after the frame, without PySide6's per-module source check.

Once PySide6 is imported it replaces ``builtins.__import__`` (shiboken's ``__feature__``
support). After every module it has not seen before, that import reads the module's whole
source file to look for the word "PySide6" (``shibokensupport.feature._mod_uses_pyside``),
whether or not the module ever touches Qt. SQLAlchemy, Alembic, our models and the desk's
modules are about 450 modules: at a start of the window that is ~100-150 ms of reading
source files on this project's reference machine, between the frame and the queue's rows
(docs/PERFORMANCE.md, counter ready; the same cost is described in napari issue 8584).

The window never uses ``from __feature__ import``, so the modules it loads after the frame
are loaded through Python's own import, which PySide6 keeps as ``builtins.__orig_import__``.
A PySide6 without that name (another version) simply loads them the usual way.
"""

from __future__ import annotations

import builtins
import importlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# What the GUI thread needs between the frame and the queue's first rows: the database
# layer and the sign-in; then the desk's controllers and the reads they start
# (ui.main_window.MainWindow.open_desk), which load while the password is checked.
DATABASE = ("ektp_desk.api.office",)
DESK = (
    "ektp_desk.api.counter",
    "ektp_desk.api.citizens",
    "ektp_desk.api.shifts",
    "ui.citizen_actions",
    "ui.counter",
    "ui.idle_lock",
    "ui.import_actions",
    "ui.notice_actions",
    "ui.queue_filter",
    "ui.refresh",
    "ui.report_actions",
    "ui.shift_actions",
    "ui.stock_actions",
)

_swap = threading.RLock()


@contextmanager
def plain_imports() -> Iterator[None]:
    """Imports inside skip PySide6's source check (in every thread, for that while)."""
    plain = getattr(builtins, "__orig_import__", None)
    with _swap:
        hooked = builtins.__import__
        if plain is None or plain is hooked:
            yield
            return
        builtins.__import__ = plain
        try:
            yield
        finally:
            builtins.__import__ = hooked


def load_core(modules: tuple[str, ...]) -> None:
    """Import ``modules`` (and all they import) through Python's own import."""
    with plain_imports():
        for name in modules:
            importlib.import_module(name)
