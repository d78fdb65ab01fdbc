"""The print counter: claim the next record, record each attempt's outcome, release a claim.

Each function is one user action in one transaction. A refused action raises ``Refused`` (or
a subclass) before anything is committed, so it changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Final, NoReturn, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from ektp_desk import audit, clock
from ektp_desk.access import get_user
from ektp_desk.db import Database
from ektp_desk.domain import (
    OUTCOME_PRINTED,
    OUTCOME_SPOILED,
    PRINTED,
    PRINTING,
    QUEUED,
    SPOIL_REASONS,
)
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.limits import MAX_SERIAL_LENGTH, text_problem
from ektp_desk.models import (
    PrintAttempt,
    Record,
    Shift,
    ShiftStation,
    Station,
    StockBalance,
    User,
    status_is,
)
from ektp_desk.notify import (
    MESSAGE_SETTING_COLUMNS,
    MessageSettings,
    message_settings,
    queue_ready_message,
)
from ektp_desk.records import find_open_record, queue_order, refuse_missing_record
from ektp_desk.shifts import require_shift
from ektp_desk.stations import get_station
from ektp_desk.stock import move_together
from ektp_desk.supply import missing_consumables, refuse_to_print


@dataclass(frozen=True)
class Claim:
    nik: str
    name: str
    kecamatan: str
    station: str
    attempt: int  # the number this attempt will have: 1 for a first print


@dataclass(frozen=True)
class Remaining:
    blank: int
    ribbon: int
    film: int


@dataclass(frozen=True)
class PrintResult:
    nik: str
    name: str
    outcome: str
    attempt: int
    station: str
    remaining: Remaining


def claim_next(db: Database, *, station: str, operator: str | None = None) -> Claim:
    """Take the next record in print order for a station; no other station can take it.
    ``operator``, when named, must be an active user; the claim is audited."""
    with db.write() as session:
        counter = _counter(session, station, operator)
        place = counter.place
        _refuse_without_stock(session, place, blank=counter.blank)
        record = session.scalar(_NEXT_QUEUED)
        if record is None:
            raise Refused(
                QT_TRANSLATE_NOOP("core", "the queue is empty: there is no record to print")
            )
        _claim(record, place, counter.shift_id)
        audit.record(session, "claim", user=operator, subject=record.nik, detail=place.name)
        return Claim(record.nik, record.name, record.kecamatan, place.name, record.attempts + 1)


# The next record in print order that no other station holds; built once.
_NEXT_QUEUED = (
    select(Record)
    .where(status_is(QUEUED))
    .order_by(*queue_order())
    .limit(1)
    .with_for_update(skip_locked=True)
)


def record_print(
    db: Database,
    nik: str,
    *,
    station: str,
    operator: str,
    spoiled: str | None = None,
    blank_serial: str | None = None,
) -> PrintResult:
    """Record one attempt at a card: printed, or spoiled with a reason.

    A queued record is claimed and recorded at once (the scanner flow). Every attempt consumes
    one office blank and the station's ribbon and film panels per card.
    """
    if spoiled is not None and spoiled not in SPOIL_REASONS:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "unknown spoil reason '{reason}': choose one of {choices}"),
            reason=spoiled,
            choices=", ".join(SPOIL_REASONS),
        )
    with db.write() as session:
        counter = _counter(session, station, operator)
        assert counter.operator_id is not None
        record = _printable_record(session, nik, counter.place)
        return record_attempt(
            session, record, counter.place, counter.operator_id, spoiled, blank_serial,
            shift_id=counter.shift_id, blank=counter.blank, message=counter.message,
            operator=operator.strip(),
        )  # fmt: skip


def record_attempt(
    session: Session,
    record: Record,
    place: Station,
    user_id: int,
    spoiled: str | None,
    blank_serial: str | None = None,
    *,
    shift_id: int | None = None,
    blank: int | None = None,
    message: MessageSettings | None = None,
    operator: str | None = None,
) -> PrintResult:
    """The outcome of one attempt at a claimed record, inside the caller's transaction.

    ``shift_id`` (the station's open shift), ``blank`` (the office's blank cards),
    ``message`` (the settings of the ready-to-collect message) and ``operator`` (the name of
    user ``user_id``) are given when the caller has just read them. The record's claim (a
    queued record is claimed by this attempt) and its outcome reach the database as one
    UPDATE, after the attempt's INSERT; the statements run on the session's connection, and
    the record held in the session is left with the values written.
    """
    if shift_id is None:
        shift_id = require_shift(session, place).id
    _refuse_without_stock(session, place, blank=blank)
    session.flush()  # what the caller changed goes first; the attempt's statements follow
    attempt = _add_attempt(session, record, place, user_id, spoiled, blank_serial, shift_id)
    remaining = _consume(session, place, attempt, user_id)
    if attempt.outcome == OUTCOME_PRINTED:
        queue_ready_message(session, record, message)  # the citizen's SMS / WhatsApp
    if operator is None:
        who = session.get(User, user_id)
        operator = who.name if who else None
    audit.record(
        session,
        "print" if spoiled is None else "spoil",
        user=operator,
        subject=record.nik,
        detail=f"{place.name} {spoiled or ''}".strip(),
    )
    return PrintResult(
        record.nik, record.name, attempt.outcome, attempt.attempt_no, place.name, remaining
    )


def unclaim(record: Record) -> None:
    """Back to the queue in its old place (its order keys are untouched); nothing consumed."""
    record.status = QUEUED
    record.claimed_station_id = None
    record.claimed_at = None
    record.claimed_shift_id = None


def release(db: Database, nik: str, *, station: str, operator: str) -> None:
    """Give a claimed record back to the queue, in its old place; nothing is consumed."""
    with db.write() as session:
        user = get_user(session, operator)
        place = get_station(session, station)
        record = find_open_record(session, nik)
        if record is None or record.status != PRINTING or record.claimed_station_id != place.id:
            raise Refused(
                QT_TRANSLATE_NOOP("core", "{nik} is not claimed by {station}: nothing to release"),
                nik=nik,
                station=place.name,
            )
        unclaim(record)
        audit.record(session, "release", user=user.name, subject=record.nik, detail=place.name)


@dataclass(frozen=True)
class _Counter:
    place: Station
    shift_id: int  # the station's open shift
    blank: int  # the office's blank cards
    message: MessageSettings  # what the ready-to-collect message is written with
    operator_id: int | None  # the active user named, when one was named


def _counter(session: Session, station: str, operator: str | None = None) -> _Counter:
    """The active station of that name, its open shift, the office's blank cards, the
    message's settings and the active user named ``operator``, read in one query (on a server
    each was a round trip of its own); refused as ``get_user``, ``get_station`` and
    ``require_shift`` refuse, in that order."""
    names = {"name": station.strip(), "operator": operator.strip() if operator else None}
    row = session.execute(_COUNTER, names).first()
    if operator is not None and (row is None or row[3] is None):
        get_user(session, operator)  # says why
    if row is None or not row[0].active:
        get_station(session, station)  # says why
    assert row is not None
    place, shift_id, blank, operator_id, *message = row
    if shift_id is None:
        require_shift(session, place)  # says why
    return _Counter(place, shift_id, blank or 0, message_settings(message), operator_id)


_COUNTER = select(
    Station,
    select(ShiftStation.shift_id)
    .join(Shift, Shift.id == ShiftStation.shift_id)
    .where(ShiftStation.station_id == Station.id, Shift.ended_at.is_(None))
    .limit(1)
    .scalar_subquery(),
    select(StockBalance.qty).where(StockBalance.item == "blank").scalar_subquery(),
    select(User.id).where(User.name == bindparam("operator"), User.active).scalar_subquery(),
    *MESSAGE_SETTING_COLUMNS,
).where(Station.name == bindparam("name"))


def _printable_record(session: Session, nik: str, place: Station) -> Record:
    """The open record of a NIK, claimed by this station or still queued. A queued one is
    claimed by the attempt's own UPDATE (the scanner flow: claim and outcome in one)."""
    record = find_open_record(session, nik, lock=True)
    if record is None:
        refuse_missing_record(session, nik)
    assert record is not None
    if record.status == PRINTING and record.claimed_station_id != place.id:
        _refuse_claimed_elsewhere(session, record)
    elif record.status not in (QUEUED, PRINTING):
        _refuse_on_hold(record)
    return record


