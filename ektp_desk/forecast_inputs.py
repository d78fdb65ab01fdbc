"""What the shortage forecast starts from, as plain values, and reading it from the database.

The arithmetic (``ektp_desk.forecast``) never touches the database: ``read_inputs`` gathers
the queue, the next shift's plan, the stock and the recent use in one read session.

Which shift is next: with a shift open (the latest started, if several), the next kind in the
cycle pagi -> siang -> lembur_malam -> pagi, starting when the open one's planned length ends
(or now, if it has run over). With none open, the kind whose hours hold the current time
(``SHIFT_STARTS``: pagi from 06:00, siang from 14:00, lembur_malam from 22:00), starting now.
``ending``: the open shift is being ended now (the end-of-shift forecast, the handover): the
next one starts now.

What the open shift still does: until the next start, its stations (those still active) keep
printing at the plan's rate and spoil rate; ``ForecastInputs.running`` is that remainder as a
plan from now, and the forecast counts the next shift from the stock and the queue it leaves.

Deliveries on the way: every open order (``ektp_desk.orders``), counted from its expected
time (from now, if that has passed).

The plan's defaults: hours = the length of the last ended shift of that kind, else the
``shift_hours`` setting; stations = as many as worked in that shift (the same ones while they
are active, topped up with other active stations in name order), else every active station;
asking for more stations than are active gives the active ones. The rate of a shift kind is
the median of the attempts per station-hour of the last 5 ended shifts of that kind that had
attempts (of any kind when none of that kind did), the spoil rate their spoiled attempts over
their attempts; shifts shorter than 30 minutes measure nothing and are skipped, as they are
for the default hours. With no such shift, both come from the settings. The open shift keeps
printing at the rate of its own kind.

Recent daily use is the attempts a day over the last 7 days that had attempts (within the
last 90 days); None without any.

The window reads all this at every refresh: the ended shifts and their work come from
``ektp_desk.forecast_history`` in a few statements however long the office's history is, and
the settings and the office's balances are read once in the refresh's read transaction.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ektp_desk import clock
from ektp_desk.db import Database
from ektp_desk.domain import PRINTING, QUEUED, Item
from ektp_desk.errors import Refused
from ektp_desk.forecast_history import ShiftHistory
from ektp_desk.forecast_history import hours as shift_hours
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.limits import MAX_SHIFT_HOURS, MAX_STATIONS
from ektp_desk.models import PrintAttempt, Record, Shift, Station, status_is
from ektp_desk.orders import read_open_orders
from ektp_desk.settings import OfficeSettings, read_settings
from ektp_desk.shifts import SHIFT_KINDS, station_names
from ektp_desk.stations import active_stations
from ektp_desk.supply import office_balances

SHIFT_STARTS: Final = {"pagi": 6, "siang": 14, "lembur_malam": 22}  # hour each kind begins
USE_DAYS: Final = 7  # recent days with attempts the daily use is measured over
USE_WINDOW_DAYS: Final = 90  # older attempts say nothing about today's use


@dataclass(frozen=True)
class StationRolls:
    """A station's printer and what is left on its loaded rolls (in prints, not cards)."""

    name: str
    ribbon_left: int
    film_left: int
    ribbon_yield: int = 500
    film_yield: int = 1500
    ribbon_panels: int = 1
    film_panels: int = 1

    def loaded_cards(self, item: str) -> int:
        """Cards the loaded roll of ``item`` ("ribbon" or "film") still prints."""
        return self.prints_left(item) // self.panels(item)

    def roll_cards(self, item: str) -> int:
        """Cards a fresh roll of ``item`` prints here."""
        return self.roll_prints(item) // self.panels(item)

    def prints_left(self, item: str) -> int:
        return self.ribbon_left if item == "ribbon" else self.film_left

    def roll_prints(self, item: str) -> int:
        """Prints a fresh roll of ``item`` holds here."""
        return self.ribbon_yield if item == "ribbon" else self.film_yield

    def panels(self, item: str) -> int:
        return self.ribbon_panels if item == "ribbon" else self.film_panels


