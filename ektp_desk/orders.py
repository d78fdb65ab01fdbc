"""Deliveries on the way: a lead records an order (blanks asked of the province, sealed ribbon
or film rolls) with its expected time; the forecast counts it from then while it is open; a
receipt can close it. Leads and admins only.

An expected date without a time means the office's opening on that day (``DAY_TIME``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from ektp_desk import audit, clock
from ektp_desk.access import acting_user
from ektp_desk.actor import Actor
from ektp_desk.db import Database
from ektp_desk.domain import LEAD_ROLES, SEALED_ROLL, Item, MovementKind
from ektp_desk.errors import NotFound, Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.models import StockOrder
from ektp_desk.stock import MovementInfo, move

DAY_TIME: Final = time(8, 0)  # a date alone: the delivery is counted from the office's opening
# What an order or a receipt names (blank, ribbon, film) and the office stock it fills.
ORDER_ITEMS: Final = {"blank": Item.BLANK, "ribbon": Item.RIBBON, "film": Item.FILM}


@dataclass(frozen=True)
class OrderInfo:
    id: int
    item: Item  # BLANK, RIBBON (sealed rolls) or FILM (sealed rolls)
    qty: int
    expected_at: datetime
    ref: str
    ordered_by: str
    closed_at: datetime | None = None
    received: int | None = None


def parse_expected(value: str) -> datetime:
    """``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM`` as a person types it; refused otherwise."""
    try:
        if "T" in value or " " in value.strip():
            return datetime.fromisoformat(value.strip()).replace(second=0, microsecond=0)
        return datetime.combine(datetime.fromisoformat(value.strip()).date(), DAY_TIME)
    except ValueError:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "'{value}' is not a date: write it as 2026-02-17 or 2026-02-17T10:30"
            ),
            value=value,
        ) from None


def place_order(
    db: Database, item: str, qty: int, *, expected: datetime, ref: str, actor: Actor
) -> OrderInfo:
    """Record a delivery on the way."""
    stored = _office_item(item)
    if qty < 1:
        raise Refused(QT_TRANSLATE_NOOP("core", "an order is for at least 1 (got {qty})"), qty=qty)
    if not ref.strip():
        raise Refused(QT_TRANSLATE_NOOP("core", "an order needs a reference (letter or PO number)"))
    with db.write() as session:
        user = acting_user(session, actor, roles=LEAD_ROLES)
        row = StockOrder(item=stored, qty=qty, expected_at=expected, ref=ref.strip()[:64],
                         ordered_by=user.name, ordered_at=clock.now())  # fmt: skip
        session.add(row)
        session.flush()
        audit.record(session, "order", user=actor.describe(), subject=stored,
                     detail=f"#{row.id} {qty} {expected:%Y-%m-%d %H:%M} {row.ref}")  # fmt: skip
        return _info(row)


def open_orders(db: Database) -> list[OrderInfo]:
    with db.read() as session:
        return read_open_orders(session)


def read_open_orders(session: Session) -> list[OrderInfo]:
    """The orders not yet received, the soonest first."""
    rows = session.scalars(
        select(StockOrder)
        .where(StockOrder.closed_at.is_(None))
        .order_by(StockOrder.expected_at, StockOrder.id)
    )
    return [_info(row) for row in rows]


def receive_order(
    db: Database, order_id: int, item: str, qty: int, *, ref: str, actor: Actor
) -> tuple[MovementInfo, OrderInfo]:
    """Book a delivery and close the order it brings, in one transaction."""
    stored = _office_item(item)
    if qty < 1:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "a delivery must bring at least 1 (got {qty})"), qty=qty
        )
    if not ref.strip():
        raise Refused(
            QT_TRANSLATE_NOOP("core", "a delivery needs a reference (delivery note number)")
        )
    with db.write() as session:
        user = acting_user(session, actor, roles=LEAD_ROLES)
        row = session.get(StockOrder, order_id, with_for_update=True)
        if row is None or row.closed_at is not None:
            raise NotFound(
                QT_TRANSLATE_NOOP("core", "no open order number {order}"), order=order_id
            )
        if row.item != stored:
            raise Refused(
                QT_TRANSLATE_NOOP("core", "order {order} is for {ordered}, not {item}"),
                order=order_id, ordered=_item_word(row.item), item=item,
            )  # fmt: skip
        balance = move(session, item=stored, delta=qty, kind=MovementKind.RECEIVE,
                       user_id=user.id, ref=ref.strip())  # fmt: skip
        row.closed_at, row.closed_by, row.received = clock.now(), user.name, qty
        audit.record(session, "receive", user=actor.describe(), subject=stored,
                     detail=f"+{qty} {ref.strip()} (order #{order_id})")  # fmt: skip
        return MovementInfo(stored, qty, balance), _info(row)


def _office_item(item: str) -> str:
    if item not in ORDER_ITEMS:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "unknown item '{item}': choose blank, ribbon or film"),
            item=item,
        )
    found = ORDER_ITEMS[item]
    return str(Item.BLANK if found == Item.BLANK else SEALED_ROLL[found])


def _item_word(stored: str) -> str:
    return {str(Item.BLANK): "blank", str(Item.RIBBON_ROLL): "ribbon"}.get(stored, "film")


def _info(row: StockOrder) -> OrderInfo:
    item = {str(SEALED_ROLL[i]): i for i in (Item.RIBBON, Item.FILM)}.get(row.item, Item.BLANK)
    return OrderInfo(row.id, item, row.qty, row.expected_at, row.ref, row.ordered_by,
                     row.closed_at, row.received)  # fmt: skip
