"""claim on PostgreSQL: N processes (one per station) claim and print, against a raw psycopg loop.

The server comes from ``EKTP_BENCH_PG_URL`` (else ``EKTP_TEST_PG_URL``); without either the
case is reported as skipped. The office is built once in a template database; every run gets
a fresh copy of it (``CREATE DATABASE ... TEMPLATE``), so ours and the baseline start from the
same rows. A run is timed from the moment every worker is connected and told to start until
the last one is done; afterwards the copy must hold exactly the attempts and ledger rows the
run was asked for. Every database made here is dropped at the end.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Final

from sqlalchemy import Engine, create_engine, insert, text
from sqlalchemy.engine import make_url

from benchmarks.harness import Outcome, compare, outcome, skipped, step
from benchmarks.workspace import ROOT, Workspace

CASE: Final = "claim on PostgreSQL"
GOAL: Final = 3.0
URL_ENV: Final = ("EKTP_BENCH_PG_URL", "EKTP_TEST_PG_URL")
OPERATOR: Final = "operator1"


def claim_case(ws: Workspace) -> list[Outcome]:
    url = next((os.environ[name] for name in URL_ENV if os.environ.get(name)), None)
    if not url:
        return [skipped(CASE, GOAL, "set EKTP_BENCH_PG_URL or EKTP_TEST_PG_URL")]
    with _server(url) as server:
        template = server.create()
        with step(
            f"building the PostgreSQL office ({ws.sizes.pg_queue:,} queued)", verbose=ws.verbose
        ):
            _build_office(server.url(template), ws)

        rows: dict[str, dict[str, int]] = {}

        def run(mode: str) -> float:
            name = server.create(template=template)
            try:
                seconds = _claim_and_print(ws, mode, server.url(name))
                _require_done(server.url(name), _each(ws) * ws.sizes.pg_processes)
                rows[mode] = _table_rows(server.url(name))
            finally:
                server.drop(name)
            if len(rows) == 2 and rows["ours"] != rows["raw"]:
                raise RuntimeError(f"the raw loop did not write what ours wrote: {rows}")
            return seconds

        samples = compare(
            lambda: run("ours"), lambda: run("raw"), runs=ws.sizes.heavy_runs, warmup=1
        )
    return [outcome(CASE, samples, GOAL)]


class _Server:
    def __init__(self, url: str) -> None:
        self.base = make_url(url)
        self.admin: Engine = create_engine(url, isolation_level="AUTOCOMMIT")
        self.made: list[str] = []

    def url(self, name: str) -> str:
        return self.base.set(database=name).render_as_string(hide_password=False)

    def create(self, *, template: str | None = None) -> str:
        name = f"ektp_bench_{uuid.uuid4().hex[:10]}"
        copy = f' TEMPLATE "{template}"' if template else ""
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"{copy}'))
        self.made.append(name)
        return name

    def drop(self, name: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.made.remove(name)


@contextmanager
def _server(url: str) -> Iterator[_Server]:
    server = _Server(url)
    try:
        yield server
    finally:
        for name in list(server.made):
            server.drop(name)
        server.admin.dispose()


def _each(ws: Workspace) -> int:
    return ws.sizes.pg_claims // ws.sizes.pg_processes


def _stations(ws: Workspace) -> list[str]:
    return [f"Loket {number}" for number in range(1, ws.sizes.pg_processes + 1)]


def _build_office(url: str, ws: Workspace) -> None:
    from ektp_desk import clock, shifts, stock, users
    from ektp_desk.db import Database
    from ektp_desk.demo import demo_records
    from ektp_desk.domain import LEAD
    from ektp_desk.domain import OPERATOR as OPERATOR_ROLE
    from ektp_desk.models import RECORD_TABLE
    from ektp_desk.office import first_start
    from ektp_desk.schema import init_database
    from ektp_desk.stations import PrinterSpec, add_station

    db = Database(url)
    init_database(db)
    admin = first_start(db, "admin", "admin123")
    users.add_user(db, "lead1", LEAD, "5678", by=admin.name)
    users.add_user(db, OPERATOR, OPERATOR_ROLE, "1234", by=admin.name)
    spec = PrinterSpec(ribbon_yield=1_000_000, film_yield=1_000_000)
    for name in _stations(ws):
        add_station(db, name, spec, by=admin.name)
    rolls = ws.sizes.pg_processes
    stock.receive(db, "blank", ws.sizes.pg_claims * 2, ref="BENCH/BLANGKO", operator="lead1")
    stock.receive(db, "ribbon", rolls, ref="BENCH/RIBBON", operator="lead1")
    stock.receive(db, "film", rolls, ref="BENCH/FILM", operator="lead1")
    for name in _stations(ws):
        stock.load_roll(db, "ribbon", station=name, operator="lead1")
        stock.load_roll(db, "film", station=name, operator="lead1")
    shifts.start_shift(db, "pagi", lead="lead1")
    rows = [
        row | {"phone": None}  # no ready-to-collect messages: both sides write the same
        for row in demo_records(ws.sizes.pg_queue, random.Random(11), clock.now())
    ]
    with db.write() as session:
        session.execute(insert(RECORD_TABLE), rows)
    db.dispose()


def _claim_and_print(ws: Workspace, mode: str, url: str) -> float:
    each = _each(ws)
    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "benchmarks.pg_worker", mode, url, station, OPERATOR, str(each)],
            cwd=ROOT,
            env=ws.child_env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for station in _stations(ws)
    ]
    try:
        for worker in workers:
            assert worker.stdout is not None
            if worker.stdout.readline().strip() != "ready":
                raise RuntimeError(f"a {mode} worker did not start")
        start = time.monotonic()
        for worker in workers:
            assert worker.stdin is not None
            worker.stdin.write("go\n")
            worker.stdin.flush()
        ends = [_done(worker, mode) for worker in workers]
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
            worker.wait()
    return max(ends) - start


def _done(worker: subprocess.Popen[str], mode: str) -> float:
    assert worker.stdout is not None
    line = worker.stdout.readline().split()
    if worker.wait() != 0 or not line or line[0] != "done":
        raise RuntimeError(f"a {mode} worker failed")
    return float(line[1])


def _table_rows(url: str) -> dict[str, int]:
    """How many rows each table holds (the two sides must agree)."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            tables = conn.scalars(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            ).all()
            return {t: conn.scalar(text(f'SELECT count(*) FROM "{t}"')) or 0 for t in tables}
    finally:
        engine.dispose()


def _require_done(url: str, expected: int) -> None:
    """The run printed exactly what it was asked to: attempts, three ledger rows each."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            attempts = conn.scalar(text("SELECT count(*) FROM print_attempts"))
            printed = conn.scalar(text("SELECT count(*) FROM records WHERE status = 'printed'"))
            consumed = conn.scalar(
                text("SELECT count(*) FROM stock_movements WHERE kind = 'consume'")
            )
    finally:
        engine.dispose()
    if not attempts == printed == expected or consumed != 3 * expected:
        raise RuntimeError(
            f"PostgreSQL run left {attempts} attempts, {printed} printed, {consumed} ledger rows"
        )
