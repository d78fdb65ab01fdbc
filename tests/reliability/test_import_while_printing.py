"""A big import never stops the counter, and the queue sees all of it or none of it.

One process imports a registry export of a few hundred thousand rows into a real SQLite file
while this one records prints in a loop, as a second station would: every print succeeds
without waiting more than a second behind the import, and every look at the queue finds
none of the imported rows or all of them. An import killed half-way leaves none of them, and
importing the same file again then works.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from ektp_desk import printing, queue_view, stock
from ektp_desk.db import Database
from ektp_desk.imports import import_records
from ektp_desk.queue_view import QueueFilter
from tests.conftest import LEAD, OPERATOR, STATION
from tests.factories import add_records

ROWS = 250_000
KECAMATAN = "Impor Uji"  # only the imported rows are in it
WORKER = Path(__file__).with_name("import_worker.py")
ROOT = Path(__file__).resolve().parents[2]
MAX_WAIT_S = 1.0


def write_export(path: Path, rows: int = ROWS) -> Path:
    """A registry export of ``rows`` distinct valid NIKs (kecamatan code 90), built quickly."""
    lines = ["NIK;Nama Lengkap;Kecamatan;Kelurahan/Desa;Tgl Rekam;Prioritas;No HP"]
    born = [date(1970 + year, month, day) for year in range(30) for month in range(1, 13)
            for day in range(1, 29)]  # fmt: skip
    for i in range(rows):
        day = born[i // 9999]
        nik = f"320190{day.day:02d}{day:%m%y}{i % 9999 + 1:04d}"
        lines.append(f"{nik};Warga Impor {i};{KECAMATAN};Desa;{1 + i % 28:02d}/01/2026;;")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def imported_in_queue(db: Database) -> int:
    return queue_view.count_rows(db, QueueFilter(kecamatan=KECAMATAN, status="queued"))


def start_import(url: str, path: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), url, str(path)], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )


def print_while_importing(
    db: Database, url: str, export: Path, niks: list[str], rows: int = ROWS
) -> None:
    """A child process imports ``export`` while this one prints ``niks`` one by one and looks
    at the queue before each print; then the checks."""
    child = start_import(url, export)
    waits: list[float] = []
    seen: set[int] = set()
    try:
        assert child.stdout is not None
        assert child.stdout.readline().startswith("rows "), "the import has begun writing"
        while child.poll() is None and niks:
            seen.add(imported_in_queue(db))
            started = time.monotonic()
            printing.record_print(db, niks.pop(), station=STATION, operator=OPERATOR)
            waits.append(time.monotonic() - started)
            time.sleep(0.05)
        out, _ = child.communicate(timeout=120)
    finally:
        child.kill()
    assert out.splitlines()[-1] == f"done {rows}"
    assert niks, "the import ended before the stations ran out of records to print"
    print(f"\n{len(waits)} prints during the import; longest wait {max(waits):.3f} s")
    assert max(waits) <= MAX_WAIT_S, f"a print waited {max(waits):.1f} s behind the import"
    assert seen <= {0, rows}, f"the queue showed part of the import: {sorted(seen)}"
    assert imported_in_queue(db) == rows


@pytest.mark.slow
def test_prints_never_wait_behind_an_import_and_the_queue_sees_all_or_none(
    office: Database, db_url: str, tmp_path: Path
) -> None:
    stock.receive(office, "blank", 2000, ref="BAST/IMPOR", operator=LEAD)
    niks = add_records(office, 600)
    print_while_importing(office, db_url, write_export(tmp_path / "besar.csv"), niks)


@pytest.mark.slow
def test_an_import_killed_half_way_leaves_nothing_and_the_file_imports_again(
    office: Database, db_url: str, tmp_path: Path
) -> None:
    export = write_export(tmp_path / "besar.csv", 120_000)
    child = start_import(db_url, export)
    assert child.stdout is not None
    for line in child.stdout:
        if int(line.split()[1]) >= 40_000:
            break
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    child.stdout.close()
    assert imported_in_queue(office) == 0, "nothing of a killed import is in the queue"
    report = import_records(office, export)
    assert (report.imported, report.duplicates, report.rejected) == (120_000, 0, 0)
    assert imported_in_queue(office) == 120_000
