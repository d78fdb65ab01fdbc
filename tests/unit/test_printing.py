"""The print counter: claim order, printed and spoiled attempts, refusals that change nothing."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select, update

from ektp_desk import (
    audit,
    clock,
    counters,
    printing,
    queue_view,
    shifts,
    stations,
    stock,
    stock_books,
)
from ektp_desk.db import Database
from ektp_desk.errors import NotFound, OutOfStock, Refused
from ektp_desk.models import PrintAttempt, Record, StockMovement, User
from tests.conftest import LEAD, OPERATOR, OTHER_STATION, STATION
from tests.factories import actor, add_records, add_station, add_user


def snapshot(db: Database) -> tuple[object, ...]:
    """Everything a refused action must leave as it was."""
    with db.read() as session:
        recs = session.execute(
            select(
                Record.nik, Record.status, Record.attempts, Record.lane, Record.claimed_station_id
            ).order_by(Record.id)
        ).all()
        attempts = session.scalar(select(func.count(PrintAttempt.id)))
        ledger = session.scalar(select(func.count(StockMovement.id)))
    return tuple(recs), attempts, ledger, stock_books.stock_levels(db)


def test_claim_takes_priority_then_oldest_then_lowest_id(office: Database) -> None:
    normal = add_records(office, 3, start=datetime(2026, 1, 1))
    urgent = add_records(office, 2, priority="elderly", start=datetime(2026, 3, 1), first_serial=50)
    order = [printing.claim_next(office, station=STATION).nik for _ in range(5)]
    assert order == urgent + normal


def test_same_recording_time_is_served_in_import_order(office: Database) -> None:
    when = datetime(2026, 2, 2, 9, 0)
    first = add_records(office, 1, start=when, first_serial=7)
    second = add_records(office, 1, start=when, first_serial=3)
    assert [printing.claim_next(office, station=STATION).nik for _ in range(2)] == first + second


def test_claimed_record_leaves_the_queue_for_every_station(office: Database) -> None:
    niks = add_records(office, 2)
    first = printing.claim_next(office, station=STATION)
    second = printing.claim_next(office, station=OTHER_STATION)
    assert (first.nik, second.nik) == (niks[0], niks[1])
    assert first.attempt == 1
    assert counters.read_counters(office, date.today()).queue_size == 0
    with pytest.raises(Refused, match="queue is empty"):
        printing.claim_next(office, station=STATION)


def test_printed_attempt_consumes_one_blank_and_one_panel_each(office: Database) -> None:
    [nik] = add_records(office, 1)
    result = printing.record_print(office, nik, station=STATION, operator=OPERATOR)
    assert result.outcome == "printed"
    assert result.attempt == 1
    assert (result.remaining.blank, result.remaining.ribbon, result.remaining.film) == (
        99,
        499,
        1499,
    )
    levels = stock_books.stock_levels(office)
    other = next(s for s in levels.stations if s.station == OTHER_STATION)
    assert (other.ribbon, other.film) == (500, 1500), "another station's rolls are untouched"
    with office.read() as session:
        assert session.scalar(select(Record.status).where(Record.nik == nik)) == "printed"


def test_scanning_a_queued_nik_claims_and_prints_at_once(office: Database) -> None:
    niks = add_records(office, 3)
    result = printing.record_print(office, f" {niks[2]} ", station=STATION, operator=OPERATOR)
    assert result.nik == niks[2]
    assert [e.nik for e in queue_view.list_queue(office)] == niks[:2]


def test_spoiled_card_goes_to_the_head_of_its_band_with_its_attempts(office: Database) -> None:
    urgent = add_records(office, 1, priority="urgent", first_serial=90)
    niks = add_records(office, 3)
    last = niks[2]
    spoiled = printing.record_print(
        office, last, station=STATION, operator=OPERATOR, spoiled="ribbon_break"
    )
    assert spoiled.outcome == "spoiled"
    assert spoiled.remaining.blank == 99, "a spoiled card uses a blank too"
    queue = queue_view.list_queue(office)
    assert [e.nik for e in queue] == [*urgent, last, niks[0], niks[1]]
    assert queue[1].attempt == 2
    again = printing.record_print(office, last, station=OTHER_STATION, operator=OPERATOR)
    assert (again.outcome, again.attempt) == ("printed", 2)


def test_spoiled_cards_keep_their_own_fifo_at_the_head(office: Database) -> None:
    niks = add_records(office, 4)
    for nik in (niks[3], niks[1]):
        printing.record_print(office, nik, station=STATION, operator=OPERATOR, spoiled="card_jam")
    assert [e.nik for e in queue_view.list_queue(office)] == [niks[1], niks[3], niks[0], niks[2]]


def test_record_claimed_by_another_station_is_refused(office: Database) -> None:
    [nik] = add_records(office, 1)
    printing.claim_next(office, station=OTHER_STATION)
    before = snapshot(office)
    with pytest.raises(Refused, match=f"being printed at {OTHER_STATION}"):
        printing.record_print(office, nik, station=STATION, operator=OPERATOR)
    assert snapshot(office) == before


def test_already_printed_record_is_refused_with_when_and_where(office: Database) -> None:
    [nik] = add_records(office, 1)
    printing.record_print(office, nik, station=STATION, operator=OPERATOR)
    before = snapshot(office)
    with pytest.raises(Refused, match=f"already printed on .* at {STATION}"):
        printing.record_print(office, nik, station=STATION, operator=OPERATOR)
    assert snapshot(office) == before


def test_unknown_and_malformed_niks_are_refused_differently(office: Database) -> None:
    before = snapshot(office)
    with pytest.raises(NotFound, match="no record with NIK 3201014107900001"):
        printing.record_print(office, "3201014107900001", station=STATION, operator=OPERATOR)
    with pytest.raises(Refused, match="not a valid NIK"):
        printing.record_print(office, "12345", station=STATION, operator=OPERATOR)
    assert snapshot(office) == before


def test_unknown_station_user_or_reason_is_refused(office: Database) -> None:
    [nik] = add_records(office, 1)
    before = snapshot(office)
    with pytest.raises(NotFound, match="station"):
        printing.record_print(office, nik, station="Loket 99", operator=OPERATOR)
    with pytest.raises(NotFound, match="user"):
        printing.record_print(office, nik, station=STATION, operator="nobody")
    with pytest.raises(Refused, match="spoil reason"):
        printing.record_print(office, nik, station=STATION, operator=OPERATOR, spoiled="coffee")
    assert snapshot(office) == before


def test_a_missing_user_is_named_first_and_an_inactive_user_cannot_print(
    office: Database,
) -> None:
    [nik] = add_records(office, 1)
    before = snapshot(office)
    with pytest.raises(NotFound, match="no active user named 'nobody'"):
        printing.record_print(office, nik, station="Loket 99", operator="nobody")
    with office.write() as session:
        session.execute(update(User).where(User.name == OPERATOR).values(active=False))
    with pytest.raises(NotFound, match=f"no active user named '{OPERATOR}'"):
        printing.record_print(office, nik, station=STATION, operator=OPERATOR)
    assert snapshot(office) == before


def record_row(db: Database, nik: str) -> tuple[object, ...]:
    with db.read() as session:
        return session.execute(
            select(Record.status, Record.attempts, Record.lane, Record.claimed_station_id,
                   Record.claimed_at, Record.claimed_shift_id, Record.printed_at)
            .where(Record.nik == nik)
            .order_by(Record.id.desc())
        ).one()  # fmt: skip


@pytest.mark.parametrize("claimed_first", [False, True])
def test_a_print_leaves_the_record_printed_and_unclaimed(
    office: Database, claimed_first: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Scanned from the queue or claimed first, the record ends the same: the claim made in
    the print's own transaction is not left behind, and the audit names the operator."""
    at = datetime(2026, 3, 10, 9, 0)
    monkeypatch.setattr(clock, "now", lambda: at)
    [nik] = add_records(office, 1)
    if claimed_first:
        printing.claim_next(office, station=STATION)
    printing.record_print(office, nik, station=STATION, operator=OPERATOR)
    assert record_row(office, nik) == ("printed", 1, 1, None, None, None, at)
    with office.read() as session:
        attempt = session.execute(
            select(PrintAttempt.attempt_no, PrintAttempt.outcome, PrintAttempt.at)
        ).one()
    assert tuple(attempt) == (1, "printed", at)
    assert audit.read_log(office, reader=actor(office, LEAD), limit=1)[0].user == OPERATOR


