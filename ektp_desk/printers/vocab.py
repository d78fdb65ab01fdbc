"""The words of printer readings: when a reading was taken, where it came from, what kind
of probe a station has, and the printer states a reader reports."""

from __future__ import annotations

from enum import StrEnum


class Moment(StrEnum):
    """Why a reading was taken."""

    SHIFT_START = "shift_start"
    SHIFT_END = "shift_end"
    ON_DEMAND = "on_demand"


class Source(StrEnum):
    """Where a reading's figures came from."""

    TYPED = "typed"  # a lead read them off the printer's display or its driver's status page
    SNMP = "snmp"
    EVOLIS = "evolis"


class ProbeKind(StrEnum):
    """How a station's printer can be asked for its counters."""

    SNMP = "snmp"
    EVOLIS = "evolis"


class PrinterState(StrEnum):
    """A condition a printer reports along with its counters."""

    RIBBON_LOW = "ribbon_low"
    RIBBON_ENDED = "ribbon_ended"
    FILM_LOW = "film_low"
    FILM_ENDED = "film_ended"
    FEEDER_NEAR_EMPTY = "feeder_near_empty"
    FEEDER_EMPTY = "feeder_empty"
    COVER_OPEN = "cover_open"
    ERROR = "error"
