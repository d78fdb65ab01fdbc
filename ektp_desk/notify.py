"""Ready-to-collect messages: queued with a printed card, listed, sent by WhatsApp.

A printed outcome queues the message in the same transaction (``queue_ready_message``), so a
card is never printed without its message nor the other way round. Delivery is done by real
gateways: Gammu SMSD through its SQL outbox (``ektp_desk.delivery``), or an operator clicking
a WhatsApp link (``pending_messages``, ``mark_sent``). Either way a message goes to one
gateway once: every hand-over is a guarded UPDATE of a message that is still pending and held
by no live deliverer.
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import BinaryIO, Final, cast
from urllib.parse import quote

from sqlalchemy import (
    ColumnElement,
    DateTime,
    Integer,
    String,
    Table,
    Text,
    and_,
    bindparam,
    exists,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from ektp_desk import clock, notify_text
from ektp_desk.access import get_user
from ektp_desk.atomic import write_atomically
from ektp_desk.db import Database
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP, Message, in_language
from ektp_desk.models import OutboxMessage, Record
from ektp_desk.phones import PhoneError, normalise_phone
from ektp_desk.settings import setting_value, stored_setting
from ektp_desk.spreadsheet import csv_text

# A deliverer's claim older than this belongs to a deliverer that died: another may take over.
CLAIM_TIMEOUT: Final = timedelta(minutes=10)
WHATSAPP: Final = "whatsapp"
GAMMU: Final = "gammu"
_CSV_HEADER: Final = {
    "name": QT_TRANSLATE_NOOP("core", "Name"),
    "phone": QT_TRANSLATE_NOOP("core", "Phone"),
    "link": QT_TRANSLATE_NOOP("core", "WhatsApp link"),
    "text": QT_TRANSLATE_NOOP("core", "Message"),
    "queued": QT_TRANSLATE_NOOP("core", "Queued at"),
}


@dataclass(frozen=True)
class PendingMessage:
    id: int
    nik: str
    name: str
    phone: str  # as stored: 62..., or the text that is not a valid number
    number: str | None  # 62... when valid
    problem: Message | None  # why the number is not valid
    text: str
    created_at: datetime
    last_error: str | None

    @property
    def whatsapp_url(self) -> str | None:
        return whatsapp_url(self.number, self.text) if self.number else None


@dataclass(frozen=True)
class MessageSettings:
    """The office settings a ready-to-collect message is written with."""

    template: str
    place: str
    office: str


_MESSAGE_SETTINGS: Final = ("notify_template", "pickup_place", "office_name")
# Those settings as columns, for a print to read in the query that reads its station (one
# round trip, in the print's own transaction: a change saved at any station is seen by the
# next print, with nothing cached in between).
MESSAGE_SETTING_COLUMNS: Final = tuple(stored_setting(name) for name in _MESSAGE_SETTINGS)


def message_settings(stored: Sequence[str | None]) -> MessageSettings:
    """The values read through ``MESSAGE_SETTING_COLUMNS``, defaults for those never saved."""
    values = (setting_value(n, v) for n, v in zip(_MESSAGE_SETTINGS, stored, strict=True))
    return MessageSettings(*values)


def read_message_settings(session: Session) -> MessageSettings:
    return message_settings(session.execute(_READ_MESSAGE_SETTINGS).one())


def queue_ready_message(
    session: Session, record: Record, office: MessageSettings | None = None
) -> bool:
    """Queue the ready-to-collect message of a card just printed (inside the print's
    transaction); nothing when the record has no phone or already has its message.

    ``office`` is the message's settings when the caller has just read them (a print reads
    them with its station). True when a message was queued."""
    raw = (record.phone or "").strip()
    if not raw:
        return False
    try:
        phone = normalise_phone(raw) or raw
    except PhoneError:
        phone = raw[:32]  # kept so the list can say why it cannot be sent
    if office is None:
        office = read_message_settings(session)
    now = clock.now()
    text = notify_text.render_message(
        office.template,
        name=record.name,
        female=record.female,
        place=office.place,
        office=office.office,
        printed=(record.printed_at or now).date(),
    )
    values = {"record_id": record.id, "phone": phone, "text": text, "created_at": now}
    queued: int = session.connection().execute(_QUEUE_MESSAGE, values).rowcount
    return queued == 1


def cancel_pending(session: Session, record_id: int) -> None:
    """The card was collected before its message went out: no one sends it any more."""
    session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.record_id == record_id, pending(), OutboxMessage.claimed_by.is_(None))
        .values(cancelled_at=clock.now())
    )


def pending_messages(db: Database) -> list[PendingMessage]:
    """Messages no gateway has taken yet, oldest first, each with its WhatsApp number."""
    with db.read() as session:
        rows = session.execute(
            select(OutboxMessage, Record.nik, Record.name)
            .join(Record, Record.id == OutboxMessage.record_id)
            .where(pending())
            .order_by(OutboxMessage.id)
        ).all()
        return [_pending_message(message, nik, name) for message, nik, name in rows]


def whatsapp_url(number: str, text: str) -> str:
    """A click-to-chat link: ``https://wa.me/62...?text=...`` (number without '+')."""
    return f"https://wa.me/{number}?text={quote(text, safe='')}"


