"""Users (operators, shift leads, admins) and their passwords, stored only as scrypt hashes."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Final

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from ektp_desk import SIGNATURE, audit, clock
from ektp_desk.actor import Actor
from ektp_desk.db import Database
from ektp_desk.domain import ADMIN, LEAD, OPERATOR, ROLES, Role
from ektp_desk.errors import NotFound, PermissionDenied, Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.models import LoginGuard, User

MIN_PASSWORD_LENGTH = 4  # a 4-digit PIN is the shortest an office uses
MAX_NAME_LENGTH = 64
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1
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


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = _scrypt(password, salt, _SCRYPT_N, _SCRYPT_R, _SCRYPT_P)
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    actual = _scrypt(password, base64.b64decode(salt), int(n), int(r), int(p))
    return hmac.compare_digest(actual, base64.b64decode(digest))


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
        user = User(name=name, role=role, password_hash=hash_password(password), active=True)
        user.created_at = clock.now()
        session.add(user)
    return UserInfo(name, role, True)


def list_users(db: Database) -> list[UserInfo]:
    with db.read() as session:
        users = session.scalars(select(User).order_by(User.name))
        return [UserInfo(u.name, u.role, u.active) for u in users]


MAX_FAILURES = 5  # wrong passwords in a row before the account locks
LOCKED_FOR = timedelta(minutes=5)


def authenticate(db: Database, name: str, password: str) -> UserInfo:
    """The user, when the password is right; one refusal for every wrong case. Five wrong
    passwords in a row lock the account for five minutes. Both outcomes are audited."""
    with db.write() as session:  # a failure is counted even though the sign-in is refused
        user = session.scalar(_USER_NAMED, {"name": name.strip()})
        guard = session.get(LoginGuard, user.id) if user is not None else None
        now = clock.now()
        locked_until = (
            guard.locked_until
            if guard and guard.locked_until and guard.locked_until > now
            else None
        )
        right = (
            locked_until is None
            and user is not None
            and user.active
            and verify_password(password, user.password_hash)
        )
        if right and user is not None:
            if guard is not None:
                guard.failures, guard.locked_until = 0, None
            audit.record(session, "login", user=user.name, detail=SIGNATURE)  # which version
            info = UserInfo(user.name, user.role, user.active)
        elif locked_until is None:
            audit.record(session, "login_failed", user=name.strip()[:64])
            if user is not None:
                guard = guard or LoginGuard(user_id=user.id, failures=0)
                guard.failures += 1
                if guard.failures >= MAX_FAILURES:
                    guard.failures, guard.locked_until = 0, now + LOCKED_FOR
                    locked_until = guard.locked_until
                session.add(guard)
    if locked_until is not None:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "too many wrong passwords: {name} is locked until {time}, then try again"
            ),
            name=name.strip(),
            time=f"{locked_until:%H:%M}",
        )
    if not right:
        raise Refused(QT_TRANSLATE_NOOP("core", "wrong user name or password"))
    return info


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


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode(), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")