@pytest.mark.parametrize("claimed_first", [False, True])
def test_a_spoil_leaves_the_record_queued_at_the_head_and_unclaimed(
    office: Database, claimed_first: bool
) -> None:
    [nik] = add_records(office, 1)
    if claimed_first:
        printing.claim_next(office, station=STATION)
    printing.record_print(office, nik, station=STATION, operator=OPERATOR, spoiled="card_jam")
    assert record_row(office, nik) == ("queued", 1, 0, None, None, None, None)


@pytest.mark.parametrize(
    ("drain", "message"),
    [
        ("blank", "no blank cards left in office stock"),
        ("ribbon", f"no ribbon left at {STATION}"),
        ("film", f"no film left at {STATION}"),
    ],
)
def test_printing_without_a_consumable_is_refused_by_name(
    db: Database, drain: str, message: str
) -> None:

    add_user(db, LEAD, "lead", "5678")
    add_station(db, STATION)
    for item in ("blank", "ribbon", "film"):
        if item != drain:
            stock.receive(db, item, 1, ref="X", operator=LEAD)
    for item in ("ribbon", "film"):
        if item != drain:
            stock.load_roll(db, item, station=STATION, operator=LEAD)
    shifts.start_shift(db, "pagi", lead=LEAD)
    [nik] = add_records(db, 1)
    before = snapshot(db)
    with pytest.raises(OutOfStock, match=message):
        printing.record_print(db, nik, station=STATION, operator=LEAD)
    with pytest.raises(OutOfStock, match=message):
        printing.claim_next(db, station=STATION)
    assert snapshot(db) == before


