"""Putting a backup in place of the office file, with nothing lost that was not meant to be.

Before anything is replaced: the backup is checked (``restore_check.check_candidate``), the
person restoring must be an admin in it, and a restore while other stations are online is
refused unless forced (then it says how many confirmed prints the office loses). The office
file as it was is kept: a sound one as an SQLite backup, a damaged one copied byte for byte.
The restore is then audited twice: a row in the restored file, and a line in a plain log
beside the database's backups (``restore.log``) that no restore can take back.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from ektp_desk import audit, clock, schema
from ektp_desk.access import get_user
from ektp_desk.actor import Actor
from ektp_desk.backup import SIDE_FILES, backup, backup_folder, copy_database, sqlite_file, stamp
from ektp_desk.db import Database
from ektp_desk.domain import ADMIN, OUTCOME_PRINTED
from ektp_desk.errors import Refused
from ektp_desk.file_check import integrity_problems_of
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.live import OFFLINE_AFTER
from ektp_desk.models import PrintAttempt, Station, StationHeartbeat
from ektp_desk.restore_check import check_candidate as check_candidate
from ektp_desk.restore_check import check_restorer, last_attempt_id

LOG_NAME = "restore.log"


@dataclass(frozen=True)
class Restored:
    kept: Path | None  # the office file as it was; None when there was none
    lost_prints: int  # confirmed prints in the office file newer than the backup's last
    online: tuple[str, ...]  # stations online at the time (a forced restore)


def sign_in_database(db: Database, source: Path) -> Database:
    """Where the person restoring signs in: the office file, or the backup when the office
    file is missing or damaged (its users are the ones the restored office will have)."""
    target = sqlite_file(db)
    if _sound(target):
        return db
    check_candidate(source)
    return Database(f"sqlite:///{source}")


def restore(db: Database, source: Path, *, actor: Actor, force: bool = False) -> Restored:
    """Put the backup ``source`` in place of the office file (see the module's text)."""
    target = sqlite_file(db)
    if target.exists() and source.exists() and os.path.samefile(source, target):
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "{file} is the office database itself: choose a backup to restore"
            ),
            file=str(source),
        )
    check_candidate(source)
    check_restorer(source, actor.name)
    sound = _sound(target)
    online = online_stations(db) if sound else ()
    lost = prints_lost(db, source) if sound else 0
    if online and not force:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core",
                "{count} stations are online ({stations}) and {lost} confirmed prints would be "
                "lost: close them first, or restore with --force",
            ),
            count=len(online),
            stations=", ".join(online),
            lost=lost,
        )
    db.forget_sound()  # a restored file has no clean-close note: the next start checks it
    if sound:
        kept: Path | None = backup(db, reason="before-restore")
        db.dispose()
        with (
            closing(sqlite3.connect(source)) as src,
            closing(sqlite3.connect(target, timeout=30)) as dst,
        ):
            src.backup(dst)
    else:
        kept = set_aside(target, backup_folder(db)) if target.exists() else None
        db.dispose()
        _replace_damaged(source, target)
    schema.upgrade(db)  # a backup from an older version is brought to this one
    done = Restored(kept, lost, online)
    _audit(db, source, actor, done)
    return done


def online_stations(db: Database) -> tuple[str, ...]:
    """Stations whose heartbeat is recent (see ``ektp_desk.live``)."""
    since = clock.now() - OFFLINE_AFTER
    with db.read() as session:
        names = session.scalars(
            select(Station.name)
            .join(StationHeartbeat, StationHeartbeat.station_id == Station.id)
            .where(StationHeartbeat.seen_at >= since)
            .order_by(Station.name)
        )
        return tuple(names)


def prints_lost(db: Database, source: Path) -> int:
    """Confirmed prints in the office file after the backup's last attempt."""
    last = last_attempt_id(source)
    with db.read() as session:
        count = session.scalar(
            select(func.count())
            .select_from(PrintAttempt)
            .where(PrintAttempt.id > last, PrintAttempt.outcome == OUTCOME_PRINTED)
        )
    return int(count or 0)


def set_aside(target: Path, folder: Path) -> Path:
    """A byte-for-byte copy of a damaged office file (and its -wal), never read by SQLite."""
    aside = folder / f"{target.stem}-{stamp()}-damaged.sqlite3"
    for suffix in ("", "-wal"):
        original = target.with_name(target.name + suffix)
        if original.exists():
            _copy_bytes(original, aside.with_name(aside.name + suffix))
    return aside


def restore_log(db: Database) -> Path:
    return backup_folder(db) / LOG_NAME


def _sound(target: Path) -> bool:
    return target.exists() and not integrity_problems_of(target, quick=True)


def _replace_damaged(source: Path, target: Path) -> None:
    """A new file made from the backup beside the damaged one, then renamed onto it; the
    damaged file's -wal and -shm go (they belong to the damaged file)."""
    copy_database(source, target.with_name(f".{target.name}.restoring"))
    for suffix in SIDE_FILES:
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    os.replace(target.with_name(f".{target.name}.restoring"), target)


def _copy_bytes(original: Path, copy: Path) -> None:
    handle, name = tempfile.mkstemp(prefix=f".{copy.name}.", suffix=".part", dir=copy.parent)
    os.close(handle)
    try:
        shutil.copyfile(original, name)
        os.replace(name, copy)
    finally:
        Path(name).unlink(missing_ok=True)


def _audit(db: Database, source: Path, actor: Actor, done: Restored) -> None:
    detail = (
        f"kept the office file as it was in {done.kept or 'nothing'}; "
        f"{done.lost_prints} confirmed prints lost; "
        f"stations online: {', '.join(done.online) or 'none'}"
    )
    with db.write() as session:
        get_user(session, actor.name, roles=(ADMIN,))
        audit.record(session, "restore", user=actor.describe(), subject=str(source), detail=detail)
    line = "\t".join((clock.now().isoformat(timespec="seconds"), actor.describe(),
                      str(source), db.describe(), detail))  # fmt: skip
    with restore_log(db).open("a", encoding="utf-8") as log:
        log.write(line.replace("\n", " ") + "\n")
        log.flush()
        os.fsync(log.fileno())
