"""The demo office must look like a real one: valid NIKs, matching kecamatan, working logins."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import select

from ektp_desk import demo, stock_books, users
from ektp_desk.db import Database
from ektp_desk.errors import Refused
from ektp_desk.models import Record
from ektp_desk.nik import parse_nik
from ektp_desk.regions import BOGOR_KECAMATAN


def test_demo_records_are_valid_bogor_niks_with_matching_kecamatan(db: Database) -> None:
    demo.fill_demo(db, records=2000, seed=7)
    with db.read() as session:
        rows = session.execute(
            select(Record.nik, Record.kecamatan, Record.birth_date, Record.female, Record.priority)
        ).all()
    assert len(rows) == 2000
    assert len({row.nik for row in rows}) == 2000
    for nik, kecamatan, born, female, _ in rows:
        info = parse_nik(nik)
        assert (info.province, info.regency) == ("32", "01")
        assert BOGOR_KECAMATAN[int(info.kecamatan) - 1] == kecamatan
        assert (info.birth_date, info.female) == (born, female)
    kinds = Counter(row.priority for row in rows)
    assert 0.02 < 1 - kinds["normal"] / 2000 < 0.09, "a few priority cases, most normal"
    assert 0.4 < sum(row.female for row in rows) / 2000 < 0.6


def test_demo_logins_work_and_stock_is_ready_to_print(db: Database) -> None:
    result = demo.fill_demo(db, records=10)
    for login in result.logins:
        assert users.authenticate(db, login.name, login.password).role == login.role
    levels = stock_books.stock_levels(db)
    assert levels.blank > 0
    assert all(s.ribbon > 0 and s.film > 0 for s in levels.stations)
    assert stock_books.ledger_mismatches(db) == []


def test_demo_refuses_a_database_that_already_has_data(db: Database) -> None:
    demo.fill_demo(db, records=3)
    with pytest.raises(Refused, match="already has 7 users, 3 stations, 3 records"):
        demo.fill_demo(db, records=3)
