"""hash chains over the stock ledger and the audit log; sign-in locks per typed name

Revision ID: 0008_chains
Revises: 0007_orders
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from ektp_desk.chain import GENESIS, link

revision: str = "0008_chains"
down_revision: str | None = "0007_orders"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHAINED = ("stock_movements", "audit_log")
# The append-only guards of 0001 (ledger) and 0006 (audit), as the rows' hashes are filled in.
GUARDS = {
    "stock_movements": (
        "stock_movements_append_only",
        "the stock ledger is append-only: correct it with an adjustment",
    ),
    "audit_log": ("audit_log_append_only", "the audit log is append-only"),
}
CHUNK = 5000


def upgrade() -> None:
    for table in CHAINED:
        op.add_column(table, sa.Column("hash", sa.String(length=64), nullable=True))
    heads = op.create_table(
        "chain_heads",
        sa.Column("chain", sa.String(length=32), nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=True),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("chain", name=op.f("pk_chain_heads")),
    )
    op.create_table(
        "sign_in_locks",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("locked_at", sa.DateTime(), nullable=True),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_sign_in_locks")),
    )
    rows = []
    for table in CHAINED:
        last_id, head = _chain_existing_rows(table)
        rows.append({"chain": table, "last_id": last_id, "hash": head})
    op.bulk_insert(heads, rows)


def downgrade() -> None:
    op.drop_table("sign_in_locks")
    op.drop_table("chain_heads")
    for table in CHAINED:
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.drop_column("hash")


def _chain_existing_rows(name: str) -> tuple[int | None, str]:
    """Link the rows already in a book, oldest id first, with its append-only guard lifted
    for the moment (this runs as the database's owner, inside the upgrade's transaction)."""
    bind = op.get_bind()
    table = sa.Table(name, sa.MetaData(), autoload_with=bind)
    head, last_id = GENESIS, None
    update = table.update().where(table.c.id == sa.bindparam("key")).values(hash=sa.bindparam("h"))
    _guard(name, lift=True)
    while True:  # in pages by id: no cursor stays open across the updates
        after = sa.select(table).order_by(table.c.id).limit(CHUNK)
        if last_id is not None:
            after = after.where(table.c.id > last_id)
        chunk = bind.execute(after).mappings().all()
        if not chunk:
            break
        links = []
        for row in chunk:
            head, last_id = link(head, row), row["id"]
            links.append({"key": last_id, "h": head})
        bind.execute(update, links)
    _guard(name, lift=False)
    return last_id, head


def _guard(table: str, *, lift: bool) -> None:
    trigger, message = GUARDS[table]
    if op.get_bind().dialect.name != "sqlite":
        op.execute(f"ALTER TABLE {table} {'DISABLE' if lift else 'ENABLE'} TRIGGER {trigger}")
        return
    prefix = table  # 0001/0006 named the SQLite triggers <table>_no_update / _no_delete
    for verb in ("UPDATE", "DELETE"):
        if lift:
            op.execute(f"DROP TRIGGER {prefix}_no_{verb.lower()}")
        else:
            op.execute(
                f"CREATE TRIGGER {prefix}_no_{verb.lower()} BEFORE {verb} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
            )
