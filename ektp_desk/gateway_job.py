"""The gateway job: ready-messages out and citizens' questions answered, in a loop.

``serve`` runs until ``stop`` is set (the command line sets it on SIGTERM or Ctrl+C): each
pass hands the pending ready-to-collect messages to Gammu (``ektp_desk.delivery``) and
answers the questions in Gammu's inbox (``ektp_desk.answering``), both exactly once however
many PCs run the job; between two messages it looks at ``stop`` and ends there. A gateway
that cannot be reached is logged and tried again on the next pass: a service keeps running.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from ektp_desk.access import check_actor
from ektp_desk.actor import Actor
from ektp_desk.answering import AnswerReport, answer_questions
from ektp_desk.db import Database
from ektp_desk.delivery import DeliveryReport, deliver_to_gammu, gateway_url
from ektp_desk.errors import Refused
from ektp_desk.settings import load_settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PassReport:
    delivery: DeliveryReport | None
    answers: AnswerReport | None
    problem: str | None  # why the pass could not finish (the gateway is away)


def run_pass(
    db: Database, gammu_url: str | None, *, actor: Actor, stop: threading.Event
) -> PassReport:
    """One pass: deliver, then answer. A failing gateway is reported, not raised; what the
    pass did before it failed stays in the report."""
    try:
        delivery = deliver_to_gammu(db, gammu_url, should_stop=stop.is_set)
    except Refused as error:
        return _failed(None, error)
    for sent in delivery.delivered:
        log.info("ready-message %s handed to Gammu as %s (%s)", sent.message_id,
                 sent.gammu_id, "recovered" if sent.recovered else "new")  # fmt: skip
    for problem in (*delivery.invalid, *delivery.failed):
        log.warning("ready-message %s not sent: %s", problem.message_id, problem.reason)
    if delivery.failed:
        return PassReport(delivery, None, str(delivery.failed[0].reason))
    try:
        answers = answer_questions(db, gammu_url, actor=actor, should_stop=stop.is_set)
    except Refused as error:
        return _failed(delivery, error)
    return PassReport(delivery, answers, None)


def _failed(delivery: DeliveryReport | None, error: Refused) -> PassReport:
    log.warning("gateway pass failed: %s", error)
    return PassReport(delivery, None, str(error))


def serve(
    db: Database, gammu_url: str | None, *, actor: Actor, every: float, stop: threading.Event
) -> int:
    """Run passes every ``every`` seconds until ``stop`` is set; returns the passes run."""
    url = gateway_url(load_settings(db), gammu_url)  # no gateway at all: refused at once
    log.info("SMS gateway job started (every %s s)", every)
    passes = 0
    while not stop.is_set():
        with db.read() as session:  # a revoked token or an inactive user stops the job
            check_actor(session, actor)
        report = run_pass(db, url, actor=actor, stop=stop)
        passes += 1
        if report.delivery and report.answers:
            log.info("pass %d: %d ready-message(s) out, %d question(s) answered", passes,
                     len(report.delivery.delivered), len(report.answers.answered))  # fmt: skip
        stop.wait(every)
    log.info("SMS gateway job stopped after %d pass(es)", passes)
    return passes
