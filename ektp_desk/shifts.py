"""Shifts: who leads, which stations work, and the stock as it stood at the start and end.

A print attempt belongs to the shift open at its station; printing without one is refused.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from ektp_desk import audit, clock
from ektp_desk.access import get_user
from ektp_desk.backup import backup_quietly
from ektp_desk.db import Database
from ektp_desk.domain import ADMIN, LEAD
from ektp_desk.errors import NotFound, Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.limits import MAX_ID
from ektp_desk.models import (
    Shift,
    ShiftStation,
    Station,
    StockBalance,
    StockMovement,
    StockSnapshot,
    User,
)  # fmt: skip
from ektp_desk.stations import get_station

SHIFT_KINDS = ("pagi", "siang", "lembur_malam")
SHIFT_ROLES = (LEAD, ADMIN)


@dataclass(frozen=True)
class ShiftInfo:
    id: int
    kind: str
    lead: str
    stations: tuple[str, ...]
    started_at: datetime
    ended_at: datetime | None
    notes: str | None

    @property
    def is_open(self) -> bool:
        return self.ended_at is None


@dataclass(frozen=True)
class SnapshotLine:
    item: str  # blank, ribbon_roll, film_roll (office) or ribbon, film (a station's roll)
    station: str | None
    qty: int


def start_shift(
    db: Database, kind: str, *, lead: str, stations: list[str] | None = None
) -> ShiftInfo:
    """Open a shift on the given stations (all active ones by default), snapshotting stock."""
    if kind not in SHIFT_KINDS:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "unknown shift kind '{kind}': choose one of {choices}"),
            kind=kind,
            choices=", ".join(SHIFT_KINDS),
        )
    with db.write() as session:
        user = get_user(session, lead, roles=SHIFT_ROLES)
        places = _stations(session, stations)
        for place in places:
            _refuse_if_busy(session, place)
        shift = Shift(kind=kind, lead_id=user.id, started_at=clock.now())
        session.add(shift)
        session.flush()
        session.add_all(ShiftStation(shift_id=shift.id, station_id=p.id) for p in places)
        shift.opening_movement_id = _snapshot(session, shift, "opening")
        audit.record(session, "shift_start", user=user.name, subject=str(shift.id), detail=kind)
        session.flush()
        return shift_info(session, shift)


def end_shift(
    db: Database, *, lead: str, notes: str | None = None, shift_id: int | None = None
) -> ShiftInfo:
    """Close a shift with its closing stock and the handover notes."""
    with db.write() as session:
        user = get_user(session, lead, roles=SHIFT_ROLES)
        shift = _open_shift(session, shift_id)
        shift.ended_at = max(clock.now(), shift.started_at)  # never before it started
        shift.ended_by_id = user.id
        shift.notes = (notes or "").strip() or None
        shift.closing_movement_id = _snapshot(session, shift, "closing")
        audit.record(session, "shift_end", user=user.name, subject=str(shift.id))
        session.flush()
        ended = shift_info(session, shift)
    backup_quietly(db, reason=f"shift-{ended.id}-end")  # every shift end leaves a copy
    return ended


def list_shifts(db: Database, *, limit: int = 50) -> list[ShiftInfo]:
    with db.read() as session:
        shifts = session.scalars(select(Shift).order_by(Shift.id.desc()).limit(limit))
        return [shift_info(session, shift) for shift in shifts]


def get_shift(db: Database, shift_id: int) -> ShiftInfo:
    with db.read() as session:
        return shift_info(session, _shift(session, shift_id))


def open_shifts(db: Database) -> list[ShiftInfo]:
    """The open shifts, each with its lead and stations: two statements however many are open
    (the window asks at every refresh)."""
    with db.read() as session:
        found = session.execute(
            select(Shift, User.name)
            .join(User, User.id == Shift.lead_id, isouter=True)
            .where(Shift.ended_at.is_(None))
            .order_by(Shift.id)
        ).all()
        names = station_names(session, [shift.id for shift, _lead in found])
        return [_info(shift, lead or "?", names[shift.id]) for shift, lead in found]


def station_names(session: Session, shift_ids: list[int]) -> dict[int, list[str]]:
    """The stations of each of these shifts, in name order (one statement)."""
    names: dict[int, list[str]] = {shift_id: [] for shift_id in shift_ids}
    if not shift_ids:
        return names
    rows = session.execute(
        select(ShiftStation.shift_id, Station.name)
        .join(Station, ShiftStation.station_id == Station.id)
        .where(ShiftStation.shift_id.in_(shift_ids))
        .order_by(Station.name)
    )
    for shift_id, name in rows:
        names[int(shift_id)].append(name)
    return names


def snapshot(db: Database, shift_id: int, moment: str) -> list[SnapshotLine]:
    with db.read() as session:
        rows = session.execute(
            select(StockSnapshot.item, Station.name, StockSnapshot.qty)
            .join(Station, Station.id == StockSnapshot.station_id, isouter=True)
            .where(StockSnapshot.shift_id == shift_id, StockSnapshot.moment == moment)
            .order_by(StockSnapshot.id)
        ).all()
    return [SnapshotLine(item, station, qty) for item, station, qty in rows]


def open_shift_at(session: Session, place: Station) -> Shift | None:
    """The open shift this station works in, if any."""
    return session.scalar(_OPEN_SHIFT_AT, {"station": place.id})


# Built once: every print asks it, and making the statement cost more than running it.
_OPEN_SHIFT_AT = (
    select(Shift)
    .join(ShiftStation, ShiftStation.shift_id == Shift.id)
    .where(ShiftStation.station_id == bindparam("station"), Shift.ended_at.is_(None))
)


NO_SHIFT = QT_TRANSLATE_NOOP(
    "core",
    "no shift is open at {station}: a shift lead opens one (Shift > Start shift, "
    "or `ektp-desk shift start`)",
)


def require_shift(session: Session, place: Station) -> Shift:
    shift = open_shift_at(session, place)
    if shift is None:
        raise Refused(NO_SHIFT, station=place.name)
    return shift


def shift_info(session: Session, shift: Shift) -> ShiftInfo:
    lead = session.get(User, shift.lead_id)
    names = session.scalars(
        select(Station.name)
        .join(ShiftStation, ShiftStation.station_id == Station.id)
        .where(ShiftStation.shift_id == shift.id)
        .order_by(Station.name)
    )
    return _info(shift, lead.name if lead else "?", names)


def _info(shift: Shift, lead: str, stations: Iterable[str]) -> ShiftInfo:
    return ShiftInfo(
        shift.id, shift.kind, lead, tuple(stations), shift.started_at, shift.ended_at, shift.notes
    )


def _stations(session: Session, names: list[str] | None) -> list[Station]:
    if names:
        return [get_station(session, name) for name in dict.fromkeys(names)]
    places = list(session.scalars(select(Station).where(Station.active).order_by(Station.name)))
    if not places:
        raise Refused(QT_TRANSLATE_NOOP("core", "there is no print station to open a shift on"))
    return places


def _refuse_if_busy(session: Session, place: Station) -> None:
    busy = open_shift_at(session, place)
    if busy is not None:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "{station} is still in shift {shift}: end that shift first"),
            station=place.name,
            shift=busy.id,
        )


def _open_shift(session: Session, shift_id: int | None) -> Shift:
    if shift_id is not None:
        shift = _shift(session, shift_id)
        if shift.ended_at is not None:
            raise Refused(
                QT_TRANSLATE_NOOP("core", "shift {shift} has already ended"), shift=shift_id
            )
        return shift
    found = list(session.scalars(select(Shift).where(Shift.ended_at.is_(None))))
    if not found:
        raise Refused(QT_TRANSLATE_NOOP("core", "no shift is open"))
    if len(found) > 1:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "{count} shifts are open: say which one to end"),
            count=len(found),
        )
    return found[0]


def _shift(session: Session, shift_id: int) -> Shift:
    shift = session.get(Shift, shift_id) if 1 <= shift_id <= MAX_ID else None
    if shift is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "there is no shift {shift}"), shift=shift_id)
    return shift


def _snapshot(session: Session, shift: Shift, moment: str) -> int:
    """Every balance as it stands, and the id of the last ledger row they include.

    The balances are locked first (FOR UPDATE; SQLite's write lock already is): every ledger
    row is written by a transaction that has changed a balance, so once the locks are held
    every row up to the last id is committed and counted in the balances, and every later
    row gets a higher id. A shift's ledger rows are then exactly those between its two marks,
    whatever any clock says."""
    balances = select(StockBalance.item, StockBalance.qty).with_for_update()
    places = select(Station).order_by(Station.id).with_for_update()
    for item, qty in session.execute(balances).all():
        session.add(StockSnapshot(shift_id=shift.id, moment=moment, item=item, qty=qty))
    for place in session.scalars(places):
        for item, qty in (("ribbon", place.ribbon_left), ("film", place.film_left)):
            session.add(
                StockSnapshot(
                    shift_id=shift.id, moment=moment, item=item, station_id=place.id, qty=qty
                )
            )
    return int(session.scalar(select(func.coalesce(func.max(StockMovement.id), 0))) or 0)
