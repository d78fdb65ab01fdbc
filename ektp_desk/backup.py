"""Backups of the office database, restoring one, and checking a file for damage.

SQLite files are copied with SQLite's online backup API: a consistent copy even while other
stations write. PostgreSQL is backed up with the server's own tool (pg_dump).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from concurrent.futures import Future
from contextlib import closing
from datetime import datetime
from pathlib import Path

from ektp_desk import paths
from ektp_desk.db import Database
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP

KEEP = 20  # automatic backups kept in the backup folder (older ones are removed)
log = logging.getLogger(__name__)


def backup(db: Database, out: Path | None = None, *, reason: str = "manual") -> Path:
    """A consistent copy of the office file; automatic ones (no ``out``) keep the last KEEP."""
    source = _sqlite_file(db)
    target = out or paths.backup_dir() / f"{source.stem}-{_stamp()}-{reason}.sqlite3"
    if not target.parent.is_dir():
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "the folder {folder} does not exist: choose an existing folder"
            ),
            folder=str(target.parent),
        )
    partial = target.with_name(f".{target.name}.part")
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(partial)) as dst:
        src.backup(dst)
    partial.replace(target)
    if out is None:
        prune(target.parent, source.stem)
    return target


def backup_quietly(db: Database, *, reason: str) -> Path | None:
    """An automatic backup that never stops the action it follows (shift end)."""
    if db.sqlite_path is None:
        return None
    try:
        return backup(db, reason=reason)
    except (OSError, sqlite3.Error, Refused):
        log.warning("automatic backup (%s) failed", reason, exc_info=True)
        return None


def restore(db: Database, source: Path) -> Path:
    """Put a backup in place of the office file; the file as it was is backed up first."""
    target = _sqlite_file(db)
    problems = integrity_problems_of(source)
    if problems:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "{file} cannot be restored: it is damaged or not a backup ({problem})"
            ),
            file=str(source),
            problem=problems[0],
        )
    before = backup(db, reason="before-restore") if target.exists() else None
    db.dispose()
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    return before or target


def prune(folder: Path, stem: str, keep: int | None = None) -> None:
    backups = sorted(folder.glob(f"{stem}-*.sqlite3"))
    for old in backups[: -(keep or KEEP)]:
        old.unlink(missing_ok=True)


def integrity_problems(db: Database, *, quick: bool = False) -> list[str]:
    """What SQLite's own check finds wrong with the office file (empty when it is sound).
    ``quick`` (PRAGMA quick_check, ~1 s at a million records, against ~15 s) is for every
    start-up; the full check is for `ektp-desk check` and before a restore. A quick check
    begun by ``start_quick_check`` is waited for rather than run again."""
    path = db.sqlite_path
    if path is None or not path.exists():
        return []
    started = _started.pop(path, None) if quick else None
    return started.result() if started is not None else integrity_problems_of(path, quick=quick)


_started: dict[Path, Future[list[str]]] = {}


def start_quick_check(db: Database) -> None:
    """Begin the start-up quick check of the office file now, on a thread of its own.

    SQLite lets go of Python's lock while it reads the file, so the check (~0.7 s at a
    million records) runs while the launcher loads the window's code and checks the sign-in,
    instead of before the first paint. Nothing is written to the file meanwhile; the next
    ``integrity_problems(db, quick=True)`` takes this answer.
    """
    path = db.sqlite_path
    if path is None or not path.exists() or path in _started:
        return
    answer: Future[list[str]] = Future()

    def check() -> None:
        try:
            answer.set_result(integrity_problems_of(path, quick=True))
        except BaseException as error:  # handed to whoever waits for the answer
            answer.set_exception(error)

    _started[path] = answer
    threading.Thread(target=check, name="quick-check", daemon=True).start()


def integrity_problems_of(path: Path, *, quick: bool = False) -> list[str]:
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


def _sqlite_file(db: Database) -> Path:
    path = db.sqlite_path
    if path is None:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core",
                "back up a PostgreSQL database with the server's tool: pg_dump --format=custom "
                "--file=ektp-desk.dump {database} (restore with pg_restore)",
            ),
            database=db.describe(),
        )
    return path


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")
