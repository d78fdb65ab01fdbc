"""A file the program closed cleanly opens without waiting for its check; anything else waits.

Real SQLite files; the start-up check is the real ``PRAGMA quick_check`` on its own thread,
held at a gate so the test sees when its answer is taken (before or after the office opened).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from ektp_desk import backup, clean_stamp, file_check
from ektp_desk.db import Database
from ektp_desk.errors import DatabaseUnavailable
from ektp_desk.schema import init_database

ROOT = Path(__file__).resolve().parents[2]
WRITER = """
import itertools, sys
from sqlalchemy import text
from ektp_desk.db import Database
db = Database(sys.argv[1])
for n in itertools.count():
    with db.write() as session:
        session.execute(text("INSERT INTO scratch (body) VALUES (:b)"), {"b": "x" * 500})
    if n == 20:
        print("ready", flush=True)
"""


Opened = Callable[[sqlite3.Connection], object]


def _nothing(_conn: sqlite3.Connection) -> None:
    return None


class Gate:
    """Holds the real check until opened; says whether it has answered."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.open = threading.Event()
        self.answered = threading.Event()
        real = file_check.integrity_problems_of

        def held(path: Path, *, quick: bool = False, opened: Opened = _nothing) -> list[str]:
            assert self.open.wait(60), "the test never opened the gate"
            try:
                return real(path, quick=quick, opened=opened)
            finally:
                self.answered.set()

        monkeypatch.setattr(file_check, "integrity_problems_of", held)

    def release(self) -> None:
        """Open the gate and wait for the check's thread (its answer handed over)."""
        self.open.set()
        for thread in threading.enumerate():
            if thread.name == "quick-check":
                thread.join(60)


@pytest.fixture
def path(tmp_path: Path) -> Iterator[Path]:
    """An office file with a scratch table of many pages, closed cleanly after a check that
    found it sound: the note is beside it."""
    file = tmp_path / "office.sqlite3"
    db = Database(f"sqlite:///{file}")
    init_database(db)
    checked_and_closed(db)
    yield file
    file_check.take_quick_check(file)  # nothing left behind for the next test


def checked_and_closed(db: Database) -> None:
    """Give the office a scratch table of many pages, check it (sound) and close it cleanly:
    its note is then beside it."""
    with db.write() as session:
        session.execute(text("CREATE TABLE scratch (id INTEGER PRIMARY KEY, body TEXT)"))
        for _ in range(400):
            session.execute(text("INSERT INTO scratch (body) VALUES (:b)"), {"b": "y" * 500})
    assert backup.integrity_problems(db, quick=True) == []
    db.dispose()


def start(path: Path) -> tuple[Database, list[str], list[str]]:
    """What the window's start does: the early check, the database, the start-up check."""
    file_check.start_quick_check(path)
    db = Database(f"sqlite:///{path}")
    damage: list[str] = []
    return db, backup.check_at_start(db, damage.append), damage


def add_row(db: Database, body: str, then: Callable[[], None] = lambda: None) -> None:
    """One write through the program (``then`` runs inside its transaction)."""
    with db.write() as session:
        session.execute(text("INSERT INTO scratch (body) VALUES (:b)"), {"b": body})
        then()


