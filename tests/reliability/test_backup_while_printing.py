"""Issue 21 line 1: a backup never harms the office file, even while a station prints.

A second process prints from the queue of a real SQLite file; meanwhile this process takes
backups, and tries to write backups onto the database itself, its -wal and -shm, a hard
link and a symbolic link to it, a folder, a FIFO and a link to a device. The targets that
are not a new or ordinary file are refused and left as they were; the office file stays
sound and every backup is a sound copy.
"""

from __future__ import annotations

import multiprocessing
import os
import stat
from pathlib import Path

import pytest

from ektp_desk import backup, shifts, stations, stock, stock_books
from ektp_desk.db import Database
from ektp_desk.errors import Refused
from ektp_desk.file_check import integrity_problems_of
from ektp_desk.schema import init_database
from tests.factories import add_records, add_station, add_user
from tests.integration.workers import run_station

RECORDS = 300


def small_office(url: str) -> Database:
    db = Database(url)
    init_database(db)
    add_user(db, "lead1", "lead", "5678")
    add_user(db, "operator1", "operator", "1234")
    add_station(db, "Loket 1", stations.PrinterSpec("HDP5000", 5000, 5000))
    stock.receive(db, "blank", RECORDS * 2, ref="BAST/1", operator="lead1")
    for item in ("ribbon", "film"):
        stock.receive(db, item, 1, ref="SJ/1", operator="lead1")
        stock.load_roll(db, item, station="Loket 1", operator="lead1")
    shifts.start_shift(db, "pagi", lead="lead1")
    add_records(db, RECORDS)
    return db


def hostile_targets(office: Path, folder: Path) -> list[Path]:
    (folder / "a-folder").mkdir()
    os.mkfifo(folder / "a-fifo")
    os.link(office, folder / "hard-link.sqlite3")
    (folder / "sym-link.sqlite3").symlink_to(office)
    (folder / "device").symlink_to("/dev/null")
    wal, shm = (office.with_name(office.name + s) for s in ("-wal", "-shm"))
    return [office, wal, shm, folder / "hard-link.sqlite3", folder / "sym-link.sqlite3",
            folder / "a-folder", folder / "a-fifo", folder / "device"]  # fmt: skip


@pytest.mark.slow
def test_backups_beside_a_printing_station_refuse_the_database_and_stay_sound(
    tmp_path: Path,
) -> None:
    path = tmp_path / "office.sqlite3"
    url = f"sqlite:///{path}"
    db = small_office(url)
    folder = tmp_path / "targets"
    folder.mkdir()
    targets = hostile_targets(path, folder)
    before = {t: (t.lstat().st_mode, t.lstat().st_ino) for t in targets if os.path.lexists(t)}
    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        printing = pool.apply_async(run_station, (url, "Loket 1", "operator1", 7))
        copies = []
        while not printing.ready():
            for target in targets:
                with pytest.raises(Refused, match=r"office database itself|folder, a device"):
                    backup.backup(db, target)
            copies.append(backup.backup(db, tmp_path / f"copy-{len(copies)}.sqlite3"))
        attempts, _spoiled = printing.get(timeout=120)
    assert attempts >= RECORDS, "the station printed the whole queue"
    assert len(copies) >= 2, "backups were taken while it printed"
    assert integrity_problems_of(path) == [], "the office file is sound"
    assert stock_books.ledger_mismatches(db) == []
    for copy in copies:
        assert integrity_problems_of(copy) == [], f"{copy.name} is a sound copy"
    after = {t: (t.lstat().st_mode, t.lstat().st_ino) for t in before if os.path.lexists(t)}
    assert {t: m for t, m in after.items() if t.parent == folder} == {
        t: m for t, m in before.items() if t.parent == folder
    }, "no refused target was replaced"
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert not list(tmp_path.glob("**/*.part")), "no partial file left behind"
    db.dispose()
