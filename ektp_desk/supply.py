"""What one station has to print with, and what stops it from printing."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final, NoReturn

from sqlalchemy import select
from sqlalchemy.orm import Session

from ektp_desk.db import Database, read_once
from ektp_desk.errors import OutOfStock
from ektp_desk.i18n import QT_TRANSLATE_NOOP, Message
from ektp_desk.models import Station, StockBalance
from ektp_desk.shifts import open_shift_at
from ektp_desk.stations import get_station
from ektp_desk.stock import OFFICE_ITEMS, stock_balance


@dataclass(frozen=True)
class Supply:
    station: str
    blank: int  # office blank cards
    ribbon_left: int
    ribbon_yield: int
    film_left: int
    film_yield: int
    spare_ribbon: int  # sealed rolls in the office
    spare_film: int
    blockers: tuple[Message, ...]  # why this station cannot print now; empty when it can

    @property
    def can_print(self) -> bool:
        return not self.blockers


def station_supply(db: Database, station: str) -> Supply:
    with db.read() as session:
        place = get_station(session, station)
        office = office_balances(session)
        return Supply(
            place.name,
            office["blank"],
            place.ribbon_left,
            place.ribbon_yield,
            place.film_left,
            place.film_yield,
            office["ribbon_roll"],
            office["film_roll"],
            print_blockers(session, place, blank=office["blank"]),
        )


def office_balances(session: Session) -> Mapping[str, int]:
    """Every office balance by item (0 for one never received): one statement, and once in
    a read transaction (the window's refresh needs them for the supply and the forecast)."""

    def read() -> Mapping[str, int]:
        stored = dict(session.execute(select(StockBalance.item, StockBalance.qty)).all())
        return MappingProxyType({item: stored.get(item) or 0 for item in OFFICE_ITEMS})

    return read_once(session, "office_balances", read)


def missing_consumables(
    session: Session, place: Station, *, blank: int | None = None
) -> tuple[str, ...]:
    """What a station lacks for one more card: "blank", "ribbon", "film" (in that order).
    ``blank`` is the office's blank count when the caller has just read it."""
    short = {
        "blank": (stock_balance(session, "blank") if blank is None else blank) < 1,
        "ribbon": place.ribbon_left < place.ribbon_panels,
        "film": place.film_left < place.film_panels,
    }
    return tuple(item for item, lacking in short.items() if lacking)


_BLOCKERS = {
    "shift": QT_TRANSLATE_NOOP(
        "core",
        "no shift is open at {station}: a shift lead opens one (Shift > Start shift, "
        "or `ektp-desk shift start`)",
    ),
    "blank": QT_TRANSLATE_NOOP("core", "no blank cards left in office stock (receive a delivery)"),
    "ribbon": QT_TRANSLATE_NOOP("core", "no ribbon left at {station} (load a new ribbon roll)"),
    "film": QT_TRANSLATE_NOOP("core", "no film left at {station} (load a new film roll)"),
}


def print_blockers(
    session: Session, place: Station, *, blank: int | None = None
) -> tuple[Message, ...]:
    """Why this station cannot print now (no open shift, each missing consumable), each as a
    sentence naming what to do about it. ``blank``: the office's blank count, just read."""
    where = {"station": place.name}
    missing = list(missing_consumables(session, place, blank=blank))
    if open_shift_at(session, place) is None:
        missing.insert(0, "shift")
    return tuple(Message(_BLOCKERS[item], where) for item in missing)


# The consumables a station lacks -> one sentence naming each, so every case translates whole.
CANNOT_PRINT: Final = {
    ("blank",): QT_TRANSLATE_NOOP(
        "core", "cannot print: no blank cards left in office stock (receive a delivery)"
    ),
    ("ribbon",): QT_TRANSLATE_NOOP(
        "core", "cannot print: no ribbon left at {station} (load a new ribbon roll)"
    ),
    ("film",): QT_TRANSLATE_NOOP(
        "core", "cannot print: no film left at {station} (load a new film roll)"
    ),
    ("blank", "ribbon"): QT_TRANSLATE_NOOP(
        "core",
        "cannot print: no blank cards left in office stock (receive a delivery); "
        "no ribbon left at {station} (load a new ribbon roll)",
    ),
    ("blank", "film"): QT_TRANSLATE_NOOP(
        "core",
        "cannot print: no blank cards left in office stock (receive a delivery); "
        "no film left at {station} (load a new film roll)",
    ),
    ("ribbon", "film"): QT_TRANSLATE_NOOP(
        "core",
        "cannot print: no ribbon left at {station} (load a new ribbon roll); "
        "no film left at {station} (load a new film roll)",
    ),
    ("blank", "ribbon", "film"): QT_TRANSLATE_NOOP(
        "core",
        "cannot print: no blank cards left in office stock (receive a delivery); "
        "no ribbon left at {station} (load a new ribbon roll); "
        "no film left at {station} (load a new film roll)",
    ),
}


def refuse_to_print(missing: tuple[str, ...], station: str) -> NoReturn:
    """Printing is refused: one sentence naming every consumable the station lacks."""
    raise OutOfStock(CANNOT_PRINT[missing], station=station)
