"""This PC's files, before the database opens: where the office keeps its data, the style
sheet and translations the window loads, and the early check of an SQLite office file.

Light on purpose: the window imports this module while its frame paints, before SQLAlchemy
loads (tests/gui/test_start.py)."""

from __future__ import annotations

from pathlib import Path

from ektp_desk.file_check import sqlite_file
from ektp_desk.file_check import start_quick_check as _start_quick_check
from ektp_desk.paths import data_dir, database_url
from ektp_desk.resource_files import style_sheet, translation_binary

__all__ = [
    "data_dir",
    "database_url",
    "exports_dir",
    "start_file_check",
    "style_sheet",
    "translation_binary",
]


def exports_dir() -> Path:
    """Where the window offers to save the papers it writes (not created here)."""
    return data_dir() / "exports"


def start_file_check(url: str) -> None:
    """Begin SQLite's quick check of the office file at ``url`` on a thread, so the check
    that opening the office makes takes its answer instead of reading the file again.
    Nothing happens for a server or a file that does not exist yet."""
    path = sqlite_file(url)
    if path is not None:
        _start_quick_check(path)
