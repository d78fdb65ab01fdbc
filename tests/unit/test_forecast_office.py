"""The shortage forecast read from a real office: the open shift, measured rates, the
settings, and a whole day that runs until something is out."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from sqlalchemy import event, insert, select

from ektp_desk import clock, demo, printing, settings, shifts, stock, stock_books, supply
from ektp_desk.db import Database
from ektp_desk.domain import QUEUED
from ektp_desk.errors import OutOfStock, Refused
from ektp_desk.forecast import (
    first_shortage,
    forecast,
    forecast_messages,
    forecast_next_shift,
)
from ektp_desk.forecast_inputs import (
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
from tests.unit.test_forecast import flag, levels

NIGHT = datetime(2026, 2, 16, 22, 0)
L1, L2, L3 = "Loket 1", "Loket 2", "Loket 3"


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


def test_the_reads_of_a_forecast_do_not_grow_with_the_offices_history(
    sim_clock: SimClock, office: Database
) -> None:
    """The window refreshes its forecast every 30 s: its statements must stay few however many
    shifts the office has ended (one grouped query for the rates, not one per shift)."""
    add_records(office, 200)
    statements: list[str] = []
    event.listen(office.engine, "before_cursor_execute",
                 lambda _c, _cur, sql, *_rest: statements.append(sql))  # fmt: skip

    def end_shifts(count: int) -> int:
        for _ in range(count):
            if not shifts.open_shifts(office):
                shifts.start_shift(office, "pagi", lead=LEAD)
            claim = printing.claim_next(office, station=STATION)
            printing.record_print(office, claim.nik, station=STATION, operator=OPERATOR)
            sim_clock.set(sim_clock.at + timedelta(hours=8))
            shifts.end_shift(office, lead=LEAD)
        statements.clear()
        forecast_next_shift(office)
        return len(statements)

    few = end_shifts(2)
    many = end_shifts(6)
    assert forecast_next_shift(office).measured
    assert many == few, f"{few} statements after 2 shifts, {many} after 8"
