"""Who may act: the acting user's row, checked inside the action's own transaction.

Kept apart from ``users`` (sign-in, passwords) and ``audit`` (the log), which both need it.

A scheduled job's service account (``Actor.service``) is no user: ``acting_user`` refuses it,
and it passes ``check_actor`` only inside its own job, while its token is not revoked (the
front door, ``ektp_desk.api._door``, admits it to that job alone).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Final

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from ektp_desk.actor import Actor, ServiceAccount
from ektp_desk.db import Database
from ektp_desk.domain import ADMIN, LEAD, OPERATOR, ROLES, Job, Role
from ektp_desk.errors import NotFound, PermissionDenied, Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.models import ServiceToken, User

# (the user's role, the roles allowed, in ROLES order) -> why the user may not: every case.
_NOT_ALLOWED: Final[dict[tuple[str, tuple[str, ...]], str]] = {
    (OPERATOR, (LEAD,)): QT_TRANSLATE_NOOP(
        "core", "{user} is an operator; only a lead may do this"
    ),
    (OPERATOR, (ADMIN,)): QT_TRANSLATE_NOOP(
        "core", "{user} is an operator; only an admin may do this"
    ),
    (OPERATOR, (LEAD, ADMIN)): QT_TRANSLATE_NOOP(
        "core", "{user} is an operator; only a lead or an admin may do this"
    ),
    (LEAD, (OPERATOR,)): QT_TRANSLATE_NOOP(
        "core", "{user} is a lead; only an operator may do this"
    ),
    (LEAD, (ADMIN,)): QT_TRANSLATE_NOOP("core", "{user} is a lead; only an admin may do this"),
    (LEAD, (OPERATOR, ADMIN)): QT_TRANSLATE_NOOP(
        "core", "{user} is a lead; only an operator or an admin may do this"
    ),
    (ADMIN, (OPERATOR,)): QT_TRANSLATE_NOOP(
        "core", "{user} is an admin; only an operator may do this"
    ),
    (ADMIN, (LEAD,)): QT_TRANSLATE_NOOP("core", "{user} is an admin; only a lead may do this"),
    (ADMIN, (OPERATOR, LEAD)): QT_TRANSLATE_NOOP(
        "core", "{user} is an admin; only an operator or a lead may do this"
    ),
}


def get_user(session: Session, name: str, *, roles: tuple[str, ...] = ROLES) -> User:
    """The active user with this name, refusing one whose role may not do the action."""
    user = session.scalar(USER_NAMED, {"name": name.strip()})
    if user is None or not user.active:
        raise NotFound(QT_TRANSLATE_NOOP("core", "no active user named '{name}'"), name=name)
    if user.role not in roles:
        allowed = tuple(role for role in ROLES if role in roles)
        raise PermissionDenied(_NOT_ALLOWED[user.role, allowed], user=user.name)
    return user


def acting_user(session: Session, actor: Actor, *, roles: tuple[str, ...] = ROLES) -> User:
    """The actor's user row, checked again inside the action's own transaction: a user made
    inactive or given another role since signing in is refused, and so is a service account
    (it is no user)."""
    require_person(actor)
    user = session.get(User, actor.user_id)
    if user is None or not user.active or user.name != actor.name:
        raise NotFound(QT_TRANSLATE_NOOP("core", "no active user named '{name}'"), name=actor.name)
    if user.role not in roles:
        allowed = tuple(role for role in ROLES if role in roles)
        raise PermissionDenied(_NOT_ALLOWED[user.role, allowed], user=user.name)
    return user


ONLY_ITS_JOB: Final = QT_TRANSLATE_NOOP(
    "core", "{user} is a scheduled job's service account: it may only run `ektp-desk {command}`"
)
TOKEN_NOT_VALID: Final = QT_TRANSLATE_NOOP(
    "core",
    "this service token is unknown or revoked: an admin makes a new one with "
    "`ektp-desk service-token add`",
)

# The service account admitted to its job by the front door, while that job runs.
_ADMITTED: ContextVar[ServiceAccount | None] = ContextVar("ektp_desk_service", default=None)


def command_of(job: Job) -> str:
    """The command a job runs: ``notify-deliver`` is ``notify deliver``."""
    return str(job).replace("-", " ")


def require_person(actor: Actor) -> None:
    """Refuse a service account where only a signed-in person may act."""
    if actor.service is not None:
        raise only_its_job(actor.name, actor.service.job)


def only_its_job(account: str, job: Job) -> PermissionDenied:
    """The refusal of a service account anything but its own job."""
    return PermissionDenied(ONLY_ITS_JOB, user=account, command=command_of(job))


def token_not_valid() -> Refused:
    """The refusal of an unknown or revoked service token (the same for both)."""
    return Refused(TOKEN_NOT_VALID)


@contextmanager
def admitted(actor: Actor) -> Iterator[None]:
    """Within this block the actor's service account, if any, runs its own job."""
    token = _ADMITTED.set(actor.service)
    try:
        yield
    finally:
        _ADMITTED.reset(token)


def check_actor(session: Session, actor: Actor, *, roles: tuple[str, ...] = ROLES) -> None:
    """For a capability that a job runs: a person as ``acting_user`` checks them; a service
    account only inside the job it was admitted to, while its token is not revoked (a running
    ``notify serve`` stops at its next pass once its token is revoked)."""
    if actor.service is None:
        acting_user(session, actor, roles=roles)
        return
    if _ADMITTED.get() is not actor.service:
        require_person(actor)
    held = session.get(ServiceToken, actor.service.token_id)
    if held is None or held.revoked_at is not None:
        raise token_not_valid()


def actor_named(db: Database, name: str, *, station: str | None = None) -> Actor:
    """The ``Actor`` for an active user, by name. Only a sign-in may call this: the name
    alone proves nothing."""
    with db.read() as session:
        user = session.scalar(USER_NAMED, {"name": name.strip()})
        if user is None or not user.active:
            raise NotFound(QT_TRANSLATE_NOOP("core", "no active user named '{name}'"), name=name)
        return Actor(user.id, user.name, Role(user.role), station)


# Built once: a statement made anew for every action cost more than running it.
USER_NAMED = select(User).where(User.name == bindparam("name"))
