"""The shortage forecast: the arithmetic on crafted scenarios, the reads, and a whole day."""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from sqlalchemy import insert, select

from ektp_desk import clock, demo, printing, settings, shifts, stations, stock, supply, users
from ektp_desk.db import Database
from ektp_desk.domain import QUEUED
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
    level_of,
    planned_attempts,
    until_next_shift,
    worst_level,
)
from ektp_desk.forecast_inputs import ForecastInputs, Plan, Policy, StationRolls, Stock, kind_at
from ektp_desk.models import RECORD_TABLE, Record, status_is
from ektp_desk.records import queue_order
from ektp_desk.stations import PrinterSpec
from tests.conftest import LEAD, OPERATOR, OTHER_STATION, STATION
from tests.factories import add_records

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
) -> Forecast:
    """The forecast for a night shift from 22:00 on the given stations (two fresh ones)."""
    places = places or (StationRolls(L1, 500, 1500), StationRolls(L2, 500, 1500))
    plan = Plan("lembur_malam", NIGHT, tuple(p.name for p in places), hours, rate, spoil, measured)
    office = Stock(blank, spare_ribbon, spare_film, places)
    return forecast(ForecastInputs(queue, plan, office, Policy(), daily_use))


def flag(result: Forecast, item: str, station: str | None = None) -> Flag:
    [found] = [f for f in result.flags if (f.item, f.station) == (item, station)]
    return found


def levels(result: Forecast) -> dict[tuple[str, str | None], str]:
    return {(f.item, f.station): f.level for f in result.flags}


# --- the arithmetic ------------------------------------------------------------------------


def test_levels_are_ordered_by_severity_and_cut_at_the_plan_and_the_margin() -> None:
    assert LEVELS == ("ok", "low", "short", "out")
    assert [level_of(covers, 300, 0.2) for covers in (360, 359, 300, 299, 1, 0)] == [
        "ok", "low", "low", "short", "short", "out",
    ]  # fmt: skip
    assert level_of(0, 0, 0.2) == "ok", "nothing needed: nothing lacks"
    assert level_of(1, 1, 0.2) == "low", "the margin rounds up to a whole card"


def test_planned_attempts_gross_up_the_queue_by_the_spoil_rate_up_to_the_capacity() -> None:
    assert planned_attempts(100, 640, 0.02) == 103  # 102.04 attempts: plan the 103rd
    assert planned_attempts(96, 640, 0.04) == 100  # exactly 100, not 101 from float noise
    assert planned_attempts(1000, 640, 0.02) == 640
    assert planned_attempts(0, 640, 0.02) == 0
    assert planned_attempts(100, 640, 1.0) == 200, "a spoil rate over 50% counts as 50%"


def test_no_history_uses_the_office_defaults_and_one_shift_as_a_day() -> None:
    result = scenario(1000, daily_use=None, measured=False, spoil=0.02)
    assert (result.capacity, result.planned_attempts, result.daily_use) == (640, 640, 640.0)
    assert result.days_of_cover == {"blank": 7.8, "ribbon": 1.6, "film": 4.7}
    assert forecast_lines(result)[0] == (
        "Next shift lembur malam from 22:00: 8.0 h on 2 station(s) at 40.0 attempts per "
        "station-hour and 2.0% spoiled (office settings: no shift measured yet); queue 1000: "
        "plan 640 attempts."
    )


def test_a_queue_smaller_than_capacity_plans_the_queue_and_its_reprints() -> None:
    result = scenario(100, spoil=0.02)
    assert (result.capacity, result.planned_attempts) == (640, 103)
    assert [(f.station, f.needed, f.covers) for f in result.flags if f.item == "ribbon"] == [
        (L1, 52, 500), (L2, 51, 500), (None, 0, 0),
    ]  # fmt: skip
    assert worst_level(result) == "ok"


