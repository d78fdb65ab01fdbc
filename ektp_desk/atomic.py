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
    """``write`` fills a file beside the target; it is flushed to disk, then swapped in."""
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
