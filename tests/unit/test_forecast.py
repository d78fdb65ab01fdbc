"""The shortage forecast: the arithmetic on crafted scenarios, the reads, and a whole day."""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from sqlalchemy import insert, select

from ektp_desk import clock, demo, printing, settings, shifts, stock, stock_books, supply
from ektp_desk.db import Database
from ektp_desk.domain import QUEUED, Item
from ektp_desk.errors import OutOfStock, Refused
from ektp_desk.forecast import (
    LEVELS,
    Flag,
    Forecast,
    first_shortage,
    forecast,
    forecast_json,
    forecast_lines,
    forecast_messages,
    forecast_next_shift,
    plan_message,
    planned_attempts,
    worst_level,
)
from ektp_desk.forecast_inputs import (
    Delivery,
    ForecastInputs,
    Plan,
    Policy,
    StationRolls,
    Stock,
    kind_at,
)
from ektp_desk.models import RECORD_TABLE, Record, status_is
from ektp_desk.records import queue_order
from ektp_desk.stations import PrinterSpec
from tests.conftest import LEAD, OPERATOR, OTHER_STATION, STATION
from tests.factories import add_records, add_station, add_user

NIGHT = datetime(2026, 2, 16, 22, 0)
L1, L2, L3 = "Loket 1", "Loket 2", "Loket 3"


def scenario(
    queue: int,
    *places: StationRolls,
    blank: int = 5000,
    spare_ribbon: int = 0,
    spare_film: int = 0,
    hours: float = 8.0,
    rate: float = 40.0,
    spoil: float = 0.0,
    daily_use: float | None = 100.0,
    measured: bool = True,
    orders: tuple[Delivery, ...] = (),
) -> Forecast:
    """The forecast for a night shift from 22:00 on the given stations (two fresh ones)."""
    places = places or (StationRolls(L1, 500, 1500), StationRolls(L2, 500, 1500))
    source = "recent" if measured else "setting"
    plan = Plan("lembur_malam", NIGHT, tuple(p.name for p in places), hours, rate, spoil, measured,
                source)  # fmt: skip
    office = Stock(blank, spare_ribbon, spare_film, places)
    return forecast(ForecastInputs(queue, plan, office, Policy(), daily_use, None, orders))


def flag(result: Forecast, item: str, station: str | None = None) -> Flag:
    [found] = [f for f in result.flags if (f.item, f.station) == (item, station)]
    return found


def levels(result: Forecast) -> dict[tuple[str, str | None], str]:
    return {(f.item, f.station): f.level for f in result.flags}


# --- the simulation on crafted offices ------------------------------------------------------


def test_levels_are_ordered_by_severity() -> None:
    assert LEVELS == ("ok", "low", "short", "out")


def test_planned_attempts_reprint_every_spoiled_card() -> None:
    assert planned_attempts(100, 0.02) == 102  # the 50th and the 100th spoiled: 102 print 100
    assert planned_attempts(96, 0.04) == 99  # the 25th, 50th and 75th spoiled
    assert planned_attempts(0, 0.02) == 0
    assert planned_attempts(100, 1.0) == 199, "a spoil rate over 50% counts as 50%"


def test_no_history_uses_the_office_defaults_and_one_shift_as_a_day() -> None:
    result = scenario(1000, daily_use=None, measured=False, spoil=0.02)
    assert (result.capacity, result.planned_attempts, result.daily_use) == (640, 640, 640.0)
    assert result.days_of_cover == {"blank": 7.8, "ribbon": 1.6, "film": 4.7}
    assert forecast_lines(result)[0] == (
        "Next shift lembur malam 22:00-06:00: 8.0 h on 2 station(s) at 40.0 attempts per "
        "station-hour and 2.0% spoiled (office settings: no shift measured yet); 1000 records "
        "wait at its start, 372 at its end."
    )