def _refuse_claimed_elsewhere(session: Session, record: Record) -> NoReturn:
    other = session.get(Station, record.claimed_station_id)
    if other is None:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "{nik} is being printed at another station"), nik=record.nik
        )
    raise Refused(
        QT_TRANSLATE_NOOP("core", "{nik} is being printed at {station}"),
        nik=record.nik,
        station=other.name,
    )


def _refuse_on_hold(record: Record) -> NoReturn:
    if record.hold_reason:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "{nik} is on hold: {reason}; a lead must release it first"),
            nik=record.nik,
            reason=record.hold_reason,
        )
    raise Refused(
        QT_TRANSLATE_NOOP("core", "{nik} is on hold; a lead must release it first"), nik=record.nik
    )


def _claim(record: Record, place: Station, shift_id: int) -> None:
    record.status = PRINTING
    record.claimed_station_id = place.id
    record.claimed_at = clock.now()
    record.claimed_shift_id = shift_id


def _refuse_without_stock(session: Session, place: Station, *, blank: int | None = None) -> None:
    missing = missing_consumables(session, place, blank=blank)
    if missing:
        refuse_to_print(missing, place.name)


@dataclass(frozen=True)
class _Attempt:
    id: int
    attempt_no: int
    outcome: str


def _serial(text: str | None) -> str | None:
    """A blank card's serial as typed or scanned: trimmed, at most 64 characters, no control
    characters (a scanner's stray escape sequence is refused, not stored)."""
    serial = (text or "").strip()
    problem, params = text_problem(serial, MAX_SERIAL_LENGTH)
    if problem:
        raise Refused(_SERIAL_PROBLEM[problem], **params)
    return serial or None


