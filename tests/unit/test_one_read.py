"""A window's refresh is one read transaction: its twenty-odd reads share one session, so they
see one snapshot and cost one connection check, one BEGIN and one ROLLBACK on a server."""

from __future__ import annotations

from sqlalchemy import event, func, select

from ektp_desk.api.counter import QueueFilter
from ektp_desk.db import Database
from ektp_desk.models import Record
from tests.conftest import STATION
from tests.factories import add_records
from ui.refresh import read_poll, read_snapshot


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
