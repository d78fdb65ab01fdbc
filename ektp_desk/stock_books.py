"""What the books say: the office's balances, and the check that every balance equals the
sum of its ledger rows (``ektp-desk check``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ektp_desk.db import Database
from ektp_desk.i18n import QT_TRANSLATE_NOOP, Message
from ektp_desk.models import Station, StockBalance, StockMovement
from ektp_desk.stock import ROLL_ITEMS

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