def test_ribbon_short_at_one_station_without_a_spare_roll() -> None:
    result = scenario(1000, StationRolls(L1, 80, 1500), StationRolls(L2, 500, 1500), hours=3.75)
    ribbon = flag(result, "ribbon", L1)
    assert (ribbon.level, ribbon.runs_out_at) == ("short", datetime(2026, 2, 17, 0, 1, 30))
    assert (ribbon.shortfall, ribbon.during) == (70, "next_shift")  # 150 moments, 80 printed
    assert str(ribbon.message) == (
        "Ribbon at Loket 1 runs out about 00:01 during lembur malam and no spare roll is left: "
        "70 attempts cannot be made there; receive at least 1 ribbon roll(s) before 00:01."
    )
    spares = flag(result, "ribbon")
    assert (spares.level, spares.runs_out_at) == ("out", ribbon.runs_out_at)
    assert levels(result)[("ribbon", L2)] == "ok"
    assert first_shortage(result) == ribbon
    assert result.waiting_at_next_end == 1000 - 230


def test_the_spare_roll_goes_to_the_station_that_empties_first() -> None:
    places = StationRolls(L1, 100, 1500), StationRolls(L2, 60, 1500)
    result = scenario(1000, *places, hours=3.75, spare_ribbon=1)
    first, second = flag(result, "ribbon", L1), flag(result, "ribbon", L2)
    assert second.level == "ok", "Loket 2 runs out first: it loads the spare roll"
    assert "load a spare roll about 23:31 (1 in all)" in str(second.message)
    assert (first.level, first.runs_out_at) == ("short", datetime(2026, 2, 17, 0, 31, 30))
    assert flag(result, "ribbon").level == "short"


def test_a_low_item_lasts_the_shift_but_not_the_margin_after_it() -> None:
    result = scenario(1000, StationRolls(L1, 330, 1500), hours=8.0)
    ribbon = flag(result, "ribbon", L1)
    assert (ribbon.level, ribbon.shortfall) == ("low", 0)  # 320 moments, dry at the 331st
    assert ribbon.runs_out_at == datetime(2026, 2, 17, 6, 16, 30)
    assert "within 20% of a shift after it; keep a roll ready" in str(ribbon.message)


def test_panels_per_card_turn_prints_into_cards() -> None:
    places = (StationRolls(L1, 500, 1500, ribbon_panels=2, film_panels=3),)
    result = scenario(1000, *places, hours=7.5, spare_ribbon=1)
    assert result.planned_attempts == 300
    assert flag(result, "ribbon", L1).level == "ok"  # 250 loaded + 250 from the spare roll
    assert flag(result, "film", L1).level == "ok"  # 500 cards on the loaded roll


def test_blanks_short_stop_every_station() -> None:
    result = scenario(1000, blank=210, hours=3.75)
    blank = flag(result, "blank")
    assert (blank.level, blank.runs_out_at) == ("short", datetime(2026, 2, 17, 0, 39))
    assert str(blank.message) == (
        "Blank cards run out about 00:39 during lembur malam: 90 attempts cannot be made; "
        "receive at least 90 blanks before 00:39."
    )
    assert first_shortage(result) == blank
    assert [flag(scenario(1000, blank=b, hours=3.75), "blank").level for b in (0, 330, 361)] == [
        "out", "low", "ok",
    ]  # fmt: skip


def test_a_delivery_on_the_way_saves_the_shift_from_its_time() -> None:
    soon = Delivery(NIGHT + timedelta(hours=1), Item.BLANK, 500, "BAST/115")
    late = Delivery(NIGHT + timedelta(hours=5), Item.BLANK, 500, "BAST/116")
    assert flag(scenario(300, blank=100, orders=(soon,)), "blank").level == "ok"
    missed = flag(scenario(300, blank=100, orders=(late,)), "blank")
    assert (missed.level, missed.runs_out_at) == ("short", datetime(2026, 2, 16, 23, 16, 30))
    assert missed.shortfall == 298, "every attempt moment lost between 23:16 and 03:00"
    lines = forecast_lines(scenario(300, blank=100, orders=(soon,)))
    assert "Counted from 23:00 on 16-02-2026: 500 blank cards expected (BAST/115)." in lines


