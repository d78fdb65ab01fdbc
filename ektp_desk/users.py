"""Users (operators, shift leads, admins) and signing in; passwords are kept only as hashes
mixed with the office secret (``ektp_desk.passwords``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from ektp_desk import audit, clock, lockout, office_secret, passwords
from ektp_desk.actor import Actor
from ektp_desk.db import Database
from ektp_desk.domain import ADMIN, LEAD, OPERATOR, ROLES, Role
from ektp_desk.errors import NotFound, PermissionDenied, Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.models import User

MIN_PASSWORD_LENGTH = 4  # a 4-digit PIN is the shortest an office uses
MAX_NAME_LENGTH = 64
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


@dataclass(frozen=True)
class UserInfo:
    name: str
    role: str
    active: bool


def add_user(
    db: Database, name: str, role: str, password: str, *, by: str | None = None
) -> UserInfo:
    """Add a user. ``by`` names who does it and must be an admin; the command line, run by
    whoever may open the database file, is the office's admin console and may leave it out."""
    name = name.strip()
    _check_new_user(name, role, password)
    with db.write() as session:
        if by is not None:
            get_user(session, by, roles=(ADMIN,))
        if session.scalar(select(User.id).where(User.name == name)) is not None:
            raise Refused(
                QT_TRANSLATE_NOOP("core", "a user named '{name}' already exists"), name=name
            )
        audit.record(session, "user_add", user=by, subject=name, detail=role)
        secret = _secret_for_new_hash(session)
        hashed = passwords.hash_password(password, secret)
        user = User(name=name, role=role, password_hash=hashed, active=True)
        user.created_at = clock.now()
        session.add(user)
    return UserInfo(name, role, True)


def list_users(db: Database) -> list[UserInfo]:
    with db.read() as session:
        users = session.scalars(select(User).order_by(User.name))
        return [UserInfo(u.name, u.role, u.active) for u in users]


def authenticate(db: Database, name: str, password: str) -> UserInfo:
    """The user, when the password is right; one refusal for every wrong case, the same for a
    name that is no account. Every try costs one scrypt; wrong ones lock the name as
    ``ektp_desk.lockout`` says; every try is audited (``login``, ``login_failed``,
    ``login_locked``)."""
    typed = name.strip()[:MAX_NAME_LENGTH]
    refusal: Refused | None = None
    with db.write() as session:  # a failure is counted even though the sign-in is refused
        secret = office_secret.load()
        passwords.refuse_foreign_secret(_office_secret_id(session), secret)
        user = session.scalar(_USER_NAMED, {"name": typed})
        known = user is not None and user.active
        stored = user.password_hash if user is not None and known else passwords.DUMMY
        right = passwords.verify_password(password, stored, secret) and known
        now = lockout.database_now(session)
        lock = lockout.lock_of(session, typed)
        refusal = lockout.refusal_if_locked(lock, now)
        if refusal is not None:
            audit.record(session, "login_locked", user=typed)
        elif right and user is not None:
            lockout.clear(lock)
            _upgrade_hash(user, password, secret)
            audit.record(session, "login", user=user.name)
            info = UserInfo(user.name, user.role, user.active)
        else:
            audit.record(session, "login_failed", user=typed)
            session.add(lock)
            refusal = lockout.count_failure(lock, now) or Refused(_WRONG)
    if refusal is not None:
        raise refusal
    return info


_WRONG = QT_TRANSLATE_NOOP("core", "wrong user name or password")


def _upgrade_hash(user: User, password: str, secret: bytes | None) -> None:
    """A hash made before the office secret (or with weaker parameters) is made anew."""
    secret = secret or office_secret.ensure()
    if passwords.needs_upgrade(user.password_hash, secret):
        user.password_hash = passwords.hash_password(password, secret)


def _office_secret_id(session: Session) -> str | None:
    """The id of the secret the office's hashes were made with; None before the first."""
    stored = session.scalar(_PEPPERED_HASH)
    return passwords.secret_id_of(stored) if stored else None


def _secret_for_new_hash(session: Session) -> bytes:
    secret = office_secret.load()
    passwords.refuse_foreign_secret(_office_secret_id(session), secret)
    return secret if secret is not None else office_secret.ensure()


def get_user(session: Session, name: str, *, roles: tuple[str, ...] = ROLES) -> User:
    """The active user with this name, refusing one whose role may not do the action."""
    user = session.scalar(_USER_NAMED, {"name": name.strip()})
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
        user = session.scalar(_USER_NAMED, {"name": name.strip()})
        if user is None or not user.active:
            raise NotFound(QT_TRANSLATE_NOOP("core", "no active user named '{name}'"), name=name)
        return Actor(user.id, user.name, Role(user.role), station)


# Built once: a statement made anew for every action cost more than running it.
_USER_NAMED = select(User).where(User.name == bindparam("name"))
_PEPPERED_HASH = (
    select(User.password_hash).where(User.password_hash.like(f"{passwords.SCHEME}$%")).limit(1)
)


def _check_new_user(name: str, role: str, password: str) -> None:
    if not name:
        raise Refused(QT_TRANSLATE_NOOP("core", "a user needs a name"))
    if len(name) > MAX_NAME_LENGTH:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "a user name has at most {limit} characters"),
            limit=MAX_NAME_LENGTH,
        )
    if role not in ROLES:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "unknown role '{role}': choose one of {choices}"),
            role=role,
            choices=", ".join(ROLES),
        )
    if len(password) < MIN_PASSWORD_LENGTH:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "the password or PIN needs at least {minimum} characters"),
            minimum=MIN_PASSWORD_LENGTH,
        )
