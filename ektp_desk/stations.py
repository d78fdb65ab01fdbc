"""Print stations (loket cetak) and their printers' consumable yields."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ektp_desk import clock
from ektp_desk.db import Database
from ektp_desk.errors import NotFound, Refused
from ektp_desk.models import Station


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


def add_station(db: Database, name: str, printer: PrinterSpec | None = None) -> StationInfo:
    name = name.strip()
    spec = printer or PrinterSpec()
    _check_station(name, spec)
    with db.write() as session:
        if session.scalar(select(Station.id).where(Station.name == name)) is not None:
            raise Refused(f"a station named {name!r} already exists")
        station = Station(name=name, ribbon_left=0, film_left=0, active=True)
        _apply_spec(station, spec)
        station.created_at = clock.now()
        session.add(station)
        session.flush()
        return station_info(station)


def list_stations(db: Database) -> list[StationInfo]:
    with db.read() as session:
        return [station_info(s) for s in session.scalars(select(Station).order_by(Station.name))]


def get_station(session: Session, name: str) -> Station:
    station = session.scalar(select(Station).where(Station.name == name.strip()))
    if station is None or not station.active:
        raise NotFound(f"no active station named {name!r}")
    return station


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
    if not name or len(name) > 64:
        raise Refused("a station needs a name of 1 to 64 characters")
    if not spec.model.strip():
        raise Refused("the printer model cannot be empty")
    for label, value in (
        ("ribbon yield", spec.ribbon_yield),
        ("film yield", spec.film_yield),
        ("ribbon panels per card", spec.ribbon_panels),
        ("film panels per card", spec.film_panels),
    ):
        if value < 1:
            raise Refused(f"the {label} must be at least 1 (got {value})")
    if spec.ribbon_panels > spec.ribbon_yield or spec.film_panels > spec.film_yield:
        raise Refused("a card cannot use more panels than a whole roll yields")
