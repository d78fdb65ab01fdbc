"""deliveries on the way (orders)

Revision ID: 0007_orders
Revises: 0006_audit
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_orders"
down_revision: str | None = "0006_audit"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "stock_orders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=16), nullable=False),
        sa.Column("qty", sa.Integer(), nullable=False),
        sa.Column("expected_at", sa.DateTime(), nullable=False),
        sa.Column("ref", sa.String(length=64), nullable=False),
        sa.Column("ordered_by", sa.String(length=64), nullable=False),
        sa.Column("ordered_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by", sa.String(length=64), nullable=True),
        sa.Column("received", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "item IN ('blank', 'ribbon_roll', 'film_roll')", name=op.f("ck_stock_orders_item")
        ),
        sa.CheckConstraint("qty > 0", name=op.f("ck_stock_orders_qty")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_orders")),
    )
    op.create_index("ix_stock_orders_closed_at", "stock_orders", ["closed_at"])


def downgrade() -> None:
    op.drop_index("ix_stock_orders_closed_at", table_name="stock_orders")
    op.drop_table("stock_orders")
