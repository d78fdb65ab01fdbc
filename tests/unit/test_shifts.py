"""Shifts and the cards a closed or crashed PC left half-done."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from ektp_desk import counters, printing, queue_view, resume, shifts, stock, stock_books
from ektp_desk.db import Database
from ektp_desk.errors import PermissionDenied, Refused
from ektp_desk.models import PrintAttempt
from tests.conftest import LEAD, OPERATOR, OTHER_STATION, STATION
from tests.factories import add_records, add_station, add_user


def attempts(db: Database) -> list[tuple[int | None, str]]:
    with db.read() as session:
        rows = session.execute(select(PrintAttempt.shift_id, PrintAttempt.outcome)).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def test_printing_without_an_open_shift_is_refused_with_how_to_open_one(office: Database) -> None:
    [nik] = add_records(office, 1)
    shifts.end_shift(office, lead=LEAD, notes="pulang")
    with pytest.raises(Refused, match="no shift is open at Loket 1: a shift lead opens one"):
        printing.record_print(office, nik, station=STATION, operator=OPERATOR)
    with pytest.raises(Refused, match="no shift is open"):
        printing.claim_next(office, station=STATION)
    assert attempts(office) == []


def test_each_attempt_belongs_to_the_shift_open_at_its_station(office: Database) -> None:
    niks = add_records(office, 2)
    [day] = shifts.open_shifts(office)
    printing.record_print(office, niks[0], station=STATION, operator=OPERATOR)
    shifts.end_shift(office, lead=LEAD)
    night = shifts.start_shift(office, "lembur_malam", lead=LEAD, stations=[OTHER_STATION])
    printing.record_print(office, niks[1], station=OTHER_STATION, operator=OPERATOR)
    assert attempts(office) == [(day.id, "printed"), (night.id, "printed")]
    assert night.stations == (OTHER_STATION,)
    with pytest.raises(Refused, match="no shift is open at Loket 1"):
        printing.claim_next(office, station=STATION)


def test_a_station_works_in_one_open_shift_at_a_time(office: Database) -> None:
    with pytest.raises(Refused, match="Loket 1 is still in shift 1: end that shift first"):
        shifts.start_shift(office, "siang", lead=LEAD, stations=[STATION])
    with pytest.raises(PermissionDenied):
        shifts.end_shift(office, lead=OPERATOR)
    with pytest.raises(Refused, match="unknown shift kind"):
        shifts.start_shift(office, "malam", lead=LEAD)


def test_opening_and_closing_snapshots_hold_every_balance(office: Database) -> None:
    [nik] = add_records(office, 1)
    [shift] = shifts.open_shifts(office)
    printing.record_print(office, nik, station=STATION, operator=OPERATOR)
    stock.receive(office, "blank", 50, ref="BAST/9", operator=LEAD)
    ended = shifts.end_shift(office, lead=LEAD, notes="Film Loket 2 hampir habis")
    opening = {
        (line.item, line.station): line.qty for line in shifts.snapshot(office, shift.id, "opening")
    }
    closing = {
        (line.item, line.station): line.qty for line in shifts.snapshot(office, shift.id, "closing")
    }
    assert opening[("blank", None)] == 100
    assert closing[("blank", None)] == 149
    assert opening[("ribbon", STATION)] - closing[("ribbon", STATION)] == 1
    assert closing[("film", OTHER_STATION)] == opening[("film", OTHER_STATION)]
    assert (ended.notes, ended.is_open) == ("Film Loket 2 hampir habis", False)
    night = shifts.start_shift(office, "lembur_malam", lead=LEAD)
    night_opening = {
        (line.item, line.station): line.qty for line in shifts.snapshot(office, night.id, "opening")
    }
    assert night_opening == closing, "the night starts with exactly what the day left"


def test_a_card_left_at_the_printer_by_an_ended_shift_is_pending(office: Database) -> None:
    niks = add_records(office, 3)
    printing.claim_next(office, station=STATION)
    assert resume.pending_cards(office) == [], "still in its own open shift"
    shifts.end_shift(office, lead=LEAD)
    shifts.start_shift(office, "lembur_malam", lead=LEAD)
    [pending] = resume.pending_cards(office)
    assert (pending.nik, pending.station, pending.attempt) == (niks[0], STATION, 1)
    assert counters.read_counters(office, date.today()).queue_size == 2, "not silently released"


def test_resolving_as_printed_consumes_once_in_the_open_shift(office: Database) -> None:
    niks = add_records(office, 2)
    printing.claim_next(office, station=STATION)
    shifts.end_shift(office, lead=LEAD)
    night = shifts.start_shift(office, "lembur_malam", lead=LEAD)
    result = resume.resolve(office, niks[0], outcome="printed", operator=LEAD)
    assert result.result is not None
    assert result.result.remaining.blank == 99
    assert attempts(office) == [(night.id, "printed")]
    assert resume.pending_cards(office) == []
    with pytest.raises(Refused, match="nothing to resolve"):
        resume.resolve(office, niks[0], outcome="printed", operator=LEAD)
    assert stock_books.ledger_mismatches(office) == []


def test_resolving_as_spoiled_returns_it_to_the_head_and_uses_a_blank(office: Database) -> None:
    niks = add_records(office, 3)
    printing.claim_next(office, station=STATION)
    shifts.end_shift(office, lead=LEAD)
    shifts.start_shift(office, "lembur_malam", lead=LEAD)
    resume.resolve(office, niks[0], outcome="spoiled", operator=LEAD, reason="card_jam")
    queue = queue_view.list_queue(office)
    assert [(e.nik, e.attempt) for e in queue][:1] == [(niks[0], 2)]
    assert stock_books.stock_levels(office).blank == 99


def test_resolving_as_not_printed_restores_its_place_and_consumes_nothing(office: Database) -> None:
    niks = add_records(office, 3)
    printing.claim_next(office, station=STATION)
    printing.claim_next(office, station=OTHER_STATION)
    shifts.end_shift(office, lead=LEAD)
    shifts.start_shift(office, "lembur_malam", lead=LEAD)
    for nik in (niks[1], niks[0]):
        resume.resolve(office, nik, outcome="not-printed", operator=LEAD)
    assert [e.nik for e in queue_view.list_queue(office)] == niks
    assert stock_books.stock_levels(office).blank == 100
    assert attempts(office) == []


def test_a_crashed_pc_finds_its_own_claims_when_it_starts_again(office: Database) -> None:
    niks = add_records(office, 3)
    printing.claim_next(office, station=STATION)  # then the PC lost power
    assert resume.pending_cards(office) == []
    [mine] = resume.pending_cards(office, station=STATION)
    assert mine.nik == niks[0]
    assert resume.pending_cards(office, station=OTHER_STATION) == []


def test_operators_resolve_only_their_own_stations_cards(office: Database) -> None:
    niks = add_records(office, 2)
    printing.claim_next(office, station=STATION)
    with pytest.raises(PermissionDenied, match="a lead resolves Loket 1's"):
        resume.resolve(
            office, niks[0], outcome="not-printed", operator=OPERATOR, station=OTHER_STATION
        )
    resume.resolve(office, niks[0], outcome="not-printed", operator=OPERATOR, station=STATION)
    assert counters.read_counters(office, date.today()).queue_size == 2


def test_resolving_needs_an_open_shift_at_the_cards_station(office: Database) -> None:
    [nik] = add_records(office, 1)
    printing.claim_next(office, station=STATION)
    shifts.end_shift(office, lead=LEAD)
    with pytest.raises(Refused, match="no shift is open at Loket 1"):
        resume.resolve(office, nik, outcome="printed", operator=LEAD)
    resume.resolve(office, nik, outcome="not-printed", operator=LEAD)
    with office.read() as session:
        assert session.scalar(select(func.count(PrintAttempt.id))) == 0


def test_a_shift_needs_a_station_and_ending_needs_an_open_shift(db: Database) -> None:
    add_user(db, LEAD, "lead", "5678")
    with pytest.raises(Refused, match="no print station"):
        shifts.start_shift(db, "pagi", lead=LEAD)
    add_station(db, STATION)
    with pytest.raises(Refused, match="no shift is open"):
        shifts.end_shift(db, lead=LEAD)
    first = shifts.start_shift(db, "pagi", lead=LEAD)
    assert [s.id for s in shifts.list_shifts(db)] == [first.id]


def test_the_night_crew_sees_where_the_day_stopped(office: Database) -> None:
    niks = add_records(office, 5)
    for nik in niks[:3]:
        printing.record_print(office, nik, station=STATION, operator=OPERATOR)
    printing.claim_next(office, station=OTHER_STATION)
    day = shifts.end_shift(office, lead=LEAD, notes="Ribbon Loket 1 tinggal sedikit")
    night = shifts.start_shift(office, "lembur_malam", lead=LEAD)
    view = resume.where_we_stopped(office, last=2)
    assert view.previous is not None
    assert (view.previous.id, view.previous.notes) == (day.id, "Ribbon Loket 1 tinggal sedikit")
    assert view.current is not None
    assert view.current.id == night.id
    assert [p.nik for p in view.last_printed] == [niks[2], niks[1]]
    assert [p.nik for p in view.pending] == [niks[3]]
    opening = {(line.item, line.station): line.qty for line in view.opening_stock}
    assert opening[("blank", None)] == 97
    assert opening[("ribbon", STATION)] == 497
