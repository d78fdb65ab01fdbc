"""A stand-in for the Evolis SDK's ``evolis`` module, for tests without an Evolis printer.

It keeps the SDK's documented call names and return types (evolis-sdk 9.4:
``Connection(name)``, ``get_state() -> State`` with ``State.Major``/``State.Minor`` enums,
``get_info() -> PrinterInfo``, ``get_ribbon_info()``/``get_retransfer_film_info() ->
RibbonInfo``, ``get_cleaning_info() -> CleaningInfo``, ``close()``) and only the fields the
adapter reads. Build one with ``standin(...)`` and pass it as ``evolis_sdk``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from types import ModuleType, SimpleNamespace
from typing import Any


class _Major(Enum):
    OFF = 0
    READY = 1
    WARNING = 2
    ERROR = 3


class _Minor(Enum):  # the SDK's values for the names used here
    PRINTER_UNKNOWN = 0
    PRINTER_OFFLINE = 1
    PRINTER_READY = 6
    INF_FEEDER_NEAR_EMPTY = 38
    INF_RIBBON_LOW = 42
    DEF_FEEDER_EMPTY = 59
    DEF_RIBBON_ENDED = 69


class State:
    Major = _Major
    Minor = _Minor

    def __init__(self, ma: _Major, mi: _Minor) -> None:
        self.major = ma
        self.minor = mi


@dataclass
class Printer:
    """What the stand-in printer holds; a test changes it between readings."""

    name: str = "Evolis Primacy 2"
    major: str = "READY"
    minor: str = "PRINTER_READY"
    total_cards: int = 2000
    ribbon_capacity: int = 500
    ribbon_remaining: int = 300
    film_remaining: int | None = None  # Primacy 2 has no retransfer film
    serial: str = "P2A123456"
    model: str = "Primacy 2"


def standin(printer: Printer) -> ModuleType:
    module = ModuleType("evolis")
    module.State = State  # type: ignore[attr-defined]

    class Connection:
        def __init__(self, name: str) -> None:
            self.name = name
            self.closed = False

        def get_state(self) -> State:
            if self.name != printer.name:
                return State(_Major.OFF, _Minor.PRINTER_OFFLINE)
            return State(_Major[printer.major], _Minor[printer.minor])

        def get_info(self) -> Any:
            return SimpleNamespace(serialNumber=printer.serial, modelName=printer.model)

        def get_ribbon_info(self) -> Any:
            return SimpleNamespace(capacity=printer.ribbon_capacity,
                                   remaining=printer.ribbon_remaining, progress=0)  # fmt: skip

        def get_retransfer_film_info(self) -> Any:
            if printer.film_remaining is None:
                return None  # the SDK returns None when the call fails
            return SimpleNamespace(capacity=1500, remaining=printer.film_remaining, progress=0)

        def get_cleaning_info(self) -> Any:
            return SimpleNamespace(totalCardCount=printer.total_cards)

        def close(self) -> None:
            self.closed = True

    module.Connection = Connection  # type: ignore[attr-defined]
    return module
