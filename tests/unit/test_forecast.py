"""The shortage forecast: the arithmetic on crafted scenarios, its words and its JSON."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta

from ektp_desk.domain import Item
from ektp_desk.forecast import (
    LEVELS,
    Flag,
    Forecast,
    first_shortage,
    forecast,
    forecast_json,
    forecast_lines,
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
)

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
