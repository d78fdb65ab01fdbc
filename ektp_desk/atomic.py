"""Writing a report so a reader sees the old file or the whole new one, never half of it."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP


def write_atomically(target: Path, write: Callable[[BinaryIO], object]) -> None:
    """``write`` fills a file beside the target; it is flushed to disk, then swapped in.
    A target that is no regular file (a folder, a device, a pipe) or is a database is
    refused: swapping a report in would replace /dev/null, or the office itself."""
    refuse_unsafe_target(target)
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        with partial.open("xb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(partial, target)
    except OSError as error:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "cannot write {path}: {reason} (is the file open in another program?)"
            ),
            path=str(target),
            reason=error.strerror or str(error),
        ) from error
    finally:
        partial.unlink(missing_ok=True)


def checked_folder(target: Path) -> None:
    """Refuse a file name whose folder does not exist (nothing is made on the way)."""
    if not target.parent.is_dir():
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "the folder {folder} does not exist: choose an existing folder"
            ),
            folder=str(target.parent),
        )


def refuse_unsafe_target(target: Path) -> None:
    """Refuse to write a report over anything but an ordinary file that is not a database."""
    if target.exists() and not target.is_file():
        raise Refused(_NOT_A_FILE, path=str(target))
    if target.is_file() and (_is_sqlite(target) or target.name.endswith(_SQLITE_SIDE_FILES)):
        raise Refused(_A_DATABASE, path=str(target))


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC
    except OSError:
        return False


_SQLITE_MAGIC = b"SQLite format 3\x00"
_SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")
_NOT_A_FILE = QT_TRANSLATE_NOOP(
    "core", "cannot write {path}: it is a folder or a device, not a file; choose a file name"
)
_A_DATABASE = QT_TRANSLATE_NOOP(
    "core", "cannot write {path}: it is a database file; choose another file name"
)
