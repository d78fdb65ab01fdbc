"""A window's refresh is one read transaction: its twenty-odd reads share one session, so they
see one snapshot and cost one connection check, one BEGIN and one ROLLBACK on a server."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import event, func, select

from ektp_desk import clock, printing, shifts
from ektp_desk.api.counter import WHOLE_QUEUE, QueueFilter
from ektp_desk.db import Database
from ektp_desk.models import Record
from ektp_desk.shifts import SHIFT_KINDS
from tests.conftest import LEAD, OPERATOR, STATION
from tests.factories import add_records
from ui.refresh import read_poll, read_snapshot

# One whole refresh (queue, counters, stock, stations, forecast), counting SQLite's BEGINs:
# the 3 s poll and the refresh it asks for (two transactions), or a refresh asked for by an
# action (one transaction, which also answers a poll asked meanwhile). Main sent 45 both ways.
POLL_THEN_REFRESH = 23
REFRESH_ALONE = 21


def count_transactions(db: Database) -> list[object]:
    begun: list[object] = []
    event.listen(db.engine, "begin", begun.append)
    return begun


def test_a_read_inside_a_read_shares_its_session_and_a_write_does_not(office: Database) -> None:
    add_records(office, 3)
    begun = count_transactions(office)
    with office.read() as outer, office.read() as inner:
        assert inner is outer
        assert inner.scalar(select(func.count()).select_from(Record)) == 3
    assert len(begun) == 1
    with office.read() as reading, office.write() as writing:  # a write is its own, always
        assert writing is not reading
        reading.scalar(select(func.count()).select_from(Record))
        writing.scalar(select(func.count()).select_from(Record))
    assert len(begun) == 3


def test_a_whole_refresh_and_a_poll_are_one_transaction_each(office: Database) -> None:
    add_records(office, 25)
    begun = count_transactions(office)
    snapshot = read_snapshot(office, STATION, QueueFilter(), None, forecast=True, shown=(0,))
    assert snapshot.queue_count == 25
    assert snapshot.forecast is not None
    assert len(snapshot.queue_blocks[0]) == 25
    assert len(begun) == 1, "every read of the refresh shares one transaction"
    stamp, stations = read_poll(office)
    assert stamp == snapshot.stamp
    assert STATION in [s.station for s in stations]
    assert len(begun) == 2


def test_a_whole_refresh_sends_few_statements_and_reads_the_fingerprint_once(
    office: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's refresh while twenty stations print: each statement is a round trip that
    waits for a core. Both ways a refresh happens (the 3 s poll, then the refresh it asks for;
    a refresh asked for by an action, which also answers a poll) stay within the budget, read
    the fingerprint once, and do not grow with the office's history."""
    now = [datetime(2026, 2, 16, 6, 0)]
    monkeypatch.setattr(clock, "now", lambda: now[0])
    add_records(office, 60)
    statements: list[str] = []
    event.listen(office.engine, "before_cursor_execute",
                 lambda _c, _cur, sql, *_rest: statements.append(sql))  # fmt: skip

    def history(ended: int) -> tuple[list[str], list[str]]:
        for number in range(ended):
            if not shifts.open_shifts(office):
                shifts.start_shift(office, SHIFT_KINDS[number % 3], lead=LEAD)
            for _ in range(2):
                claim = printing.claim_next(office, station=STATION)
                printing.record_print(office, claim.nik, station=STATION, operator=OPERATOR)
            now[0] += timedelta(hours=8)
            shifts.end_shift(office, lead=LEAD)
        shifts.start_shift(office, "pagi", lead=LEAD)
        statements.clear()
        stamp, _stations = read_poll(office)
        snapshot = read_snapshot(office, STATION, WHOLE_QUEUE, None, forecast=True,
                                 shown=(0,), polled=stamp)  # fmt: skip
        assert snapshot.stamp == stamp
        assert snapshot.stations is None
        polled, statements[:] = list(statements), []
        asked = read_snapshot(office, STATION, WHOLE_QUEUE, None, forecast=True, shown=(0,))
        assert asked.forecast is not None
        assert asked.forecast.measured
        assert asked.stations is not None
        assert STATION in [s.station for s in asked.stations]
        sent = list(statements)
        shifts.end_shift(office, lead=LEAD)
        return polled, sent

    few_polled, few_asked = history(3)
    many_polled, many_asked = history(9)
    budgets = (POLL_THEN_REFRESH, REFRESH_ALONE) * 2
    for sent, budget in zip((few_polled, few_asked, many_polled, many_asked), budgets, strict=True):
        assert len(sent) <= budget, "\n".join(sent)
        assert sum("max(print_attempts.id)" in sql for sql in sent) == 1  # the fingerprint
    assert (len(many_polled), len(many_asked)) == (len(few_polled), len(few_asked))
