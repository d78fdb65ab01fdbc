"""The consumables: office stock, the rolls loaded at each station, and the append-only ledger.

Every change of a balance goes through ``move``, which changes the balance with one guarded
UPDATE (never below zero, never a lost update between stations) and writes its ledger row in
the same transaction. So every balance always equals the sum of its ledger rows. The ledger
rows are hash-chained (``ektp_desk.chain``): a rewrite behind the program's back shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final, cast

from sqlalchemy import ColumnElement, Integer, Table, bindparam, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.orm.attributes import set_committed_value

from ektp_desk import audit, chain, clock
from ektp_desk.access import get_user
from ektp_desk.db import Database
from ektp_desk.domain import ADMIN, LEAD
from ektp_desk.errors import OutOfStock, Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.limits import (
    MAX_ADJUSTMENT,
    MAX_DELIVERY,
    MAX_NOTE_LENGTH,
    MAX_REF_LENGTH,
    text_problem,
)
from ektp_desk.models import Station, StockBalance, StockMovement
from ektp_desk.stations import get_station

_BALANCES = cast(Table, StockBalance.__table__)
_STATIONS = cast(Table, Station.__table__)
_MOVEMENTS = cast(Table, StockMovement.__table__)

OFFICE_ITEMS = ("blank", "ribbon_roll", "film_roll")
ROLL_ITEMS = ("ribbon", "film")
# What a user calls an item -> the office stock item it is kept as.
OFFICE_ITEM_OF = {"blank": "blank", "ribbon": "ribbon_roll", "film": "film_roll"}
STOCK_ROLES = (LEAD, ADMIN)

_TOO_BIG_DELIVERY: Final = QT_TRANSLATE_NOOP(
    "core", "a delivery brings at most {limit} at once (got {qty}); check the number"
)
_TOO_BIG_ADJUSTMENT: Final = QT_TRANSLATE_NOOP(
    "core", "an adjustment changes stock by at most {limit} at once (got {qty}); check the number"
)
_REF_PROBLEM: Final = {
    "long": QT_TRANSLATE_NOOP(
        "core", "the delivery reference has at most {limit} characters (got {length})"
    ),
    "control": QT_TRANSLATE_NOOP(
        "core", "the delivery reference contains the control character {char}"
    ),
}
_REASON_PROBLEM: Final = {
    "long": QT_TRANSLATE_NOOP("core", "the reason has at most {limit} characters (got {length})"),
    "control": QT_TRANSLATE_NOOP("core", "the reason contains the control character {char}"),
}

# Refusals and findings, one complete sentence per item (and per number, where English needs).
_NOT_ENOUGH: Final = {
    "blank": QT_TRANSLATE_NOOP("core", "not enough blank cards in office stock (needed {wanted})"),
    "ribbon_roll": QT_TRANSLATE_NOOP(
        "core", "not enough sealed ribbon rolls in office stock (needed {wanted})"
    ),
    "film_roll": QT_TRANSLATE_NOOP(
        "core", "not enough sealed film rolls in office stock (needed {wanted})"
    ),
    "ribbon": QT_TRANSLATE_NOOP("core", "not enough ribbon prints at {station} (needed {wanted})"),
    "film": QT_TRANSLATE_NOOP("core", "not enough film prints at {station} (needed {wanted})"),
}
_CANNOT_TAKE: Final = {
    ("blank", "one"): QT_TRANSLATE_NOOP(
        "core", "cannot take {count} blank card away: only {have} in stock"
    ),
    ("blank", "other"): QT_TRANSLATE_NOOP(
        "core", "cannot take {count} blank cards away: only {have} in stock"
    ),
    ("ribbon_roll", "one"): QT_TRANSLATE_NOOP(
        "core", "cannot take {count} sealed ribbon roll away: only {have} in stock"
    ),
    ("ribbon_roll", "other"): QT_TRANSLATE_NOOP(
        "core", "cannot take {count} sealed ribbon rolls away: only {have} in stock"
    ),
    ("film_roll", "one"): QT_TRANSLATE_NOOP(
        "core", "cannot take {count} sealed film roll away: only {have} in stock"
    ),
    ("film_roll", "other"): QT_TRANSLATE_NOOP(
        "core", "cannot take {count} sealed film rolls away: only {have} in stock"
    ),
}
_NO_SPARE_ROLL: Final = {
    "ribbon_roll": QT_TRANSLATE_NOOP(
        "core", "no sealed ribbon rolls in office stock: receive a delivery first"
    ),
    "film_roll": QT_TRANSLATE_NOOP(
        "core", "no sealed film rolls in office stock: receive a delivery first"
    ),
}


@dataclass(frozen=True)
class MovementInfo:
    item: str
    delta: int
    balance: int


@dataclass(frozen=True)
class RollLoaded:
    station: str
    item: str
    prints_left: int
    discarded: int
    spare_rolls_left: int


def move(
    session: Session,
    *,
    item: str,
    delta: int,
    kind: str,
    user_id: int | None,
    station: Station | None = None,
    ref: str | None = None,
    attempt_id: int | None = None,
    note: str | None = None,
) -> int:
    """Change one balance by ``delta`` and write its ledger row; return the new balance."""
    balance = _guarded_change(session, item, station, delta)
    values = _ledger_values(item, station, delta, balance, kind, user_id, attempt_id, ref, note)
    chain.append(session, _MOVEMENTS, [values])
    return balance


Change = tuple[str, Station | None, int]  # item, its station (None: office stock), delta
Runner = Session | Connection  # what runs a balance's guarded UPDATE


def move_together(
    session: Session,
    changes: Sequence[Change],
    *,
    kind: str,
    user_id: int | None,
    attempt_id: int | None = None,
) -> list[int]:
    """Several balances changed by one action, each with its ledger row; the new balances.

    The ledger rows are written in the order given, in one statement. The balances are
    changed stations' rolls first and office stock last: the office row is the one every
    station shares, and on PostgreSQL its lock is held until the commit, so it is taken as
    late as possible.

    Whatever the session holds is flushed first; the statements (built once) then run on its
    connection, without the ORM's bookkeeping around each. The ledger rows are linked into
    the ledger's hash chain and written at the commit (``ektp_desk.chain``).
    """
    session.flush()
    conn = session.connection()
    balances: dict[int, int] = {}
    stations: dict[int, list[int]] = {}  # station id -> its changes
    for index, (_item, station, _delta) in enumerate(changes):
        if station is not None:
            stations.setdefault(station.id, []).append(index)
    for indexes in stations.values():
        balances.update(_change_rolls(conn, changes, indexes))
    for index, (item, station, delta) in enumerate(changes):
        if station is None:
            balances[index] = _guarded_change(conn, item, None, delta)
    rows = [
        _ledger_values(item, station, delta, balances[index], kind, user_id, attempt_id)
        for index, (item, station, delta) in enumerate(changes)
    ]
    chain.append(session, _MOVEMENTS, rows)
    return [balances[index] for index in range(len(changes))]


def _change_rolls(session: Runner, changes: Sequence[Change], indexes: list[int]) -> dict[int, int]:
    """The changes of one station's rolls; ribbon and film together in one guarded UPDATE
    (one round trip to a server instead of two), refused as the first one short."""
    items = tuple(changes[index][0] for index in indexes)
    if items != ROLL_ITEMS:
        return {i: _guarded_change(session, *changes[i]) for i in indexes}
    station = changes[indexes[0]][1]
    assert station is not None
    deltas = {item: changes[index][2] for item, index in zip(items, indexes, strict=True)}
    left = session.execute(_BOTH_ROLLS, {"key": station.id, **deltas}).one_or_none()
    if left is None:
        for index in indexes:  # say which one is short
            _guarded_change(session, *changes[index])
        raise AssertionError("both rolls changed after refusing the change")  # pragma: no cover
    for item, balance in zip(items, left, strict=True):
        set_committed_value(station, _station_column(item).key, balance)
    return dict(zip(indexes, left, strict=True))


def _guarded_change(session: Runner, item: str, station: Station | None, delta: int) -> int:
    balance = _change_balance(session, item, station, delta)
    if balance is None:
        raise OutOfStock(_NOT_ENOUGH[item], station=station.name if station else "", wanted=-delta)
    return balance


def _ledger_values(
    item: str,
    station: Station | None,
    delta: int,
    balance: int,
    kind: str,
    user_id: int | None,
    attempt_id: int | None,
    ref: str | None = None,
    note: str | None = None,
) -> dict[str, object]:
    return {
        "at": clock.now(),
        "item": item,
        "station_id": station.id if station else None,
        "delta": delta,
        "balance_after": balance,
        "kind": kind,
        "user_id": user_id,
        "attempt_id": attempt_id,
        "ref": ref,
        "note": note,
    }


def receive(db: Database, item: str, qty: int, *, ref: str, operator: str) -> MovementInfo:
    """Book a delivery: blank cards, or sealed ribbon/film rolls."""
    office_item = _office_item(item)
    if qty < 1:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "a delivery must bring at least 1 (got {qty})"), qty=qty
        )
    if qty > MAX_DELIVERY:
        raise Refused(_TOO_BIG_DELIVERY, qty=qty, limit=f"{MAX_DELIVERY:,}")
    if not ref.strip():
        raise Refused(
            QT_TRANSLATE_NOOP("core", "a delivery needs a reference (delivery note number)")
        )
    problem, params = text_problem(ref.strip(), MAX_REF_LENGTH)
    if problem:
        raise Refused(_REF_PROBLEM[problem], **params)
    with db.write() as session:
        user = get_user(session, operator, roles=STOCK_ROLES)
        balance = move(
            session, item=office_item, delta=qty, kind="receive", user_id=user.id, ref=ref.strip()
        )
        audit.record(session, "receive", user=user.name, subject=office_item,
                     detail=f"+{qty} {ref.strip()}")  # fmt: skip
    return MovementInfo(office_item, qty, balance)


def adjust(db: Database, item: str, qty: int, *, reason: str, operator: str) -> MovementInfo:
    """Correct office stock after a count (found, lost, damaged), with the reason on record."""
    office_item = _office_item(item)
    if qty == 0:
        raise Refused(QT_TRANSLATE_NOOP("core", "an adjustment of 0 changes nothing"))
    if abs(qty) > MAX_ADJUSTMENT:
        raise Refused(_TOO_BIG_ADJUSTMENT, qty=qty, limit=f"{MAX_ADJUSTMENT:,}")
    if not reason.strip():
        raise Refused(QT_TRANSLATE_NOOP("core", "an adjustment needs a reason"))
    problem, params = text_problem(reason.strip(), MAX_NOTE_LENGTH, allow="\n")
    if problem:
        raise Refused(_REASON_PROBLEM[problem], **params)
    with db.write() as session:
        user = get_user(session, operator, roles=STOCK_ROLES)
        try:
            balance = move(
                session,
                item=office_item,
                delta=qty,
                kind="adjust",
                user_id=user.id,
                note=reason.strip(),
            )
        except OutOfStock:
            number = "one" if qty == -1 else "other"
            raise Refused(
                _CANNOT_TAKE[office_item, number],
                count=-qty,
                have=stock_balance(session, office_item),
            ) from None
        audit.record(session, "adjust", user=user.name, subject=office_item,
                     detail=f"{qty:+d} {reason.strip()}")  # fmt: skip
    return MovementInfo(office_item, qty, balance)


def load_roll(db: Database, item: str, *, station: str, operator: str) -> RollLoaded:
    """Load a sealed roll at a station: the old roll's remainder is written off as unloaded."""
    if item not in ROLL_ITEMS:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "unknown roll '{item}': choose ribbon or film"), item=item
        )
    with db.write() as session:
        user = get_user(session, operator)
        place = get_station(session, station)
        roll_item = OFFICE_ITEM_OF[item]
        if stock_balance(session, roll_item) < 1:
            raise OutOfStock(_NO_SPARE_ROLL[roll_item])
        spare = move(session, item=roll_item, delta=-1, kind="load_roll", user_id=user.id)
        left = _station_column(item)
        discarded = session.scalar(select(left).where(Station.id == place.id)) or 0
        if discarded:
            move(
                session,
                item=item,
                delta=-discarded,
                kind="unload",
                user_id=user.id,
                station=place,
            )
        roll_yield = place.ribbon_yield if item == "ribbon" else place.film_yield
        prints = move(
            session, item=item, delta=roll_yield, kind="load_roll", user_id=user.id, station=place
        )
        audit.record(session, "load_roll", user=user.name, subject=place.name,
                     detail=f"{item}: {discarded} written off")  # fmt: skip
        return RollLoaded(place.name, item, prints, discarded, spare)


