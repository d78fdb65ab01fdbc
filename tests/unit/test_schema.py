"""The database file: Alembic revisions, durability settings, backups, refusals."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from ektp_desk import schema
from ektp_desk.db import Database
from ektp_desk.errors import DatabaseError
from tests.factories import add_records


def test_new_database_is_created_at_head_and_then_left_alone(db_url: str) -> None:
    db = Database(db_url)
    first = schema.init_database(db)
    second = schema.init_database(db)
    assert (first.action, second.action) == ("created", "current")
    assert first.revision == schema.head_revision() == schema.current_revision(db)
    assert {"records", "print_attempts", "stock_movements", "stations", "users"} <= set(
        inspect(db.engine).get_table_names()
    )


def test_sqlite_runs_in_wal_with_full_durability_and_foreign_keys(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 10_000


def test_whole_revision_chain_walks_down_and_up_again(db: Database) -> None:
    schema.downgrade(db, "base")
    assert schema.current_revision(db) is None
    assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
    schema.upgrade(db)
    add_records(db, 3)
    assert schema.current_revision(db) == schema.head_revision()


def test_commands_refuse_a_database_that_was_never_initialised(db_url: str) -> None:
    with pytest.raises(DatabaseError, match="not initialised: run `ektp-desk init`"):
        schema.require_current(Database(db_url))


def test_init_refuses_a_file_that_belongs_to_another_program(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.close()
    with pytest.raises(DatabaseError, match="not an e-KTP Desk database"):
        schema.init_database(Database(f"sqlite:///{path}"))


def test_a_newer_schema_revision_is_refused_not_downgraded(db: Database) -> None:
    with db.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    for action in (schema.init_database, schema.require_current):
        with pytest.raises(DatabaseError, match="newer version"):
            action(db)


def test_backup_is_a_consistent_copy_holding_the_same_rows(db: Database) -> None:
    niks = add_records(db, 5)
    backup = schema.backup_sqlite_file(db, reason="test")
    assert backup is not None
    assert backup.parent.parent.name == "backups", "in the database's own backup folder"
    with sqlite3.connect(backup) as conn:
        copied = [row[0] for row in conn.execute("SELECT nik FROM records ORDER BY id")]
    conn.close()
    assert copied == niks


def test_an_old_database_is_backed_up_then_upgraded_keeping_its_data(db_url: str) -> None:
    db = Database(db_url)
    schema.upgrade(db, "0001_initial")
    niks = add_records(db, 4)
    result = schema.init_database(db)
    assert result.action == "upgraded"
    assert result.backup is not None
    with sqlite3.connect(result.backup) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0001_initial",
        )
        assert conn.execute("SELECT count(*) FROM records").fetchone() == (4,)
    conn.close()
    assert schema.current_revision(db) == schema.head_revision()
    with db.read() as session:
        kept = session.execute(text("SELECT nik FROM records ORDER BY id")).scalars().all()
    assert kept == niks


def test_every_revision_steps_down_and_up_on_a_database_with_data(db: Database) -> None:
    from alembic.script import ScriptDirectory

    niks = add_records(db, 25)
    chain = [
        r.revision for r in ScriptDirectory.from_config(schema.alembic_config()).walk_revisions()
    ]
    for revision in chain[1:]:  # newest first, down to the first revision
        schema.downgrade(db, revision)
        with db.read() as session:
            kept = session.execute(text("SELECT nik FROM records ORDER BY id")).scalars().all()
        assert kept == niks, f"records kept at {revision}"
    schema.upgrade(db)
    assert schema.current_revision(db) == schema.head_revision()
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM records")).scalar_one() == 25