@dataclass(frozen=True)
class Plan:
    kind: str  # pagi, siang, lembur_malam
    start: datetime
    stations: tuple[str, ...]  # the stations that work, in name order
    hours: float
    rate: float  # print attempts per station-hour
    spoil_rate: float  # share of attempts spoiled
    measured: bool = False  # rate and spoil rate come from recent shifts, not the settings
    rate_source: str = "setting"  # "kind": shifts of this kind; "recent": recent shifts

    @property
    def end(self) -> datetime:
        return self.start + timedelta(hours=max(self.hours, 0.0))


@dataclass(frozen=True)
class Delivery:
    """An open order, counted from ``at``."""

    at: datetime
    item: Item  # BLANK, or RIBBON / FILM: sealed rolls
    qty: int
    ref: str = ""


@dataclass(frozen=True)
class Stock:
    blank: int
    spare_ribbon: int  # sealed rolls in the office
    spare_film: int
    stations: tuple[StationRolls, ...]  # every active station, planned or not

    def spares(self, item: str) -> int:
        return self.spare_ribbon if item == "ribbon" else self.spare_film


def _lead_times(office: OfficeSettings | None = None) -> dict[str, int]:
    office = office or OfficeSettings()
    return {
        "blank": office.lead_time_days_blank,
        "ribbon": office.lead_time_days_ribbon,
        "film": office.lead_time_days_film,
    }


@dataclass(frozen=True)
class Policy:
    margin: float = 0.2  # under plan x (1 + margin) a resource is "low"
    lead_time_days: Mapping[str, int] = field(default_factory=_lead_times)
    reorder_margin_days: int = 3


@dataclass(frozen=True)
class ForecastInputs:
    queue: int  # records waiting to be printed (queued, or claimed at a printer)
    plan: Plan
    stock: Stock
    policy: Policy = field(default_factory=Policy)
    daily_use: float | None = None  # attempts a day lately; None without history
    running: Plan | None = None  # what the open shift still prints before the next start
    orders: tuple[Delivery, ...] = ()  # deliveries on the way


def read_inputs(
    db: Database,
    *,
    hours: float | None = None,
    stations: int | None = None,
    now: datetime | None = None,
    ending: bool = False,
) -> ForecastInputs:
    """Everything the forecast of the next shift needs, read in one session."""
    if hours is not None and not (0 < hours <= MAX_SHIFT_HOURS):  # NaN fails both
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "a shift lasts longer than 0 hours and at most {limit} (got {hours})"
            ),
            hours=hours,
            limit=f"{MAX_SHIFT_HOURS:g}",
        )
    if stations is not None and not 1 <= stations <= MAX_STATIONS:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "a shift has 1 to {limit} stations (got {stations})"),
            stations=stations,
            limit=MAX_STATIONS,
        )
    moment = now or clock.now()
    with db.read() as session:
        office = read_settings(session)
        open_shift = _open_shift(session)
        history = ShiftHistory.read(session)
        kind, start = _next_shift(history, office, moment, open_shift, ending=ending)
        last = history.last_ended(kind)
        active = list(active_stations(session))
        worked = station_names(session, [s.id for s in (last, open_shift) if s is not None])
        names = _planned_stations(worked[last.id] if last else [], active, stations)
        length = hours if hours is not None else _planned_hours(last, office)
        plan = Plan(kind, start, names, length, *_rates(history, office, kind))
        running = None
        if open_shift is not None and start > moment:
            working = [n for n in worked[open_shift.id]
                       if n in {place.name for place in active}]  # fmt: skip
            hours_left = (start - moment).total_seconds() / 3600
            running = Plan(open_shift.kind, moment, tuple(working), hours_left,
                           *_rates(history, office, open_shift.kind))  # fmt: skip
        stock, use = _stock(session, active), _daily_use(session, moment)
        orders = tuple(Delivery(max(o.expected_at, moment), o.item, o.qty, o.ref)
                       for o in read_open_orders(session))  # fmt: skip
        return ForecastInputs(_queue(session), plan, stock, _policy(office), use, running, orders)


