"""The ended shifts a forecast measures, read in few statements (``forecast_inputs``).

A forecast asks the office's history several questions: the last ended shift of the next kind
and of the open shift's kind (their length, their stations), and the print and spoil rates of
the last ``RATE_SHIFTS`` ended shifts that printed, of those two kinds and of any kind. Asked
one query each, that was a dozen statements at every refresh of the window. Here the latest
``SCAN_SHIFTS`` ended shifts of every kind are read in one query (the latest of any kind are
among them), and the work of the candidates (attempts, spoiled attempts, stations) in one
grouped query for the first ``RATE_SHIFTS`` candidates of every kind, then only when a batch
did not find enough shifts that printed. The answers are those of one query per question.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ektp_desk.domain import OUTCOME_SPOILED
from ektp_desk.models import PrintAttempt, Shift, ShiftStation
from ektp_desk.shifts import SHIFT_KINDS

RATE_SHIFTS: Final = 5  # recent shifts the print and spoil rates are measured over
MIN_MEASURED_HOURS: Final = 0.5  # a shorter shift is too short to measure a rate or a length
SCAN_SHIFTS: Final = 50  # ended shifts looked at to find RATE_SHIFTS that printed

Work = tuple[int, int, int, float]  # (shift id, attempts, spoiled, hours)


def hours(shift: Shift) -> float:
    assert shift.ended_at is not None
    return (shift.ended_at - shift.started_at).total_seconds() / 3600


@dataclass
class ShiftHistory:
    """The latest ended shifts, newest first, and what is known of their work."""

    session: Session
    ended: list[Shift]  # the latest SCAN_SHIFTS ended shifts of each kind, newest first
    # by shift id: (attempts, spoiled attempts, stations), for the shifts read so far
    work: dict[int, tuple[int, int, int]] = field(default_factory=dict)

    @classmethod
    def read(cls, session: Session) -> ShiftHistory:
        newest = (Shift.ended_at.desc(), Shift.id.desc())
        rank = func.row_number().over(partition_by=Shift.kind, order_by=newest).label("rank")
        ranked = select(Shift.id, rank).where(Shift.ended_at.is_not(None)).subquery()
        ended = session.scalars(
            select(Shift)
            .join(ranked, ranked.c.id == Shift.id)
            .where(ranked.c.rank <= SCAN_SHIFTS)
            .order_by(*newest)
        ).all()
        return cls(session, list(ended))

    def latest(self, kind: str | None = None) -> list[Shift]:
        """The latest SCAN_SHIFTS ended shifts (of ``kind``), newest first."""
        return [s for s in self.ended if kind is None or s.kind == kind][:SCAN_SHIFTS]

    def measured(self, kind: str | None = None) -> list[Shift]:
        return [s for s in self.latest(kind) if hours(s) >= MIN_MEASURED_HOURS]

    def last_ended(self, kind: str) -> Shift | None:
        """The last ended shift of ``kind`` long enough to measure."""
        return next(iter(self.measured(kind)), None)

    def recent_work(self, kind: str | None = None) -> list[Work]:
        """The last RATE_SHIFTS measured shifts (of ``kind``) that printed."""
        found: list[Work] = []
        for shift in self.measured(kind):
            if shift.id not in self.work:
                self._read_work(shift, kind)
            attempts, spoiled, _stations = self.work[shift.id]
            if attempts:
                found.append((shift.id, attempts, spoiled, hours(shift)))
            if len(found) == RATE_SHIFTS:
                break
        return found

    def stations(self, shift_id: int) -> int:
        """How many stations a shift whose work was read had."""
        return self.work[shift_id][2]

    def _read_work(self, first: Shift, kind: str | None) -> None:
        """The work of ``first`` and of the next candidates not read yet: on the first call,
        the first RATE_SHIFTS candidates of every kind (which hold those of any kind)."""
        if not self.work:
            wanted = {s.id for each in SHIFT_KINDS for s in self.measured(each)[:RATE_SHIFTS]}
        else:
            unread = [s.id for s in self.measured(kind) if s.id not in self.work]
            wanted = set(unread[unread.index(first.id) :][:RATE_SHIFTS])
        wanted.add(first.id)
        self.work.update(dict.fromkeys(wanted, (0, 0, 0)))
        self.work.update(_work(self.session, sorted(wanted)))


def _work(session: Session, shift_ids: list[int]) -> dict[int, tuple[int, int, int]]:
    """(attempts, spoiled, stations) of the shifts that made any attempt (one statement)."""
    spoiled = case((PrintAttempt.outcome == OUTCOME_SPOILED, 1), else_=0)
    made = (
        select(PrintAttempt.shift_id, func.count(PrintAttempt.id).label("attempts"),
               func.coalesce(func.sum(spoiled), 0).label("spoiled"))
        .where(PrintAttempt.shift_id.in_(shift_ids))
        .group_by(PrintAttempt.shift_id)
        .subquery()
    )  # fmt: skip
    places = (
        select(func.count())
        .where(ShiftStation.shift_id == made.c.shift_id)
        .correlate(made)
        .scalar_subquery()
    )
    rows = session.execute(select(made.c.shift_id, made.c.attempts, made.c.spoiled, places))
    return {int(row[0]): (int(row[1]), int(row[2]), int(row[3])) for row in rows}
