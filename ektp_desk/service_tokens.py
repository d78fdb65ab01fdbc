"""Service tokens: a scheduled job (a backup, SMS delivery) runs as a service account that can
run that one job and nothing else.

An admin makes a token for one job (``ektp-desk service-token add --job backup``); it is shown
once, and only its SHA-256 is kept here, as for ``ektp-desk login`` sessions, so a copied
database file runs no job. The token is 256 random bits: guessing one is hopeless, and every
refused token is audited (``service_refused``), so trying shows. A command given the token
acts as the account ``service:JOB#ID``; the front door (``ektp_desk.api._door``) calls
``admit`` before any action, refusing every action but the token's own job, and each use is
audited (``service_run``) and dated (``last_used_at``).
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from sqlalchemy import select

from ektp_desk import audit, clock
from ektp_desk.access import acting_user, only_its_job, token_not_valid
from ektp_desk.actor import Actor, ServiceAccount
from ektp_desk.db import Database
from ektp_desk.domain import ADMIN, Job, Role
from ektp_desk.errors import NotFound, Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.models import ServiceToken
from ektp_desk.users import SERVICE_PREFIX

PREFIX: Final = "ektp-svc-"  # tells a service token apart from a login session's
ACCOUNT_PREFIX: Final = SERVICE_PREFIX  # no user may be named so


@dataclass(frozen=True)
class TokenInfo:
    id: int
    account: str
    job: Job
    made_by: str
    made_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None
    revoked_by: str | None


def add(db: Database, job: Job, *, actor: Actor) -> tuple[TokenInfo, str]:
    """A new token for ``job`` (admins); returns it with the token, which is shown only now."""
    job = Job(job)
    token = PREFIX + secrets.token_urlsafe(32)
    with db.write() as session:
        admin = acting_user(session, actor, roles=(ADMIN,))
        row = ServiceToken(
            job=job, token_hash=_digest(token), made_by=admin.name, made_at=clock.now()
        )
        session.add(row)
        session.flush()
        info = _info(row)
        audit.record(session, "service_token_add", user=admin.name, subject=info.account)
    return info, token


def listing(db: Database, *, actor: Actor) -> list[TokenInfo]:
    """Every token ever made, revoked ones too (admins)."""
    with db.read() as session:
        acting_user(session, actor, roles=(ADMIN,))
        rows = session.scalars(select(ServiceToken).order_by(ServiceToken.id))
        return [_info(row) for row in rows]


def revoke(db: Database, token_id: int, *, actor: Actor) -> TokenInfo:
    """The token runs nothing any more (admins); it stays listed, revoked."""
    with db.write() as session:
        admin = acting_user(session, actor, roles=(ADMIN,))
        row = session.get(ServiceToken, token_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "there is no service token {id}"), id=token_id)
        if row.revoked_at is not None:
            raise Refused(
                QT_TRANSLATE_NOOP("core", "service token {id} was revoked already"), id=token_id
            )
        row.revoked_at, row.revoked_by = clock.now(), admin.name
        info = _info(row)
        audit.record(session, "service_token_revoke", user=admin.name, subject=info.account)
    return info


def service_actor(db: Database, token: str) -> Actor:
    """The service account a token signs in; an unknown or revoked token is refused, the
    same way for both, and the refusal is audited."""
    with db.read() as session:
        row = session.scalar(select(ServiceToken).where(ServiceToken.token_hash == _digest(token)))
        info = None if row is None else _info(row)
    if info is None or info.revoked_at is not None:
        audit.record_now(db, "service_refused", user=info.account if info else None,
                         detail="revoked token" if info else "unknown token")  # fmt: skip
        raise token_not_valid()
    return Actor(0, info.account, Role.OPERATOR, None, ServiceAccount(info.id, info.job))


def admit(db: Database, actor: Actor, jobs: Sequence[Job], *, what: str) -> None:
    """The front door's check of a service account, before an action runs: only the token's
    own job passes, while the token is not revoked; the use is audited and dated. Anything
    else is refused, audited, and nothing else is changed."""
    service = actor.service
    if service is None:
        return
    if service.job not in jobs:
        audit.record_now(db, "service_refused", user=actor.name, subject=what,
                         detail=f"may only run {service.job}")  # fmt: skip
        raise only_its_job(actor.name, service.job)
    with db.write() as session:
        row = session.get(ServiceToken, service.token_id)
        live = row is not None and row.revoked_at is None
        if row is not None and live:
            row.last_used_at = clock.now()
        used = "service_run" if live else "service_refused"
        audit.record(session, used, user=actor.name, subject=str(service.job),
                     detail=None if live else "revoked token")  # fmt: skip
    if not live:
        raise token_not_valid()


def account_name(token_id: int, job: Job) -> str:
    """The name a service account acts under in the audit log: ``service:backup#3``."""
    return f"{ACCOUNT_PREFIX}{job}#{token_id}"


def _info(row: ServiceToken) -> TokenInfo:
    job = Job(row.job)
    return TokenInfo(row.id, account_name(row.id, job), job, row.made_by, row.made_at,
                     row.last_used_at, row.revoked_at, row.revoked_by)  # fmt: skip


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()
