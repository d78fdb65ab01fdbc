"""The database keeps what was destroyed as it was, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import insert, select, update
from sqlalchemy.exc import DBAPIError

from ektp_desk import printing, shifts, stock
from ektp_desk.db import Database
from ektp_desk.models import CauseCorrection, DestroyedEntry, Destruction, PrintAttempt
from ektp_desk.office import first_start
from ektp_desk.schema import init_database
from tests.factories import add_records, add_station, add_user


def test_destroyed_entries_cannot_be_changed_nor_destroyed_twice(any_url: str) -> None:
    db = Database(any_url)
    try:
        init_database(db)
        first_start(db, "admin", "admin123")
        add_user(db, "op", "operator", "1234")
        add_station(db, "Loket 1")
        stock.receive(db, "blank", 5, ref="BAST", operator="admin")
        stock.receive(db, "ribbon", 1, ref="R", operator="admin")
        stock.receive(db, "film", 1, ref="F", operator="admin")
        stock.load_roll(db, "ribbon", station="Loket 1", operator="admin")
        stock.load_roll(db, "film", station="Loket 1", operator="admin")
        add_user(db, "lead", "lead", "5678")
        shifts.start_shift(db, "pagi", lead="lead")
        nik = add_records(db, 1)[0]
        printing.record_print(db, nik, station="Loket 1", operator="op", spoiled="misprint")
        with db.write() as session:
            attempt = session.scalars(select(PrintAttempt.id)).one()
            made = Destruction(number="001/X/2026", year=2026, seq=1, held_on=date(2026, 1, 5),
                               made_at=datetime(2026, 1, 5), made_by="admin",
                               signers="{}")  # fmt: skip
            session.add(made)
            session.flush()
            session.add(DestroyedEntry(destruction_id=made.id, attempt_id=attempt,
                                       cause="print_failed", nik=nik))  # fmt: skip
        refused = (
            insert(DestroyedEntry).values(destruction_id=1, attempt_id=attempt,
                                          cause="print_failed", nik=nik),
            insert(CauseCorrection).values(attempt_id=attempt, cause="data_changed", reason="x",
                                           corrected_by="admin", at=datetime(2026, 1, 6)),
            update(DestroyedEntry).values(cause="data_changed"),
            update(Destruction).values(seq=2),
        )  # fmt: skip
        for statement in refused:
            with pytest.raises(DBAPIError), db.write() as session:
                session.execute(statement)
        with db.read() as session:
            assert session.scalars(select(DestroyedEntry.cause)).all() == ["print_failed"]
            assert session.scalars(select(CauseCorrection)).all() == []
    finally:
        db.dispose()
