"""Print stations (loket cetak) and their printers' consumable yields."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from ektp_desk import audit, clock
from ektp_desk.access import get_user
from ektp_desk.db import Database, read_once
from ektp_desk.domain import ADMIN
from ektp_desk.errors import NotFound, Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.limits import (
    MAX_MODEL_LENGTH,
    MAX_PANELS,
    MAX_ROLL_YIELD,
    code_point,
    text_problem,
    unsafe_character,
)
from ektp_desk.models import Station

MAX_NAME_LENGTH: Final = 64
# A printer figure that must be at least 1 -> the sentence refusing a smaller one.
_AT_LEAST_ONE: Final = {
    "ribbon_yield": QT_TRANSLATE_NOOP("core", "the ribbon yield must be at least 1 (got {value})"),
    "film_yield": QT_TRANSLATE_NOOP("core", "the film yield must be at least 1 (got {value})"),
    "ribbon_panels": QT_TRANSLATE_NOOP(
        "core", "the ribbon panels per card must be at least 1 (got {value})"
    ),
    "film_panels": QT_TRANSLATE_NOOP(
        "core", "the film panels per card must be at least 1 (got {value})"
    ),
}
_AT_MOST: Final = {
    "ribbon_yield": QT_TRANSLATE_NOOP(
        "core", "a ribbon roll yields at most {limit} prints (got {value})"
    ),
    "film_yield": QT_TRANSLATE_NOOP(
        "core", "a film roll yields at most {limit} prints (got {value})"
    ),
    "ribbon_panels": QT_TRANSLATE_NOOP(
        "core", "a card uses at most {limit} ribbon panels (got {value})"
    ),
    "film_panels": QT_TRANSLATE_NOOP(
        "core", "a card uses at most {limit} film panels (got {value})"
    ),
}
_MODEL_PROBLEM: Final = {
    "long": QT_TRANSLATE_NOOP(
        "core", "the printer model has at most {limit} characters (got {length})"
    ),
    "control": QT_TRANSLATE_NOOP("core", "the printer model contains the control character {char}"),
}
_NAME_CONTROL: Final = QT_TRANSLATE_NOOP(
    "core", "the station name contains the control character {char}"
)


@dataclass(frozen=True)
class PrinterSpec:
    """What one card costs a printer model, and what one roll yields."""

    model: str = "HID Fargo HDP5000"
    ribbon_yield: int = 500  # prints per YMCK ribbon roll
    film_yield: int = 1500  # prints per retransfer film roll
    ribbon_panels: int = 1  # ribbon prints used per card
    film_panels: int = 1  # film prints used per card


@dataclass(frozen=True)
class StationInfo:
    name: str
    printer: PrinterSpec
    ribbon_left: int
    film_left: int
    active: bool


def add_station(
    db: Database, name: str, printer: PrinterSpec | None = None, *, by: str
) -> StationInfo:
    """Add a print station; ``by`` names the admin who does it."""
    with db.write() as session:
        get_user(session, by, roles=(ADMIN,))
        station = create_station(session, name, printer)
        audit.record(session, "station_add", user=by, subject=station.name,
                     detail=station.printer_model)  # fmt: skip
        return station_info(station)


def create_station(session: Session, name: str, printer: PrinterSpec | None = None) -> Station:
    """A new active station with empty rolls, in the caller's transaction."""
    name = name.strip()
    spec = printer or PrinterSpec()
    _check_station(name, spec)
    if session.scalar(select(Station.id).where(Station.name == name)) is not None:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "a station named '{name}' already exists"), name=name
        )
    station = Station(name=name, ribbon_left=0, film_left=0, active=True)
    _apply_spec(station, spec)
    station.created_at = clock.now()
    session.add(station)
    session.flush()
    return station


def list_stations(db: Database) -> list[StationInfo]:
    with db.read() as session:
        return [station_info(s) for s in session.scalars(select(Station).order_by(Station.name))]


def get_station(session: Session, name: str) -> Station:
    station = session.scalar(_STATION_NAMED, {"name": name.strip()})
    if station is None or not station.active:
        raise NotFound(QT_TRANSLATE_NOOP("core", "no active station named '{name}'"), name=name)
    return station


# Built once: a statement made anew for every action cost more than running it.
_STATION_NAMED = select(Station).where(Station.name == bindparam("name"))


def station_info(station: Station) -> StationInfo:
    spec = PrinterSpec(
        station.printer_model,
        station.ribbon_yield,
        station.film_yield,
        station.ribbon_panels,
        station.film_panels,
    )
    return StationInfo(station.name, spec, station.ribbon_left, station.film_left, station.active)


def _apply_spec(station: Station, spec: PrinterSpec) -> None:
    station.printer_model = spec.model
    station.ribbon_yield = spec.ribbon_yield
    station.film_yield = spec.film_yield
    station.ribbon_panels = spec.ribbon_panels
    station.film_panels = spec.film_panels


def _check_station(name: str, spec: PrinterSpec) -> None:
    if not name or len(name) > MAX_NAME_LENGTH:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "a station needs a name of 1 to {limit} characters"),
            limit=MAX_NAME_LENGTH,
        )
    if not spec.model.strip():
        raise Refused(QT_TRANSLATE_NOOP("core", "the printer model cannot be empty"))
    problem, params = text_problem(spec.model, MAX_MODEL_LENGTH)
    if problem:
        raise Refused(_MODEL_PROBLEM[problem], **params)
    unsafe = unsafe_character(name)
    if unsafe is not None:
        raise Refused(_NAME_CONTROL, char=code_point(unsafe))
    for figure in _AT_LEAST_ONE:
        value = getattr(spec, figure)
        if value < 1:
            raise Refused(_AT_LEAST_ONE[figure], value=value)
        high = MAX_PANELS if figure.endswith("panels") else MAX_ROLL_YIELD
        if value > high:
            raise Refused(_AT_MOST[figure], value=value, limit=f"{high:,}")
    if spec.ribbon_panels > spec.ribbon_yield or spec.film_panels > spec.film_yield:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "a card cannot use more panels than a whole roll yields")
        )


def active_stations(session: Session) -> tuple[Station, ...]:
    """The active stations in name order; once in a read transaction (the window's refresh
    shows them in its stations tab and plans the forecast with them)."""
    query = select(Station).where(Station.active).order_by(Station.name)
    return read_once(session, "active_stations", lambda: tuple(session.scalars(query)))
