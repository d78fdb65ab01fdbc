"""On the server, an import tells PostgreSQL's planner the queue's new size at once: with
the old figures (a few rows) the window's top-of-queue read sorted every queued record
instead of walking the order index (~20 ms a refresh at 50,000, while stations print)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from ektp_desk.db import Database
from ektp_desk.imports import import_records
from ektp_desk.schema import init_database
from tests.reliability.test_import_while_printing import write_export

ROWS = 3_000


def test_an_import_on_the_server_leaves_the_planner_knowing_the_queue(
    pg_url: str, tmp_path: Path
) -> None:
    db = Database(pg_url)
    try:
        init_database(db)
        report = import_records(db, write_export(tmp_path / "rekam.csv", ROWS))
        assert report.imported == ROWS
        with db.engine.connect() as conn:
            analyzed, estimate = conn.execute(
                text(
                    "SELECT s.last_analyze IS NOT NULL, c.reltuples FROM pg_stat_user_tables s "
                    "JOIN pg_class c ON c.oid = s.relid WHERE s.relname = 'records'"
                )
            ).one()
            plan = "\n".join(
                conn.execute(
                    text(
                        "EXPLAIN SELECT id FROM records WHERE status = 'queued' "
                        "ORDER BY band, lane, entered_at, id LIMIT 256"
                    )
                ).scalars()
            )
        # last_analyze is set by an ANALYZE the program asked for, never by autovacuum
        assert analyzed, "the import left the planner's figures to autovacuum"
        assert estimate == ROWS
        assert "ix_records_queue_order" in plan, plan
    finally:
        db.dispose()
