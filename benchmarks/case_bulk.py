"""import and demo: the product's bulk writes against raw sqlite3 ``executemany`` of the same rows.

Ours is the real command in its own process (``ektp-desk import FILE``, ``ektp-desk demo``).
The baseline inserts the very rows ours stored (read back from ours' first result, so it is
always "the same rows"), pre-parsed, in one transaction, into the same schema, with the
product's connection settings: WAL, ``synchronous=FULL``, foreign keys, and the page cache the
product gives its bulk writes.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.harness import Outcome, compare, outcome
from benchmarks.workspace import (
    TableRows,
    Workspace,
    raw_connection,
    read_table,
    remove_database,
    sqlite_url,
)
from ektp_desk.db import BULK_CACHE_KIB

IMPORT_GOAL = 8.0
OPERATOR_PASSWORD = "1234\n"  # operator1 of the demo office
DEMO_GOAL = 4.0


def import_case(ws: Workspace) -> list[Outcome]:
    """Into a copy of the demo office with no records: an import is signed for by a user."""
    source = ws.import_csv()
    template = ws.office(0)
    reference: list[TableRows] = []

    def ours() -> float:
        path = ws.copy(template, "import-ours.sqlite3")
        start = time.perf_counter()
        done = ws.cli(
            "--db", sqlite_url(path), "import", str(source), "--json",
            "--operator", "operator1", "--password-stdin", stdin=OPERATOR_PASSWORD,
        )  # fmt: skip
        seconds = time.perf_counter() - start
        report = json.loads(done.stdout)
        if report["imported"] != ws.sizes.records:
            raise RuntimeError(f"import stored {report['imported']} of {ws.sizes.records} rows")
        if not reference:
            reference.extend([read_table(path, "import_batches"), read_table(path, "records")])
        remove_database(path)
        return seconds

    samples = compare(
        ours, _raw_insert(ws, "import-raw.sqlite3", reference, template), runs=ws.sizes.heavy_runs
    )
    return [outcome("import", samples, IMPORT_GOAL)]


def demo_case(ws: Workspace) -> list[Outcome]:
    ws.template()  # built before the clock runs
    reference: list[TableRows] = []

    def ours() -> float:
        path = ws.fresh("demo-ours.sqlite3")
        start = time.perf_counter()
        ws.cli("--db", sqlite_url(path), "demo", "--records", str(ws.sizes.records))
        seconds = time.perf_counter() - start
        if not reference:
            reference.append(read_table(path, "records"))
        remove_database(path)
        return seconds

    samples = compare(
        ours,
        _raw_insert(ws, "demo-raw.sqlite3", reference, ws.template()),
        runs=ws.sizes.heavy_runs,
    )
    return [outcome("demo", samples, DEMO_GOAL)]


def _raw_insert(
    ws: Workspace, name: str, tables: list[TableRows], origin: Path
) -> Callable[[], float]:
    """Into a copy of ``origin``, the database ours started from."""

    def baseline() -> float:
        if not tables:
            raise RuntimeError("the baseline needs ours' rows: ours runs first")
        path = ws.copy(origin, name)
        conn = raw_connection(path)
        conn.execute(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        for table in tables:
            conn.executemany(table.insert_sql(), table.rows)
        conn.execute("COMMIT")
        seconds = time.perf_counter() - start
        conn.close()
        remove_database(path)
        return seconds

    return baseline
