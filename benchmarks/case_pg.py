"""Twenty stations on PostgreSQL: N processes (one per station, each with its own operator
and rolls) claim and print for a fixed time, against a raw psycopg loop doing the same
statements; and the refresh of one window while they print.

The server comes from ``EKTP_BENCH_PG_URL`` (else ``EKTP_TEST_PG_URL``); without either the
case is reported as skipped. The office is built once in a template database; every run gets
a fresh copy of it (``CREATE DATABASE ... TEMPLATE``), so ours and the baseline start from the
same rows. A run starts when every station is connected and told to go, and ends when the
last one has finished the print it was in when its time ran out. Each station times every
print (its claim and its outcome: two transactions). After every run the copy must hold every
record printed once, the blank count down by the prints, the ledger equal to every balance,
both hash chains whole, and (ours and raw alike) the same rows per print. Every database made
here is dropped at the end, whatever happened.

Sizes: 20 stations for 20 s, 3 runs each side (``--quick``: 4 stations for 5 s, 1 run each);
``EKTP_BENCH_STATIONS=STATIONS,SECONDS,RUNS`` overrides them.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any, Final

from sqlalchemy import Engine, create_engine, insert, text
from sqlalchemy.engine import make_url

from benchmarks import pg_checks
from benchmarks.harness import Outcome, Samples, compare, outcome, over, skipped, step
from benchmarks.workspace import QUICK, ROOT, Workspace
from tests.pg_admin import drop_database

URL_ENV: Final = ("EKTP_BENCH_PG_URL", "EKTP_TEST_PG_URL")
SIZE_ENV: Final = "EKTP_BENCH_STATIONS"
PASSWORD: Final = "1234"
THROUGHPUT_GOAL: Final = 2.0  # time per print <= 2x raw: throughput >= 1/2 of raw
P99_GOAL: Final = 4.0
REFRESH_P95_S: Final = 0.100
STALL_OVER_MS: Final = 16.0  # the GUI thread during a refresh vs idle, as the keys' goal


@dataclass(frozen=True)
class Plan:
    stations: int
    seconds: float
    runs: int

    def names(self) -> list[str]:
        return [f"Loket {number}" for number in range(1, self.stations + 1)]

    @property
    def window_station(self) -> str:  # the window's own station: it does not print
        return f"Loket {self.stations + 1}"


@dataclass(frozen=True)
class Run:
    wall_s: float
    latency: list[float]
    niks: list[str]
    window: dict[str, Any] | None = None

    @property
    def per_print_s(self) -> float:
        return self.wall_s / len(self.niks)

    def p99(self) -> float:
        return percentile(self.latency, 99)


def plan(ws: Workspace) -> Plan:
    if os.environ.get(SIZE_ENV):
        stations, seconds, runs = os.environ[SIZE_ENV].split(",")
        return Plan(int(stations), float(seconds), int(runs))
    return Plan(4, 5.0, 1) if ws.sizes is QUICK else Plan(20, 20.0, 3)


def names(p: Plan) -> tuple[str, str, str, str]:
    n = f"{p.stations} stations"
    return (
        f"{n}: time per print",
        f"{n}: p99 print",
        f"refresh under {n}: p95 vs 100 ms",
        f"refresh under {n}: GUI stall",
    )


def stations_case(ws: Workspace) -> list[Outcome]:
    p = plan(ws)
    rate, p99, refresh, stall = names(p)
    url = next((os.environ[name] for name in URL_ENV if os.environ.get(name)), None)
    if not url:
        why = "set EKTP_BENCH_PG_URL or EKTP_TEST_PG_URL"
        return [
            skipped(rate, THROUGHPUT_GOAL, why),
            skipped(p99, P99_GOAL, why),
            skipped(refresh, 1.0, why),
            skipped(stall, STALL_OVER_MS, why),
        ]
    with _server(url) as server:
        template = server.create()
        with step(
            f"building the PostgreSQL office ({p.stations} stations, {ws.sizes.pg_queue:,} queued)",
            verbose=ws.verbose,
        ):
            _build_office(server.url(template), ws, p)
        before = pg_checks.table_rows(server.url(template))
        blanks = pg_checks.blank_count(server.url(template))
        runs: dict[str, list[Run]] = {"ours": [], "raw": []}
        per_print: dict[str, dict[str, float]] = {}

        def run(mode: str, *, window: bool = False) -> Run:
            name = server.create(template=template)
            try:
                url = server.url(name)
                with step(
                    f"{mode} for {p.seconds:g} s" + (" with a window" if window else ""),
                    verbose=ws.verbose,
                ):
                    result = _print_for(ws, mode, url, p, window=window)
                problems = pg_checks.check_run(url, result.niks, blanks)
                if problems:
                    raise RuntimeError(f"the {mode} run went wrong: {'; '.join(problems)}")
                if not window:  # (the window's sign-in and heartbeats write rows of their own)
                    per_print[mode] = pg_checks.rows_per_print(
                        before, pg_checks.table_rows(url), len(result.niks)
                    )
            finally:
                server.drop(name)
            if len(per_print) == 2 and per_print["ours"] != per_print["raw"]:
                raise RuntimeError(f"the raw loop did not write what ours wrote: {per_print}")
            _say(ws, mode, result)
            return result

        def timed(mode: str) -> float:
            runs[mode].append(run(mode))
            return runs[mode][-1].per_print_s

        samples = compare(lambda: timed("ours"), lambda: timed("raw"), runs=p.runs)
        windowed = [run("ours", window=True) for _ in range(max(1, p.runs // 2))]
    latencies = Samples([r.p99() for r in runs["ours"]], [r.p99() for r in runs["raw"]])
    return [
        outcome(rate, samples, THROUGHPUT_GOAL),
        outcome(p99, latencies, P99_GOAL),
        *_refresh_outcomes(refresh, stall, windowed),
    ]


def _refresh_outcomes(refresh: str, stall: str, windowed: list[Run]) -> list[Outcome]:
    reports = [r.window for r in windowed if r.window is not None]
    times = [s for report in reports for s in report["refresh"]]
    p95 = percentile(times, 95)
    busy = Samples(
        [m / 1000 for report in reports for m in report["stall"]],
        [m / 1000 for report in reports for m in report["idle"]],
    )
    on_gui = sum(int(report["gui_thread_reads"]) for report in reports)
    first = Outcome(
        refresh, p95, REFRESH_P95_S, p95 / REFRESH_P95_S, 1.0, p95 <= REFRESH_P95_S, runs=len(times)
    )
    second = over(stall, busy, STALL_OVER_MS)
    if on_gui:  # a read on the GUI thread fails the goal whatever it cost
        second = replace(second, passed=False, case=f"{stall} ({on_gui} reads on the GUI thread)")
    return [first, second]


def percentile(values: list[float], pct: int) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[pct - 1]


def _say(ws: Workspace, mode: str, result: Run) -> None:
    if not ws.verbose:
        return
    line = (
        f"    {mode}: {len(result.niks)} prints in {result.wall_s:.1f} s = "
        f"{len(result.niks) / result.wall_s:.0f}/s; per print p50 "
        f"{percentile(result.latency, 50) * 1000:.0f} ms, p99 {result.p99() * 1000:.0f} ms"
    )
    if result.window is not None:
        times = result.window["refresh"]
        assert isinstance(times, list)
        line += (
            f"; {len(times)} refreshes p50 {percentile(times, 50) * 1000:.0f} ms, "
            f"p95 {percentile(times, 95) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms, "
            f"GUI-thread reads {result.window['gui_thread_reads']}"
        )
    print(line, file=sys.stderr, flush=True)


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
        self.made.append(name)  # (dropped at the end even if the CREATE half happened)
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"{copy}'))
        return name

    def drop(self, name: str) -> None:
        drop_database(self.admin, name)
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


def operator(station: str) -> str:
    return f"op{int(station.split()[-1]):02d}"


def _build_office(url: str, ws: Workspace, p: Plan) -> None:
    """Admin, lead, one operator per station (the window's station too), the stations with
    their rolls loaded, blanks for every queued record, an open shift, the queue."""
    from ektp_desk import clock, shifts, stock, users
    from ektp_desk.db import Database
    from ektp_desk.demo import demo_records
    from ektp_desk.domain import LEAD, OPERATOR
    from ektp_desk.models import RECORD_TABLE
    from ektp_desk.office import first_start
    from ektp_desk.schema import init_database
    from ektp_desk.stations import PrinterSpec, add_station

    db = Database(url)
    init_database(db)
    with _secret(ws):  # the window signs in: its passwords need the office secret
        admin = first_start(db, "admin", "admin123")
        users.add_user(db, "lead1", LEAD, "5678", by=admin.name)
        every = [*p.names(), p.window_station]
        spec = PrinterSpec(ribbon_yield=100_000, film_yield=100_000)
        for name in every:
            users.add_user(db, operator(name), OPERATOR, PASSWORD, by=admin.name)
            add_station(db, name, spec, by=admin.name)
    stock.receive(db, "blank", ws.sizes.pg_queue, ref="BENCH/BLANGKO", operator="lead1")
    for item in ("ribbon", "film"):
        stock.receive(db, item, len(every), ref="BENCH/ROLLS", operator="lead1")
        for name in every:
            stock.load_roll(db, item, station=name, operator="lead1")
    shifts.start_shift(db, "pagi", lead="lead1")
    rows = [
        row | {"phone": None}  # no ready-to-collect messages: both sides write the same
        for row in demo_records(ws.sizes.pg_queue, random.Random(11), clock.now())
    ]
    with db.write() as session:
        session.execute(insert(RECORD_TABLE), rows)
    db.update_statistics(RECORD_TABLE.name)  # as an import of them does (import_batch.publish)
    db.dispose()


def _secret_env(ws: Workspace) -> dict[str, str]:
    from ektp_desk.office_secret import SECRET_FILE_ENV

    return {SECRET_FILE_ENV: str(ws.home / "stations-office-secret")}


@contextmanager
def _secret(ws: Workspace) -> Iterator[None]:
    """The office secret in a file of this case's own, while the office is built here."""
    ((key, path),) = _secret_env(ws).items()
    old = os.environ.get(key)
    os.environ[key] = path
    try:
        yield
    finally:
        if old is None:
            del os.environ[key]
        else:
            os.environ[key] = old


def _spawn(ws: Workspace, *args: str) -> subprocess.Popen[str]:
    env = ws.child_env() | _secret_env(ws)
    return subprocess.Popen(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def _print_for(ws: Workspace, mode: str, url: str, p: Plan, *, window: bool) -> Run:
    workers = [
        _spawn(ws, "-m", "benchmarks.pg_worker", mode, url, station, operator(station))
        for station in p.names()
    ]
    watcher = None
    if window:
        station = p.window_station
        watcher = _spawn(
            ws, str(ROOT / "benchmarks" / "refresh_probe.py"), url, operator(station), station
        )
        _tell(watcher, PASSWORD)
    every = workers + ([watcher] if watcher else [])
    try:
        for process in every:
            _expect(process, "ready", mode)
        start = time.monotonic()
        for process in every:
            _tell(process, f"go {p.seconds}")
        reports = [json.loads(_expect(worker, "done ", mode)) for worker in workers]
        seen = json.loads(_expect(watcher, "BENCH ", "window")) if watcher else None
    finally:
        for process in every:
            if process.poll() is None:
                process.kill()
            process.wait()
    return Run(
        max(report["end"] for report in reports) - start,
        [s for report in reports for s in report["latency"]],
        [nik for report in reports for nik in report["niks"]],
        seen,
    )


def _tell(process: subprocess.Popen[str], line: str) -> None:
    assert process.stdin is not None
    process.stdin.write(line + "\n")
    process.stdin.flush()


def _expect(process: subprocess.Popen[str], prefix: str, who: str) -> str:
    """The rest of the first stdout line that starts with ``prefix``."""
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith(prefix):
            return line[len(prefix) :].strip()
    raise RuntimeError(f"a {who} process ended (status {process.wait()}) without '{prefix}'")
