"""The stock table of a shift handover: each balance's opening, movements and closing.

The movements of a shift are the ledger rows written between its opening and its closing
snapshots (by ledger id, so no clock can move a row in or out), summed by kind with their
signs. A line must add up: closing = opening + movements. One that does not means the ledger
and the snapshots disagree, and the report is refused rather than written wrong.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from ektp_desk.domain import MovementKind
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.models import Shift, Station, StockBalance, StockMovement, StockSnapshot
from ektp_desk.stock import OFFICE_ITEMS, ROLL_ITEMS

# The ledger's kinds, in the order of the stock table's movement columns.
MOVE_KINDS: Final = tuple(MovementKind)
_DIGITS: Final = re.compile(r"(\d+)")
# How the report names each balance (Indonesian: the report is an office document).
OFFICE_LABELS: Final = {
    "blank": "Blangko (kantor)",
    "ribbon_roll": "Roll ribbon segel",
    "film_roll": "Roll film segel",
}
ROLL_LABELS: Final = {"ribbon": "Ribbon", "film": "Film"}
_Key = tuple[str, int | None]  # (item, station id; None for office stock)


@dataclass(frozen=True)
class StockLine:
    """One balance over the shift: opening, signed movements by kind, closing (or current)."""

    item: str  # blank, ribbon_roll, film_roll (office) or ribbon, film (a station's roll)
    station: str | None
    opening: int
    moves: tuple[int, ...]  # signed sums of the ledger deltas, in MOVE_KINDS order
    closing: int

    @property
    def reconciles(self) -> bool:
        return self.opening + sum(self.moves) == self.closing

    @property
    def label(self) -> str:
        """'Blangko (kantor)', 'Roll film segel', 'Ribbon Loket 1'."""
        if self.station is None:
            return OFFICE_LABELS.get(self.item, self.item)
        return f"{ROLL_LABELS.get(self.item, self.item)} {self.station}"


def movement_window(shift: Shift) -> ColumnElement[bool]:
    """The ledger rows of a shift, by ledger id (never by a clock): after the last row when
    it opened, up to the last row when it closed, or to now while it is open."""
    after = StockMovement.id > (shift.opening_movement_id or 0)
    if shift.closing_movement_id is None:
        return after
    return after & (StockMovement.id <= shift.closing_movement_id)


def stock_lines(session: Session, shift: Shift) -> tuple[StockLine, ...]:
    """Every balance's line, office items first, then each station's ribbon and film."""
    opening = _snapshot(session, shift.id, "opening")
    closing = _closing(session, shift)
    moves = _movement_sums(session, shift)
    names = dict(session.execute(select(Station.id, Station.name)).all())
    office: set[_Key] = {(item, None) for item in OFFICE_ITEMS}
    keys = sorted(opening.keys() | closing.keys() | moves.keys() | office, key=_line_order(names))
    return tuple(
        StockLine(
            item,
            names.get(station) if station is not None else None,
            opening.get((item, station), 0),
            tuple(moves.get((item, station), {}).get(kind, 0) for kind in MOVE_KINDS),
            closing.get((item, station), 0),
        )
        for item, station in keys
    )


def require_reconciled(lines: tuple[StockLine, ...], shift_id: int) -> None:
    """Refuse the report when a line does not add up (the ledger and snapshots disagree)."""
    for line in lines:
        if not line.reconciles:
            raise Refused(
                QT_TRANSLATE_NOOP(
                    "core",
                    "the stock of {item} in shift {shift} does not add up (opening {opening}, "
                    "movements {moved}, closing {closing}): the ledger and the shift's stock "
                    "snapshots disagree, so no handover report was written",
                ),
                item=line.label,
                shift=shift_id,
                opening=line.opening,
                moved=sum(line.moves),
                closing=line.closing,
            )


def _snapshot(session: Session, shift_id: int, moment: str) -> dict[_Key, int]:
    rows = session.execute(
        select(StockSnapshot.item, StockSnapshot.station_id, StockSnapshot.qty).where(
            StockSnapshot.shift_id == shift_id, StockSnapshot.moment == moment
        )
    )
    return {(item, station): qty for item, station, qty in rows}


def _closing(session: Session, shift: Shift) -> dict[_Key, int]:
    """The closing snapshot of an ended shift; the balances as they stand for an open one."""
    if shift.ended_at is not None:
        return _snapshot(session, shift.id, "closing")
    office = session.execute(select(StockBalance.item, StockBalance.qty))
    current: dict[_Key, int] = {(item, None): qty for item, qty in office}
    stations = session.execute(select(Station.id, Station.ribbon_left, Station.film_left))
    for station, ribbon, film in stations:
        current[("ribbon", station)] = ribbon
        current[("film", station)] = film
    return current


def _movement_sums(session: Session, shift: Shift) -> dict[_Key, dict[str, int]]:
    rows = session.execute(
        select(
            StockMovement.item, StockMovement.station_id, StockMovement.kind,
            func.sum(StockMovement.delta),
        )
        .where(movement_window(shift))
        .group_by(StockMovement.item, StockMovement.station_id, StockMovement.kind)
    )  # fmt: skip
    sums: dict[_Key, dict[str, int]] = {}
    for item, station, kind, total in rows:
        sums.setdefault((item, station), {})[kind] = int(total)
    return sums


def _line_order(names: dict[int, str]) -> Callable[[_Key], tuple[object, ...]]:
    """Office items first (blank, ribbon rolls, film rolls), then each station's ribbon and
    film, stations in natural name order (Loket 2 before Loket 10)."""

    def order(key: _Key) -> tuple[object, ...]:
        item, station = key
        if station is None:
            return (0, (), _rank(OFFICE_ITEMS, item))
        return (1, _natural(names.get(station, "")), _rank(ROLL_ITEMS, item))

    return order


def _rank(items: tuple[str, ...], item: str) -> tuple[int, str]:
    return (items.index(item) if item in items else len(items), item)


def _natural(name: str) -> tuple[object, ...]:
    return tuple(int(part) if part.isdigit() else part.lower() for part in _DIGITS.split(name))