def mark_sent(db: Database, message_id: int, *, operator: str) -> None:
    """An operator sent the message by WhatsApp; refused if a gateway already has it."""
    now = clock.now()
    with db.write() as session:
        user = get_user(session, operator)
        done = session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == message_id, pending(), claimable(now))
            .values(claimed_by=user.name, claimed_at=now, delivered_at=now, gateway=WHATSAPP)
        )
        if done.rowcount != 1:  # type: ignore[attr-defined]
            raise Refused(
                QT_TRANSLATE_NOOP(
                    "core",
                    "message {id} was already sent, cancelled or is being sent by the SMS "
                    "gateway; it is not sent twice",
                ),
                id=message_id,
            )


def write_links_csv(messages: Sequence[PendingMessage], path: Path) -> int:
    """The WhatsApp links as a CSV a spreadsheet opens (UTF-8 with BOM, semicolons);
    numbers that cannot be used are left out. Returns the rows written."""
    rows = [m for m in messages if m.number]
    write_atomically(path, functools.partial(_write_links, rows))
    return len(rows)


def _write_links(rows: Sequence[PendingMessage], stream: BinaryIO) -> None:
    handle = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    writer = csv.writer(handle, delimiter=";")
    writer.writerow([in_language(Message(_CSV_HEADER[column])) for column in _CSV_HEADER])
    for m in rows:
        cells = (
            m.name,
            m.number or "",
            m.whatsapp_url or "",
            m.text,
            f"{m.created_at:%d-%m-%Y %H:%M}",
        )
        writer.writerow([csv_text(cell) for cell in cells])
    handle.flush()
    handle.detach()  # the caller flushes and closes the file itself


def pending() -> ColumnElement[bool]:
    """Not delivered by any gateway, not cancelled."""
    return and_(OutboxMessage.delivered_at.is_(None), OutboxMessage.cancelled_at.is_(None))


def claimable(now: datetime) -> ColumnElement[bool]:
    """Held by no deliverer, or by one that died (its claim is older than the timeout)."""
    return or_(OutboxMessage.claimed_at.is_(None), OutboxMessage.claimed_at < now - CLAIM_TIMEOUT)


def _pending_message(message: OutboxMessage, nik: str, name: str) -> PendingMessage:
    try:
        number, problem = normalise_phone(message.phone), None
    except PhoneError as error:
        number, problem = None, error.message
    return PendingMessage(message.id, nik, name, message.phone, number, problem, message.text,
                          message.created_at, message.last_error)  # fmt: skip


# Built once: the three settings alone, and the message as one INSERT that adds nothing when
# the record already has its message (the check and the write in one statement).
_READ_MESSAGE_SETTINGS = select(*MESSAGE_SETTING_COLUMNS)
_OUTBOX = cast(Table, OutboxMessage.__table__)
_QUEUE_MESSAGE = insert(_OUTBOX).from_select(
    ["record_id", "phone", "text", "created_at"],
    select(
        bindparam("record_id", type_=Integer),
        bindparam("phone", type_=String),
        bindparam("text", type_=Text),
        bindparam("created_at", type_=DateTime),
    ).where(~exists().where(_OUTBOX.c.record_id == bindparam("record_id", type_=Integer))),
)
