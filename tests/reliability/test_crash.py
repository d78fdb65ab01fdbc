"""A print station killed with SIGKILL at random moments never loses or double-counts.

A child process claims, prints, spoils and loads rolls in a loop; the test kills it at a
random moment (seeded, so a failure reproduces), then checks the books as the next start
would find them, resolves what the dead station left at its printer, and goes again.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ektp_desk import demo, resume, stock, stock_books
from ektp_desk.db import Database
from ektp_desk.models import PrintAttempt, Record
from ektp_desk.schema import init_database

KILLS = 60
SEED = int(os.environ.get("EKTP_CRASH_SEED", "20261129"))
WORKER = Path(__file__).with_name("crash_worker.py")


def check_books(db: Database) -> set[str]:
    """The invariants; returns the NIKs left claimed."""
    assert stock_books.ledger_mismatches(db) == []
    with db.read() as session:
        attempts = session.scalar(select(func.count(PrintAttempt.id))) or 0
        printed_twice = session.execute(
            select(PrintAttempt.record_id)
            .where(PrintAttempt.outcome == "printed")
            .group_by(PrintAttempt.record_id)
            .having(func.count() > 1)
        ).all()
        queued_but_printed = session.scalar(
            select(func.count())
            .select_from(Record)
            .join(PrintAttempt, PrintAttempt.record_id == Record.id)
            .where(Record.status != "printed", PrintAttempt.outcome == "printed")
        )
        printed_without = session.scalar(
            select(func.count())
            .select_from(Record)
            .where(Record.status == "printed", ~Record.id.in_(
                select(PrintAttempt.record_id).where(PrintAttempt.outcome == "printed")))
        )  # fmt: skip
        claimed = set(session.scalars(select(Record.nik).where(Record.status == "printing")))
    blanks_used = 100_000 - stock_books.stock_levels(db).blank
    assert blanks_used == attempts, "every attempt took exactly one blank"
    assert printed_twice == []
    assert queued_but_printed == 0, "no record is both back in the queue and printed"
    assert printed_without == 0
    return claimed


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    db = Database(url)
    init_database(db)
    demo.fill_demo(db, records=3000, seed=1)
    stock.receive(db, "blank", 100_000 - 3000, ref="BAST/CRASH", operator="lead1")
    for item in ("ribbon", "film"):
        stock.receive(db, item, 500, ref="SJ/CRASH", operator="lead1")
    rng = random.Random(SEED)
    for kill in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(WORKER), url, str(rng.randrange(10**9))],
            stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[2],
        )  # fmt: skip
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.02, 0.35))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        claimed = check_books(db)
        offered = {card.nik for card in resume.pending_cards(db, station="Loket 1")}
        assert offered == claimed, f"kill {kill}: the resume flow offers exactly what was left"
        for nik in sorted(claimed):
            outcome = rng.choice(["printed", "spoiled", "not-printed"])
            resume.resolve(db, nik, outcome=outcome, operator="lead1")
        check_books(db)
    with db.read() as session:
        done = session.scalar(select(func.count(PrintAttempt.id)))
    assert (done or 0) > KILLS, "the station really worked between the kills"
    db.dispose()
