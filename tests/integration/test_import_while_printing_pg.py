"""On PostgreSQL too, a big import never keeps a print waiting, and the queue sees all of it
or none of it (the SQLite test, in tests/reliability, says how)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ektp_desk import shifts, stock
from ektp_desk.db import Database
from ektp_desk.schema import init_database
from tests.conftest import LEAD, OPERATOR, STATION
from tests.factories import add_records, add_station, add_user
from tests.reliability.test_import_while_printing import print_while_importing, write_export

ROWS = 100_000


@pytest.mark.slow
def test_prints_never_wait_behind_an_import_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    db = Database(pg_url)
    try:
        init_database(db)
        add_user(db, LEAD, "lead", "5678")
        add_user(db, OPERATOR, "operator", "1234")
        add_station(db, STATION)
        stock.receive(db, "blank", 2000, ref="BAST/IMPOR", operator=LEAD)
        for item in ("ribbon", "film"):
            stock.receive(db, item, 2, ref="SJ/IMPOR", operator=LEAD)
            stock.load_roll(db, item, station=STATION, operator=LEAD)
        shifts.start_shift(db, "pagi", lead=LEAD)
        niks = add_records(db, 400)
        export = write_export(tmp_path / "besar.csv", ROWS)
        print_while_importing(db, pg_url, export, niks, ROWS)
    finally:
        db.dispose()
