"""Backups of the office database, and checking a file for damage.

SQLite files are copied with SQLite's online backup API: a consistent copy even while other
stations write. The copy is written to a new file beside the target and renamed into place,
so nothing but a finished copy ever carries the target's name, and a target that is the
database itself (or its -wal/-shm), a folder, a device or a pipe is refused. Each database
has its own backup folder (its name and a stable id of its path), so pruning one database's
backups never touches another's. PostgreSQL is backed up with the server's own tool.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import sqlite3
import stat
import tempfile
from collections.abc import Callable
from concurrent.futures import Future
from contextlib import closing
from datetime import datetime
from pathlib import Path

from ektp_desk import file_check, paths
from ektp_desk.atomic import checked_folder
from ektp_desk.db import Database
from ektp_desk.errors import Refused
from ektp_desk.file_check import integrity_problems_of, take_quick_check
from ektp_desk.i18n import QT_TRANSLATE_NOOP

KEEP = 20  # automatic backups kept in a database's backup folder (older ones are removed)
SIDE_FILES = ("-wal", "-shm", "-journal")  # SQLite's files beside a database file
log = logging.getLogger(__name__)


def backup(db: Database, out: Path | None = None, *, reason: str = "manual") -> Path:
    """A consistent copy of the office file; automatic ones (no ``out``) keep the last KEEP."""
    source = sqlite_file(db)
    target = out or backup_folder(db) / f"{source.stem}-{stamp()}-{reason}.sqlite3"
    check_target(target, source)
    copy_database(source, target)
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


def backup_folder(db: Database) -> Path:
    """This database's own backup folder: its name and a short hash of its full path."""
    source = sqlite_file(db)
    key = hashlib.sha256(str(source.resolve()).encode()).hexdigest()[:10]
    folder = paths.backup_dir() / f"{source.stem}-{key}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def check_target(target: Path, source: Path) -> None:
    """Refuse a target that is not a new or ordinary file, or that is the database itself."""
    checked_folder(target)
    database_files = [source, *(source.with_name(source.name + s) for s in SIDE_FILES)]
    resolved = target.resolve()
    if any(resolved == f.resolve() or _same_file(target, f) for f in database_files):
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core",
                "{target} is the office database itself: a backup must go to another file",
            ),
            target=str(target),
        )
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as error:
        raise _cannot_write(target, error) from error
    if not stat.S_ISREG(mode):
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core",
                "{target} is a folder, a device or a pipe, not a file: choose a file name",
            ),
            target=str(target),
        )


def copy_database(source: Path, target: Path) -> None:
    """SQLite's consistent copy of ``source`` into a new file beside ``target``, flushed to
    disk, then renamed onto ``target``; nothing is left behind when it fails."""
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    partial = Path(name)
    try:
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)
        _fsync(partial)
        os.replace(partial, target)
    except OSError as error:
        raise _cannot_write(target, error) from error
    except sqlite3.Error as error:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "cannot copy {source}: {reason}"),
            source=str(source),
            reason=str(error),
        ) from error
    finally:
        partial.unlink(missing_ok=True)


def prune(folder: Path, stem: str, keep: int | None = None) -> None:
    """Remove all but the newest ``keep`` automatic backups of the database named ``stem``
    (only names this module writes: ``<stem>-<date>-<time>-<µs>-<reason>.sqlite3``)."""
    pattern = re.compile(re.escape(stem) + r"-\d{8}-\d{6}-\d{6}-[\w.-]+\.sqlite3")
    backups = sorted(p for p in folder.glob("*.sqlite3") if pattern.fullmatch(p.name))
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
    problems = early if early is not None else integrity_problems_of(path, quick=quick)
    if problems:
        db.found_damaged(problems[0])
    else:
        db.found_sound()
    return problems


def check_at_start(db: Database, on_damage: Callable[[str], object]) -> list[str]:
    """The start-up check: what it found wrong, before the office opens (empty: go on).

    A file closed cleanly by the program and not touched since (``ektp_desk.clean_stamp``,
    read when the launcher began the check) is not waited for: its check runs on, and its
    answer is taken when it comes. Damage found then makes ``db`` refuse every write from
    that moment (on the check's thread, before anyone is told), then ``on_damage(problem)``
    is called on the check's thread. Any other file: the answer is waited for, as before."""
    path = db.sqlite_path
    pending = file_check.take_clean_start(path) if path is not None else None
    if pending is None:
        return integrity_problems(db, quick=True)

    def answered(answer: Future[list[str]]) -> None:
        if answer.cancelled():  # stopped at close (file_check.stop_check): nothing learnt
            return
        try:
            problems = answer.result()
        except Exception as error:  # a check that could not run says nothing good
            problems = [str(error) or type(error).__name__]
        if not problems:
            db.found_sound()
            return
        log.error("the start-up check found %s damaged: %s", path, problems[0])
        db.found_damaged(problems[0])
        on_damage(problems[0])

    pending.add_done_callback(answered)
    return []


def start_quick_check(db: Database) -> None:
    """Begin the start-up quick check of the office file now, on a thread of its own."""
    path = db.sqlite_path
    if path is not None:
        file_check.start_quick_check(path)


def sqlite_file(db: Database) -> Path:
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


def stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


_CANNOT_WRITE = QT_TRANSLATE_NOOP("core", "cannot write {path}: {reason}")


def _cannot_write(target: Path, error: OSError) -> Refused:
    return Refused(_CANNOT_WRITE, path=str(target), reason=error.strerror or str(error))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _fsync(path: Path) -> None:
    with path.open("rb+") as stream:
        os.fsync(stream.fileno())