def test_a_rate_of_zero_prints_nothing_and_says_so() -> None:
    result = scenario(300, rate=0.0, blank=0)
    assert (result.planned_attempts, result.waiting_at_next_end) == (0, 300)
    assert str(plan_message(result)).startswith(
        "The print rate is 0.0 attempts per station-hour: the forecast prints nothing"
    )


def test_everything_ok() -> None:
    result = scenario(300, spare_ribbon=2, spare_film=1, daily_use=100.0)
    assert set(levels(result).values()) == {"ok"}
    assert (worst_level(result), first_shortage(result)) == ("ok", None)
    assert result.reorder == ()
    assert result.days_of_cover == {"blank": 50.0, "ribbon": 20.0, "film": 45.0}


def test_an_empty_queue_plans_nothing_and_lacks_nothing() -> None:
    result = scenario(0, StationRolls(L1, 0, 0), blank=0, daily_use=None)
    assert (result.planned_attempts, worst_level(result), first_shortage(result)) == (0, "ok", None)
    assert result.days_of_cover == {"blank": 0.0, "ribbon": 0.0, "film": 0.0}


def test_days_of_cover_and_reorder_suggestions() -> None:
    result = scenario(300, blank=1000, spare_ribbon=1, daily_use=200.0)
    assert result.days_of_cover == {"blank": 5.0, "ribbon": 7.5, "film": 15.0}
    assert [str(message) for message in result.reorder] == [
        "Reorder blank cards: they last ~5.0 days, but a delivery takes 14 days plus 3 days of "
        "safety; ask the province for at least 2400.",
        "Reorder ribbon: it lasts ~7.5 days, but a delivery takes 7 days plus 3 days of safety; "
        "order at least 1 roll(s).",
    ]
    idle = scenario(300, daily_use=0.0, rate=0.0)
    assert idle.days_of_cover == {"blank": 999.0, "ribbon": 999.0, "film": 999.0}
    assert idle.reorder == ()


def test_json_keeps_its_fields_and_adds_when_how_many_and_during() -> None:
    result = scenario(100, StationRolls(L1, 60, 1500), blank=90, hours=2.0, spare_film=1)
    data = json.loads(json.dumps(forecast_json(result)))
    assert {key: data[key] for key in data if key != "flags"} == {
        "planned_attempts": 80, "queue": 100, "open_shift_attempts": 0,
        "waiting_at_next_start": 100, "waiting_at_next_end": 40,
        "days_of_cover": {"blank": 0.9, "ribbon": 0.6, "film": 30.0},
    }  # fmt: skip
    assert data["flags"][1] == {
        "item": "ribbon", "station": L1, "level": "short", "covers": 60,
        "needed": 80, "runs_out_at": "2026-02-16T23:31:30", "shortfall": 20,
        "during": "next_shift",
        "message": "Ribbon at Loket 1 runs out about 23:31 during lembur malam and no spare roll "
                   "is left: 20 attempts cannot be made there; receive at least 1 ribbon roll(s) "
                   "before 23:31.",
    }  # fmt: skip
    assert [(f["item"], f["station"], f["level"]) for f in data["flags"]] == [
        ("blank", None, "ok"), ("ribbon", L1, "short"), ("ribbon", None, "out"),
        ("film", L1, "ok"), ("film", None, "ok"),
    ]  # fmt: skip


def test_messages_carry_only_values_for_the_translator() -> None:
    result = scenario(1000, StationRolls(L1, 80, 1500), blank=0, hours=3.75, spare_ribbon=1)
    for message in [f.message for f in result.flags] + list(result.reorder):
        for value in message.params.values():
            number = isinstance(value, int | float)
            assert (
                number or value in (L1, "lembur malam") or re.fullmatch(r"\d\d:\d\d", str(value))
            ), value


# --- reading the database ------------------------------------------------------------------


