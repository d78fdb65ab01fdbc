"""What every front-door action shares: acting as the actor, and the actor's station."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from ektp_desk import audit
from ektp_desk.actor import Actor
from ektp_desk.db import Database
from ektp_desk.domain import Role
from ektp_desk.errors import PermissionDenied, Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP

P = ParamSpec("P")
R = TypeVar("R")


def action(
    fn: Callable[Concatenate[Database, Actor, P], R],
) -> Callable[Concatenate[Database, Actor, P], R]:
    """A front-door action: while it runs, every audit row it writes names ``actor``."""

    @functools.wraps(fn)
    def run(db: Database, actor: Actor, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with audit.acting_as(actor):
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
