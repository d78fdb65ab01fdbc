"""sign-in sessions for the command line, and the station in every audit row

Revision ID: 0011_sign_in
Revises: 0010_printers
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_sign_in"
down_revision: str | None = "0010_printers"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN: a batch copy of the table would drop its append-only triggers.
    op.add_column("audit_log", sa.Column("station", sa.String(length=64), nullable=True))
    op.create_table(
        "sign_in_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("station", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_sign_in_sessions_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sign_in_sessions")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_sign_in_sessions_token_hash")),
    )


def downgrade() -> None:
    op.drop_table("sign_in_sessions")
    op.drop_column("audit_log", "station")