class SimClock:
    """The office clock in a test: it moves only when told."""

    def __init__(self, start: datetime) -> None:
        self.at = start

    def __call__(self) -> datetime:
        return self.at

    def set(self, at: datetime) -> None:
        self.at = at


@pytest.fixture
def sim_clock(monkeypatch: pytest.MonkeyPatch) -> SimClock:
    """Monday 16 February 2026, 06:00."""
    fake = SimClock(datetime(2026, 2, 16, 6, 0))
    monkeypatch.setattr(clock, "now", fake)
    return fake


@pytest.fixture
def office(sim_clock: SimClock, office: Database) -> Database:
    """The shared office, set up on the test clock: its pagi shift opened at 06:00."""
    return office


def print_cards(db: Database, now: SimClock, station: str, count: int, spoil: int = 0) -> None:
    """``count`` attempts at one station over 8 hours from 06:00; every n-th one spoiled."""
    start = datetime(2026, 2, 16, 6, 0)
    for index in range(count):
        now.set(start + timedelta(hours=8 * (index + 0.5) / count))
        claim = printing.claim_next(db, station=station)
        spoiled = "misprint" if spoil and (index + 1) % spoil == 0 else None
        printing.record_print(db, claim.nik, station=station, operator=OPERATOR, spoiled=spoiled)


def test_without_history_the_next_shift_follows_the_open_one_with_office_defaults(
    sim_clock: SimClock, office: Database
) -> None:
    add_records(office, 300)
    result = forecast_next_shift(office, ending=True)  # the pagi crew hands over at once
    assert (result.kind, result.start, result.hours) == ("siang", sim_clock.at, 8.0)
    assert (result.stations, result.rate, result.spoil_rate) == ((STATION, OTHER_STATION), 40, 0.02)
    assert (result.measured, result.queue, result.planned_attempts) == (False, 300, 306)
    assert result.running_attempts == 0
    blank = flag(result, "blank")
    assert (blank.level, blank.covers, blank.needed) == ("short", 100, 306)
    assert blank.runs_out_at == datetime(2026, 2, 16, 7, 16, 30)  # the 51st moment at 2 x 40
    assert (blank.shortfall, blank.during, result.waiting_at_next_end) == (206, "next_shift", 202)
    assert [flag(result, "ribbon", s).needed for s in (STATION, OTHER_STATION)] == [50, 50]
    assert (flag(result, "ribbon").covers, flag(result, "film").covers) == (1000, 3000)
    assert result.days_of_cover == {"blank": 0.2, "ribbon": 3.1, "film": 9.4}


def test_the_next_shift_starts_from_what_the_open_one_leaves(
    sim_clock: SimClock, office: Database
) -> None:
    """At 06:00 the pagi shift has 8 hours ahead: its two stations can make 640 attempts, the
    queue wants 306, the 100 blanks allow 100: they run out at 07:16, inside the open shift.
    The siang shift from 14:00 finds no blanks and 202 records (98 of those 100 printed)."""
    add_records(office, 300)
    result = forecast_next_shift(office)
    assert (result.kind, result.start) == ("siang", datetime(2026, 2, 16, 14))
    assert (result.running_attempts, result.running_stations) == (100, 2)
    assert (result.blank_at_start, result.queue, result.planned_attempts) == (0, 202, 206)
    blank = flag(result, "blank")
    assert (blank.level, blank.during) == ("short", "open_shift")
    assert blank.runs_out_at == datetime(2026, 2, 16, 7, 16, 30), "flagged before siang starts"
    assert result.days_of_cover["blank"] == 0.2, "days of cover count the stock of now"
    assert str(forecast_messages(result)[1]) == (
        "Until 14:00 the open pagi shift makes ~100 attempts on 2 station(s) at 40.0 attempts "
        "per station-hour, so the next shift starts with ~0 blank cards and 202 records waiting."
    )
    sim_clock.set(datetime(2026, 2, 16, 13, 0))  # an hour left: 80 attempts, 1 spoiled
    later = forecast_next_shift(office)
    assert (later.running_attempts, later.blank_at_start, later.queue) == (80, 20, 221)
    assert flag(later, "blank").level == "short"
    sim_clock.set(datetime(2026, 2, 16, 15, 0))  # run over: the next one starts now
    assert forecast_next_shift(office).running_attempts == 0


