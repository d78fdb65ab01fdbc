"""The office of issue 13, as a new user set it up, and deliveries on the way (orders)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ektp_desk import clock, orders, printing, schema, shifts, stock
from ektp_desk.db import Database
from ektp_desk.errors import NotFound, PermissionDenied, Refused
from ektp_desk.forecast import first_shortage, forecast_json, forecast_lines, forecast_next_shift
from ektp_desk.stations import PrinterSpec
from tests.factories import actor, add_records, add_station, add_user

L1, L2 = "Loket 1", "Loket 2"
MORNING = datetime(2026, 2, 16, 6, 0)


class Clock:
    def __init__(self) -> None:
        self.at = MORNING

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def at(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(clock, "now", fake)
    return fake


def plain_office(path: Path, at: Clock) -> Database:
    """Loket 1 and 2, ribbon rolls of 50 prints, film of 1,500; 1,000 blanks; three ribbon
    rolls received, two loaded, one sealed spare; 300 records; pagi open on both stations;
    40 cards printed at Loket 1 by 07:00."""
    db = Database(f"sqlite:///{path}")
    schema.init_database(db)
    at.at = MORNING - timedelta(minutes=30)  # setting up before the shift
    add_user(db, "lead1", "lead", "5678")
    add_user(db, "operator1", "operator", "1234")
    for name in (L1, L2):
        add_station(db, name, PrinterSpec(ribbon_yield=50))
    stock.receive(db, "blank", 1000, ref="BAST/114", operator="lead1")
    stock.receive(db, "ribbon", 3, ref="SJ/R/1", operator="lead1")
    stock.receive(db, "film", 2, ref="SJ/F/1", operator="lead1")
    for name in (L1, L2):
        stock.load_roll(db, "ribbon", station=name, operator="lead1")
        stock.load_roll(db, "film", station=name, operator="lead1")
    add_records(db, 300)
    at.at = MORNING  # after the deliveries: the shift's opening stock
    shifts.start_shift(db, "pagi", lead="lead1")
    for index in range(40):
        at.at = MORNING + timedelta(minutes=1.5 * (index + 1))
        claim = printing.claim_next(db, station=L1)
        printing.record_print(db, claim.nik, station=L1, operator="operator1")
    return db


def test_issue_13_the_ribbon_runs_out_in_the_open_shift_and_siang_starts_without_it(
    tmp_path: Path, at: Clock
) -> None:
    db = plain_office(tmp_path / "office.sqlite3", at)
    result = forecast_next_shift(db, hours=8, stations=2)
    assert (result.kind, result.start) == ("siang", datetime(2026, 2, 16, 14))
    ribbon = first_shortage(result)
    assert ribbon is not None
    assert (ribbon.item, ribbon.level) == ("ribbon", "short")
    assert ribbon.during == "open_shift"
    assert ribbon.runs_out_at is not None
    assert at.at < ribbon.runs_out_at < result.start, "inside the open shift"
    assert result.running_attempts == 110, "ribbon for 110 cards in the whole office"
    assert result.waiting_at_next_start == 260 - 108  # 2 of the 110 attempts spoiled
    assert result.waiting_at_next_end == result.waiting_at_next_start, "siang has no ribbon"
    by_place = {(f.item, f.station): f for f in result.flags}
    assert {by_place["ribbon", s].level for s in (L1, L2, None)} == {"short"}
    assert by_place["ribbon", L2].runs_out_at == datetime(2026, 2, 16, 8, 16, 30)
    assert by_place["blank", None].level == "ok"
    lines = forecast_lines(result)
    assert "152 records wait at its start, 152 at its end" in lines[0]
    assert not any(line.startswith("OK     Ribbon") for line in lines)
    data = json.loads(json.dumps(forecast_json(result)))
    assert (data["waiting_at_next_start"], data["waiting_at_next_end"]) == (152, 152)
    l2 = next(f for f in data["flags"] if (f["item"], f["station"]) == ("ribbon", L2))
    assert (l2["runs_out_at"], l2["during"], l2["shortfall"]) == (
        "2026-02-16T08:16:30", "open_shift", 155,
    )  # fmt: skip
    assert "receive at least 4 ribbon roll(s) before 08:16" in l2["message"]


def test_an_order_on_the_way_is_counted_from_its_time_and_closed_by_the_receipt(
    tmp_path: Path, at: Clock
) -> None:
    db = plain_office(tmp_path / "office.sqlite3", at)
    lead = actor(db, "lead1")
    order = orders.place_order(db, "ribbon", 4, expected=orders.parse_expected("2026-02-16T08:00"),
                               ref="PO/RIBBON/7", actor=lead)  # fmt: skip
    assert [o.id for o in orders.open_orders(db)] == [order.id]
    result = forecast_next_shift(db, hours=8, stations=2)
    assert "Counted from 08:00 on 16-02-2026: 4 ribbon roll(s) expected (PO/RIBBON/7)." in (
        forecast_lines(result)
    )
    assert result.waiting_at_next_start < 152, "the rolls expected at 08:00 keep printing going"
    with pytest.raises(Refused, match="is for ribbon, not blank"):
        orders.receive_order(db, order.id, "blank", 4, ref="SJ/9", actor=lead)
    moved, closed = orders.receive_order(db, order.id, "ribbon", 4, ref="SJ/9", actor=lead)
    assert (moved.balance, closed.received, closed.closed_at) == (5, 4, at.at)
    assert orders.open_orders(db) == []
    with pytest.raises(NotFound, match="no open order"):
        orders.receive_order(db, order.id, "ribbon", 4, ref="SJ/9", actor=lead)


def test_orders_are_for_leads_with_a_reference_and_a_real_date(tmp_path: Path, at: Clock) -> None:
    db = plain_office(tmp_path / "office.sqlite3", at)
    operator = actor(db, "operator1")
    when = orders.parse_expected("2026-02-17")
    assert when == datetime(2026, 2, 17, 8, 0), "a date alone: from the office's opening"
    with pytest.raises(PermissionDenied):
        orders.place_order(db, "blank", 500, expected=when, ref="BAST/1", actor=operator)
    lead = actor(db, "lead1")
    with pytest.raises(Refused, match="needs a reference"):
        orders.place_order(db, "blank", 500, expected=when, ref=" ", actor=lead)
    with pytest.raises(Refused, match="not a date"):
        orders.parse_expected("17/02/2026")
    assert orders.open_orders(db) == []
