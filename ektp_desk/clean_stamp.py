"""A note beside an office file that the program closed it cleanly, and when its last check
found it sound: ``<file>.clean``. A start that finds the file exactly as the note says opens
it at once and takes the answer of its quick check later (``backup.check_at_start``).

The rules that make the note safe:

- Only the last process to close the file writes it (``Database.dispose``), only when its
  -wal is gone (SQLite's last close checkpoints and deletes it: nobody else has the file
  open) and only when the file is known sound (a check of this process said so, or the
  process opened it under a valid note).
- Every connection the program opens deletes the note first (``Database``'s connect hook),
  before it can write: a crash, a power cut or a second process can never leave a note that
  describes a file which has changed since.
- The note holds what any change to the file alters: size, modification time (ns), change
  time, device and inode (a copy or a restore is another file), and SQLite's 100-byte
  header (a program writing in rollback mode bumps its change counter). A start requires
  all of it to match and no -wal with content in it (a writer still open, or one that
  crashed); anything else is "not known clean" and the start waits for the check.
- A note whose last finished check is older than ``MAX_UNCHECKED`` is not trusted: a window
  always closed before its background check ends (at ten million records a cold check reads
  for a minute; it is stopped at close, ``file_check.stop_check``) gets a check it waits
  for once a week.
- The note is written after the file's last modification is older than the file system's
  clock tick (``_TICK_NS``): a later write by another program always gets a later mtime.

Standard library only: the launcher reads the note before Qt and SQLAlchemy load.
"""

from __future__ import annotations

import json
import logging
import os
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

SUFFIX = ".clean"
_TICK_NS = 20_000_000  # coarser than the kernel's file-time clock (1-10 ms)
_HEADER = 100  # SQLite's database header
MAX_UNCHECKED = timedelta(days=7)
log = logging.getLogger(__name__)


def stamp_path(path: Path) -> Path:
    return path.with_name(path.name + SUFFIX)


def valid_stamp(path: Path) -> dict[str, Any] | None:
    """The note of ``path`` when the file is exactly as it says (else None)."""
    try:
        note = json.loads(stamp_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(note, dict) or _wal_has_content(path):
        return None
    now = _identity(path)
    if now is None or any(note.get(key) != value for key, value in now.items()):
        return None
    return note if _recent(note.get("checked_at")) else None


def _recent(checked_at: object) -> bool:
    """A check finished within ``MAX_UNCHECKED``: a window always closed before its
    background check ends still gets a whole check, waited for, once that long."""
    try:
        when = datetime.fromisoformat(str(checked_at))
    except ValueError:
        return False
    if when.tzinfo is None:
        return False
    return timedelta(0) <= datetime.now(UTC) - when <= MAX_UNCHECKED


def invalidate(path: Path) -> None:
    """Delete the note (before the program's first write to ``path``), durably."""
    try:
        stamp_path(path).unlink()
    except FileNotFoundError:
        return
    except OSError as error:  # a note that cannot be deleted must not be trusted later
        log.warning("cannot delete %s: %s", stamp_path(path), error)
        return
    _sync_folder(path.parent)


def write_if_quiet(path: Path, checked_at: str) -> bool:
    """Write the note if nobody else has the file open and it is still; True when written.
    ``checked_at``: when a check last found the file sound."""
    if _wal_exists(path):
        return False
    first = _identity(path)
    if first is None:
        return False
    young = time.time_ns() - int(first["mtime_ns"])
    if 0 <= young < _TICK_NS:
        time.sleep((_TICK_NS - young) / 1e9)
    identity = _identity(path)
    if identity != first or _wal_exists(path):
        return False  # someone opened or changed it meanwhile: no note
    note = {**identity, "checked_at": checked_at, "stamped_at": now_text()}
    from ektp_desk.atomic import write_atomically  # (after the first paint)
    from ektp_desk.errors import Refused

    try:
        write_atomically(stamp_path(path), lambda out: out.write(json.dumps(note).encode()))
    except Refused as error:
        log.warning("no clean-close note for %s: %s", path, error)
        return False
    if _wal_exists(path) or _identity(path) != identity:
        invalidate(path)  # a connection came in while the note was written
        return False
    return True


def _identity(path: Path) -> dict[str, Any] | None:
    try:
        info = path.stat()
        with path.open("rb") as stream:
            header = stream.read(_HEADER)
    except OSError:
        return None
    identity: dict[str, Any] = {
        "size": info.st_size,
        "mtime_ns": info.st_mtime_ns,
        "device": info.st_dev,
        "inode": info.st_ino,
        "header": header.hex(),
    }
    if os.name == "posix":  # the inode's change time: no program can set it back
        identity["ctime_ns"] = info.st_ctime_ns
    return identity


def _wal_exists(path: Path) -> bool:
    return path.with_name(path.name + "-wal").exists()


def _wal_has_content(path: Path) -> bool:
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except FileNotFoundError:
        return False
    except OSError:
        return True


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
