"""Office stock: deliveries, adjustments with a reason, loading rolls; balances and the check
that every balance equals its ledger."""

from __future__ import annotations

from ektp_desk import stock
from ektp_desk.actor import Actor
from ektp_desk.api._door import action, station_of
from ektp_desk.db import Database
from ektp_desk.stock import (
    MovementInfo,
    RollLoaded,
    StationStock,
    StockLevels,
    ledger_mismatches,
    stock_levels,
)

__all__ = [
    "MovementInfo",
    "RollLoaded",
    "StationStock",
    "StockLevels",
    "adjust",
    "ledger_mismatches",
    "load_roll",
    "receive",
    "stock_levels",
]


@action
def receive(db: Database, actor: Actor, item: str, qty: int, *, ref: str) -> MovementInfo:
    """Book a delivery of blanks or sealed rolls (leads)."""
    return stock.receive(db, item, qty, ref=ref, operator=actor.name)


@action
def adjust(db: Database, actor: Actor, item: str, qty: int, *, reason: str) -> MovementInfo:
    """Correct an office balance with a reason (leads)."""
    return stock.adjust(db, item, qty, reason=reason, operator=actor.name)


@action
def load_roll(db: Database, actor: Actor, item: str, *, station: str | None = None) -> RollLoaded:
    """Load a sealed ribbon or film roll into a station's printer."""
    return stock.load_roll(db, item, station=station_of(actor, station), operator=actor.name)
