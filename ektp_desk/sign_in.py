"""Command-line sign-in sessions (``ektp-desk login``): a random token whose hash is kept in
the office database, valid for one shift's length, ended by ``logout``.

The token itself lives only in a file readable by the OS user who signed in; the database
holds its SHA-256, so a copied database file signs nobody in.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from sqlalchemy import select, update

from ektp_desk import audit, clock
from ektp_desk.access import require_person
from ektp_desk.actor import Actor
from ektp_desk.db import Database
from ektp_desk.domain import Role
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.models import SignInSession, User
from ektp_desk.settings import read_settings

EXPIRED = QT_TRANSLATE_NOOP("core", "your sign-in has ended: sign in again with `ektp-desk login`")


def open_session(db: Database, actor: Actor) -> str:
    """A new session for an actor who has just proved their password; returns the token.
    A service account has no session: its token is its sign-in."""
    require_person(actor)
    token = secrets.token_urlsafe(32)
    with db.write() as session:
        hours = read_settings(session).shift_hours
        now = clock.now()
        session.add(
            SignInSession(
                token_hash=_digest(token),
                user_id=actor.user_id,
                station=actor.station,
                created_at=now,
                expires_at=now + timedelta(hours=hours),
            )
        )
        with audit.acting_as(actor):
            audit.record(session, "sign_in_session", user=actor.name, detail=f"{hours:g} h")
    return token


def session_actor(db: Database, token: str) -> Actor:
    """The person a live session belongs to; refused when it ended, expired or the user is no
    longer active."""
    with db.read() as session:
        row = session.execute(
            select(SignInSession, User)
            .join(User, User.id == SignInSession.user_id)
            .where(SignInSession.token_hash == _digest(token))
        ).first()
        if row is None:
            raise Refused(EXPIRED)
        held, user = row
        if held.ended_at is not None or held.expires_at <= clock.now() or not user.active:
            raise Refused(EXPIRED)
        return Actor(user.id, user.name, Role(user.role), held.station)


def end_session(db: Database, token: str) -> bool:
    """End a session; False when there was none to end."""
    with db.write() as session:
        done = session.execute(
            update(SignInSession)
            .where(SignInSession.token_hash == _digest(token), SignInSession.ended_at.is_(None))
            .values(ended_at=clock.now())
        )
        return bool(done.rowcount)  # type: ignore[attr-defined]


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()
