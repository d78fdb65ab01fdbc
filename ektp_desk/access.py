"""Who may act: the acting user's row, checked inside the action's own transaction.

Kept apart from ``users`` (sign-in, passwords) and ``audit`` (the log), which both need it.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from ektp_desk.actor import Actor
from ektp_desk.db import Database
from ektp_desk.domain import ADMIN, LEAD, OPERATOR, ROLES, Role
from ektp_desk.errors import NotFound, PermissionDenied
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.models import User

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
    inactive or given another role since signing in is refused."""
    user = session.get(User, actor.user_id)
    if user is None or not user.active or user.name != actor.name:
        raise NotFound(QT_TRANSLATE_NOOP("core", "no active user named '{name}'"), name=actor.name)
    if user.role not in roles:
        allowed = tuple(role for role in ROLES if role in roles)
        raise PermissionDenied(_NOT_ALLOWED[user.role, allowed], user=user.name)
    return user


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