def kind_at(moment: datetime) -> str:
    """The shift kind whose hours hold this moment."""
    begun = [kind for kind in SHIFT_KINDS if SHIFT_STARTS[kind] <= moment.hour]
    return begun[-1] if begun else SHIFT_KINDS[-1]


def following_kind(kind: str) -> str:
    return SHIFT_KINDS[(SHIFT_KINDS.index(kind) + 1) % len(SHIFT_KINDS)]


def _open_shift(session: Session) -> Shift | None:
    """The open shift (the latest started, if several)."""
    return session.scalars(
        select(Shift)
        .where(Shift.ended_at.is_(None))
        .order_by(Shift.started_at.desc(), Shift.id.desc())
        .limit(1)
    ).first()


def _next_shift(
    history: ShiftHistory, office: OfficeSettings, now: datetime, running: Shift | None,
    *, ending: bool,
) -> tuple[str, datetime]:  # fmt: skip
    if running is None:
        return kind_at(now), now
    if ending:
        return following_kind(running.kind), now
    length = _planned_hours(history.last_ended(running.kind), office)
    return following_kind(running.kind), max(running.started_at + timedelta(hours=length), now)


def _planned_hours(last: Shift | None, office: OfficeSettings) -> float:
    return shift_hours(last) if last is not None else office.shift_hours


def _planned_stations(
    worked: list[str], active: list[Station], count: int | None
) -> tuple[str, ...]:
    names = [place.name for place in active]
    preferred = [name for name in worked if name in names]
    preferred += [name for name in names if name not in preferred]
    wanted = count if count is not None else (len(worked) or len(names))
    return tuple(sorted(preferred[: max(wanted, 0)]))


def _rates(
    history: ShiftHistory, office: OfficeSettings, kind: str
) -> tuple[float, float, bool, str]:
    """Attempts per station-hour, the share spoiled, whether shifts measured them, and which:
    shifts of this kind ("kind"), recent shifts of any kind ("recent"), else the settings."""
    for source, work in (("kind", history.recent_work(kind)), ("recent", history.recent_work())):
        rates = [attempts / (history.stations(shift_id) * hours)
                 for shift_id, attempts, _spoiled, hours in work
                 if history.stations(shift_id)]  # fmt: skip
        attempts = sum(row[1] for row in work)
        if rates and attempts:
            return statistics.median(rates), sum(row[2] for row in work) / attempts, True, source
    return office.forecast_rate_per_station_hour, office.forecast_spoil_rate, False, "setting"


def _queue(session: Session) -> int:
    """Records queued or at a printer (one statement)."""
    counts = session.execute(
        select(*(select(func.count(Record.id)).where(status_is(status)).scalar_subquery()
                 for status in (QUEUED, PRINTING)))
    ).one()  # fmt: skip
    return sum(count or 0 for count in counts)


def _stock(session: Session, active: list[Station]) -> Stock:
    rolls = tuple(
        StationRolls(place.name, place.ribbon_left, place.film_left, place.ribbon_yield,
                     place.film_yield, place.ribbon_panels, place.film_panels)
        for place in active
    )  # fmt: skip
    office = office_balances(session)
    return Stock(office["blank"], office["ribbon_roll"], office["film_roll"], rolls)


def _policy(office: OfficeSettings) -> Policy:
    return Policy(office.forecast_margin, _lead_times(office), office.reorder_margin_days)


def _daily_use(session: Session, now: datetime) -> float | None:
    day = func.date(PrintAttempt.at)
    counts = session.execute(
        select(day, func.count(PrintAttempt.id))
        .where(PrintAttempt.at >= now - timedelta(days=USE_WINDOW_DAYS))
        .group_by(day)
        .order_by(day.desc())
        .limit(USE_DAYS)
    ).all()
    if not counts:
        return None
    return sum(int(count) for _day, count in counts) / len(counts)
