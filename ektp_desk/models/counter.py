"""The print counter's tables: stations, import batches, records, print attempts,
heartbeats and the ready-to-collect outbox.

Times are the office's local wall-clock time without a zone: one office is in one zone, and
"printed today" must mean the operator's today.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Final, cast

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ColumnElement,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Select,
    String,
    Table,
    Text,
    and_,
    exists,
    literal,
    or_,
    select,
    text,
    true,
)
from sqlalchemy.orm import InstrumentedAttribute, Mapped, mapped_column

from ektp_desk.domain import (
    OPEN_STATUSES,
    CardRequest,
    Outcome,
    Status,
    check_in,
)
from ektp_desk.models.base import Base

# Print order, the one place it is written: priority kinds before normal (band), cards sent
# back after a spoiled attempt before the rest of their band (lane), then FIFO.
QUEUE_ORDER: Final = ("band", "lane", "entered_at", "id")
OPEN_STATUS_SQL = check_in("status", OPEN_STATUSES)
QUEUED_SQL = f"status = '{Status.QUEUED}'"


class Station(Base):
    """A print station (loket cetak) with its printer and the rolls loaded in it."""

    __tablename__ = "stations"
    __table_args__ = (
        CheckConstraint("ribbon_left >= 0 AND film_left >= 0", name="rolls_not_negative"),
        CheckConstraint(
            "ribbon_yield > 0 AND film_yield > 0 AND ribbon_panels > 0 AND film_panels > 0",
            name="printer_positive",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    printer_model: Mapped[str] = mapped_column(String(64))
    ribbon_yield: Mapped[int] = mapped_column(Integer)
    film_yield: Mapped[int] = mapped_column(Integer)
    ribbon_panels: Mapped[int] = mapped_column(Integer)
    film_panels: Mapped[int] = mapped_column(Integer)
    ribbon_left: Mapped[int] = mapped_column(Integer, default=0)
    film_left: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ImportBatch(Base):
    """One import of a registry export. Its records are written in short transactions while
    ``published`` is false, and nobody sees them (``published_record``); one short transaction
    sets it, and the queue has the whole import at once. ``steps`` counts the transactions
    written so far: a batch left unpublished whose steps stand still belongs to an import
    that died, and the next import removes it (``import_batches``)."""

    __tablename__ = "import_batches"
    __table_args__ = (
        # The few unpublished batches, looked up by every reader of the queue.
        Index(
            "ix_import_batches_unpublished",
            "id",
            sqlite_where=text("published = 0"),
            postgresql_where=text("NOT published"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_name: Mapped[str] = mapped_column(String(255))
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    rows: Mapped[int] = mapped_column(Integer)
    imported: Mapped[int] = mapped_column(Integer)
    duplicates: Mapped[int] = mapped_column(Integer)
    rejected: Mapped[int] = mapped_column(Integer)
    published: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    steps: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))


class Record(Base):
    """One citizen's card to print.

    Print order is (band, lane, entered_at, id): priority kinds before normal, cards sent back
    after a spoiled attempt (lane 0) before the rest of their band (lane 1), then FIFO.
    """

    __tablename__ = "records"
    __table_args__ = (
        CheckConstraint(check_in("status", Status), name="status"),
        CheckConstraint("band IN (0, 1) AND lane IN (0, 1)", name="order_keys"),
        # One open record per NIK; a printed card may be recorded again later (lost card).
        Index(
            "uq_records_open_nik",
            "nik",
            unique=True,
            sqlite_where=text(OPEN_STATUS_SQL),
            postgresql_where=text(OPEN_STATUS_SQL),
        ),
        # "Next in print order" and the queue count stay fast as printed rows pile up. The
        # batch comes last, so telling an unpublished import's rows apart needs no table row.
        Index(
            "ix_records_queue_order",
            *QUEUE_ORDER,
            "batch_id",
            sqlite_where=text(QUEUED_SQL),
            postgresql_where=text(QUEUED_SQL),
        ),
        # The queue filtered by kecamatan: count and pages without touching other rows.
        Index(
            "ix_records_queued_kecamatan",
            "kecamatan",
            *QUEUE_ORDER,
            "batch_id",
            sqlite_where=text(QUEUED_SQL),
            postgresql_where=text(QUEUED_SQL),
        ),
        Index("ix_records_nik", "nik"),
        # The rows of one import, to remove an import that was refused or died half-way.
        Index("ix_records_batch_id", "batch_id"),
        # Small partial indexes for the small segments. No plain index on status: SQLite's
        # planner would prefer it to the queue-order index and sort a million rows.
        Index(
            "ix_records_printing",
            "claimed_station_id",
            sqlite_where=text("status = 'printing'"),
            postgresql_where=text("status = 'printing'"),
        ),
        Index(
            "ix_records_on_hold",
            "id",
            sqlite_where=text("status = 'on_hold'"),
            postgresql_where=text("status = 'on_hold'"),
        ),
        # Printed cards waiting to be collected, oldest first (the follow-up list).
        Index(
            "ix_records_printed_waiting",
            "printed_at",
            sqlite_where=text("status = 'printed'"),
            postgresql_where=text("status = 'printed'"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nik: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200))
    kecamatan: Mapped[str] = mapped_column(String(100))
    kelurahan: Mapped[str | None] = mapped_column(String(100))
    birth_date: Mapped[date] = mapped_column(Date)
    female: Mapped[bool] = mapped_column(Boolean)
    phone: Mapped[str | None] = mapped_column(String(32))
    priority: Mapped[str] = mapped_column(String(16), default="normal")
    band: Mapped[int] = mapped_column(Integer, default=1)
    lane: Mapped[int] = mapped_column(Integer, default=1)
    entered_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(16), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime)
    claimed_shift_id: Mapped[int | None] = mapped_column(ForeignKey("shifts.id"))
    printed_at: Mapped[datetime | None] = mapped_column(DateTime)
    hold_reason: Mapped[str | None] = mapped_column(Text)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"))
    # Collection (pengambilan): who took the printed card, when, and which operator gave it.
    collected_at: Mapped[datetime | None] = mapped_column(DateTime)
    collected_by: Mapped[str | None] = mapped_column(String(200))
    collected_by_role: Mapped[str | None] = mapped_column(
        String(16),
        CheckConstraint(
            "collected_by_role IN ('citizen', 'representative')", name="collected_by_role"
        ),
    )
    collected_operator_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # Why the card is printed (the file's jenis permohonan); None when the file did not say.
    request: Mapped[str | None] = mapped_column(
        String(16), CheckConstraint(check_in("request", CardRequest), name="request")
    )


def queue_key() -> tuple[InstrumentedAttribute[Any], ...]:
    """The print-order columns, for ORDER BY and keyset comparisons."""
    return tuple(getattr(Record, column) for column in QUEUE_ORDER)


def order_key(row: object) -> tuple[Any, ...]:
    """A record's (or a row's) place in print order."""
    return tuple(getattr(row, column) for column in QUEUE_ORDER)


def status_is(status: str) -> ColumnElement[bool]:
    """``records.status = '<status>'`` with the value written into the SQL, not bound: SQLite
    can use a partial index (``WHERE status = 'queued'``) only for a literal it can see.

    Queued means queued and published: the rows of an import still being written are in
    nobody's queue (``published_record``)."""
    same = Record.status == literal(status, literal_execute=True)
    return and_(same, published_record()) if status == Status.QUEUED else same


