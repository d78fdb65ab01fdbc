"""Shortage forecast: which consumable runs short in the next shift, and when.

``forecast(inputs)`` is pure arithmetic over plain values (``ektp_desk.forecast_inputs``
says how they are read and which shift is next); ``forecast_next_shift`` reads them and runs it.

- Capacity = stations x hours x rate (attempts). Planned attempts = the queue grossed up by
  the spoil rate (queue / (1 - spoil), rounded up: every spoiled card is printed again),
  at most the capacity (the measured rate already counts spoiled attempts). The spoil rate
  used is at most 50%.
- All counts are cards. Blanks: covers = blanks in stock, needed = planned attempts. A
  station's ribbon or film: needed = its share of the plan (split evenly over the planned
  stations, the first in name order taking the remainder), covers = prints left on the loaded
  roll // panels per card, plus a fresh roll's yield // panels for each spare roll it loads.
- Spare rolls go, one at a time, to the station whose roll ends first (the fewest cards
  covered: every station prints at the same rate) while some station covers less than its
  share plus the safety margin: first the rolls the plan needs, then rolls held ready for a
  station under the margin. No roll is counted twice. The spare-roll flag (station None)
  compares the cards the stations lack beyond their loaded rolls (needed) with what the spares
  cover of that plus the cards of the rolls the plan does not load (a fresh roll at the
  planned station with the smallest one); its message counts the rolls loaded in the plan.
- Level: ``out`` when the plan needs some and nothing covers it, ``short`` under the plan,
  ``low`` under the plan plus the safety margin (rounded up), else ``ok``.
- A short resource runs out at start + covers / pace, the pace of a station being the rate
  and that of the blanks the rate x the planned stations.
- With a shift open, the next shift starts from what the open one leaves (``until_next_shift``):
  until the next start its stations plan attempts like any plan (the queue grossed up by the
  spoil rate, at most their capacity, at most the blanks), split evenly as above; they take
  those blanks, and each station's share off its loaded rolls, loading the office's spare rolls
  as a roll ends (stations in name order); the queue loses the attempts that were not spoiled.
  Days of cover and reorders count the stock as it is now.
- Days of cover = stock / recent daily use (attempts a day; without history one shift's
  capacity), ribbon and film counting the rolls loaded at every active station plus the spare
  rolls (a fresh roll at the active station with the smallest one); 999.0 when nothing is
  used. A reorder line appears when cover falls under the lead time plus the reorder margin,
  asking for at least what brings the stock back to that many days.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Final

from ektp_desk import forecast_text as text
from ektp_desk.db import Database
from ektp_desk.forecast_inputs import ForecastInputs, Plan, StationRolls, Stock, read_inputs
from ektp_desk.forecast_rolls import RollNeed, allocate_spares, safety, shares, spare_covers
from ektp_desk.i18n import Message

LEVELS: Final = ("ok", "low", "short", "out")  # by severity
ITEMS: Final = ("blank", "ribbon", "film")
ROLL_ITEMS: Final = ("ribbon", "film")
NO_USE_DAYS: Final = 999.0
MAX_SPOIL_RATE: Final = 0.5
_EPSILON: Final = 1e-9  # float noise, so 98 / 0.98 stays 100


@dataclass(frozen=True)
class Flag:
    item: str  # blank, ribbon, film
    station: str | None  # None: office blanks, or the spare rolls of ribbon or film
    level: str  # one of LEVELS
    covers: int  # cards it covers
    needed: int  # cards the plan needs of it
    message: Message
    runs_out_at: datetime | None = None  # when it stops the plan; None while it lasts


@dataclass(frozen=True)
class Forecast:
    kind: str
    start: datetime
    stations: tuple[str, ...]
    hours: float
    rate: float  # attempts per station-hour
    spoil_rate: float
    measured: bool  # rate and spoil rate measured on recent shifts (else the settings)
    queue: int
    capacity: int
    planned_attempts: int
    flags: tuple[Flag, ...]
    daily_use: float  # attempts a day the days of cover assume
    days_of_cover: dict[str, float]
    reorder: tuple[Message, ...]
    running_attempts: int = 0  # what the open shift still plans before the next start
    running_stations: int = 0  # the open shift's stations that plan them

    @property
    def blank_at_start(self) -> int:
        """The blanks the next shift starts with (after the open shift's attempts)."""
        return next(flag.covers for flag in self.flags if flag.item == "blank")


def forecast_next_shift(
    db: Database,
    *,
    hours: float | None = None,
    stations: int | None = None,
    now: datetime | None = None,
    ending: bool = False,
) -> Forecast:
    """The forecast for the next shift, from the database as it stands now. ``ending``: the
    open shift ends now (the end-of-shift forecast), so the next one starts now."""
    return forecast(read_inputs(db, hours=hours, stations=stations, now=now, ending=ending))


def forecast(inputs: ForecastInputs) -> Forecast:
    ahead, running = until_next_shift(inputs)
    plan = ahead.plan
    capacity = _capacity(plan)
    planned = planned_attempts(ahead.queue, capacity, plan.spoil_rate)
    flags = (
        _blank_flag(ahead, planned),
        *_roll_flags(ahead, planned, "ribbon"),
        *_roll_flags(ahead, planned, "film"),
    )
    daily = inputs.daily_use if inputs.daily_use is not None else float(capacity)
    cover = days_of_cover(inputs.stock, daily)
    stations = len(inputs.running.stations) if running and inputs.running else 0
    return Forecast(plan.kind, plan.start, plan.stations, plan.hours, plan.rate,
                    plan.spoil_rate, plan.measured, ahead.queue, capacity, planned, flags,
                    daily, cover, _reorders(inputs, daily, cover), running,
                    stations)  # fmt: skip


def until_next_shift(inputs: ForecastInputs) -> tuple[ForecastInputs, int]:
    """The queue and the stock the open shift leaves at the next start, and the attempts it
    plans until then (0, and ``inputs`` unchanged, without an open shift)."""
    run = inputs.running
    if run is None:
        return inputs, 0
    stock = inputs.stock
    attempts = min(planned_attempts(inputs.queue, _capacity(run), run.spoil_rate), stock.blank)
    if attempts <= 0:
        return replace(inputs, running=None), 0
    spoiled = math.floor(attempts * min(max(run.spoil_rate, 0.0), MAX_SPOIL_RATE) + _EPSILON)
    spares = {"ribbon": stock.spare_ribbon, "film": stock.spare_film}
    share = dict(zip(run.stations, shares(attempts, len(run.stations)), strict=True))
    places = tuple(_print_on(place, share.get(place.name, 0), spares) for place in stock.stations)
    left = Stock(stock.blank - attempts, spares["ribbon"], spares["film"], places)
    queue = max(inputs.queue - (attempts - spoiled), 0)
    return replace(inputs, queue=queue, stock=left, running=None), attempts


def _print_on(place: StationRolls, cards: int, spares: dict[str, int]) -> StationRolls:
    """A station after printing ``cards``: a roll that ends is replaced by a spare one while
    the office has one (then the rest waits)."""
    left = {item: place.prints_left(item) for item in ROLL_ITEMS}
    for item in ROLL_ITEMS:
        fresh = place.roll_prints(item)
        need = cards * place.panels(item)
        while need > left[item] and spares[item] > 0 and fresh > 0:
            need -= left[item]
            left[item], spares[item] = fresh, spares[item] - 1
        left[item] = max(left[item] - need, 0)
    return replace(place, ribbon_left=left["ribbon"], film_left=left["film"])


def _capacity(plan: Plan) -> int:
    return math.floor(len(plan.stations) * max(plan.hours, 0.0) * plan.rate + _EPSILON)


def planned_attempts(queue: int, capacity: int, spoil_rate: float) -> int:
    spoil = min(max(spoil_rate, 0.0), MAX_SPOIL_RATE)
    return min(math.ceil(queue / (1 - spoil) - _EPSILON), capacity)


def level_of(covers: int, needed: int, margin: float) -> str:
    if needed > 0 and covers <= 0:
        return "out"
    if covers < needed:
        return "short"
    if covers < needed + safety(needed, margin):
        return "low"
    return "ok"


def worst_level(result: Forecast) -> str:
    return max((flag.level for flag in result.flags), key=LEVELS.index, default="ok")


def station_levels(result: Forecast, station: str) -> dict[str, str]:
    """The level of each supply an operator at ``station`` watches: the office blanks and the
    station's own ribbon and film (the spare rolls' flags are the lead's, in the banner)."""
    return {
        flag.item: flag.level
        for flag in result.flags
        if flag.station == station or (flag.station is None and flag.item == "blank")
    }


def warnings(result: Forecast, limit: int = 3) -> list[Flag]:
    """The flags worth a warning before the next shift, the most severe first."""
    flagged = sorted((f for f in result.flags if f.level != "ok"),
                     key=lambda f: -LEVELS.index(f.level))  # fmt: skip
    return flagged[:limit]


def first_shortage(result: Forecast) -> Flag | None:
    """The resource that stops the plan first (blanks, or one station's ribbon or film)."""
    stopping = [flag for flag in result.flags if flag.runs_out_at is not None]
    return min(stopping, key=lambda flag: flag.runs_out_at or result.start, default=None)


def forecast_messages(result: Forecast) -> list[Message]:
    """The plan (after what the open shift still does), every flag, the days of cover and the
    reorder lines, in that order."""
    return [plan_message(result), *running_messages(result),
            *(flag.message for flag in result.flags), cover_message(result),
            *result.reorder]  # fmt: skip


def running_messages(result: Forecast) -> list[Message]:
    """What the open shift still does before the next start, when it plans any attempts."""
    if not result.running_attempts:
        return []
    return [text.running_message({
        "attempts": result.running_attempts, "time": f"{result.start:%H:%M}",
        "stations": result.running_stations, "blank": result.blank_at_start,
        "queue": result.queue})]  # fmt: skip


def plan_message(result: Forecast) -> Message:
    return text.plan_message(
        result.measured,
        {"kind": result.kind.replace("_", " "),  # the office's own names: pagi, lembur malam
          "start": f"{result.start:%H:%M}", "hours": round(result.hours, 2),
         "stations": len(result.stations), "rate": round(result.rate, 1),
         "spoil": round(result.spoil_rate * 100, 1), "queue": result.queue,
         "planned": result.planned_attempts},
    )  # fmt: skip


def cover_message(result: Forecast) -> Message:
    return text.cover_message({"daily": round(result.daily_use), **result.days_of_cover})


def forecast_lines(result: Forecast) -> list[str]:
    """The forecast as an operator reads it in a terminal: one line per sentence."""
    flags = [f"{flag.level.upper():<5}  {flag.message}" for flag in result.flags]
    reorders = [f"ORDER  {message}" for message in result.reorder]
    running = [str(message) for message in running_messages(result)]
    return [str(plan_message(result)), *running, *flags, str(cover_message(result)), *reorders]


def forecast_json(result: Forecast) -> dict[str, object]:
    flags = [
        {"item": flag.item, "station": flag.station, "level": flag.level, "covers": flag.covers,
         "needed": flag.needed, "message": str(flag.message)}
        for flag in result.flags
    ]  # fmt: skip
    return {"planned_attempts": result.planned_attempts, "queue": result.queue,
            "open_shift_attempts": result.running_attempts,
            "flags": flags, "days_of_cover": dict(result.days_of_cover)}  # fmt: skip


def days_of_cover(stock: Stock, daily: float) -> dict[str, float]:
    return {item: _days(_cards_in_stock(stock, item), daily) for item in ITEMS}


# --- flags ---------------------------------------------------------------------------------


def _blank_flag(inputs: ForecastInputs, planned: int) -> Flag:
    plan, covers = inputs.plan, inputs.stock.blank
    level = level_of(covers, planned, inputs.policy.margin)
    ends = _runs_out(plan, covers, planned, plan.rate * len(plan.stations))
    params = _params(covers, planned, inputs.policy.margin, time=ends)
    return Flag("blank", None, level, covers, planned, text.blank_message(level, params), ends)


def _roll_flags(inputs: ForecastInputs, planned: int, item: str) -> list[Flag]:
    places, margin = _planned_rolls(inputs), inputs.policy.margin
    needs = [
        RollNeed(place.loaded_cards(item), place.roll_cards(item), share,
                 share + safety(share, margin))
        for place, share in zip(places, shares(planned, len(places)), strict=True)
    ]  # fmt: skip
    spares = inputs.stock.spares(item)
    needs = allocate_spares(needs, spares)
    flags = [_station_flag(inputs, item, place.name, need, spares)
             for place, need in zip(places, needs, strict=True)]  # fmt: skip
    return [*flags, _spare_flag(inputs, item, needs, spares)]


def _station_flag(
    inputs: ForecastInputs, item: str, station: str, need: RollNeed, spares: int
) -> Flag:
    plan, margin = inputs.plan, inputs.policy.margin
    level = level_of(need.covers, need.needed, margin)
    ends = _runs_out(plan, need.covers, need.needed, plan.rate)
    change = _at(plan, need.loaded, plan.rate) if need.rolls else None
    params = _params(need.covers, need.needed, margin, time=ends, change=change, station=station,
                     loaded=need.loaded, rolls=need.rolls, spares=spares)  # fmt: skip
    message = text.station_message(item, level, _spare_use(need, level), params)
    return Flag(item, station, level, need.covers, need.needed, message, ends)


def _spare_flag(inputs: ForecastInputs, item: str, needs: list[RollNeed], spares: int) -> Flag:
    per_roll = min((need.per_roll for need in needs), default=0)
    needed = sum(need.shortfall for need in needs)
    covers = spare_covers(needs, spares, per_roll)
    level = level_of(covers, needed, inputs.policy.margin)
    rolls = sum(need.plan_rolls for need in needs)
    params = _params(covers, needed, inputs.policy.margin, rolls=rolls, spares=spares)
    return Flag(item, None, level, covers, needed, text.spare_message(item, level, params))


def _spare_use(need: RollNeed, level: str) -> str:
    """Whether the plan loads spare rolls here ("load"), holds one ready ("ready") or neither."""
    if need.plan_rolls:
        return "load"
    return "ready" if need.rolls and level == "ok" else "none"


def _planned_rolls(inputs: ForecastInputs) -> list[StationRolls]:
    by_name = {place.name: place for place in inputs.stock.stations}
    return [by_name[name] for name in inputs.plan.stations]


def _params(covers: int, needed: int, margin: float, **more: object) -> dict[str, object]:
    wait = max(needed - covers, 0)
    params: dict[str, object] = {
        "covers": covers,
        "needed": needed,
        "wait": wait,
        "margin": round(margin * 100),
    }
    for name, value in more.items():
        if isinstance(value, datetime):
            params[name] = f"{value:%H:%M}"
        elif value is not None:
            params[name] = value
    return params


def _runs_out(plan: Plan, covers: int, needed: int, pace: float) -> datetime | None:
    return _at(plan, covers, pace) if covers < needed else None


def _at(plan: Plan, cards: int, pace: float) -> datetime | None:
    if pace <= 0:
        return None
    return plan.start + timedelta(hours=cards / pace)


# --- days of cover and reorders --------------------------------------------------------------


def _cards_in_stock(stock: Stock, item: str) -> int:
    if item == "blank":
        return stock.blank
    loaded = sum(place.loaded_cards(item) for place in stock.stations)
    return loaded + stock.spares(item) * _roll_cards(stock, item)


def _roll_cards(stock: Stock, item: str) -> int:
    return min((place.roll_cards(item) for place in stock.stations), default=0)


def _days(cards: int, daily: float) -> float:
    if daily <= 0:
        return NO_USE_DAYS
    return min(round(cards / daily, 1), NO_USE_DAYS)


def _reorders(inputs: ForecastInputs, daily: float, cover: dict[str, float]) -> tuple[Message, ...]:
    policy, found = inputs.policy, []
    for item in ITEMS:
        lead = policy.lead_time_days[item]
        horizon = lead + policy.reorder_margin_days
        if daily <= 0 or cover[item] >= horizon:
            continue
        lacking = math.ceil(daily * horizon - _cards_in_stock(inputs.stock, item) - _EPSILON)
        unit = 1 if item == "blank" else _roll_cards(inputs.stock, item)
        if unit <= 0:
            continue
        qty = max(math.ceil(lacking / unit), 1)
        params = {"days": cover[item], "lead": lead,
                  "margin": policy.reorder_margin_days, "qty": qty}  # fmt: skip
        found.append(text.reorder_message(item, params))
    return tuple(found)