def test_ribbon_short_at_one_station_without_a_spare_roll() -> None:
    result = scenario(1000, StationRolls(L1, 80, 1500), StationRolls(L2, 500, 1500), hours=3.75)
    assert result.planned_attempts == 300
    ribbon = flag(result, "ribbon", L1)
    assert (ribbon.level, ribbon.covers, ribbon.needed) == ("short", 80, 150)
    assert ribbon.runs_out_at == datetime(2026, 2, 17, 0, 0)  # 80 cards at 40 an hour
    assert str(ribbon.message) == (
        "Ribbon at Loket 1 runs out after ~80 cards, about 00:00, and no spare roll is left for "
        "it (spare rolls in the office: 0): plan 150, 70 cards wait; receive ribbon rolls."
    )
    spares = flag(result, "ribbon")
    assert (spares.level, spares.covers, spares.needed) == ("out", 0, 70)
    assert str(spares.message) == (
        "No spare ribbon roll in the office, and the stations lack ribbon for 70 cards beyond "
        "their loaded rolls; order ribbon rolls."
    )
    assert levels(result)[("ribbon", L2)] == "ok"
    assert first_shortage(result) == ribbon
    assert worst_level(result) == "out"


def test_ribbon_short_at_one_station_with_a_spare_roll_to_load() -> None:
    places = StationRolls(L1, 80, 1500), StationRolls(L2, 500, 1500)
    result = scenario(1000, *places, hours=3.75, spare_ribbon=1)
    ribbon = flag(result, "ribbon", L1)
    assert (ribbon.level, ribbon.covers, ribbon.needed, ribbon.runs_out_at) == (
        "ok", 580, 150, None,
    )  # fmt: skip
    assert str(ribbon.message) == (
        "Ribbon at Loket 1: the loaded roll runs out after ~80 cards, about 00:00; load a spare "
        "roll then (rolls to load: 1). With them it covers 580 cards, plan 150."
    )
    spares = flag(result, "ribbon")
    assert (spares.level, spares.covers, spares.needed) == ("low", 70, 70)
    assert str(spares.message) == (
        "Spare ribbon rolls: 1 in the office, 1 to load this shift: enough for the plan, with "
        "less than 20% to spare; order ribbon rolls."
    )
    assert first_shortage(result) is None
    two_spares = flag(scenario(1000, *places, hours=3.75, spare_ribbon=2), "ribbon")
    assert (two_spares.level, two_spares.covers) == ("ok", 570), "the roll left over counts"


def test_a_spare_roll_is_held_ready_for_a_station_under_the_margin() -> None:
    places = StationRolls(L1, 160, 1500), StationRolls(L2, 140, 1500)
    result = scenario(1000, *places, hours=3.75, spare_ribbon=1)
    ready, loads = flag(result, "ribbon", L1), flag(result, "ribbon", L2)
    assert (loads.level, loads.covers) == ("ok", 640), "short of its 150: it loads the roll"
    assert (ready.level, ready.covers) == ("low", 160), "no roll is left to hold ready for it"
    result = scenario(1000, *places, hours=3.75, spare_ribbon=2)
    ready = flag(result, "ribbon", L1)
    assert (ready.level, ready.covers, ready.runs_out_at) == ("ok", 660, None)
    assert str(ready.message) == (
        "Ribbon at Loket 1: the loaded roll covers 160 cards, plan 150; keep a spare roll ready "
        "for about 02:00 (rolls held ready: 1)."
    )
    spares = flag(result, "ribbon")
    assert (spares.level, spares.covers, spares.needed) == ("ok", 510, 10)
    assert "2 in the office, 1 to load this shift" in str(spares.message)


def test_two_stations_short_of_ribbon_share_one_spare_roll_first_come_first_served() -> None:
    places = StationRolls(L1, 100, 1500), StationRolls(L2, 60, 1500)
    result = scenario(1000, *places, hours=3.75, spare_ribbon=1)
    first, second = flag(result, "ribbon", L1), flag(result, "ribbon", L2)
    assert (second.level, second.covers) == ("ok", 560), "Loket 2 runs out first: it loads it"
    assert (first.level, first.covers, first.needed) == ("short", 100, 150)
    assert first.runs_out_at == datetime(2026, 2, 17, 0, 30)
    assert "spare rolls in the office: 1" in str(first.message)
    spares = flag(result, "ribbon")
    assert (spares.level, spares.covers, spares.needed) == ("short", 90, 140)
    assert str(spares.message) == (
        "Spare ribbon rolls: the 1 in the office are not enough; the stations still lack ribbon "
        "for 50 cards; order ribbon rolls."
    )
    assert first_shortage(result) == first
    both = scenario(1000, *places, hours=3.75, spare_ribbon=2)
    assert [flag(both, "ribbon", s).covers for s in (L1, L2)] == [600, 560]


