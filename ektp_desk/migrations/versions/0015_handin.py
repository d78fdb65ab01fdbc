"""why a card is printed (jenis permohonan): a replacement's old card is taken back

Revision ID: 0015_handin
Revises: 0012_papers
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_handin"
down_revision: str | None = "0014_import_batches"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_REQUEST_CHECK = "request IN ('first', 'data_changed', 'damaged', 'lost')"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # A plain ALTER keeps the big records table in place (no copy of a million rows).
        op.execute(
            "ALTER TABLE records ADD COLUMN request VARCHAR(16) "
            f"CONSTRAINT ck_records_request CHECK ({_REQUEST_CHECK})"
        )
        return
    op.add_column("records", sa.Column("request", sa.String(length=16), nullable=True))
    op.create_check_constraint(op.f("ck_records_request"), "records", _REQUEST_CHECK)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(op.f("ck_records_request"), "records", type_="check")
        op.drop_column("records", "request")
        return
    # The column's own CHECK goes with it; a copy of the table would be refused while
    # print attempts refer to its records (and would copy a million rows).
    op.execute("ALTER TABLE records DROP COLUMN request")
