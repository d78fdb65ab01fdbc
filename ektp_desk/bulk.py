"""Bulk inserts of records (imports, demo data): many rows, one statement, the driver's speed.

Through SQLAlchemy's Core ``insert`` every value of every row is processed in Python on the way
to the driver; here each column's own bind processor (the same one SQLAlchemy would use, e.g.
a date as text for SQLite) is applied once per value and the rows go to the driver's
``executemany`` in batches, so the database stores exactly what Core would have stored.

On SQLite, a bulk write also gets a bigger page cache for its transaction
(``bulk_page_cache``): inserting a million records maintains five indexes, two of them on the
NIK in random order, and with SQLite's 2 MB default nearly every insert reads an index page
back from the file that it had just written out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from ektp_desk.db import BULK_CACHE_KIB

BATCH = 20_000  # rows per executemany


class BulkInsert:
    """``INSERT INTO table (columns)`` for rows given as tuples in ``columns`` order.

    Every column with a Python-side default must be among ``columns``: a driver-level insert
    does not apply SQLAlchemy's defaults, so leaving one out would store NULL instead.
    """

    def __init__(self, table: Table, columns: Sequence[str]) -> None:
        self.table = table
        self.columns = tuple(columns)
        missing = [c.name for c in table.columns if c.default is not None and c.name not in columns]
        if missing:
            raise ValueError(f"columns with a default must be given: {', '.join(missing)}")

    def run(self, session: Session, rows: Iterable[Sequence[Any]]) -> int:
        """Insert every row inside the session's transaction; the number of rows inserted."""
        connection = session.connection()
        dialect = connection.dialect
        compiled = insert(self.table).compile(dialect=dialect, column_keys=list(self.columns))
        processors = [
            self.table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
            for name in self.columns
        ]
        convert = [(index, process) for index, process in enumerate(processors) if process]
        shape = _parameters(compiled.positiontup if compiled.positional else None, self.columns)
        done = 0
        source = iter(rows)
        while batch := list(islice(source, BATCH)):
            values = [shape(_converted(row, convert)) for row in batch]
            connection.exec_driver_sql(compiled.string, values)
            done += len(batch)
        return done


def _parameters(
    order: Sequence[str] | None, columns: tuple[str, ...]
) -> Callable[[tuple[Any, ...]], Any]:
    """How a row (in ``columns`` order) is handed to the driver: a tuple in the statement's
    parameter ``order``, or a dict of named parameters when the driver names them."""
    if order is None:
        return lambda row: dict(zip(columns, row, strict=True))
    if tuple(order) == columns:
        return lambda row: row
    pick = itemgetter(*(columns.index(name) for name in order))
    return lambda row: tuple(pick(row))


def _converted(
    row: Sequence[Any], convert: Sequence[tuple[int, Callable[[Any], Any]]]
) -> tuple[Any, ...]:
    if not convert:
        return tuple(row)
    values = list(row)
    for index, process in convert:
        value = values[index]
        if value is not None:
            values[index] = process(value)
    return tuple(values)


@contextmanager
def bulk_page_cache(session: Session) -> Iterator[None]:
    """SQLite: a page cache of BULK_CACHE_KIB for the caller's bulk writes, then the usual one
    again (the pages are freed). Other databases size their own caches."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(before or -2000)}")
