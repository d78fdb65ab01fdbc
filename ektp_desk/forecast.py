"""Shortage forecast: which consumable runs dry before the next shift ends, when, and what to do.

``forecast(inputs)`` is pure over plain values (``ektp_desk.forecast_inputs`` says how they are
read and which shift is next); ``forecast_next_shift`` reads them and runs it.

One simulation (``ektp_desk.forecast_sim``) runs the office from now: what is left of the open
shift on its stations at the rate of its kind until its planned end, then the next shift on
its stations for its hours, and on for the safety margin (``forecast_margin`` of the next
shift's length). Deliveries on the way arrive at their expected time. The flags
(``ektp_desk.forecast_flags``) and the records waiting at the next shift's start and end are
read off it. The spoil rate is the next shift's (at most 50%).

- ``planned_attempts``: what the next shift would attempt with plenty of everything: the
  attempts that print the records waiting at its start, at most its ``capacity`` (its
  stations x the attempts one station makes in its hours).
- A rate of 0 or less prints nothing: the forecast says so instead of finding shortages.
- Days of cover = stock / recent daily use (attempts a day; without history one shift's
  capacity), ribbon and film counting the rolls loaded at every active station plus the spare
  rolls (a fresh roll at the active station with the smallest one); 999.0 when nothing is
  used. A reorder line appears when cover falls under the lead time plus the reorder margin,
  asking for at least what brings the stock back to that many days.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from ektp_desk import forecast_text as text
from ektp_desk.db import Database
from ektp_desk.domain import Item, Level
from ektp_desk.forecast_flags import NEXT, OPEN, Flag, build_flags
from ektp_desk.forecast_inputs import (
    Delivery,
    ForecastInputs,
    Plan,
    StationRolls,
    Stock,
    read_inputs,
)
from ektp_desk.forecast_sim import ROLLS, Segment, attempts_for, simulate
from ektp_desk.i18n import Message

LEVELS: Final = tuple(str(level) for level in Level)  # by severity
ITEMS: Final = ("blank", "ribbon", "film")
ROLL_ITEMS: Final = ("ribbon", "film")
NO_USE_DAYS: Final = 999.0
MAX_SPOIL_RATE: Final = 0.5
_EPSILON: Final = 1e-9  # float noise, so 98 / 0.98 stays 100

__all__ = ["Flag", "Forecast", "forecast", "forecast_next_shift"]


@dataclass(frozen=True)
class Forecast:
    kind: str
    start: datetime
    stations: tuple[str, ...]
    hours: float
    rate: float  # attempts per station-hour
    spoil_rate: float
    measured: bool  # rate and spoil rate measured on recent shifts (else the settings)
    queue: int  # records waiting when the next shift starts
    capacity: int
    planned_attempts: int
    flags: tuple[Flag, ...]
    daily_use: float  # attempts a day the days of cover assume
    days_of_cover: dict[str, float]
    reorder: tuple[Message, ...]
    running_attempts: int = 0  # what the open shift still attempts before the next start
    running_stations: int = 0  # the open shift's stations that make them
    waiting_at_next_end: int = 0
    blank_at_start: int = 0  # blanks when the next shift starts
    rate_source: str = "setting"  # kind | recent | setting
    running: Plan | None = None
    orders: tuple[Delivery, ...] = ()  # deliveries counted

    @property
    def waiting_at_next_start(self) -> int:
        return self.queue

    @property
    def end(self) -> datetime:
        return self.start + _hours(self.hours)


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
    plan, segments = inputs.plan, segments_of(inputs)
    places = _flagged_places(inputs)
    spares = {item: inputs.stock.spares(item) for item in ROLLS}
    sim = simulate(inputs.queue, plan.spoil_rate, inputs.stock.blank, spares,
                   inputs.stock.stations, segments, inputs.orders)  # fmt: skip
    flags = tuple(build_flags(inputs, sim, places))
    capacity = _capacity(plan)
    daily = inputs.daily_use if inputs.daily_use is not None else float(capacity)
    cover = days_of_cover(inputs.stock, daily)
    start = sim.ends.get(OPEN, sim.ends[NEXT])
    opened = start.attempts if OPEN in sim.ends else 0
    running = inputs.running if OPEN in sim.ends else None
    waiting = start.waiting if running else inputs.queue
    planned = min(capacity, attempts_for(waiting, plan.spoil_rate))
    return Forecast(plan.kind, plan.start, plan.stations, plan.hours, plan.rate,
                    plan.spoil_rate, plan.measured, waiting, capacity, planned,
                    flags, daily, cover, _reorders(inputs, daily, cover), opened,
                    len(running.stations) if running else 0, sim.ends[NEXT].waiting,
                    start.blank if running else inputs.stock.blank, plan.rate_source, running,
                    inputs.orders)  # fmt: skip


def segments_of(inputs: ForecastInputs) -> list[Segment]:
    """What is left of the open shift, then the next shift and its margin."""
    plan, found = inputs.plan, []
    run = inputs.running
    if run is not None and run.hours > 0:
        found.append(Segment(OPEN, run.start, run.rate, run.stations, _ticks(run.hours, run.rate)))
    ticks = _ticks(plan.hours, plan.rate)
    extra = _ticks(plan.hours * (1 + max(inputs.policy.margin, 0.0)), plan.rate) - ticks
    found.append(Segment(NEXT, plan.start, plan.rate, plan.stations, ticks, extra))
    return found


def _ticks(hours: float, rate: float) -> int:
    return math.floor(max(hours, 0.0) * rate + _EPSILON) if rate > 0 else 0


def _flagged_places(inputs: ForecastInputs) -> list[StationRolls]:
    """The stations that work until the next shift ends, in name order."""
    names = set(inputs.plan.stations) | set(inputs.running.stations if inputs.running else ())
    return [place for place in inputs.stock.stations if place.name in names]


def _capacity(plan: Plan) -> int:
    return len(plan.stations) * _ticks(plan.hours, plan.rate)


def planned_attempts(queue: int, spoil_rate: float) -> int:
    """Attempts that print ``queue`` records at this spoil rate."""
    return attempts_for(queue, spoil_rate)


def worst_level(result: Forecast) -> str:
    return max((flag.level for flag in result.flags), key=LEVELS.index, default=Level.OK)


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
    """The flag that runs dry first before the next shift ends (short or out)."""
    dry = (Level.SHORT, Level.OUT)
    stopping = [flag for flag in result.flags if flag.runs_out_at and flag.level in dry]
    return min(stopping, key=lambda flag: flag.runs_out_at or result.start, default=None)


def forecast_messages(result: Forecast) -> list[Message]:
    """The plan, what the open shift still does, the deliveries counted, every flag, the days
    of cover and the reorder lines, in that order."""
    return [plan_message(result), *running_messages(result), *coming_messages(result),
            *(flag.message for flag in result.flags), cover_message(result),
            *result.reorder]  # fmt: skip


def running_messages(result: Forecast) -> list[Message]:
    """What the open shift still does before the next start, when it has time left."""
    run = result.running
    if run is None:
        return []
    return [text.running_message({
        "kind": run.kind.replace("_", " "), "attempts": result.running_attempts,
        "time": f"{result.start:%H:%M}", "stations": result.running_stations,
        "rate": round(run.rate, 1), "blank": result.blank_at_start,
        "queue": result.queue})]  # fmt: skip


def coming_messages(result: Forecast) -> list[Message]:
    """The deliveries on the way the forecast counts (before the next shift ends)."""
    return [text.coming_message(_ITEM_WORD[order.item], {
                "time": f"{order.at:%H:%M}", "date": f"{order.at:%d-%m-%Y}", "qty": order.qty,
                "ref": order.ref})
            for order in result.orders if order.at <= result.end]  # fmt: skip


_ITEM_WORD: Final = {Item.BLANK: "blank", Item.RIBBON: "ribbon", Item.FILM: "film"}


def plan_message(result: Forecast) -> Message:
    if result.rate <= 0:
        return text.no_rate_message({"rate": round(result.rate, 1)})
    return text.plan_message(
        result.rate_source,
        {"kind": result.kind.replace("_", " "),  # the office's own names: pagi, lembur malam
         "start": f"{result.start:%H:%M}", "end": f"{result.end:%H:%M}",
         "hours": round(result.hours, 2), "stations": len(result.stations),
         "rate": round(result.rate, 1), "spoil": round(result.spoil_rate * 100, 1),
         "queue": result.queue, "left": result.waiting_at_next_end},
    )  # fmt: skip


def cover_message(result: Forecast) -> Message:
    return text.cover_message({"daily": round(result.daily_use), **result.days_of_cover})


def forecast_lines(result: Forecast) -> list[str]:
    """The forecast as an operator reads it in a terminal: one line per sentence."""
    flags = [f"{flag.level.upper():<5}  {flag.message}" for flag in result.flags]
    reorders = [f"ORDER  {message}" for message in result.reorder]
    before = [*running_messages(result), *coming_messages(result)]
    return [str(plan_message(result)), *(str(m) for m in before), *flags,
            str(cover_message(result)), *reorders]  # fmt: skip


def forecast_json(result: Forecast) -> dict[str, object]:
    flags = [
        {"item": flag.item, "station": flag.station, "level": flag.level, "covers": flag.covers,
         "needed": flag.needed, "message": str(flag.message),
         "runs_out_at": _iso(flag.runs_out_at),
         "shortfall": flag.shortfall, "during": flag.during}
        for flag in result.flags
    ]  # fmt: skip
    return {"planned_attempts": result.planned_attempts, "queue": result.queue,
            "open_shift_attempts": result.running_attempts,
            "waiting_at_next_start": result.waiting_at_next_start,
            "waiting_at_next_end": result.waiting_at_next_end,
            "flags": flags, "days_of_cover": dict(result.days_of_cover)}  # fmt: skip


def days_of_cover(stock: Stock, daily: float) -> dict[str, float]:
    return {item: _days(_cards_in_stock(stock, item), daily) for item in ITEMS}


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment is not None else None


def _hours(hours: float) -> timedelta:
    return timedelta(hours=max(hours, 0.0))


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