def published_record(batch_id: Any = None) -> ColumnElement[bool]:
    """The record (``batch_id``: its batch column, ``Record.batch_id`` unless aliased) is not
    part of an import still being written, or left behind by one that died.

    Unpublished batches are few (one import at a time), so the test is read once per
    statement: with none, every row passes at once; else a row's batch, which the queue
    indexes hold, is looked up in that short list.
    """
    column = Record.batch_id if batch_id is None else batch_id
    unpublished = unpublished_batches()
    return or_(~exists(unpublished), column.is_(None), column.not_in(unpublished))


def unpublished_batches() -> Select[int]:
    """The imports still being written (or left behind by one that died)."""
    return select(ImportBatch.id).where(~ImportBatch.published)


# The records table for bulk inserts (imports, demo data): Core is 2x faster than the ORM there.
RECORD_TABLE = cast(Table, Record.__table__)


class PrintAttempt(Base):
    """One card through the printer, good or spoiled. Each consumed a blank, ribbon and film."""

    __tablename__ = "print_attempts"
    __table_args__ = (
        CheckConstraint(check_in("outcome", Outcome), name="outcome"),
        CheckConstraint(
            "(outcome = 'printed' AND spoil_reason IS NULL)"
            " OR (outcome = 'spoiled' AND spoil_reason IS NOT NULL)",
            name="spoil_reason",
        ),
        Index("ix_print_attempts_at", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("records.id"), index=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"))
    operator_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    attempt_no: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(16))
    spoil_reason: Mapped[str | None] = mapped_column(String(32))
    blank_serial: Mapped[str | None] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime)
    shift_id: Mapped[int | None] = mapped_column(ForeignKey("shifts.id"), index=True)


class StationHeartbeat(Base):
    """The last sign of life from the PC at a station (written every few seconds)."""

    __tablename__ = "station_heartbeats"

    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(DateTime)
    operator: Mapped[str | None] = mapped_column(String(64))
    host: Mapped[str | None] = mapped_column(String(128))


class OutboxMessage(Base):
    """A ready-to-collect message for a citizen, waiting for a gateway (SMS or WhatsApp).

    Delivered once: a deliverer claims it (claimed_by/claimed_at), hands it to the gateway
    under a unique reference, then sets delivered_at. A claim older than a few minutes
    belongs to a deliverer that died; the next one checks the gateway before sending again.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        CheckConstraint("gateway IS NULL OR gateway IN ('gammu', 'whatsapp')", name="gateway"),
        Index("uq_outbox_record_id", "record_id", unique=True),
        Index(
            "ix_outbox_pending",
            "id",
            sqlite_where=text("delivered_at IS NULL AND cancelled_at IS NULL"),
            postgresql_where=text("delivered_at IS NULL AND cancelled_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("records.id"))
    phone: Mapped[str] = mapped_column(String(32))  # 62..., or the raw text if it is invalid
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(128))
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime)
    gateway: Mapped[str | None] = mapped_column(String(16))
    delivery_ref: Mapped[str | None] = mapped_column(String(64))
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime)  # collected before sent
    last_error: Mapped[str | None] = mapped_column(Text)
