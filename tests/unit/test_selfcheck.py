"""The self-check's look at the office's own database: read-only, and honest about its
schema."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from ektp_desk.db import Database
from ektp_desk.errors import DatabaseError
from ektp_desk.schema import head_revision
from ektp_desk.selfcheck import attempt, check_office_database, report


def test_a_current_office_database_is_read_and_left_as_it_was(db: Database) -> None:
    path = db.sqlite_path
    assert path is not None
    db.dispose()
    before = path.read_bytes()
    said = check_office_database(db.url)
    assert said == f"{path} read-only: schema {head_revision()}, current"
    assert path.read_bytes() == before


def test_a_database_from_a_newer_version_fails_the_check(db: Database) -> None:
    assert db.sqlite_path is not None
    with closing(sqlite3.connect(db.sqlite_path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_future'")
    with pytest.raises(DatabaseError, match="made by a newer version"):
        check_office_database(db.url)
    result = attempt("office database", lambda: check_office_database(db.url))
    assert not result.ok
    assert report([result])[-1] == "FAILED: office database"


def test_no_office_database_yet_is_fine(tmp_path: Path) -> None:
    file = tmp_path / "none" / "ektp-desk.sqlite3"
    assert check_office_database(f"sqlite:///{file}").startswith("none yet at ")
    assert not file.exists()