def test_the_open_shift_uses_its_rolls_and_loads_spares_before_the_next_one() -> None:
    places = (StationRolls(L1, 30, 1500), StationRolls(L2, 500, 40, film_panels=2))
    plan = Plan("siang", NIGHT, (L1, L2), 8.0, 40.0, 0.0, True)
    running = Plan("pagi", NIGHT - timedelta(hours=2), (L1, L2), 2.0, 40.0, 0.0, True)
    inputs = ForecastInputs(1000, plan, Stock(5000, 1, 1, places), Policy(), 100.0, running)
    result = forecast(inputs)
    assert result.running_attempts == 160  # 2 stations x 2 hours x 40: both spares loaded
    assert (result.blank_at_start, result.queue) == (5000 - 160, 1000 - 160)
    assert "load a spare roll about 20:46" in str(flag(result, "ribbon", L1).message)
    starved = forecast(ForecastInputs(1000, plan, Stock(5000, 0, 0, places), Policy(), 100.0,
                                      running))  # fmt: skip
    dry = flag(starved, "ribbon", L1)
    dry_at = NIGHT - timedelta(hours=2) + timedelta(minutes=46.5)  # 31st moment, 30 cards on it
    assert (dry.level, dry.during, dry.runs_out_at) == ("short", "open_shift", dry_at)
    assert starved.running_attempts == 30 + 20, "Loket 2's film stops it after 20 cards"


def test_the_rate_and_spoil_rate_are_measured_on_ended_shifts(
    sim_clock: SimClock, office: Database
) -> None:
    add_records(office, 300)
    print_cards(office, sim_clock, STATION, 40, spoil=10)
    print_cards(office, sim_clock, OTHER_STATION, 20)
    sim_clock.set(datetime(2026, 2, 16, 14, 0))
    assert forecast_next_shift(office).measured is False, "an open shift measures nothing yet"
    shifts.end_shift(office, lead=LEAD)
    result = forecast_next_shift(office)
    assert (result.kind, result.start, result.hours) == ("siang", sim_clock.at, 8.0)
    assert (result.rate, result.spoil_rate, result.measured) == (60 / 16, 4 / 60, True)
    assert (result.capacity, result.queue, result.planned_attempts) == (60, 244, 60)
    assert result.daily_use == 60.0
    assert result.days_of_cover["blank"] == round(40 / 60, 1)


def test_the_plan_repeats_the_last_shift_of_its_kind_and_can_be_overridden(
    sim_clock: SimClock, office: Database
) -> None:
    add_records(office, 300)
    sim_clock.set(datetime(2026, 2, 16, 12, 0))
    shifts.end_shift(office, lead=LEAD)  # a 6-hour pagi on both stations
    again = forecast_next_shift(office)
    assert (again.kind, again.hours, again.stations) == ("pagi", 6.0, (STATION, OTHER_STATION))
    shifts.start_shift(office, "siang", lead=LEAD, stations=[OTHER_STATION])
    sim_clock.set(datetime(2026, 2, 16, 15, 0))
    following = forecast_next_shift(office)
    assert (following.kind, following.start) == ("lembur_malam", datetime(2026, 2, 16, 20, 0))
    sim_clock.set(datetime(2026, 2, 16, 21, 0))
    assert forecast_next_shift(office).start == sim_clock.at, "a shift run over: from now"
    shifts.end_shift(office, lead=LEAD)  # a 9-hour siang on Loket 2 alone
    siang = forecast_next_shift(office, now=datetime(2026, 2, 17, 14, 5))
    assert (siang.kind, siang.hours, siang.stations) == ("siang", 9.0, (OTHER_STATION,))
    wider = forecast_next_shift(office, now=datetime(2026, 2, 17, 14, 5), stations=5, hours=4)
    assert (wider.hours, wider.stations, wider.capacity) == (4, (STATION, OTHER_STATION), 320)
    with pytest.raises(Refused, match="longer than 0 hours"):
        forecast_next_shift(office, hours=0)