_SERIAL_PROBLEM: Final = {
    "long": QT_TRANSLATE_NOOP(
        "core", "the blank serial number has at most {limit} characters (got {length})"
    ),
    "control": QT_TRANSLATE_NOOP(
        "core", "the blank serial number contains the control character {char}"
    ),
}


def _add_attempt(
    session: Session,
    record: Record,
    place: Station,
    operator_id: int,
    spoiled: str | None,
    blank_serial: str | None,
    shift_id: int,
) -> _Attempt:
    """The attempt's row, then the record's outcome: Core statements built once, run on the
    session's connection without the unit of work (it cost more than both statements)."""
    at = clock.now()
    attempt_no = record.attempts + 1
    outcome = OUTCOME_SPOILED if spoiled else OUTCOME_PRINTED
    values = {
        "record_id": record.id,
        "station_id": place.id,
        "operator_id": operator_id,
        "attempt_no": attempt_no,
        "outcome": outcome,
        "spoil_reason": spoiled,
        "blank_serial": _serial(blank_serial),
        "at": at,
        "shift_id": shift_id,
    }
    key = session.connection().execute(_INSERT_ATTEMPT, values).inserted_primary_key
    assert key is not None
    attempt = _Attempt(key[0], attempt_no, outcome)
    _apply_outcome(session, record, attempt, at)
    return attempt


def _consume(session: Session, place: Station, attempt: _Attempt, user_id: int) -> Remaining:
    kind = "spoil" if attempt.outcome == OUTCOME_SPOILED else "consume"
    blank, ribbon, film = move_together(
        session,
        [("blank", None, -1), ("ribbon", place, -place.ribbon_panels),
         ("film", place, -place.film_panels)],
        kind=kind,
        user_id=user_id,
        attempt_id=attempt.id,
    )  # fmt: skip
    return Remaining(blank, ribbon, film)


def _apply_outcome(session: Session, record: Record, attempt: _Attempt, at: datetime) -> None:
    """The record after the attempt, claim cleared, in one UPDATE; the record held in the
    session is given the values written (nothing of it is left to flush)."""
    values: dict[str, object] = {
        "attempts": attempt.attempt_no,
        "claimed_station_id": None,
        "claimed_at": None,
        "claimed_shift_id": None,
    }
    if attempt.outcome == OUTCOME_PRINTED:
        values |= {"status": PRINTED, "printed_at": at}
    else:  # a spoiled card goes back to the head of its priority band
        values |= {"status": QUEUED, "lane": 0}
    session.connection().execute(_UPDATE_RECORD, {"record_key": record.id, **values})
    for key, value in values.items():
        set_committed_value(record, key, value)


_INSERT_ATTEMPT = insert(cast(Table, PrintAttempt.__table__))
_RECORDS = cast(Table, Record.__table__)
# The SET clause is the outcome's columns, given with each execution.
_UPDATE_RECORD = update(_RECORDS).where(_RECORDS.c.id == bindparam("record_key"))
