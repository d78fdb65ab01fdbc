"""Refusing an SQLite database on a network share: SQLite's file locks and its WAL index
(shared memory) are not safe over NFS or SMB, and two PCs on one file lose updates or damage
it. Several PCs share one queue through PostgreSQL instead.

The rules are pure functions of the path and what the system says about it (the Windows
drive type, the Linux mount table), so they are tested on any machine; ``share_of`` asks
the running system.
"""

from __future__ import annotations

import ntpath
import os
import re
from collections.abc import Callable
from pathlib import Path

from ektp_desk.errors import DatabaseError
from ektp_desk.i18n import QT_TRANSLATE_NOOP

# Linux file systems that live on another machine (as /proc/self/mounts names them).
NETWORK_FILE_SYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "coda", "ceph", "glusterfs",
    "fuse.glusterfs", "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "lustre", "gpfs",
    "fuse.rclone",
})  # fmt: skip
DRIVE_REMOTE = 4  # GetDriveTypeW: a mapped network drive
MOUNTS = Path("/proc/self/mounts")

REFUSAL = QT_TRANSLATE_NOOP(
    "core",
    "the database file {path} is on a network share ({share}), where SQLite's locking is not "
    "safe: keep the file on this PC's own disk, or let several PCs share one queue through a "
    "PostgreSQL server (`ektp-desk migrate-to postgresql+psycopg://...`)",
)


def refuse_network_share(path: Path) -> None:
    """Raise ``DatabaseError`` when the SQLite file ``path`` would be on a network share."""
    share = share_of(path)
    if share is not None:
        raise DatabaseError(REFUSAL, path=str(path), share=share)


def share_of(path: Path) -> str | None:
    """What network share holds ``path`` (e.g. "cifs on /mnt/kantor"), or None for a local
    disk, asking this system."""
    if os.name == "nt":
        return windows_share(str(path), _windows_drive_type)
    try:
        mounts = MOUNTS.read_text(encoding="utf-8", errors="surrogateescape")
    except OSError:
        return None  # no /proc (macOS): nothing to say
    return linux_share(_resolved(path), mounts)


# --- Windows -----------------------------------------------------------------------------

_UNC = re.compile(r"^[\\/]{2}(?![?.][\\/])")  # \\server\share, //server/share
_LONG_UNC = re.compile(r"^[\\/]{2}[?.][\\/]UNC[\\/]", re.IGNORECASE)  # \\?\UNC\server\share


def windows_share(path: str, drive_type: Callable[[str], int]) -> str | None:
    """A UNC path, or a path on a drive letter that Windows says is a network drive.
    ``drive_type("Z:\\")`` answers as ``GetDriveTypeW`` does."""
    if _UNC.match(path) or _LONG_UNC.match(path):
        return "UNC path"
    drive = ntpath.splitdrive(_strip_long_prefix(path))[0]
    if len(drive) == 2 and drive[1] == ":" and drive_type(drive.upper() + "\\") == DRIVE_REMOTE:
        return f"network drive {drive.upper()}"
    return None


def _strip_long_prefix(path: str) -> str:
    for prefix in ("\\\\?\\", "\\\\.\\", "//?/", "//./"):
        if path.startswith(prefix):
            return path[len(prefix) :]
    return path


def _windows_drive_type(root: str) -> int:  # pragma: no cover - runs on Windows only
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined,unused-ignore]
    return int(kernel32.GetDriveTypeW(root))


# --- Linux -------------------------------------------------------------------------------


def linux_share(path: Path, mounts: str) -> str | None:
    """The network mount that holds the absolute ``path``, from the text of
    ``/proc/self/mounts``: the longest mount point above it decides."""
    best: tuple[Path, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, kind = Path(_unescape(fields[1])), fields[2]
        if path.is_relative_to(point) and (best is None or len(point.parts) > len(best[0].parts)):
            best = (point, kind)
    if best is None or best[1] not in NETWORK_FILE_SYSTEMS:
        return None
    return f"{best[1]} on {best[0]}"


def _unescape(field: str) -> str:
    """Mount points escape space, tab, newline and backslash as octal (``\\040``)."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def _resolved(path: Path) -> Path:
    """The absolute path with symbolic links followed, also for a file not yet created."""
    return Path(os.path.abspath(path)).resolve(strict=False)
