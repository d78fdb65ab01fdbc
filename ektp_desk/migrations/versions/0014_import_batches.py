"""imports written in short transactions: a batch is published at once

Revision ID: 0014_import_batches
Revises: 0012_papers
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_import_batches"
down_revision: str | None = "0013_service_tokens"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

QUEUED = sa.text("status = 'queued'")
ORDER = ["band", "lane", "entered_at", "id"]
QUEUE_INDEXES = (("ix_records_queue_order", ORDER), ("ix_records_queued_kecamatan",
                 ["kecamatan", *ORDER]))  # fmt: skip


def upgrade() -> None:
    # Every batch imported so far was one transaction, so it is published.
    op.add_column(
        "import_batches",
        sa.Column("published", sa.Boolean(), server_default=sa.true(), nullable=False),
    )
    op.add_column(
        "import_batches",
        sa.Column("steps", sa.Integer(), server_default=sa.text("0"), nullable=False),
    )
    op.create_index(
        "ix_import_batches_unpublished",
        "import_batches",
        ["id"],
        sqlite_where=sa.text("published = 0"),
        postgresql_where=sa.text("NOT published"),
    )
    _queue_indexes(with_batch=True)
    op.create_index("ix_records_batch_id", "records", ["batch_id"])


def downgrade() -> None:
    # Rows of an import that never finished were never anybody's: they go with the flag.
    sqlite = op.get_bind().dialect.name == "sqlite"
    unpublished = "published = 0" if sqlite else "NOT published"
    op.execute(
        f"DELETE FROM records WHERE batch_id IN (SELECT id FROM import_batches WHERE {unpublished})"
    )
    op.execute(f"DELETE FROM import_batches WHERE {unpublished}")
    op.drop_index("ix_records_batch_id", table_name="records")
    _queue_indexes(with_batch=False)
    op.drop_index("ix_import_batches_unpublished", table_name="import_batches")
    with op.batch_alter_table("import_batches") as batch_op:
        batch_op.drop_column("steps")
        batch_op.drop_column("published")


def _queue_indexes(*, with_batch: bool) -> None:
    for name, columns in QUEUE_INDEXES:
        op.drop_index(name, table_name="records")
        op.create_index(
            name,
            "records",
            [*columns, "batch_id"] if with_batch else columns,
            sqlite_where=QUEUED,
            postgresql_where=QUEUED,
        )
