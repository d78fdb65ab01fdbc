"""Eight print stations on one queue, each in its own process, on both engines.

Afterwards every record is printed exactly once, attempts and blanks consumed agree, and
every balance equals its ledger: no double claim, no lost stock update.
"""

from __future__ import annotations

import multiprocessing

import pytest
from sqlalchemy import func, select

from ektp_desk import chain_check, shifts, stations, stock, stock_books
from ektp_desk.db import Database
from ektp_desk.models import PrintAttempt, Record
from ektp_desk.schema import init_database
from tests.factories import add_records, add_station, add_user
from tests.integration.workers import run_station

STATIONS = [f"Loket {n}" for n in range(1, 9)]
RECORDS = 2000


def office_for_eight(url: str) -> Database:
    db = Database(url)
    init_database(db)
    add_user(db, "lead1", "lead", "5678")
    add_user(db, "operator1", "operator", "1234")
    big = stations.PrinterSpec("HDP5000", ribbon_yield=5000, film_yield=5000)
    for name in STATIONS:
        add_station(db, name, big)
    stock.receive(db, "blank", RECORDS * 2, ref="BAST/CONC", operator="lead1")
    for item in ("ribbon", "film"):
        stock.receive(db, item, len(STATIONS), ref="SJ/CONC", operator="lead1")
        for name in STATIONS:
            stock.load_roll(db, item, station=name, operator="lead1")
    shifts.start_shift(db, "pagi", lead="lead1")
    add_records(db, RECORDS)
    return db


@pytest.mark.slow
def test_eight_processes_empty_one_queue_exactly_once(any_url: str) -> None:
    db = office_for_eight(any_url)
    context = multiprocessing.get_context("spawn")
    with context.Pool(len(STATIONS)) as pool:
        results = pool.starmap(
            run_station, [(any_url, name, "operator1", seed) for seed, name in enumerate(STATIONS)]
        )
    attempts = sum(a for a, _ in results)
    spoiled = sum(s for _, s in results)
    assert all(a > 0 for a, _ in results), f"every station printed: {results}"
    with db.read() as session:
        printed_per_record = session.execute(
            select(PrintAttempt.record_id, func.count())
            .where(PrintAttempt.outcome == "printed")
            .group_by(PrintAttempt.record_id)
        ).all()
        statuses = dict(
            session.execute(select(Record.status, func.count()).group_by(Record.status)).all()
        )
        recorded = session.scalar(select(func.count(PrintAttempt.id)))
    assert statuses == {"printed": RECORDS}
    assert len(printed_per_record) == RECORDS
    assert {count for _, count in printed_per_record} == {1}, "no card printed twice"
    assert recorded == attempts == RECORDS + spoiled
    levels = stock_books.stock_levels(db)
    assert levels.blank == RECORDS * 2 - attempts, "each attempt took exactly one blank"
    assert sum(s.ribbon for s in levels.stations) == len(STATIONS) * 5000 - attempts
    assert stock_books.ledger_mismatches(db) == []
    assert chain_check.chain_problems(db) == [], "both books stay one hash chain"
    db.dispose()
