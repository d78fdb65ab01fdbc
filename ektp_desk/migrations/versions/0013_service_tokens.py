"""service tokens: a scheduled job (backup, SMS delivery) runs as a service account

Revision ID: 0013_service_tokens
Revises: 0012_papers
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_service_tokens"
down_revision: str | None = "0012_papers"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out, not imported: a migration keeps the values of the day it was written.
JOBS = "job IN ('backup', 'notify-deliver', 'notify-answer', 'notify-serve')"


def upgrade() -> None:
    op.create_table(
        "service_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("job", sa.String(length=32), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("made_by", sa.String(length=64), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("last_used_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_by", sa.String(length=64), nullable=True),
        sa.CheckConstraint(JOBS, name=op.f("ck_service_tokens_job")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_tokens")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_service_tokens_token_hash")),
    )


def downgrade() -> None:
    op.drop_table("service_tokens")
