"""Shifts (start, end, the cards a closed PC left) and the shortage forecast."""

from __future__ import annotations

from datetime import date

from ektp_desk import clock, shifts
from ektp_desk.actor import Actor
from ektp_desk.api._door import action
from ektp_desk.db import Database
from ektp_desk.forecast import (
    LEVELS,
    Flag,
    Forecast,
    first_shortage,
    forecast_json,
    forecast_lines,
    forecast_next_shift,
    plan_message,
    station_levels,
    worst_level,
)
from ektp_desk.shifts import ShiftInfo, get_shift, list_shifts, open_shifts

__all__ = [
    "LEVELS",
    "Flag",
    "Forecast",
    "ShiftInfo",
    "end_shift",
    "first_shortage",
    "forecast_json",
    "forecast_lines",
    "forecast_next_shift",
    "get_shift",
    "list_shifts",
    "open_shifts",
    "plan_message",
    "start_shift",
    "station_levels",
    "today",
    "worst_level",
]


def today() -> date:
    """The office's day by the core's clock (the server's, when the office is on one), not
    this PC's."""
    return clock.today()


@action
def start_shift(
    db: Database, actor: Actor, kind: str, *, stations: list[str] | None = None
) -> ShiftInfo:
    """Open a shift on the given stations (all active ones by default) (leads)."""
    return shifts.start_shift(db, kind, lead=actor.name, stations=stations)


@action
def end_shift(
    db: Database, actor: Actor, *, notes: str | None = None, shift_id: int | None = None
) -> ShiftInfo:
    """Close a shift with its closing stock and the handover notes (leads)."""
    return shifts.end_shift(db, lead=actor.name, notes=notes, shift_id=shift_id)
