"""Backups, restore, and files that are damaged, locked or read-only."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from ektp_desk import backup, printing, restore, shifts, stock, stock_books
from ektp_desk.cli import main
from ektp_desk.db import Database
from ektp_desk.errors import DatabaseUnavailable, Refused
from ektp_desk.schema import init_database
from tests.conftest import LEAD, OPERATOR, STATION
from tests.factories import actor, add_records, password_on_stdin


def ledger_rows(db: Database) -> list[tuple[object, ...]]:
    path = db.sqlite_path
    assert path is not None
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(
            "SELECT item, station_id, delta, kind FROM stock_movements ORDER BY id"
        ).fetchall()


def test_a_backup_restored_gives_back_the_same_ledger(office: Database, tmp_path: Path) -> None:
    niks = add_records(office, 3)
    printing.record_print(office, niks[0], station=STATION, operator=OPERATOR)
    copy = backup.backup(office, tmp_path / "copy.sqlite3")
    kept = ledger_rows(office)
    printing.record_print(office, niks[1], station=STATION, operator=OPERATOR, spoiled="misprint")
    stock.receive(office, "blank", 10, ref="X", operator=LEAD)
    assert ledger_rows(office) != kept
    before = restore.restore(office, copy, actor=actor(office, "admin")).kept
    assert before is not None
    assert ledger_rows(office) == kept
    assert stock_books.ledger_mismatches(office) == []
    assert before.exists(), "the database as it was is kept"
    restored_again = Database(f"sqlite:///{before}")
    assert len(ledger_rows(restored_again)) == len(kept) + 4
    restored_again.dispose()


def test_every_shift_end_leaves_a_backup_and_only_the_last_ones_are_kept(
    office: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "KEEP", 3)
    for kind in ("siang", "lembur_malam", "pagi", "siang"):
        shifts.end_shift(office, lead=LEAD)
        shifts.start_shift(office, kind, lead=LEAD)
    folder = backup.backup_folder(office)
    kept = sorted(folder.glob("office-*-shift-*-end.sqlite3"))
    assert len(kept) == 3
    assert kept[-1].name.endswith("shift-4-end.sqlite3")


def test_a_damaged_file_is_named_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    path.write_bytes(b"this is not a database, it was overwritten by something" * 100)
    db = Database(f"sqlite:///{path}")
    assert backup.integrity_problems(db)
    with pytest.raises(
        DatabaseUnavailable, match=r"office\.sqlite3 is damaged .*ektp-desk restore"
    ):
        stock_books.stock_levels(db)
    with pytest.raises(Refused, match="cannot be restored: it is damaged"):
        restore.check_candidate(path)


def test_a_file_locked_by_another_program_is_refused_without_a_half_write(
    office: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ektp_desk.db.BUSY_TIMEOUT_S", 0.2)
    locked = Database(office.url)
    [nik] = add_records(office, 1)
    path = office.sqlite_path
    assert path is not None
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseUnavailable, match=r"cannot be used right now.*locked"):
            printing.record_print(locked, nik, station=STATION, operator=OPERATOR)
        other.execute("ROLLBACK")
    assert printing.record_print(locked, nik, station=STATION, operator=OPERATOR).attempt == 1
    assert stock_books.ledger_mismatches(office) == []
    locked.dispose()


def test_backup_and_restore_from_the_command_line(
    office: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "manual.sqlite3"
    lead = ["--operator", LEAD, *password_on_stdin(monkeypatch, "5678")]
    assert main(["--db", office.url, "backup", "--out", str(out), *lead]) == 0
    assert out.exists()
    restoring = ["--db", office.url, "restore", str(out), "--admin", "admin", "--password-stdin"]
    password_on_stdin(monkeypatch, "admin123")
    assert main(restoring) == 1, "no terminal: needs --yes"
    assert "confirm with --yes" in capsys.readouterr().err
    password_on_stdin(monkeypatch, "admin123")
    assert main([*restoring, "--yes"]) == 0
    assert main(["--db", office.url, "check"]) == 0
    assert "Every balance equals" in capsys.readouterr().out


def test_postgresql_backups_point_to_pg_dump() -> None:
    db = Database("postgresql+psycopg://u:secret@db.example/ektp")
    with pytest.raises(Refused, match="pg_dump --format=custom") as refused:
        backup.backup(db)
    assert "secret" not in str(refused.value)


def test_backups_of_one_database_never_prune_another_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 21 line 7: twenty backups of kantor-lama removed kantor's backup at once."""
    monkeypatch.setattr(backup, "KEEP", 3)
    names = ("kantor-lama.sqlite3", "kantor.sqlite3")
    old, new = (Database(f"sqlite:///{tmp_path / name}") for name in names)
    for db in (old, new):
        init_database(db)
    mine = backup.backup(new, reason="manual")
    theirs = [backup.backup(old, reason="shift-end") for _ in range(6)]
    assert mine.exists(), "kantor's backup survives kantor-lama's pruning"
    assert [p.exists() for p in theirs] == [False, False, False, True, True, True]
    assert backup.backup_folder(old) != backup.backup_folder(new)
    for db in (old, new):
        db.dispose()


def test_a_copy_of_a_file_sqlite_cannot_read_is_refused_and_leaves_nothing(tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    with pytest.raises(Refused, match="cannot copy"):
        backup.copy_database(broken, tmp_path / "copy.sqlite3")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.sqlite3"]
