"""SQLite's own check of an office file, with nothing but the standard library.

The window checks the file at every start before using it (``backup.integrity_problems``).
At a million records that is ~0.7 s of SQLite reading every page. The launcher starts the
check first thing, on a thread (SQLite lets go of Python's lock while it reads), so it runs
while Python loads SQLAlchemy, Qt and the window's code; the start-up then takes the answer.
Nothing writes to the file meanwhile: the answer is the file as the check found it.

A file the program closed cleanly and nobody touched since (``ektp_desk.clean_stamp``) is
opened without waiting: the check still runs, and its answer is taken when it comes
(``backup.check_at_start``). Whether the file is such a file is read here, before the
check's own connection leaves its -wal and -shm beside it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import Future
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ektp_desk import clean_stamp


@dataclass
class _Early:
    answer: Future[list[str]]
    clean: dict[str, Any] | None  # the file's valid clean-close note, read before the check
    stopping: threading.Event = field(default_factory=threading.Event)
    thread: threading.Thread | None = None


_started: dict[Path, _Early] = {}  # until the start takes the answer
_running: dict[Path, _Early] = {}  # until the check ends (``stop_check``)
_lock = threading.Lock()
_INTERRUPTED = "interrupted"  # SQLite's words for a statement its progress handler stopped


def integrity_problems_of(
    path: Path,
    *,
    quick: bool = False,
    opened: Callable[[sqlite3.Connection], object] = lambda _conn: None,
) -> list[str]:
    """What ``PRAGMA quick_check`` (``quick``) or ``integrity_check`` finds; empty when sound.
    ``opened`` is given the check's connection before it reads (to be able to stop it)."""
    if not path.is_file():
        return [f"no such file: {path}"]
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            opened(conn)
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
        early = _started[path] = _running[path] = _Early(answer, clean_stamp.valid_stamp(path))

    def opened(conn: sqlite3.Connection) -> None:  # SQLite asks every 100,000 steps
        conn.set_progress_handler(early.stopping.is_set, 100_000)

    def check() -> None:
        try:
            problems = integrity_problems_of(path, quick=True, opened=opened)
        except BaseException as error:  # handed to whoever waits for the answer
            answer.set_exception(error)
        else:
            if early.stopping.is_set() and problems == [_INTERRUPTED]:
                answer.cancel()  # stopped at close: it found nothing out, good or bad
            else:
                answer.set_result(problems)  # (its callbacks run here, on this thread)
        finally:
            with _lock:  # only now: ``stop_check`` waits for the answer's callbacks too
                _running.pop(path, None)

    early.thread = threading.Thread(target=check, name="quick-check", daemon=True)
    early.thread.start()


def stop_check(path: Path, *, wait: float = 2.0) -> None:
    """At close: a background check still reading ``path`` is stopped and its answer
    cancelled (not taken for damage), so that this process's close is the file's last and
    the clean-close note can be written; the next start checks again."""
    with _lock:
        early = _running.get(path)
    if early is None:
        return
    early.stopping.set()  # its progress handler ends the PRAGMA: "interrupted"
    if early.thread is not None:
        early.thread.join(wait)


def take_quick_check(path: Path) -> list[str] | None:
    """The answer of the check started for ``path`` (waiting for it), once; None if none was."""
    with _lock:
        early = _started.pop(path, None)
    return early.answer.result() if early is not None else None


def take_clean_start(path: Path) -> Future[list[str]] | None:
    """The pending answer of the check started for ``path``, without waiting for it, when
    the file was known clean as the check began; None (and the answer left for
    ``take_quick_check``) otherwise."""
    with _lock:
        early = _started.get(path)
        if early is None or early.clean is None:
            return None
        del _started[path]
    return early.answer


def clean_note(path: Path) -> dict[str, Any] | None:
    """The file's valid clean-close note as this process found it before opening it: the one
    the early check read, else read now (nothing of this process has the file open yet)."""
    with _lock:
        early = _started.get(path)
    return early.clean if early is not None else clean_stamp.valid_stamp(path)


def sqlite_file(url: str) -> Path | None:
    """The file of an ``sqlite:///...`` URL, read without SQLAlchemy; None for anything else
    (a server, memory, or a URL this simple reading does not understand)."""
    scheme, separator, rest = url.partition(":///")
    if not separator or scheme.split("+")[0] != "sqlite":
        return None
    name = rest.split("?")[0]
    return Path(name) if name and name != ":memory:" else None
