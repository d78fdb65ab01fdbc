"""Evolis printers through the official Evolis SDK for Python (``pip install
ektp-desk[evolis]``, package ``evolis-sdk``, module ``evolis``).

Read through ``evolis.Connection(name)``: ``get_state()`` (major/minor: ribbon low or ended,
feeder empty), ``get_info()`` (serial number, model name), ``get_ribbon_info()`` and
``get_retransfer_film_info()`` (``RibbonInfo.capacity``/``remaining``) and
``get_cleaning_info()`` (``CleaningInfo.totalCardCount``: every card the printer has moved).

Not yet tried against a real Evolis printer: the tests use a stand-in module that keeps the
SDK's call names and return types (tests/unit/evolis_standin.py). See docs/PRINTERS.md.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Final

from ektp_desk.domain import PrinterState, Source
from ektp_desk.printers.report import PrinterReport, ProbeResult, Supply

# The SDK's State.Minor names -> what they mean for the office.
MINOR_STATES: Final = {
    "INF_RIBBON_LOW": PrinterState.RIBBON_LOW,
    "DEF_RIBBON_ENDED": PrinterState.RIBBON_ENDED,
    "ERR_RIBBON_ENDED": PrinterState.RIBBON_ENDED,
    "DEF_NO_RIBBON": PrinterState.RIBBON_ENDED,
    "INF_CLEAR_LOW": PrinterState.FILM_LOW,
    "DEF_CLEAR_ENDED": PrinterState.FILM_ENDED,
    "ERR_CLEAR_ENDED": PrinterState.FILM_ENDED,
    "DEF_NO_CLEAR": PrinterState.FILM_ENDED,
    "INF_FEEDER_NEAR_EMPTY": PrinterState.FEEDER_NEAR_EMPTY,
    "DEF_FEEDER_EMPTY": PrinterState.FEEDER_EMPTY,
    "ERR_FEEDER_EMPTY": PrinterState.FEEDER_EMPTY,
    "DEF_COVER_OPEN": PrinterState.COVER_OPEN,
    "ERR_COVER_OPEN": PrinterState.COVER_OPEN,
}


@dataclass(frozen=True)
class EvolisReader:
    printer: str  # the printer's name as the SDK lists it, e.g. "Evolis Primacy 2"
    sdk: ModuleType | None = None  # the ``evolis`` module; a stand-in in tests

    def read(self, timeout: float) -> ProbeResult:
        try:
            sdk = self.sdk or importlib.import_module("evolis")
        except ImportError:
            return ProbeResult.failed(
                "the Evolis SDK is not installed: pip install 'ektp-desk[evolis]'"
            )
        try:
            return self._read(sdk)
        except Exception as error:  # the SDK wraps a C library: anything may come back
            return ProbeResult.failed(f"the Evolis SDK failed: {error}")

    def _read(self, sdk: ModuleType) -> ProbeResult:
        connection = sdk.Connection(self.printer)
        try:
            state = connection.get_state()
            if state.major.name == "OFF":
                return ProbeResult.failed(
                    f"the printer {self.printer} is off or not found ({state.minor.name})"
                )
            info = connection.get_info()
            cleaning = connection.get_cleaning_info()
            report = PrinterReport(
                Source.EVOLIS,
                card_counter=_count(cleaning),
                ribbon=_supply(connection.get_ribbon_info()),
                film=_supply(connection.get_retransfer_film_info()),
                serial=_clean(getattr(info, "serialNumber", None)),
                model=_clean(getattr(info, "modelName", None)),
                states=_states(state),
            )
        finally:
            connection.close()
        return ProbeResult(report)


def _count(cleaning: Any) -> int | None:
    total = getattr(cleaning, "totalCardCount", None)
    return int(total) if isinstance(total, int) and total >= 0 else None


def _supply(info: Any) -> Supply:
    """``RibbonInfo.remaining`` in prints; a negative or missing figure is no figure."""
    remaining = getattr(info, "remaining", None)
    if isinstance(remaining, int) and remaining >= 0:
        return Supply(prints=remaining)
    return Supply()


def _states(state: Any) -> tuple[PrinterState, ...]:
    found = MINOR_STATES.get(state.minor.name)
    if found is None and state.major.name == "ERROR":
        return (PrinterState.ERROR,)
    return (found,) if found else ()


def _clean(text: object) -> str | None:
    if not isinstance(text, str):
        return None
    return text.strip().strip("\x00")[:64] or None
