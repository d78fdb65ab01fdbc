"""Citizens ask by SMS, the office answers: Gammu SMSD's inbox in, its outbox out.

Exactly once, crash-safe, with any number of jobs: each question (a message, its parts
joined) is answered in ONE transaction on Gammu's database that locks the question's inbox
rows, inserts the reply into the outbox and sets Gammu's ``Processed`` flag. Killed before
the commit, nothing happened and the next run answers it; after it, the question is marked
and never answered again. A second job skips rows another holds (PostgreSQL: ``FOR UPDATE
SKIP LOCKED``; SQLite: the write lock each transaction begins with) and re-reads the flag
under its lock. Nothing is written to the office database, so no second database has to
agree: the reply and the mark commit together or not at all.

Privacy: the detailed answer (the name's initials, the state, the place in the queue or
where to collect) goes only to the number registered on the record. A question from any
other number gets it sent to the registered number and is told so; a NIK with no record
gets "not found", with nothing about anyone. Each sender gets ``sms_questions_per_day``
answers a day (counted on Gammu's receiving day, in inbox order, so every job counts the
same); the next question gets one polite refusal, later ones none. A sender that is not an
Indonesian mobile number (short codes, premium services, names) is never replied to.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import time
from enum import StrEnum
from typing import Final

from sqlalchemy.exc import SQLAlchemyError

from ektp_desk import sms_questions as words
from ektp_desk.access import check_actor
from ektp_desk.actor import Actor
from ektp_desk.citizens import NOT_FOUND, latest_record, lookup_status
from ektp_desk.db import Database
from ektp_desk.delivery import gateway_url
from ektp_desk.errors import Refused
from ektp_desk.gammu import GammuOutbox, gateway_unavailable
from ektp_desk.gammu_inbox import Inbox, Question, database_now, schema_version
from ektp_desk.i18n import in_language
from ektp_desk.phones import PhoneError, normalise_phone
from ektp_desk.settings import OfficeSettings, load_settings

log = logging.getLogger(__name__)

CREATOR_PREFIX: Final = "ektp-desk:answer:"
# Replies go at once, at any hour: the citizen is waiting for them.
_ALL_DAY: Final = (time(0, 0), time(23, 59, 59))


class Outcome(StrEnum):
    ANSWERED = "answered"  # the registered number asked and got the answer
    FORWARDED = "forwarded"  # another number asked: the answer went to the registered one
    NOT_FOUND = "not_found"
    NO_PHONE = "no_phone"  # a record without a usable registered number
    HELP = "help"  # not a question in the format
    LIMIT = "limit"  # the sender's first question over the daily limit: one refusal
    SILENT = "silent"  # further questions over the limit: no reply
    NOT_REPLIED = "not_replied"  # a short code, premium service or foreign sender


@dataclass(frozen=True)
class Reply:
    number: str  # 62...
    text: str


@dataclass(frozen=True)
class Answered:
    inbox_ids: tuple[int, ...]
    sender: str
    outcome: Outcome
    replies: tuple[Reply, ...]


@dataclass(frozen=True)
class AnswerReport:
    gateway: str  # the Gammu database, without its password
    answered: tuple[Answered, ...]


Step = Callable[[str], None]  # told "read", "locked", "reply", "marked", "committed"


def answer_questions(
    db: Database,
    gammu_url: str | None = None,
    *,
    actor: Actor,
    should_stop: Callable[[], bool] = lambda: False,
    step: Step | None = None,
) -> AnswerReport:
    """Answer every question waiting in Gammu's inbox once (see the module's note)."""
    with db.read() as session:
        check_actor(session, actor)
    office = load_settings(db)
    gateway = GammuOutbox(gateway_url(office, gammu_url), send_after=_ALL_DAY[0],
                          send_before=_ALL_DAY[1])  # fmt: skip
    tell = step or (lambda _name: None)
    done: list[Answered] = []
    try:
        with gateway.engine.connect() as conn:
            version = schema_version(conn)
            questions = Inbox(conn, version).waiting(conn, database_now(conn, version))
        tell("read")
        for question in questions:
            if should_stop():
                break
            answered = _answer_one(db, gateway, office, question, version, tell)
            if answered is not None:
                log.info("SMS %s from %s: %s", answered.inbox_ids, question.sender,
                         answered.outcome)  # fmt: skip
                done.append(answered)
    except SQLAlchemyError as error:  # the gateway went away, or its inbox is not Gammu's
        raise gateway_unavailable(gateway.describe(), error, inbox=True) from error
    finally:
        gateway.dispose()
    return AnswerReport(gateway.describe(), tuple(done))


def _answer_one(
    db: Database,
    gateway: GammuOutbox,
    office: OfficeSettings,
    question: Question,
    version: int,
    tell: Step,
) -> Answered | None:
    """One question in one Gammu transaction; None when another job has it or had it."""
    with gateway.engine.begin() as conn:
        inbox = Inbox(conn, version)
        if not inbox.lock(conn, question):
            return None
        tell("locked")
        earlier = inbox.earlier_today(conn, question)
        outcome, replies = decide(db, office, question, earlier)
        for index, reply in enumerate(replies):
            creator = f"{CREATOR_PREFIX}{question.first_id}:{index}"
            gateway.insert(conn, creator, f"+{reply.number}", reply.text)
            tell("reply")
        inbox.mark_processed(conn, question)
        tell("marked")
    tell("committed")
    return Answered(question.ids, question.sender, outcome, replies)


def decide(
    db: Database, office: OfficeSettings, question: Question, earlier: int
) -> tuple[Outcome, tuple[Reply, ...]]:
    """Who gets what for one question; ``earlier`` is the sender's questions before it today."""
    sender = _mobile(question.sender)
    if sender is None:
        return Outcome.NOT_REPLIED, ()
    limit = office.sms_questions_per_day
    say = _Sayer(office.office_name)
    if earlier > limit:
        return Outcome.SILENT, ()
    if earlier == limit:
        return Outcome.LIMIT, (Reply(sender, say(words.OVER_LIMIT, limit=limit)),)
    nik = words.asked_nik(question.text)
    if nik is None:
        return Outcome.HELP, (Reply(sender, say(words.HELP)),)
    shown = words.masked(nik)
    try:
        status = lookup_status(db, nik)
    except Refused:  # not a NIK at all (a wrong region or birth date): no record either
        status = None
    if status is None or status.state == NOT_FOUND:
        return Outcome.NOT_FOUND, (Reply(sender, say(words.NOT_FOUND, nik=shown)),)
    owner = registered_number(db, nik)
    if owner is None:
        return Outcome.NO_PHONE, (Reply(sender, say(words.NO_PHONE, nik=shown)),)
    detail = say(words.DETAILED, initials=words.initials(status.name or ""), nik=shown,
                 answer=in_language(status.message, "id"))  # fmt: skip
    if owner == sender:
        return Outcome.ANSWERED, (Reply(sender, detail),)
    told = Reply(sender, say(words.SENT_TO_OWNER, nik=shown))
    return Outcome.FORWARDED, (Reply(owner, detail), told)


def registered_number(db: Database, nik: str) -> str | None:
    """The mobile number on the NIK's record (62...), None when it has none that works."""
    with db.read() as session:
        record = latest_record(session, nik)
        return _mobile(record.phone) if record is not None else None


def _mobile(text: str | None) -> str | None:
    try:
        return normalise_phone(text)
    except PhoneError:
        return None


class _Sayer:
    def __init__(self, office: str) -> None:
        self.office = office

    def __call__(self, template: str, **fields: object) -> str:
        return words.reply(template, office=self.office, **fields)
