"""Backups of the office database, restoring one, and checking a file for damage.

SQLite files are copied with SQLite's online backup API: a consistent copy even while other
stations write. PostgreSQL is backed up with the server's own tool (pg_dump).
"""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from ektp_desk import file_check, paths
from ektp_desk.db import Database
from ektp_desk.errors import Refused
from ektp_desk.file_check import integrity_problems_of, take_quick_check
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
    the launcher began early (``ektp_desk.file_check``) is waited for, not run again."""
    path = db.sqlite_path
    if path is None or not path.exists():
        return []
    early = take_quick_check(path) if quick else None
    return early if early is not None else integrity_problems_of(path, quick=quick)


def start_quick_check(db: Database) -> None:
    """Begin the start-up quick check of the office file now, on a thread of its own."""
    path = db.sqlite_path
    if path is not None:
        file_check.start_quick_check(path)


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
