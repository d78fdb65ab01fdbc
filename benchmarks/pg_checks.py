"""What a PostgreSQL run must leave behind, whatever its speed: every record printed once,
the ledger exact, the hash chains whole, and the same rows per print on both sides."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import create_engine, text

# Per print, over the whole run: no record attempted twice, every attempt count right, no
# claim left behind, the printed records the stations reported.
_DUPLICATES = (
    "SELECT count(*) FROM (SELECT record_id FROM print_attempts GROUP BY record_id "
    "HAVING count(*) > 1) AS twice"
)
_WRONG_ATTEMPTS = (
    "SELECT count(*) FROM records LEFT JOIN (SELECT record_id, count(*) AS n FROM print_attempts "
    "GROUP BY record_id) AS made ON made.record_id = records.id "
    "WHERE records.attempts <> coalesce(made.n, 0)"
)


def table_rows(url: str) -> dict[str, int]:
    """How many rows each table holds."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            tables = conn.scalars(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            ).all()
            return {t: conn.scalar(text(f'SELECT count(*) FROM "{t}"')) or 0 for t in tables}
    finally:
        engine.dispose()


def blank_count(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.scalar(text("SELECT qty FROM stock_balances WHERE item = 'blank'")))
    finally:
        engine.dispose()


def check_run(url: str, niks: Sequence[str], blanks_before: int) -> list[str]:
    """Every way the run went wrong (empty when it did not): ``niks``, the records the
    stations said they printed, in any order."""
    from ektp_desk.chain_check import chain_problems
    from ektp_desk.db import Database
    from ektp_desk.stock_books import ledger_mismatches

    problems: list[str] = []
    printed = len(niks)
    if len(set(niks)) != printed:
        problems.append(f"{printed - len(set(niks))} records printed by two stations")
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            figures: dict[str, Any] = {
                "attempts": conn.scalar(text("SELECT count(*) FROM print_attempts")),
                "printed records": conn.scalar(
                    text("SELECT count(*) FROM records WHERE status = 'printed'")
                ),
                "blanks used": blanks_before
                - conn.scalar(text("SELECT qty FROM stock_balances WHERE item = 'blank'")),
                "blank ledger rows": conn.scalar(
                    text(
                        "SELECT count(*) FROM stock_movements WHERE kind = 'consume' "
                        "AND item = 'blank'"
                    )
                ),
            }
            twice = conn.scalar(text(_DUPLICATES))
            wrong = conn.scalar(text(_WRONG_ATTEMPTS))
            claimed = conn.scalar(text("SELECT count(*) FROM records WHERE status = 'printing'"))
    finally:
        engine.dispose()
    problems += [
        f"{name}: {value}, not {printed}" for name, value in figures.items() if value != printed
    ]
    if twice:
        problems.append(f"{twice} records with more than one attempt")
    if wrong:
        problems.append(f"{wrong} records whose attempt count is not their attempts'")
    if claimed:
        problems.append(f"{claimed} records left claimed")
    db = Database(url)
    try:
        problems += [f"ledger: {line}" for line in ledger_mismatches(db)]
        problems += [f"chain: {problem}" for problem in chain_problems(db)]
    finally:
        db.dispose()
    return problems


def rows_per_print(before: dict[str, int], after: dict[str, int], prints: int) -> dict[str, float]:
    """Rows each table gained per print (the two sides must gain the same)."""
    return {
        table: round((after[table] - before.get(table, 0)) / prints, 3)
        for table in sorted(after)
        if after[table] != before.get(table, 0)
    }
