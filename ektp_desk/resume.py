"""Cards left half-done: claimed by a shift that has ended, or by a PC that closed or crashed.

They are never released silently. A lead (or the operator of the same station) says what
happened to each card: it came out fine, it came out spoiled, or it never printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ektp_desk import audit
from ektp_desk.access import get_user
from ektp_desk.db import Database
from ektp_desk.domain import ADMIN, LEAD, OUTCOME_PRINTED, PRINTING, SPOIL_REASONS
from ektp_desk.errors import PermissionDenied, Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.models import PrintAttempt, Record, Shift, Station, status_is
from ektp_desk.printing import PrintResult, record_attempt, unclaim
from ektp_desk.records import find_open_record
from ektp_desk.shifts import ShiftInfo, SnapshotLine, shift_info, snapshot
from ektp_desk.stations import get_station

RESOLUTIONS = ("printed", "spoiled", "not-printed")


@dataclass(frozen=True)
class PendingCard:
    nik: str
    name: str
    kecamatan: str
    station: str
    claimed_at: datetime | None
    shift_id: int | None  # the shift that claimed it (ended, or None)
    attempt: int  # the number its attempt will have


@dataclass(frozen=True)
class Resolution:
    nik: str
    outcome: str  # printed | spoiled | not-printed
    result: PrintResult | None  # None when nothing was printed


def pending_cards(db: Database, *, station: str | None = None) -> list[PendingCard]:
    """Cards claimed by a shift that is no longer open; with ``station``, also every card that
    station still holds (its PC was closed or crashed with a card at the printer)."""
    with db.read() as session:
        left_over = or_(Record.claimed_shift_id.is_(None), Shift.ended_at.is_not(None))
        if station is not None:
            left_over = or_(
                left_over, Record.claimed_station_id == get_station(session, station).id
            )
        rows = session.execute(
            select(Record, Station.name)
            .join(Station, Station.id == Record.claimed_station_id)
            .join(Shift, Shift.id == Record.claimed_shift_id, isouter=True)
            .where(status_is(PRINTING), left_over)
            .order_by(Record.claimed_at, Record.id)
        ).all()
        return [
            PendingCard(r.nik, r.name, r.kecamatan, name, r.claimed_at, r.claimed_shift_id,
                        r.attempts + 1)
            for r, name in rows
        ]  # fmt: skip


def resolve(
    db: Database,
    nik: str,
    *,
    outcome: str,
    operator: str,
    station: str | None = None,
    reason: str = "other",
) -> Resolution:
    """Record what became of a claimed card. Printed and spoiled consume stock (in the shift
    now open at its station); not-printed puts it back in its place and consumes nothing.
    A lead may resolve any card; an operator only one claimed by their own ``station``."""
    if outcome not in RESOLUTIONS:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "unknown outcome '{outcome}': choose one of {choices}"),
            outcome=outcome,
            choices=", ".join(RESOLUTIONS),
        )
    if outcome == "spoiled" and reason not in SPOIL_REASONS:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "unknown spoil reason '{reason}': choose one of {choices}"),
            reason=reason,
            choices=", ".join(SPOIL_REASONS),
        )
    with db.write() as session:
        user = get_user(session, operator)
        record = _claimed_record(session, nik)
        place = session.get(Station, record.claimed_station_id)
        assert place is not None
        _check_may_resolve(session, user.role, user.name, place, station)
        audit.record(session, "resolve", user=user.name, subject=record.nik,
                     detail=f"{place.name}: {outcome}")  # fmt: skip
        if outcome == "not-printed":
            unclaim(record)
            return Resolution(record.nik, outcome, None)
        spoiled = reason if outcome == "spoiled" else None
        result = record_attempt(session, record, place, user.id, spoiled)
        return Resolution(record.nik, outcome, result)


def _claimed_record(session: Session, nik: str) -> Record:
    record = find_open_record(session, nik, lock=True)
    if record is None or record.status != PRINTING:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "{nik} is not waiting at a printer: nothing to resolve"),
            nik=nik.strip(),
        )
    return record


def _check_may_resolve(
    session: Session, role: str, name: str, place: Station, station: str | None
) -> None:
    if role in (LEAD, ADMIN):
        return
    if station is not None and get_station(session, station).id == place.id:
        return
    raise PermissionDenied(
        QT_TRANSLATE_NOOP(
            "core",
            "{user} may resolve only cards of their own station; a lead resolves {station}'s",
        ),
        user=name,
        station=place.name,
    )


@dataclass(frozen=True)
class LastPrinted:
    at: datetime
    nik: str
    name: str
    station: str


@dataclass(frozen=True)
class WhereWeStopped:
    """What a crew taking over needs: the last shift's notes, its last cards, what is left
    at the printers, and the stock the current shift opened with."""

    previous: ShiftInfo | None
    current: ShiftInfo | None
    last_printed: tuple[LastPrinted, ...]
    pending: tuple[PendingCard, ...]
    opening_stock: tuple[SnapshotLine, ...]


def where_we_stopped(db: Database, *, station: str | None = None, last: int = 10) -> WhereWeStopped:
    with db.read() as session:
        previous = session.scalar(
            select(Shift).where(Shift.ended_at.is_not(None)).order_by(Shift.ended_at.desc())
        )
        current = session.scalar(
            select(Shift).where(Shift.ended_at.is_(None)).order_by(Shift.id.desc())
        )
        printed = session.execute(
            select(PrintAttempt.at, Record.nik, Record.name, Station.name)
            .join(Record, Record.id == PrintAttempt.record_id)
            .join(Station, Station.id == PrintAttempt.station_id)
            .where(PrintAttempt.outcome == OUTCOME_PRINTED)
            .order_by(PrintAttempt.id.desc())
            .limit(last)
        ).all()
        before = shift_info(session, previous) if previous else None
        now = shift_info(session, current) if current else None
    opening = snapshot(db, now.id, "opening") if now else []
    return WhereWeStopped(
        before,
        now,
        tuple(LastPrinted(*row) for row in printed),
        tuple(pending_cards(db, station=station)),
        tuple(opening),
    )
