"""a shift's ledger rows by id: the last ledger row at its opening and at its closing

Revision ID: 0009_shift_ids
Revises: 0008_chains
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_shift_ids"
down_revision: str | None = "0008_chains"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy): nullable integers, added in place on both engines.
    op.add_column("shifts", sa.Column("opening_movement_id", sa.Integer(), nullable=True))
    op.add_column("shifts", sa.Column("closing_movement_id", sa.Integer(), nullable=True))
    # Existing shifts: the marks their old wall-clock windows gave.
    op.execute(
        "UPDATE shifts SET opening_movement_id = (SELECT coalesce(max(m.id), 0) "
        "FROM stock_movements m WHERE m.at < shifts.started_at)"
    )
    op.execute(
        "UPDATE shifts SET closing_movement_id = (SELECT coalesce(max(m.id), 0) "
        "FROM stock_movements m WHERE m.at <= shifts.ended_at) WHERE ended_at IS NOT NULL"
    )


def downgrade() -> None:
    # In place on both engines (SQLite 3.35+ drops a plain column without copying the table).
    op.execute("ALTER TABLE shifts DROP COLUMN closing_movement_id")
    op.execute("ALTER TABLE shifts DROP COLUMN opening_movement_id")
