"""citizens: card collection and the ready-to-collect outbox

Revision ID: 0005_citizens
Revises: 0004_heartbeats
Create Date: 2026-11-30 09:00:00.000000

Written by hand: records may hold a million rows, so its new columns are plain ADD COLUMN
(SQLite adds a nullable column, with its CHECK or foreign key, without copying the table) and
its new index a plain CREATE INDEX.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_citizens"
down_revision: str | None = "0004_heartbeats"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ROLE_CHECK = "collected_by_role IN ('citizen', 'representative')"
_PRINTED = "status = 'printed'"
_PENDING = "delivered_at IS NULL AND cancelled_at IS NULL"


def upgrade() -> None:
    _add_collection_columns()
    op.create_index(
        "ix_records_printed_waiting",
        "records",
        ["printed_at"],
        sqlite_where=sa.text(_PRINTED),
        postgresql_where=sa.text(_PRINTED),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("claimed_at", sa.DateTime(), nullable=True),
        sa.Column("claimed_by", sa.String(length=128), nullable=True),
        sa.Column("delivered_at", sa.DateTime(), nullable=True),
        sa.Column("gateway", sa.String(length=16), nullable=True),
        sa.Column("delivery_ref", sa.String(length=64), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "gateway IS NULL OR gateway IN ('gammu', 'whatsapp')", name=op.f("ck_outbox_gateway")
        ),
        sa.ForeignKeyConstraint(
            ["record_id"], ["records.id"], name=op.f("fk_outbox_record_id_records")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
    )
    op.create_index("uq_outbox_record_id", "outbox", ["record_id"], unique=True)
    op.create_index(
        "ix_outbox_pending",
        "outbox",
        ["id"],
        sqlite_where=sa.text(_PENDING),
        postgresql_where=sa.text(_PENDING),
    )


def downgrade() -> None:
    op.drop_index("ix_outbox_pending", table_name="outbox")
    op.drop_index("uq_outbox_record_id", table_name="outbox")
    op.drop_table("outbox")
    op.drop_index("ix_records_printed_waiting", table_name="records")
    columns = ("collected_operator_id", "collected_by_role", "collected_by", "collected_at")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(
            op.f("fk_records_collected_operator_id_users"), "records", type_="foreignkey"
        )
        op.drop_constraint(op.f("ck_records_collected_by_role"), "records", type_="check")
        for column in columns:
            op.drop_column("records", column)
        return
    # SQLite cannot drop a column with a foreign key or a CHECK: copy the table without them.
    with op.batch_alter_table("records") as batch_op:
        batch_op.drop_constraint(op.f("ck_records_collected_by_role"), type_="check")
        for column in columns:
            batch_op.drop_column(column)


def _add_collection_columns() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for ddl in (
            "collected_at DATETIME",
            "collected_by VARCHAR(200)",
            f"collected_by_role VARCHAR(16) CONSTRAINT ck_records_collected_by_role "
            f"CHECK ({_ROLE_CHECK})",
            "collected_operator_id INTEGER REFERENCES users (id)",
        ):
            op.execute(f"ALTER TABLE records ADD COLUMN {ddl}")
        return
    op.add_column("records", sa.Column("collected_at", sa.DateTime(), nullable=True))
    op.add_column("records", sa.Column("collected_by", sa.String(length=200), nullable=True))
    op.add_column("records", sa.Column("collected_by_role", sa.String(length=16), nullable=True))
    op.add_column("records", sa.Column("collected_operator_id", sa.Integer(), nullable=True))
    op.create_check_constraint(op.f("ck_records_collected_by_role"), "records", _ROLE_CHECK)
    op.create_foreign_key(
        op.f("fk_records_collected_operator_id_users"),
        "records",
        "users",
        ["collected_operator_id"],
        ["id"],
    )
