"""What a shift handover reports, read from the database in the caller's read session.

Everything comes from one session, so one consistent snapshot: the stock table, the ledger rows
on the Stok sheet and the attempts on the Cetak sheet always describe the same moment. The
queue is only ever counted with GROUP BY; the attempts and ledger rows are streamed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import pairwise
from typing import Final

from sqlalchemy import ScalarSelect, Subquery, func, literal, select
from sqlalchemy.orm import Session, aliased

from ektp_desk.chain_check import ChainMark, chain_marks
from ektp_desk.domain import ON_HOLD, OUTCOME_PRINTED, PRINTING, PRIORITIES, QUEUED, SPOIL_REASONS
from ektp_desk.handover_stock import StockLine, movement_window, stock_lines
from ektp_desk.models import (
    PrintAttempt,
    Record,
    Shift,
    Station,
    StockMovement,
    User,
    published_record,
    status_is,
)
from ektp_desk.orders import OrderInfo
from ektp_desk.settings import OfficeSettings
from ektp_desk.shifts import ShiftInfo, shift_info

# Queue age bands in whole days since recording: < 7, 7-30, 31-90, > 90.
AGE_BAND_STARTS: Final = (7, 31, 91)
_STREAM_CHUNK: Final = 500


@dataclass(frozen=True)
class SummaryExtras:
    """What the Ringkasan shows beside the shift's own figures."""

    forecast: object | None  # the next shift's forecast, when the caller made one
    orders: tuple[OrderInfo, ...]  # deliveries on the way


@dataclass(frozen=True)
class OperatorTally:
    name: str
    printed: int
    spoiled: int


@dataclass(frozen=True)
class QueueArea:
    kecamatan: str
    by_age: tuple[int, ...]  # queued records per age band (AGE_BAND_STARTS)


@dataclass(frozen=True)
class HandoverReport:
    office: OfficeSettings
    shift: ShiftInfo
    ended_by: str | None
    made_at: datetime
    operators: tuple[OperatorTally, ...]
    spoiled_by_reason: tuple[tuple[str, int], ...]  # every reason, in SPOIL_REASONS order
    queue_by_priority: tuple[tuple[str, int], ...]  # every kind, in PRIORITIES order
    printing: int  # claimed by a station, outcome not recorded yet
    on_hold: int
    queue_areas: tuple[QueueArea, ...]
    stock: tuple[StockLine, ...]
    # The books' chain heads at the report's end: the signed paper fixes the history so far.
    chains: tuple[ChainMark, ...] = ()

    @property
    def printed(self) -> int:
        return sum(tally.printed for tally in self.operators)

    @property
    def spoiled(self) -> int:
        return sum(tally.spoiled for tally in self.operators)

    @property
    def queued(self) -> int:
        return sum(count for _kind, count in self.queue_by_priority)

    @property
    def target_progress(self) -> float:
        """Cards printed in the shift as a fraction of the daily target (0.25 = 25%)."""
        return self.printed / self.office.daily_target


@dataclass(frozen=True, slots=True)
class AttemptLine:
    at: datetime
    nik: str
    name: str
    kecamatan: str
    station: str
    operator: str
    outcome: str
    reason: str | None
    attempt_no: int


@dataclass(frozen=True, slots=True)
class MovementLine:
    at: datetime
    item: str
    station: str | None
    kind: str
    delta: int
    balance: int
    user: str | None
    reference: str | None  # the delivery note, or the NIK of the print attempt
    note: str | None


def read_report(
    session: Session, shift: Shift, office: OfficeSettings, now: datetime
) -> HandoverReport:
    """Everything but the streamed rows; the stock table is not checked here."""
    tallies = _attempt_tallies(session, shift.id)
    ender = session.get(User, shift.ended_by_id) if shift.ended_by_id else None
    return HandoverReport(
        office=office,
        shift=shift_info(session, shift),
        ended_by=ender.name if ender else None,
        made_at=now,
        operators=_operators(tallies),
        spoiled_by_reason=_by_reason(tallies),
        queue_by_priority=_queue_by_priority(session),
        printing=_count_status(session, PRINTING),
        on_hold=_count_status(session, ON_HOLD),
        queue_areas=_queue_areas(session, now),
        stock=stock_lines(session, shift),
        chains=tuple(chain_marks(session, until=shift.ended_at)),
    )


def attempt_lines(session: Session, shift_id: int) -> Iterator[AttemptLine]:
    statement = (
        select(
            PrintAttempt.at, Record.nik, Record.name, Record.kecamatan, Station.name, User.name,
            PrintAttempt.outcome, PrintAttempt.spoil_reason, PrintAttempt.attempt_no,
        )
        .join(Record, Record.id == PrintAttempt.record_id)
        .join(Station, Station.id == PrintAttempt.station_id)
        .join(User, User.id == PrintAttempt.operator_id)
        .where(PrintAttempt.shift_id == shift_id)
        .order_by(PrintAttempt.at, PrintAttempt.id)
    )  # fmt: skip
    result = session.execute(statement.execution_options(yield_per=_STREAM_CHUNK))
    for row in result:
        yield AttemptLine(*row)


