"""The full content of an SQLite office file, to prove that a refusal changed nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in a stable order (read-only: the file is not created)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]  # fmt: skip
        return {
            table: sorted(conn.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }
    finally:
        conn.close()
