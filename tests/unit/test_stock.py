"""Office stock, rolls at stations, and the append-only ledger behind every balance."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from ektp_desk import stock, stock_books
from ektp_desk.db import Database
from ektp_desk.errors import OutOfStock, PermissionDenied, Refused
from ektp_desk.models import StockMovement
from tests.conftest import LEAD, OPERATOR, STATION
from tests.factories import add_station, add_user


def ledger(db: Database) -> list[tuple[str, int, str, str | None]]:
    with db.read() as session:
        rows = session.execute(
            select(
                StockMovement.item, StockMovement.delta, StockMovement.kind, StockMovement.ref
            ).order_by(StockMovement.id)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def test_receiving_books_a_ledger_row_with_its_reference(office: Database) -> None:
    moved = stock.receive(office, "blank", 250, ref=" BAST/0099 ", operator=LEAD)
    assert (moved.item, moved.delta, moved.balance) == ("blank", 250, 350)
    assert ledger(office)[-1] == ("blank", 250, "receive", "BAST/0099")
    assert stock_books.ledger_mismatches(office) == []


@pytest.mark.parametrize(
    ("item", "qty", "ref", "message"),
    [
        ("blank", 0, "X", "at least 1"),
        ("blank", 5, "  ", "reference"),
        ("toner", 5, "X", "unknown item"),
    ],
)
def test_bad_deliveries_are_refused(
    office: Database, item: str, qty: int, ref: str, message: str
) -> None:
    before = ledger(office)
    with pytest.raises(Refused, match=message):
        stock.receive(office, item, qty, ref=ref, operator=LEAD)
    assert ledger(office) == before


def test_only_leads_and_admins_receive_and_adjust(office: Database) -> None:
    before = ledger(office)
    with pytest.raises(PermissionDenied, match="operator1 is an operator; only a lead or an admin"):
        stock.receive(office, "blank", 10, ref="X", operator=OPERATOR)
    with pytest.raises(PermissionDenied):
        stock.adjust(office, "blank", -1, reason="count", operator=OPERATOR)
    stock.receive(office, "blank", 10, ref="X", operator="admin")
    assert len(ledger(office)) == len(before) + 1


def test_adjust_needs_a_reason_and_cannot_go_below_zero(office: Database) -> None:
    with pytest.raises(Refused, match="reason"):
        stock.adjust(office, "blank", -1, reason=" ", operator=LEAD)
    with pytest.raises(Refused, match="only 100 in stock"):
        stock.adjust(office, "blank", -101, reason="stock take", operator=LEAD)
    moved = stock.adjust(office, "blank", -3, reason="found damaged in the box", operator=LEAD)
    assert moved.balance == 97
    with office.read() as session:
        row = session.execute(
            select(StockMovement.kind, StockMovement.delta, StockMovement.note)
            .order_by(StockMovement.id.desc())
            .limit(1)
        ).one()
    assert tuple(row) == ("adjust", -3, "found damaged in the box")


def test_loading_a_roll_takes_a_sealed_roll_and_writes_off_the_old_one(office: Database) -> None:
    before = stock_books.stock_levels(office)
    loaded = stock.load_roll(office, "ribbon", station=STATION, operator=OPERATOR)
    assert (loaded.prints_left, loaded.discarded) == (500, 500)
    after = stock_books.stock_levels(office)
    assert after.spare_ribbon == before.spare_ribbon - 1
    assert ledger(office)[-2:] == [
        ("ribbon", -500, "unload", None),
        ("ribbon", 500, "load_roll", None),
    ]
    assert stock_books.ledger_mismatches(office) == []


def test_loading_without_a_sealed_roll_is_refused(db: Database) -> None:

    add_user(db, LEAD, "lead", "5678")
    add_station(db, STATION)
    with pytest.raises(OutOfStock, match="no sealed film rolls in office stock"):
        stock.load_roll(db, "film", station=STATION, operator=LEAD)
    with pytest.raises(Refused, match="choose ribbon or film"):
        stock.load_roll(db, "blank", station=STATION, operator=LEAD)
    assert ledger(db) == []


def test_ledger_rows_cannot_be_changed_or_deleted(office: Database) -> None:
    for statement in ("UPDATE stock_movements SET delta = 1000", "DELETE FROM stock_movements"):
        with pytest.raises(DBAPIError, match="append-only"), office.write() as session:
            session.execute(text(statement))
    assert stock_books.ledger_mismatches(office) == []


def test_mismatch_is_reported_when_a_balance_is_tampered_with(office: Database) -> None:
    with office.write() as session:
        session.execute(text("UPDATE stock_balances SET qty = 7 WHERE item = 'blank'"))
    assert stock_books.ledger_mismatches(office) == ["blank: balance 7 but ledger sums to 100"]
