"""Reconciliation: what the printer counted against what the books recorded.

Between two readings of a station, the cards the printer counted minus the attempts recorded
at that station (printed + spoiled) are the unrecorded cards; at each reading, the ribbon and
film the printer reports minus the ledger's prints left on the loaded roll are the drift. A
counter that went back (a reset, a serviced printer) and a printer swapped between readings
(its serial changed) are said as such: they are not thousands of missing cards.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ektp_desk.i18n import QT_TRANSLATE_NOOP, Message
from ektp_desk.models import PrintAttempt
from ektp_desk.printers.readings import Reading


class GapKind(StrEnum):
    MATCH = "match"  # the printer and the books agree
    UNRECORDED = "unrecorded"  # they do not: cards without an attempt, or the reverse
    RESET = "reset"  # the counter went back: the interval cannot be checked
    SWAPPED = "swapped"  # another printer (serial changed): the interval cannot be checked
    NO_COUNTER = "no_counter"  # one of the readings has no card counter


@dataclass(frozen=True)
class Interval:
    """Two readings of one station and what happened between them."""

    start: Reading
    end: Reading
    recorded: int  # attempts recorded at the station between the readings
    kind: GapKind
    drift_limit: int

    @property
    def station(self) -> str:
        return self.end.station

    @property
    def counted(self) -> int | None:
        if self.kind in (GapKind.MATCH, GapKind.UNRECORDED):
            return (self.end.card_counter or 0) - (self.start.card_counter or 0)
        return None

    @property
    def unrecorded(self) -> int | None:
        counted = self.counted
        return None if counted is None else counted - self.recorded

    @property
    def ribbon_drift(self) -> int | None:
        left = self.end.ribbon_left
        return None if left is None else left - self.end.ledger_ribbon

    @property
    def film_drift(self) -> int | None:
        left = self.end.film_left
        return None if left is None else left - self.end.ledger_film

    @property
    def drifted(self) -> bool:
        drifts = (d for d in (self.ribbon_drift, self.film_drift) if d is not None)
        return any(abs(d) > self.drift_limit for d in drifts)

    @property
    def flagged(self) -> bool:
        """A difference a lead must look into."""
        return self.kind == GapKind.UNRECORDED or self.drifted

    @property
    def noted(self) -> bool:
        """Something to say that is not a difference: a reset or a swapped printer."""
        return self.kind in (GapKind.RESET, GapKind.SWAPPED)

    def messages(self) -> list[Message]:
        """What to tell a lead about this interval, one sentence per finding."""
        said = [m for m in (_counter_message(self),) if m is not None]
        for item, drift, printer, ledger in (
            ("ribbon", self.ribbon_drift, self.end.ribbon_left, self.end.ledger_ribbon),
            ("film", self.film_drift, self.end.film_left, self.end.ledger_film),
        ):
            if drift is not None and abs(drift) > self.drift_limit:
                fields = {"station": self.station, "printer": printer, "ledger": ledger}
                said.append(Message(_DRIFT[item], {**fields, "drift": f"{drift:+d}"}))
        return said


_DRIFT = {
    "ribbon": QT_TRANSLATE_NOOP(
        "core",
        "{station}: the printer reports {printer} ribbon prints left, the ledger {ledger} "
        "({drift})",
    ),
    "film": QT_TRANSLATE_NOOP(
        "core",
        "{station}: the printer reports {printer} film prints left, the ledger {ledger} ({drift})",
    ),
}


def _counter_message(interval: Interval) -> Message | None:
    start, end = interval.start, interval.end
    fields: dict[str, object] = {"station": interval.station}
    if interval.kind == GapKind.RESET:
        fields.update(before=start.card_counter, after=end.card_counter)
        return Message(RESET_TEXT, fields)
    if interval.kind == GapKind.SWAPPED:
        fields.update(before=start.serial, after=end.serial)
        return Message(SWAPPED_TEXT, fields)
    unrecorded = interval.unrecorded
    if not unrecorded:
        return None
    fields.update(counted=interval.counted, recorded=interval.recorded, count=abs(unrecorded))
    if unrecorded > 0:
        return Message(UNRECORDED_TEXT, fields)
    return Message(UNCOUNTED_TEXT, fields)


UNRECORDED_TEXT = QT_TRANSLATE_NOOP(
    "core",
    "{station}: the printer counted {counted} cards, the books show {recorded} attempts: "
    "{count} cards unrecorded",
)
UNCOUNTED_TEXT = QT_TRANSLATE_NOOP(
    "core",
    "{station}: the printer counted {counted} cards, the books show {recorded} attempts: "
    "{count} attempts the printer did not count",
)
RESET_TEXT = QT_TRANSLATE_NOOP(
    "core",
    "{station}: the printer's counter went back from {before} to {after} (reset or "
    "serviced); the cards between these readings cannot be checked",
)
SWAPPED_TEXT = QT_TRANSLATE_NOOP(
    "core",
    "{station}: another printer was found (serial {before}, now {after}); the cards "
    "between these readings cannot be checked",
)


def pairs(readings: Sequence[Reading]) -> list[tuple[Reading, Reading]]:
    """Consecutive readings of one station (skips left out), oldest first."""
    taken = [r for r in readings if not r.skipped]
    return list(pairwise(taken))


def interval(
    session: Session, station_id: int, start: Reading, end: Reading, drift_limit: int
) -> Interval:
    recorded = _attempts(session, station_id, start, end)
    return Interval(start, end, recorded, _kind(start, end, recorded), drift_limit)


def _kind(start: Reading, end: Reading, recorded: int) -> GapKind:
    if start.serial and end.serial and start.serial != end.serial:
        return GapKind.SWAPPED
    if start.card_counter is None or end.card_counter is None:
        return GapKind.NO_COUNTER
    if end.card_counter < start.card_counter:
        return GapKind.RESET
    counted = end.card_counter - start.card_counter
    return GapKind.MATCH if counted == recorded else GapKind.UNRECORDED


def _attempts(session: Session, station_id: int, start: Reading, end: Reading) -> int:
    return int(
        session.scalar(
            select(func.count(PrintAttempt.id)).where(
                PrintAttempt.station_id == station_id,
                PrintAttempt.at > start.at,
                PrintAttempt.at <= end.at,
            )
        )
        or 0
    )
