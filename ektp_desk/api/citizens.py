"""Citizens: the state of a card at the counter, handing a card over, the ready messages.
Each shows a citizen's data, so each takes the signed-in person asking."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from ektp_desk import collection, notify
from ektp_desk.actor import Actor
from ektp_desk.api._door import action, job_action
from ektp_desk.citizens import COLLECTED, CitizenStatus, lookup_status
from ektp_desk.collection import MAX_NAME_LENGTH, Collection, Uncollected, uncollected_cards
from ektp_desk.db import Database
from ektp_desk.delivery import DeliveryReport, deliver_to_gammu
from ektp_desk.domain import Job
from ektp_desk.gateway_health import GatewayHealth, Modem, office_gateway_health
from ektp_desk.handin import HandIn, OldCard
from ektp_desk.notify import PendingMessage, pending_messages
from ektp_desk.phones import local_form

if TYPE_CHECKING:
    from ektp_desk.answering import AnswerReport

__all__ = [
    "COLLECTED",
    "MAX_NAME_LENGTH",
    "CitizenStatus",
    "Collection",
    "DeliveryReport",
    "GatewayHealth",
    "HandIn",
    "Modem",
    "OldCard",
    "PendingMessage",
    "Uncollected",
    "answer_questions",
    "deliver",
    "local_form",
    "mark_sent",
    "office_gateway_health",
    "pending",
    "record_collection",
    "serve_gateway",
    "status",
    "uncollected",
    "write_links_csv",
]


@action
def status(db: Database, actor: Actor, nik: str) -> CitizenStatus:
    """Where a citizen's card is, in one sentence to read to them."""
    return lookup_status(db, nik)


@action
def record_collection(
    db: Database, actor: Actor, nik: str, *, by: str, representative: bool = False,
    hand_in: HandIn | None = None,
) -> Collection:  # fmt: skip
    """Hand a printed card over to the citizen (or a representative, named); with
    ``hand_in``, the old card taken back joins the register of invalid cards."""
    return collection.record_collection(
        db, nik, by=by, representative=representative, operator=actor.name, hand_in=hand_in
    )


@action
def uncollected(db: Database, actor: Actor, *, days: int | None = None) -> list[Uncollected]:
    """Printed cards waiting longer than ``days`` to be collected."""
    return uncollected_cards(db, days=days)


@action
def pending(db: Database, actor: Actor) -> list[PendingMessage]:
    """Ready-to-collect messages not yet sent."""
    return pending_messages(db)


@action
def mark_sent(db: Database, actor: Actor, message_id: int) -> None:
    """The actor sent this message by WhatsApp; it is not sent again."""
    notify.mark_sent(db, message_id, operator=actor.name)


@action
def write_links_csv(db: Database, actor: Actor, path: Path) -> int:
    """Save the pending messages' WhatsApp links as a CSV file; returns how many."""
    return notify.write_links_csv(pending_messages(db), path)


@job_action(Job.NOTIFY_DELIVER)
def deliver(db: Database, actor: Actor, gammu_url: str | None = None) -> DeliveryReport:
    """Hand every pending message to Gammu SMSD once."""
    return deliver_to_gammu(db, gammu_url)


@job_action(Job.NOTIFY_ANSWER)
def answer_questions(db: Database, actor: Actor, gammu_url: str | None = None) -> AnswerReport:
    """Answer every citizen's SMS question waiting in Gammu's inbox, once."""
    from ektp_desk.answering import answer_questions as answer

    return answer(db, gammu_url, actor=actor)


@job_action(Job.NOTIFY_SERVE)
def serve_gateway(
    db: Database, actor: Actor, gammu_url: str | None, *, every: float, stop: threading.Event
) -> int:
    """Deliver ready messages and answer questions every ``every`` seconds until ``stop``."""
    from ektp_desk.gateway_job import serve

    return serve(db, gammu_url, actor=actor, every=every, stop=stop)