def test_the_settings_set_the_defaults(sim_clock: SimClock, office: Database) -> None:
    changes = {"forecast_rate_per_station_hour": 25.5, "forecast_spoil_rate": 0.1,
               "forecast_margin": 0.5, "shift_hours": 6.0, "lead_time_days_blank": 0,
               "lead_time_days_ribbon": 5, "lead_time_days_film": 30,
               "reorder_margin_days": 0}  # fmt: skip
    settings.save_settings(office, changes, operator=LEAD)
    assert settings.load_settings(office).forecast_rate_per_station_hour == 25.5
    add_records(office, 45)
    result = forecast_next_shift(office, ending=True)
    assert (result.rate, result.spoil_rate, result.hours) == (25.5, 0.1, 6.0)
    assert (result.capacity, result.planned_attempts) == (306, 49)
    assert flag(result, "blank").level == "ok"  # 100 >= 50 + 50%
    assert flag(forecast_next_shift(office, hours=2, ending=True), "blank").level == "ok"
    assert result.days_of_cover == {"blank": 0.3, "ribbon": 6.5, "film": 19.6}
    assert [str(m).split(":")[0] for m in result.reorder] == ["Reorder film"]
    with pytest.raises(Refused, match="forecast_spoil_rate must be from 0 to 50 %"):
        settings.save_settings(office, {"forecast_spoil_rate": 1.0}, operator=LEAD)
    with pytest.raises(Refused, match=r"forecast_margin must be from 0 to 500 % \(got -10 %\)"):
        settings.save_settings(office, {"forecast_margin": -0.1}, operator=LEAD)


def test_the_kind_of_shift_that_fits_the_time() -> None:
    hours = {hour: kind_at(datetime(2026, 2, 16, hour)) for hour in (0, 5, 6, 13, 14, 21, 22, 23)}
    assert hours == {0: "lembur_malam", 5: "lembur_malam", 6: "pagi", 13: "pagi", 14: "siang",
                     21: "siang", 22: "lembur_malam", 23: "lembur_malam"}  # fmt: skip


# --- a whole day -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RanOut:
    item: str
    station: str | None
    at: datetime
    night_prints: dict[str, int]


def day_shift(db: Database, now: SimClock, kind: str, work: dict[str, int]) -> None:
    """One 8-hour shift from now: each station's attempts spread evenly, every 25th spoiled."""
    start = now.at
    if kind != "pagi":  # the demo opened the pagi shift
        shifts.start_shift(db, kind, lead=LEAD)
    step = {station: 8 / count for station, count in work.items()}
    events = sorted((step[s] * (i + 0.5), s) for s, count in work.items() for i in range(count))
    for done, (offset, station) in enumerate(events, start=1):
        now.set(start + timedelta(hours=offset))
        spoiled = "misprint" if done % 25 == 0 else None  # scanned and printed in one step
        printing.record_print(db, next_nik(db), station=station, operator=OPERATOR, spoiled=spoiled)
    now.set(start + timedelta(hours=8))
    shifts.end_shift(db, lead=LEAD)


def next_nik(db: Database) -> str:
    with db.read() as session:
        return session.scalars(
            select(Record.nik).where(status_is(QUEUED)).order_by(*queue_order()).limit(1)
        ).one()