def test_last_panels_on_a_roll_can_be_used_and_then_printing_stops(db: Database) -> None:

    add_user(db, LEAD, "lead", "5678")
    spec = stations.PrinterSpec(
        "Test", ribbon_yield=5, film_yield=4, ribbon_panels=2, film_panels=2
    )
    add_station(db, STATION, spec)
    stock.receive(db, "blank", 10, ref="X", operator=LEAD)
    for item in ("ribbon", "film"):
        stock.receive(db, item, 1, ref="X", operator=LEAD)
        stock.load_roll(db, item, station=STATION, operator=LEAD)
    shifts.start_shift(db, "pagi", lead=LEAD)
    niks = add_records(db, 3)
    first = printing.record_print(db, niks[0], station=STATION, operator=LEAD)
    second = printing.record_print(db, niks[1], station=STATION, operator=LEAD)
    assert (first.remaining.ribbon, first.remaining.film) == (3, 2)
    assert (second.remaining.ribbon, second.remaining.film) == (1, 0)
    with pytest.raises(OutOfStock, match=r"no ribbon left.*no film left"):
        printing.record_print(db, niks[2], station=STATION, operator=LEAD)


def test_release_puts_a_claim_back_in_its_old_place(office: Database) -> None:
    niks = add_records(office, 3)
    claim = printing.claim_next(office, station=STATION)
    with pytest.raises(Refused, match="not claimed by"):
        printing.release(office, claim.nik, station=OTHER_STATION, operator=OPERATOR)
    printing.release(office, claim.nik, station=STATION, operator=OPERATOR)
    assert [e.nik for e in queue_view.list_queue(office)] == niks
    assert stock_books.stock_levels(office).blank == 100, "a claim alone consumes nothing"


def test_queue_lists_positions_in_print_order_with_limit(office: Database) -> None:
    niks = add_records(office, 5)
    queue = queue_view.list_queue(office, limit=3)
    assert [(e.position, e.nik) for e in queue] == [(1, niks[0]), (2, niks[1]), (3, niks[2])]
    assert queue_view.list_queue(office, limit=2, offset=3)[0].position == 4