def test_a_station_short_even_with_its_spare_rolls_says_when_it_stops() -> None:
    places = StationRolls(L1, 10, 1500, ribbon_yield=100), StationRolls(L2, 500, 1500)
    result = scenario(1000, *places, hours=7.5, spare_ribbon=2)
    ribbon = flag(result, "ribbon", L1)
    assert (ribbon.level, ribbon.covers, ribbon.needed) == ("short", 210, 300)
    assert str(ribbon.message) == (
        "Ribbon at Loket 1: the loaded roll runs out after ~10 cards, about 22:15; load a spare "
        "roll then (rolls to load: 2). Even so it runs out after ~210 cards, about 03:15: "
        "plan 300, 90 cards wait; receive ribbon rolls."
    )


def test_panels_per_card_turn_prints_into_cards() -> None:
    places = (StationRolls(L1, 500, 1500, ribbon_panels=2, film_panels=3),)
    result = scenario(1000, *places, hours=7.5, spare_ribbon=1)
    assert result.planned_attempts == 300
    assert (flag(result, "ribbon", L1).covers, flag(result, "film", L1).covers) == (500, 500)
    assert flag(result, "ribbon", L1).level == "ok"  # 250 loaded + 250 from the spare roll


def test_blanks_short() -> None:
    result = scenario(1000, blank=210, hours=3.75)
    blank = flag(result, "blank")
    assert (blank.level, blank.covers, blank.needed) == ("short", 210, 300)
    assert blank.runs_out_at == datetime(2026, 2, 17, 0, 37, 30)  # 210 at 80 an hour
    assert str(blank.message) == (
        "Blank cards run out after ~210 cards, about 00:37: plan 300, blanks cover 210: "
        "90 records wait; ask the province for more."
    )
    assert first_shortage(result) == blank
    assert [flag(scenario(1000, blank=b, hours=3.75), "blank").level for b in (0, 330, 360)] == [
        "out", "low", "ok",
    ]  # fmt: skip


def test_everything_ok() -> None:
    result = scenario(300, spare_ribbon=2, spare_film=1, daily_use=100.0)
    assert set(levels(result).values()) == {"ok"}
    assert (worst_level(result), first_shortage(result)) == ("ok", None)
    assert result.reorder == ()
    assert result.days_of_cover == {"blank": 50.0, "ribbon": 20.0, "film": 45.0}


def test_an_empty_queue_plans_nothing_and_lacks_nothing() -> None:
    result = scenario(0, StationRolls(L1, 0, 0), blank=0, daily_use=None)
    assert (result.planned_attempts, worst_level(result), first_shortage(result)) == (0, "ok", None)
    assert [(f.covers, f.needed) for f in result.flags] == [(0, 0)] * 5
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


def test_json_is_exactly_the_documented_shape_with_english_messages() -> None:
    result = scenario(100, StationRolls(L1, 80, 1500), blank=90, hours=2.0, spare_film=1)
    data = json.loads(json.dumps(forecast_json(result)))
    assert data == {
        "planned_attempts": 80,
        "queue": 100,
        "open_shift_attempts": 0,
        "flags": [
            {"item": "blank", "station": None, "level": "low", "covers": 90, "needed": 80,
             "message": "Blank cards: 90 in stock cover the plan of 80, with less than 20% to "
                        "spare; ask the province for more."},
            {"item": "ribbon", "station": L1, "level": "low", "covers": 80, "needed": 80,
             "message": "Ribbon at Loket 1: the loaded roll covers 80 cards, plan 80, with less "
                        "than 20% to spare; keep a spare roll ready (spare rolls in the office: "
                        "0)."},
            {"item": "ribbon", "station": None, "level": "ok", "covers": 0, "needed": 0,
             "message": "Spare ribbon rolls: 0 in the office, 0 to load this shift; enough for "
                        "the plan."},
            {"item": "film", "station": L1, "level": "ok", "covers": 1500, "needed": 80,
             "message": "Film at Loket 1: the loaded roll covers 1500 cards, plan 80."},
            {"item": "film", "station": None, "level": "ok", "covers": 1500, "needed": 0,
             "message": "Spare film rolls: 1 in the office, 0 to load this shift; enough for "
                        "the plan."},
        ],
        "days_of_cover": {"blank": 0.9, "ribbon": 0.8, "film": 30.0},
    }  # fmt: skip


