"""Delivering the pending messages to Gammu SMSD, each exactly once.

Across crashes and stations: a deliverer claims a batch of pending messages in our database
(a guarded UPDATE: only unclaimed ones, or claims older than ``CLAIM_TIMEOUT`` whose deliverer
died); hands each to Gammu under the unique ``CreatorID`` ``ektp-desk:<id>``, confirming just
before Gammu's commit that the claim is still its own; then marks it delivered. After a crash
between Gammu's commit and ours, the next deliverer finds the ``CreatorID`` in Gammu's outbox
or sentitems and only records it. A message whose number cannot be used, or that the gateway
refused, is released for a later run and reported.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Final

from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError

from ektp_desk import clock, notify_text
from ektp_desk.db import Database
from ektp_desk.errors import Refused
from ektp_desk.gammu import ClaimLost, GammuOutbox, gateway_problem
from ektp_desk.i18n import QT_TRANSLATE_NOOP, Message
from ektp_desk.models import OutboxMessage
from ektp_desk.notify import GAMMU, claimable, pending
from ektp_desk.phones import PhoneError, require_phone
from ektp_desk.settings import OfficeSettings, load_settings

CLAIM_BATCH: Final = 20  # messages claimed at a time: a crash strands no more than these
CREATOR_PREFIX: Final = "ektp-desk:"

Claimed = tuple[int, str, str]  # message id, phone, text


@dataclass(frozen=True)
class Delivered:
    message_id: int
    number: str
    creator_id: str
    gammu_id: int
    recovered: bool  # found already in Gammu after an earlier run died; not inserted again


@dataclass(frozen=True)
class NotDelivered:
    message_id: int
    phone: str
    reason: Message


@dataclass(frozen=True)
class DeliveryReport:
    gateway: str  # the Gammu database, without its password
    delivered: tuple[Delivered, ...]
    invalid: tuple[NotDelivered, ...]  # numbers no gateway can use; left pending
    failed: tuple[NotDelivered, ...]  # the gateway failed; left pending for the next run


@dataclass
class _Run:
    db: Database
    gateway: GammuOutbox
    token: str
    delivered: list[Delivered] = field(default_factory=list)
    invalid: list[NotDelivered] = field(default_factory=list)
    failed: list[NotDelivered] = field(default_factory=list)


def deliver_to_gammu(
    db: Database,
    gammu_url: str | None = None,
    *,
    deliverer: str | None = None,
    should_stop: Callable[[], bool] = lambda: False,
) -> DeliveryReport:
    """Hand every pending message to Gammu SMSD once (see the module's note). When
    ``should_stop`` says so, the run ends between two messages and gives the rest back."""
    office = load_settings(db)
    url = gateway_url(office, gammu_url)
    gateway = GammuOutbox(
        url,
        send_after=notify_text.parse_clock(office.sms_send_after),
        send_before=notify_text.parse_clock(office.sms_send_before),
    )
    token = deliverer or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    run = _Run(db, gateway, token)
    try:
        while (
            not run.failed
            and not should_stop()
            and (batch := claim(db, token, skip={n.message_id for n in run.invalid}))
        ):
            for index, message in enumerate(batch):
                if should_stop():
                    for message_id, _phone, _text in batch[index:]:
                        release(db, message_id, token, None)
                    break
                if not _deliver_one(run, message):
                    _give_back(run, batch[index:], run.failed[-1].reason)
                    break
    finally:
        gateway.dispose()
    return DeliveryReport(gateway.describe(), tuple(run.delivered), tuple(run.invalid),
                          tuple(run.failed))  # fmt: skip


def gateway_url(office: OfficeSettings, given: str | None) -> str:
    """The Gammu database to use: the one given, else the office's setting."""
    url = (given or office.gammu_db_url).strip()
    if not url:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "no SMS gateway database: give --gammu-db URL or set it in the settings"
            )
        )
    return url


def _deliver_one(run: _Run, message: Claimed) -> bool:
    """Hand one claimed message over; False when the gateway failed (the run stops)."""
    message_id, phone, text = message
    try:
        number = require_phone(phone)
    except PhoneError as error:
        release(run.db, message_id, run.token, str(error))
        run.invalid.append(NotDelivered(message_id, phone, error.message))
        return True
    creator = f"{CREATOR_PREFIX}{message_id}"
    confirm = partial(_confirm, run.db, message_id, run.token)
    try:
        handed = run.gateway.hand_over(creator, f"+{number}", text, confirm=confirm)
    except ClaimLost:
        return True  # another deliverer took it over and will record it
    except SQLAlchemyError as error:
        reason = gateway_problem(run.gateway.describe(), error)
        run.failed.append(NotDelivered(message_id, phone, reason))
        return False
    _mark_delivered(run.db, message_id, run.token, handed.gammu_id)
    run.delivered.append(Delivered(message_id, number, creator, handed.gammu_id, handed.recovered))
    return True


def _give_back(run: _Run, messages: list[Claimed], reason: Message) -> None:
    for position, (message_id, phone, _text) in enumerate(messages):
        release(run.db, message_id, run.token, str(reason))
        if position:  # the first one is already in run.failed
            run.failed.append(NotDelivered(message_id, phone, reason))


def claim(db: Database, token: str, *, skip: set[int] | None = None) -> list[Claimed]:
    """Take up to CLAIM_BATCH pending messages no live deliverer holds, oldest first."""
    now = clock.now()
    available = [pending(), claimable(now)]
    if skip:
        available.append(OutboxMessage.id.not_in(skip))
    with db.write() as session:
        batch = select(OutboxMessage.id).where(*available).order_by(OutboxMessage.id)
        session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(batch.limit(CLAIM_BATCH).scalar_subquery()), *available)
            .values(claimed_by=token, claimed_at=now),
            execution_options={"synchronize_session": False},
        )
        rows = session.execute(
            select(OutboxMessage.id, OutboxMessage.phone, OutboxMessage.text)
            .where(pending(), OutboxMessage.claimed_by == token, OutboxMessage.claimed_at == now)
            .order_by(OutboxMessage.id)
        ).all()
    return [(row.id, row.phone, row.text) for row in rows]


def release(db: Database, message_id: int, token: str, error: str | None) -> None:
    with db.write() as session:
        session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == message_id, OutboxMessage.claimed_by == token, pending())
            .values(claimed_by=None, claimed_at=None, last_error=error[:1000] if error else None)
        )


def _confirm(db: Database, message_id: int, token: str) -> bool:
    """Still this deliverer's message? Renews the claim; False when another took it."""
    with db.write() as session:
        renewed = session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == message_id, OutboxMessage.claimed_by == token, pending())
            .values(claimed_at=clock.now())
        )
        return renewed.rowcount == 1  # type: ignore[attr-defined,no-any-return]


def _mark_delivered(db: Database, message_id: int, token: str, gammu_id: int) -> None:
    with db.write() as session:
        session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == message_id, OutboxMessage.claimed_by == token, pending())
            .values(delivered_at=clock.now(), gateway=GAMMU, delivery_ref=str(gammu_id),
                    last_error=None)
        )  # fmt: skip
