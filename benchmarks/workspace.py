"""The data every case runs on, built once per run in a temporary folder and removed afterwards.

Offices are made by the product itself (``fill_demo``), so the benchmark measures the data a
real office would have; raw baselines get the very same rows, read back from the product's
own result where that is possible, so the two sides can never drift apart.
"""

from __future__ import annotations

import csv
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from benchmarks.harness import step

ROOT: Final = Path(__file__).resolve().parent.parent
CSV_HEADER: Final = (
    "NIK",
    "Nama Lengkap",
    "Kecamatan",
    "Kelurahan/Desa",
    "Tgl Rekam",
    "Prioritas",
    "No HP",
)
PRIORITY_WORDS: Final = {
    "normal": "",
    "elderly": "Lansia",
    "disabled": "Disabilitas",
    "sick": "Sakit",
    "urgent": "Mendesak",
    "priority": "Prioritas",
}
CSV_NOW: Final = datetime(2026, 1, 5, 8, 0)  # recording dates end here: never in the future


@dataclass(frozen=True)
class Sizes:
    records: int  # the big office (the 1,000,000)
    small: int  # the small office the queue cases compare with
    far_row: int  # the jump target
    near_row: int  # the jump baseline
    prints: int  # record_print calls per run
    attempts: int  # attempts in the handover's shift
    lookups: int  # NIK lookups per run
    pg_claims: int  # claim+print per PostgreSQL run, over all processes
    pg_queue: int  # queued records in the PostgreSQL office
    pg_processes: int
    heavy_runs: int  # import, demo
    runs: int  # everything else
    sweep: tuple[int, ...] = (1_000, 100_000, 1_000_000, 10_000_000)  # record counts swept


FULL: Final = Sizes(
    records=1_000_000,
    small=1_000,
    far_row=900_000,
    near_row=10,
    prints=1_000,
    attempts=10_000,
    lookups=1_000,
    pg_claims=5_000,
    pg_queue=50_000,
    pg_processes=8,
    heavy_runs=3,
    runs=5,
)
QUICK: Final = Sizes(
    records=20_000,
    small=1_000,
    far_row=18_000,
    near_row=10,
    prints=150,
    attempts=600,
    lookups=300,
    pg_claims=400,
    pg_queue=3_000,
    pg_processes=8,
    heavy_runs=3,
    runs=3,
    sweep=(1_000, 20_000),
)


