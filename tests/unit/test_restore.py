"""Restoring a backup: checked before anything is replaced, over a damaged file too, never
silently over stations at work, and audited inside and outside the restored file."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from ektp_desk import backup, live, printing, restore
from ektp_desk.cli import main
from ektp_desk.db import Database
from ektp_desk.errors import Refused
from ektp_desk.file_check import integrity_problems_of
from tests.conftest import OPERATOR, OTHER_STATION, STATION
from tests.factories import actor, add_records, password_on_stdin


def attempts(db: Database) -> int:
    assert db.sqlite_path is not None
    with closing(sqlite3.connect(db.sqlite_path)) as conn:
        return int(conn.execute("SELECT count(*) FROM print_attempts").fetchone()[0])


def tampered(good: Path, folder: Path, sql: str) -> Path:
    bad = folder / "tampered.sqlite3"
    shutil.copyfile(good, bad)
    with closing(sqlite3.connect(bad)) as conn:
        conn.executescript(sql)
    return bad


@pytest.mark.parametrize(
    ("sql", "refusal"),
    [
        ("DROP TRIGGER audit_log_no_update;", "no trigger audit_log_no_update"),
        ("DROP TRIGGER stock_movements_no_delete;"
         "CREATE TRIGGER stock_movements_no_delete BEFORE DELETE ON stock_movements "
         "BEGIN SELECT 1; END;", "guard stock_movements_no_delete was changed"),
        ("DROP TABLE outbox;", "no table outbox"),
        ("UPDATE alembic_version SET version_num = '9999_future';", "9999_future is unknown"),
        # Issue 20: the books rewritten behind the program's back, the guards put back as
        # they were: only the hash chain shows it.
        ("DROP TRIGGER audit_log_no_update;"
         "UPDATE audit_log SET user = 'mallory' WHERE action = 'receive';"
         "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
         "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;",
         "books were changed behind the program's back"),
    ],
)  # fmt: skip
def test_a_tampered_or_incomplete_backup_is_refused_and_nothing_changes(
    office: Database, tmp_path: Path, sql: str, refusal: str
) -> None:
    good = backup.backup(office, tmp_path / "good.sqlite3")
    bad = tampered(good, tmp_path, sql)
    assert office.sqlite_path is not None
    before = office.sqlite_path.read_bytes()
    admin = actor(office, "admin")
    with pytest.raises(Refused, match=refusal):
        restore.restore(office, bad, actor=admin)
    assert office.sqlite_path.read_bytes() == before


def test_a_file_holding_only_alembic_version_is_refused(
    office: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 20: such a file restored with exit 0 and broke every command."""
    bare = tmp_path / "bare.sqlite3"
    with closing(sqlite3.connect(bare)) as conn:
        conn.executescript(
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL);"
            "INSERT INTO alembic_version VALUES ('0006_audit');"
        )
    args = [
        "--db",
        office.url,
        "restore",
        str(bare),
        "--admin",
        "admin",
        "--yes",
        "--password-stdin",
    ]
    password_on_stdin(monkeypatch, "admin123")
    assert main(args) == 1
    assert main(["--db", office.url, "check"]) == 0, "the office still works"


def test_only_an_admin_of_the_backup_may_restore_it(office: Database, tmp_path: Path) -> None:
    good = backup.backup(office, tmp_path / "good.sqlite3")
    with pytest.raises(Refused, match="lead1 is not an active admin"):
        restore.restore(office, good, actor=actor(office, "lead1"))


def test_restoring_over_a_truncated_office_file_sets_it_aside_byte_for_byte(
    office: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 21 line 4: the backup taken first crashed on the damaged file, left a 0-byte
    .part, and the file stayed damaged."""
    niks = add_records(office, 2)
    printing.record_print(office, niks[0], station=STATION, operator=OPERATOR)
    good = backup.backup(office, tmp_path / "good.sqlite3")
    path = office.sqlite_path
    assert path is not None
    office.dispose()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damaged = path.read_bytes()[: path.stat().st_size // 2]
    path.write_bytes(damaged)
    assert integrity_problems_of(path)
    args = [
        "--db",
        office.url,
        "restore",
        str(good),
        "--admin",
        "admin",
        "--yes",
        "--password-stdin",
    ]
    password_on_stdin(monkeypatch, "admin123")
    assert main(args) == 0, capsys.readouterr().err
    assert integrity_problems_of(path) == []
    assert attempts(office) == 1
    [aside] = backup.backup_folder(office).glob("office-*-damaged.sqlite3")
    assert aside.read_bytes() == damaged, "the damaged file is kept exactly as it was"
    assert not list(tmp_path.glob("**/*.part")), "no partial file left behind"
    assert main(["--db", office.url, "check"]) == 0


def test_a_restore_while_stations_are_online_is_refused_unless_forced(
    office: Database, tmp_path: Path
) -> None:
    """Issue 21 line 6: 5,391 prints confirmed, 3,256 remained, no warning."""
    niks = add_records(office, 5)
    printing.record_print(office, niks[0], station=STATION, operator=OPERATOR)
    good = backup.backup(office, tmp_path / "good.sqlite3")
    for nik in niks[1:4]:
        printing.record_print(office, nik, station=OTHER_STATION, operator=OPERATOR)
    printing.record_print(office, niks[4], station=STATION, operator=OPERATOR, spoiled="misprint")
    live.heartbeat(office, STATION, OPERATOR)
    live.heartbeat(office, OTHER_STATION, OPERATOR)
    admin = actor(office, "admin")
    with pytest.raises(Refused, match=r"2 stations are online \(Loket 1, Loket 2\) and 3 "):
        restore.restore(office, good, actor=admin)
    assert attempts(office) == 5, "nothing was replaced"
    done = restore.restore(office, good, actor=admin, force=True)
    assert (done.lost_prints, done.online) == (3, (STATION, OTHER_STATION))
    assert attempts(office) == 1


def test_a_restore_is_audited_in_the_restored_file_and_in_a_log_beside_the_backups(
    office: Database, tmp_path: Path
) -> None:
    good = backup.backup(office, tmp_path / "good.sqlite3")
    admin = actor(office, "admin")
    restore.restore(office, good, actor=admin)
    restore.restore(office, good, actor=admin)
    assert office.sqlite_path is not None
    with closing(sqlite3.connect(office.sqlite_path)) as conn:
        rows = conn.execute(
            "SELECT user, subject FROM audit_log WHERE action = 'restore'"
        ).fetchall()
    assert rows == [("admin", str(good))], "the restored file holds the restore that made it"
    lines = restore.restore_log(office).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2, "the log outside the file keeps both restores"
    assert all("\tadmin\t" in line and str(good) in line for line in lines)


def test_the_office_file_itself_is_not_a_backup_to_restore(office: Database) -> None:
    assert office.sqlite_path is not None
    with pytest.raises(Refused, match="is the office database itself"):
        restore.restore(office, office.sqlite_path, actor=actor(office, "admin"))
