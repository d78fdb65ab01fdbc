"""The ``order`` command (deliveries on the way) and ``receive --order`` (a receipt that closes
one): parse, call one core function, print."""

from __future__ import annotations

import argparse
import sys

from ektp_desk.api import stock as orders
from ektp_desk.cli.auth import acting
from ektp_desk.cli.output import emit
from ektp_desk.db import Database
from ektp_desk.labels import quantity


def order(db: Database, args: argparse.Namespace) -> int:
    if args.list:
        return emit(args, [_order_json(o) for o in orders.open_orders(db)],
                    ("id", "item", "qty", "expected_at", "ref"))  # fmt: skip
    needed = (args.item, args.qty, args.expected, args.ref)
    if any(value is None for value in needed):
        print("ektp-desk order: ITEM, QTY, --expected and --ref are needed", file=sys.stderr)
        return 2
    expected = orders.parse_expected(args.expected)
    actor = acting(db, args)
    made = orders.place_order(db, actor, args.item, args.qty, expected=expected, ref=args.ref)
    if args.json:
        return emit(args, _order_json(made))
    print(f"Order {made.id}: {made.qty} {made.item} expected {made.expected_at:%Y-%m-%d %H:%M} "
          f"({made.ref}); the forecast counts it from then.")  # fmt: skip
    return 0


def receive_order(db: Database, args: argparse.Namespace) -> int:
    """``receive ITEM QTY --ref DOC --order ID``: book the delivery and close the order."""
    actor = acting(db, args)
    moved, closed = orders.receive_order(db, actor, args.order, args.item, args.qty, ref=args.ref)
    print(f"Received {quantity(moved.delta, moved.item)}; now {moved.balance} in stock; "
          f"order {closed.id} closed.")  # fmt: skip
    return 0


def _order_json(made: orders.OrderInfo) -> dict[str, object]:
    return {"id": made.id, "item": str(made.item), "qty": made.qty,
            "expected_at": made.expected_at.isoformat(timespec="minutes"), "ref": made.ref,
            "ordered_by": made.ordered_by}  # fmt: skip