def rows(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return int(conn.execute("SELECT count(*) FROM scratch").fetchone()[0])


def test_a_clean_close_leaves_a_note_and_the_next_start_takes_the_answer_later(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert clean_stamp.valid_stamp(path) is not None
    gate = Gate(monkeypatch)
    db, problems, damage = start(path)
    assert problems == []
    assert not gate.answered.is_set(), "the office opened before the answer"
    add_row(db, "while checking")  # the office works meanwhile
    assert not clean_stamp.stamp_path(path).exists(), "opened for writing: the note is gone"
    gate.release()
    assert gate.answered.is_set()
    assert damage == []
    db.dispose()
    assert clean_stamp.valid_stamp(path) is not None, "closed cleanly again"
    assert rows(path) == 401


def test_a_close_stops_a_check_still_reading_and_writes_the_note_again(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At ten million records a cold check reads for a minute: a window closed before it
    ends must still be the file's last closer, and a stopped check is not damage."""
    real = file_check.integrity_problems_of

    def still_reading(file: Path, *, quick: bool = False, opened: Opened = _nothing) -> list[str]:
        def held(conn: sqlite3.Connection) -> None:
            opened(conn)
            stopping = file_check._running[file].stopping
            # Mid-read (its read transaction open) until the close stops it, as the
            # product's own handler would then stop it.
            conn.set_progress_handler(lambda: stopping.wait(60), 1000)

        return real(file, quick=quick, opened=held)

    monkeypatch.setattr(file_check, "integrity_problems_of", still_reading)
    before = clean_stamp.valid_stamp(path)
    assert before is not None
    db, problems, damage = start(path)
    assert problems == []
    add_row(db, "at work")
    db.dispose()
    assert (damage, db.damage) == ([], None), "a stopped check found nothing wrong"
    note = clean_stamp.valid_stamp(path)
    assert note is not None, "closed cleanly: the note is back"
    assert note["checked_at"] == before["checked_at"], "it says when a check last ended"
    assert rows(path) == 401


def test_a_note_whose_last_check_is_over_a_week_old_is_waited_for(path: Path) -> None:
    stamp = clean_stamp.stamp_path(path)
    note = json.loads(stamp.read_text(encoding="utf-8"))
    note["checked_at"] = (datetime.now(UTC) - timedelta(days=8)).isoformat()
    stamp.write_text(json.dumps(note), encoding="utf-8")
    assert clean_stamp.valid_stamp(path) is None
    file_check.start_quick_check(path)
    assert file_check.take_clean_start(path) is None, "the start waits for a whole check"
    assert file_check.take_quick_check(path) == []


def test_a_file_without_a_note_is_waited_for(tmp_path: Path) -> None:
    file = tmp_path / "fresh.sqlite3"
    db = Database(f"sqlite:///{file}")
    init_database(db)
    db.dispose()  # never checked: no note
    assert not clean_stamp.stamp_path(file).exists()
    file_check.start_quick_check(file)
    assert file_check.take_clean_start(file) is None, "the start waits for the answer"
    assert file_check.take_quick_check(file) == []


def test_a_process_killed_mid_write_leaves_no_valid_note(path: Path) -> None:
    note = clean_stamp.stamp_path(path).read_bytes()
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, f"sqlite:///{path}"],
        stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()
    assert clean_stamp.valid_stamp(path) is None, "its first connection deleted the note"
    clean_stamp.stamp_path(path).write_bytes(note)  # even the old note put back
    assert clean_stamp.valid_stamp(path) is None, "the crashed writer's -wal gives it away"
    file_check.start_quick_check(path)
    assert file_check.take_clean_start(path) is None, "the next start waits for the check"
    assert file_check.take_quick_check(path) == []
    assert rows(path) > 400, "the crashed writer's commits are kept"


def test_a_file_changed_by_another_program_is_waited_for(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE scratch SET body = 'edited' WHERE id = 7")
    assert not path.with_name(path.name + "-wal").exists()
    assert clean_stamp.valid_stamp(path) is None
    file_check.start_quick_check(path)
    assert file_check.take_clean_start(path) is None
    assert file_check.take_quick_check(path) == []


def test_a_copy_with_its_note_is_another_file(path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite3"
    shutil.copy2(path, copy)  # the same bytes and modification time
    shutil.copy2(clean_stamp.stamp_path(path), clean_stamp.stamp_path(copy))
    assert clean_stamp.valid_stamp(copy) is None
    assert clean_stamp.valid_stamp(path) is not None


def damage_a_page(path: Path) -> None:
    """Overwrite one page of the scratch table: damage the file system does not see (the
    disk's own rot). The note is then made to match, as after a clean close."""
    with closing(sqlite3.connect(path)) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'scratch'").fetchone()
        pages = [n for (n,) in conn.execute("SELECT pageno FROM dbstat WHERE name = 'scratch'")]
    victim = next(page for page in pages if page != root[0])
    with path.open("r+b") as stream:
        stream.seek((victim - 1) * 4096)
        stream.write(b"\xa5" * 4096)
    assert clean_stamp.write_if_quiet(path, clean_stamp.now_text())


def test_damage_found_after_opening_refuses_every_write(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damage_a_page(path)
    gate = Gate(monkeypatch)
    db, problems, damage = start(path)
    assert problems == [], "a file with a valid note opens at once"
    gate.release()
    assert len(damage) == 1, "the late answer is handed over once"
    assert db.damage == damage[0]
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseUnavailable, match=r"is damaged .*ektp-desk restore"):
        add_row(db, "after the damage")
    db.dispose()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before, "nothing landed"
    assert not clean_stamp.stamp_path(path).exists(), "a damaged file gets no note"
    assert backup.integrity_problems(Database(f"sqlite:///{path}"), quick=True)


def test_a_write_under_way_when_the_damage_is_found_is_rolled_back(path: Path) -> None:
    db = Database(f"sqlite:///{path}")
    with pytest.raises(DatabaseUnavailable, match="is damaged"):
        add_row(db, "lost", then=lambda: db.found_damaged("page 9: the check's words"))
    db.dispose()
    assert rows(path) == 400
    assert not clean_stamp.stamp_path(path).exists()
