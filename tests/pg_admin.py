"""Dropping a PostgreSQL database that tests or benchmarks made on the shared server."""

from __future__ import annotations

import time

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError


def drop_database(admin: Engine, name: str, *, patience: float = 30.0) -> None:
    """Drop a test's database, whoever is still in it. ``WITH (FORCE)`` ends the test's own
    sessions, but not an autovacuum worker (that takes pg_signal_backend, which the test
    role need not hold); a plain DROP waits for autovacuum to leave, so it is the second try."""
    deadline = time.monotonic() + patience
    while True:
        for statement in (f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
                          f'DROP DATABASE IF EXISTS "{name}"'):  # fmt: skip
            try:
                with admin.connect() as conn:
                    conn.execute(text(statement))
                return
            except DBAPIError:
                if time.monotonic() > deadline:
                    raise
        time.sleep(0.5)
