"""Office stock: deliveries, adjustments with a reason, loading rolls; balances and the check
that every balance equals its ledger."""

from __future__ import annotations

from datetime import datetime

from ektp_desk import orders, stock
from ektp_desk.actor import Actor
from ektp_desk.api._door import action, station_of
from ektp_desk.db import Database
from ektp_desk.orders import OrderInfo, open_orders, parse_expected
from ektp_desk.stock import MovementInfo, RollLoaded
from ektp_desk.stock_books import StationStock, StockLevels, ledger_mismatches, stock_levels

__all__ = [
    "MovementInfo",
    "OrderInfo",
    "RollLoaded",
    "StationStock",
    "StockLevels",
    "adjust",
    "ledger_mismatches",
    "load_roll",
    "open_orders",
    "parse_expected",
    "place_order",
    "receive",
    "receive_order",
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


@action
def place_order(
    db: Database, actor: Actor, item: str, qty: int, *, expected: datetime, ref: str
) -> OrderInfo:
    """Record a delivery on its way; the forecast counts it from its expected time (leads)."""
    return orders.place_order(db, item, qty, expected=expected, ref=ref, actor=actor)


@action
def receive_order(
    db: Database, actor: Actor, order_id: int, item: str, qty: int, *, ref: str
) -> tuple[MovementInfo, OrderInfo]:
    """Book a delivery and close the order it fills (leads)."""
    return orders.receive_order(db, order_id, item, qty, ref=ref, actor=actor)
