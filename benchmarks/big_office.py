"""A demo office of millions of records, built fast: the product's rows, SQLite's bulk path.

``ektp-desk demo --records N`` inserts through the product with WAL, ``synchronous=FULL`` and
every index of the records table kept up to date row by row (57 s at a million here; the
NIK indexes take random inserts). For the record-count sweep the office itself is what is
measured, not how it was filled, so it is built like this instead:

1. ``ektp-desk demo --records 0``: the schema through the migrations, the users, stations,
   stock and the open shift, exactly as the product makes them;
2. the records table's indexes are dropped (their SQL kept), and the rows of the product's own
   demo generator (``ektp_desk.demo``, same seed, same columns, each value converted by the
   bind processor SQLAlchemy would apply) go in with ``executemany`` of one prepared
   statement, a million rows per transaction, with ``journal_mode=OFF`` and
   ``synchronous=OFF`` (the file is a scratch copy until it is renamed into place);
3. the indexes are created again from their own SQL (one sort each; no ``ANALYZE``, the
   product runs none either), and the file is put back in WAL mode.

The result holds the rows and the schema ``demo --records N`` makes (the recording dates end
at the build's "now", as the demo's do): tests/unit/test_big_office.py compares the two.
A ``--data DIR`` folder keeps the file by size and schema revision (workspace.big_office).
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any, Final

TRANSACTION_ROWS: Final = 1_000_000
BUILD_CACHE_KIB: Final = 1_048_576  # 1 GiB of page cache while the indexes are sorted
DEMO_SEED: Final = 2026  # fill_demo's default: the same office the demo command makes


def build(base: Path, target: Path, records: int) -> None:
    """Copy ``base`` (an office with no records) to ``target`` and fill it with ``records``."""
    shutil.copyfile(base, target)
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute(f"PRAGMA cache_size=-{BUILD_CACHE_KIB}")
        indexes = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'records' "
            "AND sql IS NOT NULL ORDER BY name"
        ).fetchall()
        for name, _sql in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        columns, rows = _rows(records)
        marks = ", ".join("?" * len(columns))
        insert = f"INSERT INTO records ({', '.join(columns)}) VALUES ({marks})"
        while chunk := list(islice(rows, TRANSACTION_ROWS)):
            conn.execute("BEGIN")
            conn.executemany(insert, chunk)
            conn.execute("COMMIT")
        for _name, sql in indexes:
            conn.execute(sql)
        conn.execute("PRAGMA journal_mode=WAL")
        (count,) = conn.execute("SELECT count(*) FROM records").fetchone()
        if count != records:
            raise RuntimeError(f"the big office holds {count:,} records, not {records:,}")
    finally:
        conn.close()


def _rows(records: int) -> tuple[tuple[str, ...], Iterator[tuple[Any, ...]]]:
    """The demo command's rows for ``records``, each value as SQLAlchemy would bind it."""
    from sqlalchemy.dialects import sqlite

    from ektp_desk import clock
    from ektp_desk.demo import DEMO_COLUMNS, _demo_rows
    from ektp_desk.models import RECORD_TABLE

    dialect = sqlite.dialect()
    convert: list[tuple[int, Callable[[Any], Any]]] = []
    for index, name in enumerate(DEMO_COLUMNS):
        process = RECORD_TABLE.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:
            convert.append((index, process))

    def converted(row: tuple[Any, ...]) -> tuple[Any, ...]:
        values = list(row)
        for index, process in convert:
            if values[index] is not None:
                values[index] = process(values[index])
        return tuple(values)

    source = _demo_rows(records, random.Random(DEMO_SEED), clock.now())
    return DEMO_COLUMNS, map(converted, source)
