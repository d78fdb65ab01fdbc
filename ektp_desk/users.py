"""Users (operators, shift leads, admins) and signing in; passwords are kept only as hashes
mixed with the office secret (``ektp_desk.passwords``)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ektp_desk import SIGNATURE, audit, clock, lockout, office_secret, passwords
from ektp_desk.access import USER_NAMED, get_user
from ektp_desk.actor import Actor
from ektp_desk.db import Database
from ektp_desk.domain import ADMIN, ROLES, Role
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.models import User

MIN_PASSWORD_LENGTH = 4  # a 4-digit PIN is the shortest an office uses
MAX_NAME_LENGTH = 64
SERVICE_PREFIX = "service:"  # the audit log's name of a scheduled job (ektp_desk.service_tokens)


@dataclass(frozen=True)
class UserInfo:
    name: str
    role: str
    active: bool


def add_user(db: Database, name: str, role: str, password: str, *, by: str) -> UserInfo:
    """Add a user; ``by`` names the admin who does it. The office's first admin is made only
    by ``ektp_desk.office.first_start`` on an office with no user yet."""
    with db.write() as session:
        get_user(session, by, roles=(ADMIN,))
        user = create_user(session, name, role, password)
        audit.record(session, "user_add", user=by, subject=user.name, detail=role)
    return UserInfo(user.name, role, True)


def create_user(session: Session, name: str, role: str, password: str) -> User:
    """A new active user in the caller's transaction; refused when the name is taken. The
    password is kept as a hash mixed with the office secret."""
    name = name.strip()
    _check_new_user(name, role, password)
    if session.scalar(select(User.id).where(User.name == name)) is not None:
        raise Refused(QT_TRANSLATE_NOOP("core", "a user named '{name}' already exists"), name=name)
    hashed = passwords.hash_password(password, _secret_for_new_hash(session))
    user = User(name=name, role=role, password_hash=hashed, active=True)
    user.created_at = clock.now()
    session.add(user)
    session.flush()
    return user


def list_users(db: Database) -> list[UserInfo]:
    with db.read() as session:
        users = session.scalars(select(User).order_by(User.name))
        return [UserInfo(u.name, u.role, u.active) for u in users]


def authenticate(db: Database, name: str, password: str, *, station: str | None = None) -> Actor:
    """The user, when the password is right; one refusal for every wrong case, the same for a
    name that is no account. Every try costs one scrypt; wrong ones lock the name as
    ``ektp_desk.lockout`` says; every try is audited (``login``, ``login_failed``,
    ``login_locked``)."""
    typed = name.strip()[:MAX_NAME_LENGTH]
    refusal: Refused | None = None
    with db.write() as session:  # a failure is counted even though the sign-in is refused
        secret = office_secret.load()
        passwords.refuse_foreign_secret(_office_secret_id(session), secret)
        user = session.scalar(USER_NAMED, {"name": typed})
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
            audit.record(session, "login", user=user.name, detail=SIGNATURE)  # which version
            info = Actor(user.id, user.name, Role(user.role), station)
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


_PEPPERED_HASH = (
    select(User.password_hash).where(User.password_hash.like(f"{passwords.SCHEME}$%")).limit(1)
)


def _check_new_user(name: str, role: str, password: str) -> None:
    if not name:
        raise Refused(QT_TRANSLATE_NOOP("core", "a user needs a name"))
    if name.startswith(SERVICE_PREFIX):
        raise Refused(
            QT_TRANSLATE_NOOP("core", "names beginning with '{prefix}' are for scheduled jobs"),
            prefix=SERVICE_PREFIX,
        )
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
