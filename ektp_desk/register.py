"""The register of invalid cards (buku register KTP-el rusak/invalid) and their destruction.

Every spoiled blank and every old card handed in at collection is an invalid card the office
must account for until it is destroyed before witnesses. Each has the circular's cause: a
spoiled attempt's is ``CAUSE_OF`` its spoil reason unless a lead corrected it (the newest
correction counts; the attempt itself is never changed). A destruction takes every entry of
the register up to its day, freezes each one's cause in ``destroyed_entries`` and gets the
next number of its year; the database refuses a second destruction of an entry and any change
to one destroyed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ektp_desk import audit, clock
from ektp_desk.access import acting_user
from ektp_desk.actor import Actor
from ektp_desk.domain import CAUSE_OF, LEAD_ROLES, CardSource, InvalidCause, Outcome
from ektp_desk.errors import NotFound, Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.models import (
    CauseCorrection,
    DestroyedEntry,
    Destruction,
    HandedInCard,
    PrintAttempt,
    Record,
    Station,
    User,
)

NUMBER_FORMAT: Final = "{seq:03d}/BA-PMS/KTP-EL/{year}"


@dataclass(frozen=True)
class Signer:
    """A name and NIP printed on the paper (never taken from the signed-in person)."""

    name: str
    nip: str = ""

    @classmethod
    def parse(cls, text: str) -> Signer:
        """``NAME`` or ``NAME:NIP``."""
        name, _, nip = text.partition(":")
        return cls(name.strip(), nip.strip())


@dataclass(frozen=True)
class Signers:
    maker: Signer
    lead: Signer
    head: Signer
    witnesses: tuple[Signer, ...]

    def to_json(self) -> str:
        def one(s: Signer) -> dict[str, str]:
            return {"name": s.name, "nip": s.nip}

        return json.dumps({"maker": one(self.maker), "lead": one(self.lead),
                           "head": one(self.head),
                           "witnesses": [one(w) for w in self.witnesses]})  # fmt: skip


@dataclass(frozen=True)
class Entry:
    """One invalid card in the register."""

    source: CardSource
    id: int  # the attempt's id, or the handed-in card's
    at: datetime
    nik: str
    name: str
    serial: str | None
    cause: InvalidCause
    reason: str | None  # the operator's spoil reason (spoiled blanks)
    station: str | None
    operator: str
    corrected: bool


@dataclass(frozen=True)
class DestructionDone:
    id: int
    number: str
    held_on: date
    entries: tuple[Entry, ...]
    signers: Signers


def correct_cause(
    session: Session, actor: Actor, attempt_id: int, cause: InvalidCause, reason: str
) -> Entry:
    """A lead corrects the cause of a spoiled attempt still in the register, saying why."""
    lead = acting_user(session, actor, roles=LEAD_ROLES)
    reason = reason.strip()
    if not reason:
        raise Refused(QT_TRANSLATE_NOOP("core", "say why the cause is corrected"))
    attempt = session.get(PrintAttempt, attempt_id)
    if attempt is None or attempt.outcome != Outcome.SPOILED:
        raise NotFound(
            QT_TRANSLATE_NOOP("core", "no spoiled attempt number {attempt}"), attempt=attempt_id
        )
    _refuse_destroyed(session, attempt_id)
    before = spoiled_entries(session, ids=[attempt_id])[0]
    session.add(CauseCorrection(attempt_id=attempt_id, cause=InvalidCause(cause),
                                reason=reason, corrected_by=lead.name, at=clock.now()))  # fmt: skip
    session.flush()
    audit.record(session, "cause_fix", user=lead.name, subject=f"attempt {attempt_id}",
                 detail=f"{before.cause} -> {cause}: {reason}")  # fmt: skip
    return spoiled_entries(session, ids=[attempt_id])[0]


def _refuse_destroyed(session: Session, attempt_id: int) -> None:
    number = session.scalar(
        select(Destruction.number)
        .join(DestroyedEntry, DestroyedEntry.destruction_id == Destruction.id)
        .where(DestroyedEntry.attempt_id == attempt_id)
    )
    if number is not None:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "attempt {attempt} was destroyed in berita acara {number}: it is final"
            ),
            attempt=attempt_id,
            number=number,
        )


def register(session: Session, *, until: date | None = None) -> list[Entry]:
    """Every invalid card not yet destroyed, oldest first (up to the end of ``until``)."""
    end = datetime.combine(until, time.max) if until is not None else None
    entries = spoiled_entries(session, end=end, pending=True) + handed_in_entries(
        session, end=end, pending=True
    )
    return sorted(entries, key=lambda e: (e.at, e.source, e.id))


def spoiled_entries(
    session: Session, *, ids: list[int] | None = None, start: datetime | None = None,
    end: datetime | None = None, pending: bool = False,
) -> list[Entry]:  # fmt: skip
    """Spoiled attempts as register entries, with their cause as corrected."""
    query = (
        select(PrintAttempt.id, PrintAttempt.at, Record.nik, Record.name,
               PrintAttempt.blank_serial, PrintAttempt.spoil_reason, Station.name, User.name)
        .join(Record, Record.id == PrintAttempt.record_id)
        .join(Station, Station.id == PrintAttempt.station_id)
        .join(User, User.id == PrintAttempt.operator_id)
        .where(PrintAttempt.outcome == Outcome.SPOILED)
        .order_by(PrintAttempt.at, PrintAttempt.id)
    )  # fmt: skip
    if ids is not None:
        query = query.where(PrintAttempt.id.in_(ids))
    if start is not None:
        query = query.where(PrintAttempt.at >= start)
    if end is not None:
        query = query.where(PrintAttempt.at <= end)
    if pending:
        destroyed = select(DestroyedEntry.attempt_id).where(DestroyedEntry.attempt_id.is_not(None))
        query = query.where(PrintAttempt.id.not_in(destroyed))
    rows = session.execute(query).all()
    fixes = corrected_causes(session, [row[0] for row in rows])
    return [
        Entry(CardSource.SPOILED_BLANK, id_, at, nik, name, serial,
              fixes.get(id_, CAUSE_OF.get(reason or "", InvalidCause.PRINT_FAILED)),
              reason, station, operator, id_ in fixes)
        for id_, at, nik, name, serial, reason, station, operator in rows
    ]  # fmt: skip


def corrected_causes(session: Session, attempt_ids: list[int]) -> dict[int, InvalidCause]:
    """The newest corrected cause of each of these attempts that has one."""
    fixes: dict[int, InvalidCause] = {}
    for start in range(0, len(attempt_ids), 500):
        rows = session.execute(
            select(CauseCorrection.attempt_id, CauseCorrection.cause)
            .where(CauseCorrection.attempt_id.in_(attempt_ids[start : start + 500]))
            .order_by(CauseCorrection.id)
        ).all()
        fixes.update((attempt_id, InvalidCause(cause)) for attempt_id, cause in rows)
    return fixes


def handed_in_entries(
    session: Session, *, start: datetime | None = None, end: datetime | None = None,
    pending: bool = False,
) -> list[Entry]:  # fmt: skip
    """Old cards handed in at collection, as register entries."""
    query = (
        select(HandedInCard.id, HandedInCard.at, HandedInCard.nik, Record.name,
               HandedInCard.cause, User.name)
        .join(Record, Record.id == HandedInCard.record_id)
        .join(User, User.id == HandedInCard.operator_id)
        .order_by(HandedInCard.at, HandedInCard.id)
    )  # fmt: skip
    if start is not None:
        query = query.where(HandedInCard.at >= start)
    if end is not None:
        query = query.where(HandedInCard.at <= end)
    if pending:
        destroyed = select(DestroyedEntry.handed_in_id).where(
            DestroyedEntry.handed_in_id.is_not(None)
        )
        query = query.where(HandedInCard.id.not_in(destroyed))
    return [
        Entry(CardSource.HANDED_IN, id_, at, nik, name, None, InvalidCause(cause), None, None,
              operator, False)
        for id_, at, nik, name, cause, operator in session.execute(query).all()
    ]  # fmt: skip


def destroy(session: Session, actor: Actor, held_on: date, signers: Signers) -> DestructionDone:
    """Destroy every entry of the register up to the end of ``held_on``, before witnesses."""
    lead = acting_user(session, actor, roles=LEAD_ROLES)
    if not signers.witnesses or not all(w.name for w in signers.witnesses):
        raise Refused(QT_TRANSLATE_NOOP("core", "a destruction needs at least one witness"))
    if held_on > clock.today():
        raise Refused(
            QT_TRANSLATE_NOOP("core", "a destruction cannot be dated {day}, in the future"),
            day=f"{held_on:%d-%m-%Y}",
        )
    entries = register(session, until=held_on)
    if not entries:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "the register holds no card to destroy up to {day}"),
            day=f"{held_on:%d-%m-%Y}",
        )
    year = held_on.year
    seq = (session.scalar(select(func.max(Destruction.seq)).where(Destruction.year == year))
           or 0) + 1  # fmt: skip
    number = NUMBER_FORMAT.format(seq=seq, year=year)
    made = Destruction(number=number, year=year, seq=seq, held_on=held_on, made_at=clock.now(),
                       made_by=lead.name, signers=signers.to_json())  # fmt: skip
    session.add(made)
    session.flush()
    session.add_all(
        DestroyedEntry(
            destruction_id=made.id,
            attempt_id=e.id if e.source == CardSource.SPOILED_BLANK else None,
            handed_in_id=e.id if e.source == CardSource.HANDED_IN else None,
            cause=e.cause, nik=e.nik, serial=e.serial,
        )
        for e in entries
    )  # fmt: skip
    session.flush()
    audit.record(session, "destroy", user=lead.name, subject=number,
                 detail=f"{len(entries)} card(s) up to {held_on}")  # fmt: skip
    return DestructionDone(made.id, number, held_on, tuple(entries), signers)


def destroyed_entries(session: Session, destruction_id: int) -> list[DestroyedEntry]:
    return list(
        session.scalars(
            select(DestroyedEntry)
            .where(DestroyedEntry.destruction_id == destruction_id)
            .order_by(DestroyedEntry.id)
        )
    )
