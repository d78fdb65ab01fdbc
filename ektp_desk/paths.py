"""Where the program keeps its files: one place, from platformdirs, overridable.

Set ``EKTP_DESK_HOME`` to keep everything (database, logs, backups, exports) under one
folder: for tests, for a portable install on a USB stick, or for a second office on one PC.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "ektp-desk"
HOME_ENV = "EKTP_DESK_HOME"
DATABASE_ENV = "EKTP_DESK_DB"


def data_dir() -> Path:
    """The folder for the database and backups, created on first use."""
    override = os.environ.get(HOME_ENV)
    path = (
        Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "ektp-desk.sqlite3"


def default_database_url() -> str:
    return f"sqlite:///{default_database_path()}"


def database_url(given: str | None = None) -> str:
    """The office database: ``--db`` when given, else ``$EKTP_DESK_DB``, else the embedded
    SQLite file in the data folder."""
    return given or os.environ.get(DATABASE_ENV) or default_database_url()
