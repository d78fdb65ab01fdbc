"""SQLite's own check of an office file, with nothing but the standard library.

The window checks the file at every start before using it (``backup.integrity_problems``).
At a million records that is ~0.7 s of SQLite reading every page. The launcher starts the
check first thing, on a thread (SQLite lets go of Python's lock while it reads), so it runs
while Python loads SQLAlchemy, Qt and the window's code; the start-up then takes the answer.
Nothing writes to the file meanwhile: the answer is the file as the check found it.
"""

from __future__ import annotations

import sqlite3
import threading
from concurrent.futures import Future
from contextlib import closing
from pathlib import Path

_started: dict[Path, Future[list[str]]] = {}
_lock = threading.Lock()


def integrity_problems_of(path: Path, *, quick: bool = False) -> list[str]:
    """What ``PRAGMA quick_check`` (``quick``) or ``integrity_check`` finds; empty when sound."""
    if not path.is_file():
        return [f"no such file: {path}"]
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}")]
            conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as error:
        return [str(error)]
    return [] if rows == ["ok"] else rows


def start_quick_check(path: Path) -> None:
    """Begin the quick check of an existing file on a thread of its own (once per file)."""
    answer: Future[list[str]] = Future()
    with _lock:
        if path in _started or not path.is_file():
            return
        _started[path] = answer

    def check() -> None:
        try:
            answer.set_result(integrity_problems_of(path, quick=True))
        except BaseException as error:  # handed to whoever waits for the answer
            answer.set_exception(error)

    threading.Thread(target=check, name="quick-check", daemon=True).start()


def take_quick_check(path: Path) -> list[str] | None:
    """The answer of the check started for ``path`` (waiting for it), once; None if none was."""
    with _lock:
        answer = _started.pop(path, None)
    return answer.result() if answer is not None else None


def sqlite_file(url: str) -> Path | None:
    """The file of an ``sqlite:///...`` URL, read without SQLAlchemy; None for anything else
    (a server, memory, or a URL this simple reading does not understand)."""
    scheme, separator, rest = url.partition(":///")
    if not separator or scheme.split("+")[0] != "sqlite":
        return None
    name = rest.split("?")[0]
    return Path(name) if name and name != ":memory:" else None
