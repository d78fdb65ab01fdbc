"""The live view of the stations, and losing the connection mid-action, on both engines."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import text

from ektp_desk import clock, demo, live, printing, stock_books
from ektp_desk.db import Database
from ektp_desk.errors import DatabaseUnavailable
from ektp_desk.schema import init_database


@pytest.fixture
def office_db(any_url: str) -> Iterator[Database]:
    db = Database(any_url)
    init_database(db)
    demo.fill_demo(db, records=30)
    yield db
    db.dispose()


def test_heartbeats_show_who_is_online_and_what_each_prints(office_db: Database) -> None:
    live.heartbeat(office_db, "Loket 1", "operator1")
    live.heartbeat(office_db, "Loket 2", "operator2")
    live.heartbeat(office_db, "Loket 2", "operator3")  # a new operator signed in there
    claim = printing.claim_next(office_db, station="Loket 2")
    now = clock.now()
    overview = {s.station: s for s in live.stations_overview(office_db, now=now)}
    assert (overview["Loket 1"].online, overview["Loket 1"].operator) == (True, "operator1")
    assert (overview["Loket 2"].operator, overview["Loket 2"].printing) == (
        "operator3",
        (claim.nik,),
    )
    assert not overview["Loket 3"].online
    assert overview["Loket 3"].seen_at is None
    later = {
        s.station: s.online
        for s in live.stations_overview(
            office_db, now=now + live.OFFLINE_AFTER + timedelta(seconds=1)
        )
    }
    assert later == {"Loket 1": False, "Loket 2": False, "Loket 3": False}


def test_a_connection_cut_mid_transaction_loses_nothing_and_the_next_action_works(
    pg_url: str,
) -> None:
    db = Database(pg_url)
    init_database(db)
    demo.fill_demo(db, records=5)
    before = stock_books.stock_levels(db)
    killer = Database(pg_url)

    def cut_mid_transaction() -> None:
        with db.write() as session:
            pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
            session.execute(text("UPDATE stock_balances SET qty = qty + 1000 WHERE item = 'blank'"))
            with killer.engine.begin() as conn:  # the network cable is pulled
                conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            session.execute(text("SELECT 1"))

    with pytest.raises(DatabaseUnavailable, match="cannot be used right now"):
        cut_mid_transaction()
    assert stock_books.stock_levels(db) == before, "the cut transaction left nothing behind"
    claim = printing.claim_next(db, station="Loket 1")
    assert claim.attempt == 1, "the pool reconnected by itself"
    killer.dispose()
    db.dispose()
