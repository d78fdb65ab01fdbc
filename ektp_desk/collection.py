"""Collection (pengambilan): a printed card handed over, and the cards nobody came for.

Who took the card is recorded with the time and the operator who handed it over: the citizen
in person, or a representative by name. A card printed but not collected after the office's
``uncollected_days`` is listed for follow-up (a call, a second message).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from sqlalchemy import select

from ektp_desk import audit, clock
from ektp_desk.access import get_user
from ektp_desk.citizens import latest_record
from ektp_desk.db import Database
from ektp_desk.domain import PICKED_UP, PRINTED, InvalidCause
from ektp_desk.errors import NotFound, Refused
from ektp_desk.handin import HandIn, take_back
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.limits import MAX_DAYS
from ektp_desk.models import OutboxMessage, Record, status_is
from ektp_desk.nik import NikError, normalize_nik, parse_nik
from ektp_desk.notify import cancel_pending
from ektp_desk.records import refuse_missing_record
from ektp_desk.settings import load_settings

CITIZEN: Final = "citizen"
REPRESENTATIVE: Final = "representative"
MAX_NAME_LENGTH: Final = 200


@dataclass(frozen=True)
class Collection:
    nik: str
    name: str  # the card holder
    collected_by: str
    role: str  # CITIZEN or REPRESENTATIVE
    collected_at: datetime
    operator: str
    handed_in: InvalidCause | None = None  # the cause of the old card taken back, if one was


@dataclass(frozen=True)
class Uncollected:
    nik: str
    name: str
    kecamatan: str
    kelurahan: str | None
    phone: str | None
    printed_at: datetime
    days_waiting: int
    notified: bool  # a ready-to-collect message went out through a gateway


def record_collection(
    db: Database, nik: str, *, by: str, representative: bool = False, operator: str,
    hand_in: HandIn | None = None,
) -> Collection:  # fmt: skip
    """Hand a printed card over; refused (changing nothing) unless the card is printed and
    not yet collected, and a name is given. With ``hand_in`` the holder's old card is taken
    back in the same transaction (ektp_desk.handin)."""
    taker = " ".join(by.split())
    _check_taker(taker)
    clean = normalize_nik(nik)
    with db.write() as session:
        user = get_user(session, operator)
        try:
            parse_nik(clean)
        except NikError:
            refuse_missing_record(session, nik)
        record = latest_record(session, clean, lock=True)
        _check_collectable(record, clean)
        assert record is not None
        old = take_back(session, record, user, hand_in) if hand_in is not None else None
        record.status = PICKED_UP
        record.collected_at = clock.now()
        record.collected_by = taker
        record.collected_by_role = REPRESENTATIVE if representative else CITIZEN
        record.collected_operator_id = user.id
        cancel_pending(session, record.id)
        audit.record(session, "collect", user=user.name, subject=record.nik,
                     detail=f"{record.collected_by_role}: {taker}"[:200])  # fmt: skip
        return Collection(record.nik, record.name, taker, record.collected_by_role,
                          record.collected_at, user.name,
                          InvalidCause(old.cause) if old is not None else None)  # fmt: skip


def uncollected_cards(db: Database, *, days: int | None = None) -> list[Uncollected]:
    """Printed cards waiting longer than ``days`` (default: the office setting), oldest first."""
    if days is not None and days < 0:
        raise Refused(QT_TRANSLATE_NOOP("core", "the number of days cannot be negative"))
    if days is not None and days > MAX_DAYS:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "the number of days is at most {limit} (got {days})"),
            limit=f"{MAX_DAYS:,}",
            days=days,
        )
    wait = load_settings(db).uncollected_days if days is None else days
    now = clock.now()
    with db.read() as session:
        rows = session.execute(
            select(Record.nik, Record.name, Record.kecamatan, Record.kelurahan, Record.phone,
                   Record.printed_at, OutboxMessage.delivered_at)
            .join(OutboxMessage, OutboxMessage.record_id == Record.id, isouter=True)
            .where(status_is(PRINTED), Record.printed_at <= now - timedelta(days=wait))
            .order_by(Record.printed_at, Record.id)
        ).all()  # fmt: skip
    return [
        Uncollected(nik, name, kecamatan, kelurahan, phone, printed_at,
                    (now - printed_at).days, delivered_at is not None)
        for nik, name, kecamatan, kelurahan, phone, printed_at, delivered_at in rows
        if printed_at is not None  # a printed card always has its time
    ]  # fmt: skip


def _check_taker(taker: str) -> None:
    if not taker:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "say who collected the card: the name of the citizen or representative"
            )
        )
    if len(taker) > MAX_NAME_LENGTH:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "the name has at most {limit} characters"),
            limit=MAX_NAME_LENGTH,
        )


def _check_collectable(record: Record | None, nik: str) -> None:
    if record is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("core", "there is no card for NIK {nik}: nothing to collect"), nik=nik
        )
    if record.status == PICKED_UP:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "the card of {nik} was already collected on {date} by {name}"
            ),
            nik=nik,
            date=f"{record.collected_at:%d-%m-%Y %H:%M}" if record.collected_at else "-",
            name=record.collected_by or "-",
        )
    if record.status != PRINTED:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "the card of {nik} is not printed yet: nothing to collect"),
            nik=nik,
        )
