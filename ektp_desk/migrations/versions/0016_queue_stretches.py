"""the queue counted per stretch of its order, so a far jump in the list is a seek

Revision ID: 0016_queue_stretches
Revises: 0015_handin

SQLite has no rank index: reading row 9,000,000 of a ten-million-record queue by OFFSET walks
a million index entries. ``queue_stretches`` holds how many queued records each stretch of print
order (band, lane, month entered) has; triggers keep it exact in the transaction that queues,
claims, holds, prints, re-prioritises or deletes a record, whichever code or tool writes it.
A jump adds the stretches up to the one holding the row, seeks to its start and walks only
inside it (ektp_desk/queue_stretches.py).

SQLite only: it has one writer at a time, so the counter rows cost a few microseconds a print.
On PostgreSQL every station claiming from the head of the queue would update the same counter
row; that server keeps reading by OFFSET.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0016_queue_stretches"
down_revision: str | None = "0015_handin"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MONTH = "substr({row}.entered_at, 1, 7)"


def _add(row: str) -> str:
    """One more queued record in ``row``'s stretch (``row``: new)."""
    return (
        "INSERT INTO queue_stretches (band, lane, month, queued) "
        f"SELECT {row}.band, {row}.lane, {_MONTH.format(row=row)}, 1 WHERE {row}.status = 'queued' "
        "ON CONFLICT (band, lane, month) DO UPDATE SET queued = queued + 1;"
    )


def _take(row: str) -> str:
    """One fewer queued record in ``row``'s stretch (``row``: old)."""
    return (
        "UPDATE queue_stretches SET queued = queued - 1 "
        f"WHERE {row}.status = 'queued' AND band = {row}.band AND lane = {row}.lane "
        f"AND month = {_MONTH.format(row=row)};"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE TABLE queue_stretches ("
        " band INTEGER NOT NULL, lane INTEGER NOT NULL, month VARCHAR(7) NOT NULL,"
        " queued INTEGER NOT NULL CONSTRAINT ck_queue_stretches_queued CHECK (queued >= 0),"
        " CONSTRAINT pk_queue_stretches PRIMARY KEY (band, lane, month)) WITHOUT ROWID"
    )
    op.execute(
        "INSERT INTO queue_stretches (band, lane, month, queued) "
        f"SELECT band, lane, {_MONTH.format(row='records')}, count(*) FROM records "
        "WHERE status = 'queued' GROUP BY band, lane, 3"
    )
    op.execute(
        "CREATE TRIGGER tr_records_stretch_insert AFTER INSERT ON records "
        f"WHEN new.status = 'queued' BEGIN {_add('new')} END"
    )
    op.execute(
        "CREATE TRIGGER tr_records_stretch_delete AFTER DELETE ON records "
        f"WHEN old.status = 'queued' BEGIN {_take('old')} END"
    )
    op.execute(
        "CREATE TRIGGER tr_records_stretch_update "
        "AFTER UPDATE OF status, band, lane, entered_at ON records "
        "WHEN old.status = 'queued' OR new.status = 'queued' "
        f"BEGIN {_take('old')} {_add('new')} END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER tr_records_stretch_{trigger}")
    op.execute("DROP TABLE queue_stretches")
