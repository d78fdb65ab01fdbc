"""What a reader brings back from a printer: one interface for every way of reading."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from ektp_desk.domain import PrinterState, Source


@dataclass(frozen=True)
class Supply:
    """A roll as the printer reports it: prints left, or a share of the roll (0..1)."""

    prints: int | None = None
    share: float | None = None

    def prints_left(self, roll_yield: int) -> int | None:
        """Prints left, a share turned into prints with the roll's yield."""
        if self.prints is not None:
            return self.prints
        if self.share is not None:
            return round(self.share * roll_yield)
        return None


@dataclass(frozen=True)
class PrinterReport:
    """The printer's own figures at one moment. Every figure may be missing."""

    source: Source
    card_counter: int | None = None  # total cards the printer has ever counted
    ribbon: Supply = field(default_factory=Supply)
    film: Supply = field(default_factory=Supply)
    serial: str | None = None
    model: str | None = None
    states: tuple[PrinterState, ...] = ()


@dataclass(frozen=True)
class ProbeResult:
    """A probe's answer: a report, or no reading and why (unreachable, unreadable answer)."""

    report: PrinterReport | None
    problem: str | None = None

    @classmethod
    def failed(cls, problem: str) -> ProbeResult:
        return cls(None, problem)


class Reader(Protocol):
    """Reads one printer; never raises for a printer that is off, absent or talks nonsense:
    that is a ``ProbeResult`` without a report."""

    def read(self, timeout: float) -> ProbeResult: ...