def movement_lines(session: Session, shift: Shift) -> Iterator[MovementLine]:
    attempt_record = aliased(Record)
    statement = (
        select(
            StockMovement.at, StockMovement.item, Station.name, StockMovement.kind,
            StockMovement.delta, StockMovement.balance_after, User.name,
            func.coalesce(StockMovement.ref, attempt_record.nik), StockMovement.note,
        )
        .outerjoin(Station, Station.id == StockMovement.station_id)
        .outerjoin(User, User.id == StockMovement.user_id)
        .outerjoin(PrintAttempt, PrintAttempt.id == StockMovement.attempt_id)
        .outerjoin(attempt_record, attempt_record.id == PrintAttempt.record_id)
        .where(movement_window(shift))
        .order_by(StockMovement.at, StockMovement.id)
    )  # fmt: skip
    result = session.execute(statement.execution_options(yield_per=_STREAM_CHUNK))
    for row in result:
        yield MovementLine(*row)


# --- queries --------------------------------------------------------------------------------

_Key = tuple[str, int | None]  # (item, station id; None for office stock)


def _attempt_tallies(session: Session, shift_id: int) -> list[tuple[str, str, str | None, int]]:
    rows = session.execute(
        select(User.name, PrintAttempt.outcome, PrintAttempt.spoil_reason, func.count())
        .join(User, User.id == PrintAttempt.operator_id)
        .where(PrintAttempt.shift_id == shift_id)
        .group_by(User.name, PrintAttempt.outcome, PrintAttempt.spoil_reason)
    )
    return list(rows)


def _operators(tallies: list[tuple[str, str, str | None, int]]) -> tuple[OperatorTally, ...]:
    printed: dict[str, int] = {}
    spoiled: dict[str, int] = {}
    for name, outcome, _reason, count in tallies:
        tally = printed if outcome == OUTCOME_PRINTED else spoiled
        tally[name] = tally.get(name, 0) + count
    names = sorted(printed.keys() | spoiled.keys())
    return tuple(OperatorTally(n, printed.get(n, 0), spoiled.get(n, 0)) for n in names)


def _by_reason(tallies: list[tuple[str, str, str | None, int]]) -> tuple[tuple[str, int], ...]:
    counts: dict[str, int] = dict.fromkeys(SPOIL_REASONS, 0)
    for _name, _outcome, reason, count in tallies:
        if reason is not None:
            counts[reason] = counts.get(reason, 0) + count
    return tuple(counts.items())


def _queue_by_priority(session: Session) -> tuple[tuple[str, int], ...]:
    rows = session.execute(
        select(Record.priority, func.count()).where(status_is(QUEUED)).group_by(Record.priority)
    )
    counts = dict.fromkeys(PRIORITIES, 0) | dict(rows.all())
    return tuple(counts.items())


def _count_status(session: Session, status: str) -> int:
    return session.scalar(select(func.count()).where(status_is(status))) or 0


def _queue_areas(session: Session, now: datetime) -> tuple[QueueArea, ...]:
    """Queued records per kecamatan and age band, without sorting a million rows by band.

    One pass along the queued-kecamatan index counts each (kecamatan, band, lane) group; in
    that index a group's rows are in recording order, so "how many are newer than a band's
    start" is a short range of it. A band is the difference of two such counts.
    """
    groups = (
        select(Record.kecamatan, Record.band, Record.lane, func.count().label("total"))
        .where(status_is(QUEUED))
        .group_by(Record.kecamatan, Record.band, Record.lane)
        .subquery()
    )
    rows = session.execute(
        select(groups.c.kecamatan, *_newer_in_group(groups, now), groups.c.total).order_by(
            groups.c.kecamatan
        )
    )
    areas: dict[str, list[int]] = {}
    for kecamatan, *cumulative in rows:  # newer than 7 days, than 31, than 91; all of them
        counts = areas.setdefault(kecamatan, [0] * (len(AGE_BAND_STARTS) + 1))
        for band, (newer, older) in enumerate(pairwise([0, *cumulative])):
            counts[band] += older - newer
    return tuple(QueueArea(name, tuple(counts)) for name, counts in areas.items())


def _newer_in_group(groups: Subquery, now: datetime) -> list[ScalarSelect[int]]:
    row = aliased(Record)
    same_group = (
        row.status == literal(QUEUED, literal_execute=True),  # the partial index's condition
        published_record(row.batch_id),
        row.kecamatan == groups.c.kecamatan,
        row.band == groups.c.band,
        row.lane == groups.c.lane,
    )
    return [
        select(func.count())
        .select_from(row)
        .where(*same_group, row.entered_at > now - timedelta(days=days))
        .scalar_subquery()
        for days in AGE_BAND_STARTS
    ]
