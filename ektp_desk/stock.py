"""The consumables: office stock, the rolls loaded at each station, and the append-only ledger.

Every change of a balance goes through ``move``, which changes the balance with one guarded
UPDATE (never below zero, never a lost update between stations) and writes its ledger row in
the same transaction. So every balance always equals the sum of its ledger rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from ektp_desk import clock
from ektp_desk.db import Database
from ektp_desk.domain import ADMIN, LEAD
from ektp_desk.errors import OutOfStock, Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP, Message
from ektp_desk.models import Station, StockBalance, StockMovement
from ektp_desk.stations import get_station
from ektp_desk.users import get_user

OFFICE_ITEMS = ("blank", "ribbon_roll", "film_roll")
ROLL_ITEMS = ("ribbon", "film")
# What a user calls an item -> the office stock item it is kept as.
OFFICE_ITEM_OF = {"blank": "blank", "ribbon": "ribbon_roll", "film": "film_roll"}
ITEM_WORDS = {
    "blank": "blank cards",
    "ribbon_roll": "sealed ribbon rolls",
    "film_roll": "sealed film rolls",
    "ribbon": "ribbon prints",
    "film": "film prints",
}


def quantity(count: int, item: str) -> str:
    """'1 sealed film roll', '3 blank cards'."""
    words = ITEM_WORDS[item]
    return f"{count} {words[:-1] if abs(count) == 1 else words}"


STOCK_ROLES = (LEAD, ADMIN)

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
_MISMATCH: Final = {
    "blank": QT_TRANSLATE_NOOP("core", "blank: balance {balance} but ledger sums to {ledger}"),
    "ribbon_roll": QT_TRANSLATE_NOOP(
        "core", "ribbon_roll: balance {balance} but ledger sums to {ledger}"
    ),
    "film_roll": QT_TRANSLATE_NOOP(
        "core", "film_roll: balance {balance} but ledger sums to {ledger}"
    ),
    "ribbon": QT_TRANSLATE_NOOP(
        "core", "ribbon at {station}: balance {balance} but ledger sums to {ledger}"
    ),
    "film": QT_TRANSLATE_NOOP(
        "core", "film at {station}: balance {balance} but ledger sums to {ledger}"
    ),
}


@dataclass(frozen=True)
class StationStock:
    station: str
    ribbon: int
    film: int


@dataclass(frozen=True)
class StockLevels:
    blank: int
    spare_ribbon: int
    spare_film: int
    stations: tuple[StationStock, ...]


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
    balance = _change_balance(session, item, station, delta)
    if balance is None:
        raise OutOfStock(_NOT_ENOUGH[item], station=station.name if station else "", wanted=-delta)
    session.add(
        StockMovement(
            at=clock.now(),
            item=item,
            station_id=station.id if station else None,
            delta=delta,
            balance_after=balance,
            kind=kind,
            user_id=user_id,
            attempt_id=attempt_id,
            ref=ref,
            note=note,
        )
    )
    return balance


def receive(db: Database, item: str, qty: int, *, ref: str, operator: str) -> MovementInfo:
    """Book a delivery: blank cards, or sealed ribbon/film rolls."""
    office_item = _office_item(item)
    if qty < 1:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "a delivery must bring at least 1 (got {qty})"), qty=qty
        )
    if not ref.strip():
        raise Refused(
            QT_TRANSLATE_NOOP("core", "a delivery needs a reference (delivery note number)")
        )
    with db.write() as session:
        user = get_user(session, operator, roles=STOCK_ROLES)
        balance = move(
            session, item=office_item, delta=qty, kind="receive", user_id=user.id, ref=ref.strip()
        )
    return MovementInfo(office_item, qty, balance)


def adjust(db: Database, item: str, qty: int, *, reason: str, operator: str) -> MovementInfo:
    """Correct office stock after a count (found, lost, damaged), with the reason on record."""
    office_item = _office_item(item)
    if qty == 0:
        raise Refused(QT_TRANSLATE_NOOP("core", "an adjustment of 0 changes nothing"))
    if not reason.strip():
        raise Refused(QT_TRANSLATE_NOOP("core", "an adjustment needs a reason"))
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
        return RollLoaded(place.name, item, prints, discarded, spare)


def stock_levels(db: Database) -> StockLevels:
    with db.read() as session:
        office = dict(session.execute(select(StockBalance.item, StockBalance.qty)).all())
        rows = session.execute(
            select(Station.name, Station.ribbon_left, Station.film_left)
            .where(Station.active)
            .order_by(Station.name)
        )
        stations = tuple(StationStock(name, ribbon, film) for name, ribbon, film in rows)
    return StockLevels(
        office.get("blank", 0), office.get("ribbon_roll", 0), office.get("film_roll", 0), stations
    )


def stock_balance(session: Session, office_item: str) -> int:
    qty = session.scalar(select(StockBalance.qty).where(StockBalance.item == office_item))
    return qty or 0


def ledger_mismatches(db: Database) -> list[str]:
    """Every balance that differs from the sum of its ledger rows (empty when all agree)."""
    return [str(problem) for problem in ledger_problems(db)]


def ledger_problems(db: Database) -> list[Message]:
    """`ledger_mismatches` as sentences to translate."""
    problems: list[Message] = []
    with db.read() as session:
        sums = _ledger_sums(session)
        for item, qty in session.execute(select(StockBalance.item, StockBalance.qty)):
            problems += _compare(item, None, qty, sums.pop((item, None), 0))
        for station in session.scalars(select(Station)):
            for item in ROLL_ITEMS:
                have = getattr(station, f"{item}_left")
                problems += _compare(item, station.name, have, sums.pop((item, station.id), 0))
    problems += [
        Message(QT_TRANSLATE_NOOP("core", "ledger rows for unknown balance {key}"), {"key": key})
        for key, total in sums.items()
        if total
    ]
    return problems


def _ledger_sums(session: Session) -> dict[tuple[str, int | None], int]:
    rows = session.execute(
        select(
            StockMovement.item, StockMovement.station_id, func.sum(StockMovement.delta)
        ).group_by(StockMovement.item, StockMovement.station_id)
    )
    return {(item, station): int(total) for item, station, total in rows}


def _compare(item: str, station: str | None, balance: int, ledger: int) -> list[Message]:
    if balance == ledger:
        return []
    params = {"station": station or "", "balance": balance, "ledger": ledger}
    return [Message(_MISMATCH[item], params)]


def _change_balance(session: Session, item: str, station: Station | None, delta: int) -> int | None:
    if station is None:
        column: InstrumentedAttribute[int] = StockBalance.qty
        where: ColumnElement[bool] = StockBalance.item == item
    else:
        column = _station_column(item)
        where = Station.id == station.id
    statement = (
        update(column.class_)
        .where(where, column + delta >= 0)
        .values({column.key: column + delta})
        .returning(column)
    )
    return session.execute(statement).scalar_one_or_none()


def _station_column(item: str) -> InstrumentedAttribute[int]:
    return Station.ribbon_left if item == "ribbon" else Station.film_left


def _office_item(item: str) -> str:
    if item not in OFFICE_ITEM_OF:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "unknown item '{item}': choose blank, ribbon or film"),
            item=item,
        )
    return OFFICE_ITEM_OF[item]
