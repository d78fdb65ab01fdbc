"""The tables of the books' hash chains, of sign-in locks and of the scheduled jobs' service
tokens (kept apart: models.py is full)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ektp_desk.domain import Job, check_in
from ektp_desk.models.base import Base


class ChainHead(Base):
    """The newest link of one hash chain (``stock_movements`` or ``audit_log``).

    Every writer locks this row, links its rows to ``hash`` and moves the head on, in one
    transaction: the chain stays one line however many stations write at once."""

    __tablename__ = "chain_heads"

    chain: Mapped[str] = mapped_column(String(32), primary_key=True)
    last_id: Mapped[int | None] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


class SignInLock(Base):
    """Wrong passwords in a row for one typed name, known account or not, and its lock.

    ``level`` counts the locks so far: 1 (5 minutes), 2 (30 minutes), 3 (until a lead or an
    admin unlocks it). Times are the database's clock; ``locked_at`` lets a clock that was set
    back be noticed."""

    __tablename__ = "sign_in_locks"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    level: Mapped[int] = mapped_column(Integer, default=0)
    locked_at: Mapped[datetime | None] = mapped_column(DateTime)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)


class ServiceToken(Base):
    """A scheduled job's service token: it may run ``job`` and nothing else.

    Only the token's SHA-256 is kept: a copied database file runs no job. An admin makes one
    (``made_by``) and may revoke it; a revoked token is kept, for the audit log's sake."""

    __tablename__ = "service_tokens"
    __table_args__ = (CheckConstraint(check_in("job", Job), name="job"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    job: Mapped[str] = mapped_column(String(32))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    made_by: Mapped[str] = mapped_column(String(64))
    made_at: Mapped[datetime] = mapped_column(DateTime)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoked_by: Mapped[str | None] = mapped_column(String(64))
