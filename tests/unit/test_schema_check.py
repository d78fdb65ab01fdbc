"""The check at every start, "is this file at head?", answered without loading Alembic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.runtime.migration import MigrationContext

from ektp_desk import schema
from ektp_desk.db import Database

ROOT = Path(__file__).resolve().parents[2]


def test_the_head_read_from_the_migration_files_is_alembics_head() -> None:
    schema.head_revision.cache_clear()
    assert schema.head_revision() == schema.alembic_head()


def test_the_revision_read_from_the_version_table_is_alembics(db: Database) -> None:
    with db.engine.connect() as conn:
        assert (
            schema.current_revision(db) == MigrationContext.configure(conn).get_current_revision()
        )


def test_opening_an_office_at_head_does_not_load_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    schema.init_database(Database(url))  # created here, with Alembic
    program = (
        "import sys\n"
        "from ektp_desk.api import office\n"
        f"result = office.init_database(office.Database({url!r}))\n"
        "print(result.action, 'alembic' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["current", "False"]


def test_a_database_never_initialised_has_no_revision(tmp_path: Path) -> None:
    assert schema.current_revision(Database(f"sqlite:///{tmp_path / 'empty.sqlite3'}")) is None
