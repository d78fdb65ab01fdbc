"""Real database servers for the multi-station tests.

PostgreSQL tests need ``EKTP_TEST_PG_URL`` (a role that may create databases, e.g.
``postgresql+psycopg://ektp:ektp@127.0.0.1/ektp_test``); each test gets its own fresh
database. Without the variable they skip with that reason; with ``EKTP_REQUIRE_PG=1`` (as CI
sets it) a missing server fails the run instead of skipping quietly.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.pg_admin import drop_database

PG_ENV = "EKTP_TEST_PG_URL"
REQUIRE_ENV = "EKTP_REQUIRE_PG"


def base_pg_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get(REQUIRE_ENV):
            pytest.fail(f"{REQUIRE_ENV} is set but {PG_ENV} is not: PostgreSQL tests cannot run")
        pytest.skip(f"PostgreSQL tests need {PG_ENV} (see README, 'Tests')")
    return url


@pytest.fixture
def pg_url() -> Iterator[str]:
    base = base_pg_url()
    name = f"ektp_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        try:
            drop_database(admin, name)
        finally:
            admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same test on the embedded file and on the shared server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'office.sqlite3'}"
    return str(request.getfixturevalue("pg_url"))
