"""What every front-door action shares: acting as the actor, and the actor's station.

A scheduled job's service account (``Actor.service``) passes this door only into the action
of its own job (``job_action``): every other action refuses it here, before anything runs, as
``ektp_desk.service_tokens.admit`` says."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from ektp_desk import access, audit, service_tokens
from ektp_desk.actor import Actor
from ektp_desk.db import Database
from ektp_desk.domain import Job, Role
from ektp_desk.errors import PermissionDenied, Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP

P = ParamSpec("P")
R = TypeVar("R")


Action = Callable[Concatenate[Database, Actor, P], R]


def action(fn: Action[P, R]) -> Action[P, R]:
    """A front-door action: while it runs, every audit row it writes names ``actor``. A
    service account is refused it."""
    return _door(fn, ())


def job_action(job: Job) -> Callable[[Action[P, R]], Action[P, R]]:
    """A front-door action that is also a scheduled job: a service token for ``job`` may run
    it, as well as the people who may."""

    def door(fn: Action[P, R]) -> Action[P, R]:
        return _door(fn, (job,))

    return door


def _door(fn: Action[P, R], jobs: tuple[Job, ...]) -> Action[P, R]:
    @functools.wraps(fn)
    def run(db: Database, actor: Actor, /, *args: P.args, **kwargs: P.kwargs) -> R:
        if actor.service is not None:
            service_tokens.admit(db, actor, jobs, what=fn.__name__)
        with audit.acting_as(actor), access.admitted(actor):
            return fn(db, actor, *args, **kwargs)

    return run


def station_of(actor: Actor, named: str | None) -> str:
    """The station an action happens at: the one named, else the actor's own. An operator
    works only at the station they signed in at."""
    named = (named or "").strip() or None
    if actor.role == Role.OPERATOR and actor.station and named and named != actor.station:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("core", "{user} signed in at {signed} and cannot act at {station}"),
            user=actor.name,
            signed=actor.station,
            station=named,
        )
    station = named or actor.station
    if station is None:
        raise Refused(QT_TRANSLATE_NOOP("core", "name the station this is done at"))
    return station
