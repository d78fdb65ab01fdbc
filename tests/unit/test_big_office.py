"""The benchmark's fast office builder makes the office ``ektp-desk demo`` makes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from benchmarks import big_office
from ektp_desk import demo
from ektp_desk.db import Database
from ektp_desk.schema import init_database

RECORDS = 2_500


def _demo_office(path: Path, records: int) -> Path:
    db = Database(f"sqlite:///{path}")
    init_database(db)
    demo.fill_demo(db, records=records)
    db.dispose()
    return path


def _records(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    """Every stored value but the recording time's (it ends at each build's "now"), which is
    kept as its stored type and length."""
    names = [row[1] for row in conn.execute("PRAGMA table_info(records)")]
    columns = ", ".join(name for name in names if name != "entered_at")
    query = f"SELECT {columns}, typeof(entered_at), length(entered_at) FROM records ORDER BY id"
    return conn.execute(query).fetchall()


def test_the_fast_build_holds_the_demo_commands_rows_and_schema(tmp_path: Path) -> None:
    made = _demo_office(tmp_path / "demo.sqlite3", RECORDS)
    fast = tmp_path / "fast.sqlite3"
    big_office.build(_demo_office(tmp_path / "empty.sqlite3", 0), fast, RECORDS)

    with sqlite3.connect(made) as left, sqlite3.connect(fast) as right:
        assert _records(right) == _records(left)
        assert len(_records(right)) == RECORDS
        schema = "SELECT type, name, sql FROM sqlite_master ORDER BY name"
        assert right.execute(schema).fetchall() == left.execute(schema).fetchall()
        assert right.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert right.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    left.close()
    right.close()
