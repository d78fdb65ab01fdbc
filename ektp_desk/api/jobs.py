"""Scheduled jobs' service tokens: an admin makes one for one job, lists and revokes them; a
job's command signs in with one (``ektp_desk.service_tokens``)."""

from __future__ import annotations

from ektp_desk import service_tokens as tokens
from ektp_desk.actor import Actor
from ektp_desk.api._door import action
from ektp_desk.db import Database
from ektp_desk.domain import Job
from ektp_desk.service_tokens import TokenInfo

__all__ = ["Job", "TokenInfo", "add_token", "revoke_token", "service_actor", "tokens_made"]


@action
def add_token(db: Database, actor: Actor, job: Job) -> tuple[TokenInfo, str]:
    """A new service token for one job (admins); the token is shown only now."""
    return tokens.add(db, job, actor=actor)


@action
def tokens_made(db: Database, actor: Actor) -> list[TokenInfo]:
    """Every service token, revoked ones too (admins)."""
    return tokens.listing(db, actor=actor)


@action
def revoke_token(db: Database, actor: Actor, token_id: int) -> TokenInfo:
    """The token runs nothing any more (admins)."""
    return tokens.revoke(db, token_id, actor=actor)


def service_actor(db: Database, token: str) -> Actor:
    """The service account a job's token signs in; unknown or revoked tokens are refused."""
    return tokens.service_actor(db, token)