def night_until_something_runs_out(db: Database, now: SimClock, rate: float) -> RanOut:
    """Stations print in turn at the measured rate; a station refused for an ended roll loads
    a spare one while there is one. Returns the first resource nobody could replace."""
    start = now.at
    shifts.start_shift(db, "lembur_malam", lead=LEAD)
    printed = dict.fromkeys(demo.STATION_NAMES, 0)
    for turn in range(10_000):
        station = demo.STATION_NAMES[turn % 3]
        now.set(start + timedelta(hours=(turn // 3 + 1) / rate))
        try:
            claim = printing.claim_next(db, station=station)
        except OutOfStock:
            lacking = reload_station(db, station)
            if lacking is not None:
                where = None if lacking == "blank" else station
                return RanOut(lacking, where, now.at, printed)
            claim = printing.claim_next(db, station=station)
        printing.record_print(db, claim.nik, station=station, operator=OPERATOR)
        printed[station] += 1
    raise AssertionError("nothing ran out")


def reload_station(db: Database, station: str) -> str | None:
    """Load a spare roll for each ended one, as an operator would; what cannot be replaced."""
    have = supply.station_supply(db, station)
    if have.blank == 0:
        return "blank"
    for item, left in (("ribbon", have.ribbon_left), ("film", have.film_left)):
        if left < (DUPLEX.ribbon_panels if item == "ribbon" else DUPLEX.film_panels):
            try:
                stock.load_roll(db, item, station=station, operator=OPERATOR)
            except OutOfStock:
                return item
    return None


# The demo's printers, printing both sides in colour: two ribbon prints a card, 250 a roll.
DUPLEX = PrinterSpec(ribbon_panels=2)


@pytest.fixture
def demo_day(sim_clock: SimClock, db: Database) -> Database:
    """A demo office (its people, stations and records) at 06:00 with the pagi shift open,
    duplex printers, a tranche of 654 blanks and one spare ribbon roll."""
    for login in demo.LOGINS:
        add_user(db, login.name, login.role, login.password)
    for name in demo.STATION_NAMES:
        add_station(db, name, DUPLEX)
    stock.receive(db, "blank", 654, ref="BAST/BLANGKO/3201/2026/114", operator=LEAD)
    stock.receive(db, "ribbon", 4, ref="SJ/RIBBON/2026/0931", operator=LEAD)
    stock.receive(db, "film", 4, ref="SJ/FILM/2026/0412", operator=LEAD)
    for name in demo.STATION_NAMES:
        stock.load_roll(db, "ribbon", station=name, operator=LEAD)
        stock.load_roll(db, "film", station=name, operator=LEAD)
    shifts.start_shift(db, "pagi", lead=LEAD)
    rows = list(demo.demo_records(800, random.Random(2026), sim_clock.at))
    with db.write() as session:
        session.execute(insert(RECORD_TABLE), rows)
    return db


@pytest.mark.slow
def test_the_flag_at_the_end_of_the_day_names_what_runs_out_first_at_night(
    sim_clock: SimClock, demo_day: Database
) -> None:
    db = demo_day
    work = {L1: 110, L2: 117, L3: 25}  # cards a shift; Loket 3's printer was slow all day
    day_shift(db, sim_clock, "pagi", work)
    day_shift(db, sim_clock, "siang", work)
    result = forecast_next_shift(db)
    assert (result.kind, result.start, result.stations) == ("lembur_malam", NIGHT, (L1, L2, L3))
    assert (result.rate, result.planned_attempts) == (504 / 48, 252)
    assert [flag(result, "ribbon", s).covers for s in (L1, L2, L3)] == [30, 16 + 250, 200]
    assert levels(result)[("ribbon", L2)] == "ok", "Loket 2 ends first and takes the spare"
    assert levels(result)[("blank", None)] == "short"
    flagged = first_shortage(result)
    assert flagged is not None
    assert (flagged.item, flagged.station, flagged.level) == ("ribbon", L1, "short")
    ran_out = night_until_something_runs_out(db, sim_clock, result.rate)
    assert (ran_out.item, ran_out.station) == (flagged.item, flagged.station)
    assert ran_out.night_prints[L1] == flagged.covers
    assert flagged.runs_out_at is not None
    assert abs(ran_out.at - flagged.runs_out_at) < timedelta(minutes=10)
    assert stock_books.stock_levels(db).spare_ribbon == 0, "Loket 2 loaded the spare roll"