def test_lines_show_the_plan_each_flag_with_its_level_the_cover_and_the_reorders() -> None:
    lines = forecast_lines(scenario(1000, blank=210, hours=3.75))
    assert lines[0].startswith("Next shift lembur malam from 22:00: 3.75 h on 2 station(s)")
    assert lines[1].startswith("SHORT  Blank cards run out after ~210 cards, about 00:37")
    assert lines[2].startswith("OK     Ribbon at Loket 1")
    assert lines[8] == (
        "Days of cover at ~100 attempts a day: blank cards 2.1, ribbon 10.0, film 30.0."
    )
    assert lines[9].startswith("ORDER  Reorder blank cards: they last ~2.1 days")
    assert len(lines) == 10


def test_messages_carry_only_values_for_the_translator() -> None:
    result = scenario(1000, StationRolls(L1, 80, 1500), blank=0, hours=3.75, spare_ribbon=1)
    for message in [f.message for f in result.flags] + list(result.reorder):
        for value in message.params.values():
            number = isinstance(value, int | float)
            assert number or value == L1 or re.fullmatch(r"\d\d:\d\d", str(value)), value


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
    assert (result.measured, result.queue, result.planned_attempts) == (False, 300, 307)
    assert result.running_attempts == 0
    blank = flag(result, "blank")
    assert (blank.level, blank.covers, blank.needed) == ("short", 100, 307)
    assert blank.runs_out_at == datetime(2026, 2, 16, 7, 15)  # 100 cards at 2 x 40 an hour
    assert [flag(result, "ribbon", s).needed for s in (STATION, OTHER_STATION)] == [154, 153]
    assert (flag(result, "ribbon").covers, flag(result, "film").covers) == (1000, 3000)
    assert result.days_of_cover == {"blank": 0.2, "ribbon": 3.1, "film": 9.4}


def test_the_next_shift_starts_from_what_the_open_one_leaves(
    sim_clock: SimClock, office: Database
) -> None:
    """At 06:00 the pagi shift has 8 hours ahead: its two stations can make 640 attempts, the
    queue wants 307, the 100 blanks allow 100. The siang shift from 14:00 finds no blanks and
    202 records (the 98 of those 100 not spoiled are printed)."""
    add_records(office, 300)
    result = forecast_next_shift(office)
    assert (result.kind, result.start) == ("siang", datetime(2026, 2, 16, 14))
    assert (result.running_attempts, result.running_stations) == (100, 2)
    assert (result.blank_at_start, result.queue, result.planned_attempts) == (0, 202, 207)
    blank = flag(result, "blank")
    assert (blank.level, blank.covers, blank.needed) == ("out", 0, 207)
    assert result.days_of_cover["blank"] == 0.2, "days of cover count the stock of now"
    assert str(forecast_messages(result)[1]) == (
        "Counted after the open shift: it still plans ~100 attempts until 14:00 on 2 "
        "station(s), so the next shift starts with ~0 blank cards and 202 records waiting."
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
    ahead, attempts = until_next_shift(inputs)
    assert attempts == 160  # 2 stations x 2 hours x 40
    l1, l2 = ahead.stock.stations
    assert (l1.ribbon_left, l1.film_left) == (500 - 50, 1500 - 80)  # 30 + a fresh roll's 50
    assert (l2.ribbon_left, l2.film_left) == (500 - 80, 1500 - 120)  # 2 panels: 40 + 120
    assert (ahead.stock.spare_ribbon, ahead.stock.spare_film) == (0, 0)
    assert (ahead.stock.blank, ahead.queue, ahead.running) == (5000 - 160, 1000 - 160, None)
    starved = ForecastInputs(1000, plan, Stock(5000, 0, 0, places), Policy(), 100.0, running)
    l1_dry = until_next_shift(starved)[0].stock.stations[0]
    assert l1_dry.ribbon_left == 0, "no spare roll: the station stops, the rest waits"


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
    assert (result.capacity, result.planned_attempts) == (306, 50)
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
        users.add_user(db, login.name, login.role, login.password)
    for name in demo.STATION_NAMES:
        stations.add_station(db, name, DUPLEX)
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
    assert stock.stock_levels(db).spare_ribbon == 0, "Loket 2 loaded the spare roll"
