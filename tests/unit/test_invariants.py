"""After any sequence of counter and stock actions the books still add up.

Hypothesis drives random sequences (claims, prints, spoils, releases, deliveries, roll
changes, adjustments, refusals included) and after every step checks what an auditor would:
every balance equals the sum of its ledger rows, every attempt consumed exactly one blank and
its panels, and no record was printed twice.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from sqlalchemy import func, select

from ektp_desk import printing, shifts, stations, stock, stock_books
from ektp_desk.db import Database
from ektp_desk.domain import SPOIL_REASONS
from ektp_desk.errors import Refused
from ektp_desk.models import PrintAttempt, Record, Station, StockMovement
from ektp_desk.schema import init_database
from tests.factories import add_records, add_station, add_user

STATIONS = ("Loket 1", "Loket 2")
LEAD = "lead1"


class CounterDay(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="ektp-invariants-"))
        self.db = Database(f"sqlite:///{self.folder / 'office.sqlite3'}")
        init_database(self.db)
        add_user(self.db, LEAD, "lead", "5678")
        add_station(self.db, STATIONS[0])
        add_station(self.db, STATIONS[1], stations.PrinterSpec("Twin", 7, 9, 2, 3))
        stock.receive(self.db, "blank", 8, ref="BAST/1", operator=LEAD)
        for item in ("ribbon", "film"):
            stock.receive(self.db, item, 3, ref="SJ/1", operator=LEAD)
            for station in STATIONS:
                stock.load_roll(self.db, item, station=station, operator=LEAD)
        shifts.start_shift(self.db, "pagi", lead=LEAD)
        self.niks = add_records(self.db, 12)
        self.refusals = 0

    def teardown(self) -> None:
        self.db.dispose()
        shutil.rmtree(self.folder, ignore_errors=True)

    def attempt(self, action: object, *args: object, **kwargs: object) -> None:
        try:
            action(*args, **kwargs)  # type: ignore[operator]
        except Refused:
            self.refusals += 1

    @rule(item=st.sampled_from(["blank", "ribbon", "film"]), qty=st.integers(1, 4))
    def receive(self, item: str, qty: int) -> None:
        self.attempt(stock.receive, self.db, item, qty, ref="BAST", operator=LEAD)

    @rule(item=st.sampled_from(["ribbon", "film"]), station=st.sampled_from(STATIONS))
    def load_roll(self, item: str, station: str) -> None:
        self.attempt(stock.load_roll, self.db, item, station=station, operator=LEAD)

    @rule(item=st.sampled_from(["blank", "ribbon", "film"]), qty=st.integers(-3, 3))
    def adjust(self, item: str, qty: int) -> None:
        self.attempt(stock.adjust, self.db, item, qty, reason="count", operator=LEAD)

    @rule(station=st.sampled_from(STATIONS))
    def claim(self, station: str) -> None:
        self.attempt(printing.claim_next, self.db, station=station)

    @rule(
        index=st.integers(0, 11),
        station=st.sampled_from(STATIONS),
        spoiled=st.none() | st.sampled_from(SPOIL_REASONS),
    )
    def print_card(self, index: int, station: str, spoiled: str | None) -> None:
        self.attempt(
            printing.record_print,
            self.db,
            self.niks[index],
            station=station,
            operator=LEAD,
            spoiled=spoiled,
        )

    @rule(index=st.integers(0, 11), station=st.sampled_from(STATIONS))
    def release(self, index: int, station: str) -> None:
        self.attempt(printing.release, self.db, self.niks[index], station=station, operator=LEAD)

    @invariant()
    def balances_equal_their_ledger(self) -> None:
        assert stock_books.ledger_mismatches(self.db) == []

    @invariant()
    def every_attempt_consumed_one_blank_and_its_panels(self) -> None:
        with self.db.read() as session:
            attempts = session.scalar(select(func.count(PrintAttempt.id)))
            blanks = session.scalar(
                select(func.coalesce(-func.sum(StockMovement.delta), 0)).where(
                    StockMovement.item == "blank", StockMovement.kind.in_(("consume", "spoil"))
                )
            )
            assert blanks == attempts
            for station in session.scalars(select(Station)):
                count = (
                    session.scalar(
                        select(func.count(PrintAttempt.id)).where(
                            PrintAttempt.station_id == station.id
                        )
                    )
                    or 0
                )
                for item, panels in (
                    ("ribbon", station.ribbon_panels),
                    ("film", station.film_panels),
                ):
                    used = session.scalar(
                        select(func.coalesce(-func.sum(StockMovement.delta), 0)).where(
                            StockMovement.station_id == station.id,
                            StockMovement.item == item,
                            StockMovement.kind.in_(("consume", "spoil")),
                        )
                    )
                    assert used == count * panels

    @invariant()
    def no_record_printed_twice_and_attempts_agree(self) -> None:
        with self.db.read() as session:
            rows = session.execute(
                select(
                    Record.status,
                    Record.attempts,
                    func.count(PrintAttempt.id),
                    func.sum(func.cast(PrintAttempt.outcome == "printed", type_=func.count().type)),
                )
                .join(PrintAttempt, PrintAttempt.record_id == Record.id, isouter=True)
                .group_by(Record.id)
            ).all()
        for status, attempts, counted, printed in rows:
            assert attempts == counted
            assert (printed or 0) == (1 if status == "printed" else 0)


CounterDay.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestCounterDay = CounterDay.TestCase