def stock_balance(session: Session, office_item: str) -> int:
    qty = session.scalar(_BALANCE_OF, {"item": office_item})
    return qty or 0


def _change_balance(session: Runner, item: str, station: Station | None, delta: int) -> int | None:
    """One guarded UPDATE, on the table itself: the ORM's bookkeeping for an UPDATE of mapped
    rows cost more than the statement. A station held in the session gets its new count."""
    key: str | int
    if station is None:
        statement, key = _OFFICE_UPDATE, item
    else:
        statement, key = _ROLL_UPDATES[item], station.id
    balance: int | None = session.execute(
        statement, {"key": key, "delta": delta}
    ).scalar_one_or_none()
    if balance is not None and station is not None:
        set_committed_value(station, _station_column(item).key, balance)
    return balance


def _guarded_update(table: Table, key: ColumnElement[Any], column: ColumnElement[int]) -> Any:
    """``UPDATE table SET column = column + :delta WHERE key = :key AND column + :delta >= 0
    RETURNING column``, built once."""
    delta = bindparam("delta", type_=Integer)
    return (
        update(table)
        .where(key == bindparam("key"), column + delta >= 0)
        .values({column: column + delta})
        .returning(column)
    )


_BALANCE_OF = select(StockBalance.qty).where(StockBalance.item == bindparam("item"))
_OFFICE_UPDATE = _guarded_update(_BALANCES, _BALANCES.c.item, _BALANCES.c.qty)
_ROLL_UPDATES = {
    item: _guarded_update(_STATIONS, _STATIONS.c.id, _STATIONS.c[f"{item}_left"])
    for item in ROLL_ITEMS
}
_ROLL_LEFT = [_STATIONS.c[f"{item}_left"] for item in ROLL_ITEMS]
_ROLL_DELTAS = [bindparam(item, type_=Integer) for item in ROLL_ITEMS]
_BOTH_ROLLS = (
    update(_STATIONS)
    .where(
        _STATIONS.c.id == bindparam("key"),
        *(left + delta >= 0 for left, delta in zip(_ROLL_LEFT, _ROLL_DELTAS, strict=True)),
    )
    .values({left: left + delta for left, delta in zip(_ROLL_LEFT, _ROLL_DELTAS, strict=True)})
    .returning(*_ROLL_LEFT)
)


def _station_column(item: str) -> InstrumentedAttribute[int]:
    return Station.ribbon_left if item == "ribbon" else Station.film_left


def _office_item(item: str) -> str:
    if item not in OFFICE_ITEM_OF:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "unknown item '{item}': choose blank, ribbon or film"),
            item=item,
        )
    return OFFICE_ITEM_OF[item]
