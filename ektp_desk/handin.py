"""Old cards handed in (KTP-el lama ditarik) when a replacement is collected.

A card printed because the holder's data changed or the old card is damaged replaces a card
the holder still has: the operator takes it back at collection, in the same transaction, and
it joins the register of invalid cards until it is destroyed before witnesses. A first card
and a replacement for a lost card have no old card, so a hand-in is refused for them.

Which records are replacements is the file's jenis permohonan (``records.request``); where
the file did not say, a card this office printed earlier for the same NIK is the old card.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from ektp_desk import audit, clock
from ektp_desk.domain import HAND_IN_CAUSE, CardRequest, InvalidCause
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.models import HandedInCard, Record, User

MAX_NOTE_LENGTH: Final = 500


@dataclass(frozen=True)
class HandIn:
    """What the operator says of the old card taken back: its cause (None: the one its
    replacement's request implies) and a note."""

    cause: InvalidCause | None = None
    note: str = ""


@dataclass(frozen=True)
class OldCard:
    """The old card a record's holder can hand in at collection."""

    request: CardRequest | None  # None: the file did not say; an earlier card was printed here
    cause: InvalidCause | None  # the cause the request implies; None: the operator says


def old_card(session: Session, record: Record) -> OldCard | None:
    """The old card this record's holder can hand in, or None when there is none."""
    try:
        return _old_card(session, record)
    except Refused:
        return None


def take_back(session: Session, record: Record, user: User, hand_in: HandIn) -> HandedInCard:
    """Record the old card taken back from ``record``'s holder (in the collection's
    transaction); refused, changing nothing, when the record has no old card."""
    found = _old_card(session, record)
    cause = hand_in.cause or found.cause
    if cause is None:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "say why the old card of {nik} is invalid (its cause)"),
            nik=record.nik,
        )
    note = " ".join(hand_in.note.split())
    if len(note) > MAX_NOTE_LENGTH:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "the note has at most {limit} characters"),
            limit=MAX_NOTE_LENGTH,
        )
    card = HandedInCard(record_id=record.id, nik=record.nik, cause=InvalidCause(cause),
                        note=note or None, operator_id=user.id, at=clock.now())  # fmt: skip
    session.add(card)
    session.flush()
    audit.record(session, "hand_in", user=user.name, subject=record.nik,
                 detail=f"{cause}" + (f": {note}" if note else ""))  # fmt: skip
    return card


def _old_card(session: Session, record: Record) -> OldCard:
    request = CardRequest(record.request) if record.request else None
    if request == CardRequest.LOST:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "the card of {nik} replaces a lost card: there is no old card to hand in"
            ),
            nik=record.nik,
        )
    if request == CardRequest.FIRST or (request is None and not _printed_before(session, record)):
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core",
                "the card of {nik} is a first card, not a replacement: there is no old card "
                "to hand in",
            ),
            nik=record.nik,
        )
    return OldCard(request, HAND_IN_CAUSE.get(request) if request else None)


def _printed_before(session: Session, record: Record) -> bool:
    """Whether this office printed an earlier card for the same NIK."""
    earlier = session.scalar(
        select(Record.id)
        .where(Record.nik == record.nik, Record.id < record.id, Record.printed_at.is_not(None))
        .limit(1)
    )
    return earlier is not None