class Workspace:
    """A temporary folder, the sizes of this run, and the data sets built on demand."""

    def __init__(self, folder: Path, sizes: Sizes, *, verbose: bool) -> None:
        self.folder = folder
        self.sizes = sizes
        self.verbose = verbose
        self.home = folder / "home"  # EKTP_DESK_HOME of every child: logs, settings.ini
        self.home.mkdir(parents=True, exist_ok=True)
        self._built: dict[str, Path] = {}
        self.chart: Path | None = None  # where the sweep draws its chart (None: its default)
        from ektp_desk.schema import head_revision

        self.schema = head_revision()  # data kept in a --data folder is for one schema only

    # -- plumbing ------------------------------------------------------------------------

    def path(self, name: str) -> Path:
        return self.folder / name

    def fresh(self, name: str) -> Path:
        """A database path with no file (nor WAL) left from an earlier run."""
        path = self.path(name)
        remove_database(path)
        return path

    def copy(self, source: Path, name: str) -> Path:
        target = self.fresh(name)
        shutil.copyfile(source, target)
        return target

    def child_env(self) -> dict[str, str]:
        """The environment of every child: its own data folder, offscreen Qt, and a bytecode
        cache in the work folder, as an installed program has its .pyc files (a checkout
        run with PYTHONDONTWRITEBYTECODE would compile edited modules at every launch)."""
        skip = ("EKTP_DESK_DB", "PYTHONDONTWRITEBYTECODE")
        env = {key: value for key, value in os.environ.items() if key not in skip}
        env["PYTHONPYCACHEPREFIX"] = str(self.folder / "pycache")
        env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(ROOT), env.get("PYTHONPATH"))))
        env["EKTP_DESK_HOME"] = str(self.home)
        env["QT_QPA_PLATFORM"] = "offscreen"
        return env

    def cli(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        """``ektp-desk ARGS`` as its own process (the launcher, as the console script runs it);
        ``stdin`` for ``--password-stdin``."""
        return subprocess.run(
            [sys.executable, str(ROOT / "main.py"), *args],
            input=stdin,
            cwd=ROOT,
            env=self.child_env(),
            capture_output=True,
            text=True,
            check=True,
        )

    # -- data sets -----------------------------------------------------------------------

    def template(self) -> Path:
        """An initialised, empty database (the schema at head, no office)."""
        return self._once("template", self._build_template)

    def office(self, records: int) -> Path:
        """A demo office (stations, users, stock, an open shift) with ``records`` queued."""
        return self._once(f"office-{records}", lambda path: self._build_office(path, records))

    def big_office(self, records: int) -> Path:
        """The same office as ``office(records)``, built by SQLite's bulk path (big_office.py):
        about 33 s a million here instead of 57 s, and kept in a ``--data`` folder."""
        from benchmarks import big_office

        return self._once(
            f"big-office-{records}",
            lambda path: big_office.build(self.office(0), path, records),
        )

    def import_csv(self) -> Path:
        """A registry export of ``sizes.records`` rows (semicolons, day-first dates)."""
        return self._once(f"records-{self.sizes.records}.csv", self._build_csv)

    def _once(self, name: str, build: Any) -> Path:
        if name not in self._built:
            path = self.path(f"data-{self.schema}-{name}")
            if not path.exists():  # (a --data folder keeps what an earlier run built)
                partial = self.fresh(f"partial-{name}")
                with step(f"building {name}", verbose=self.verbose):
                    build(partial)
                partial.rename(path)
                remove_database(partial)
            self._built[name] = path
        return self._built[name]

    def _build_template(self, path: Path) -> None:
        self.cli("--db", sqlite_url(path), "init")
        checkpoint(path)

    def _build_office(self, path: Path, records: int) -> None:
        self.cli("--db", sqlite_url(path), "demo", "--records", str(records))
        checkpoint(path)

    def _build_csv(self, path: Path) -> None:
        from ektp_desk.demo import demo_records

        rows = demo_records(self.sizes.records, random.Random(7), CSV_NOW)
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(CSV_HEADER)
            writer.writerows(
                (
                    row["nik"],
                    row["name"],
                    row["kecamatan"],
                    row["kelurahan"],
                    f"{row['entered_at']:%d/%m/%Y %H:%M}",
                    PRIORITY_WORDS[row["priority"]],
                    row["phone"] or "",
                )
                for row in rows
            )


# --- helpers shared by the cases --------------------------------------------------------------


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def checkpoint(path: Path) -> None:
    """Fold the WAL into the file, so a plain file copy is the whole database."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def raw_connection(path: Path) -> sqlite3.Connection:
    """A raw sqlite3 connection with the durability the product uses (ektp_desk.db)."""
    from ektp_desk.db import BUSY_TIMEOUT_S

    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_S)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


@dataclass(frozen=True)
class TableRows:
    """The rows of one table, exactly as stored: what a raw baseline inserts."""

    table: str
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]

    def insert_sql(self) -> str:
        marks = ", ".join("?" * len(self.columns))
        return f"INSERT INTO {self.table} ({', '.join(self.columns)}) VALUES ({marks})"


def read_table(path: Path, table: str, *, skip: Sequence[str] = ("id",)) -> TableRows:
    """Every row of ``table`` in id order, without the columns in ``skip``."""
    with sqlite3.connect(path) as conn:
        names = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        columns = tuple(name for name in names if name not in skip)
        rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY id").fetchall()
    conn.close()
    return TableRows(table, columns, rows)
