"""The database tables, as SQLAlchemy 2 typed models. Alembic owns how they are created.

Times are the office's local wall-clock time without a zone: one office is in one zone, and
"printed today" must mean the operator's today.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import cast

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ColumnElement,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    literal,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

OPEN_STATUS_SQL = "status IN ('queued', 'printing', 'on_hold')"
QUEUED_SQL = "status = 'queued'"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class User(Base):
    __tablename__ = "users"
    __table_args__ = (CheckConstraint("role IN ('operator', 'lead', 'admin')", name="role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


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
    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_name: Mapped[str] = mapped_column(String(255))
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    rows: Mapped[int] = mapped_column(Integer)
    imported: Mapped[int] = mapped_column(Integer)
    duplicates: Mapped[int] = mapped_column(Integer)
    rejected: Mapped[int] = mapped_column(Integer)


class Record(Base):
    """One citizen's card to print.

    Print order is (band, lane, entered_at, id): priority kinds before normal, cards sent back
    after a spoiled attempt (lane 0) before the rest of their band (lane 1), then FIFO.
    """

    __tablename__ = "records"
    __table_args__ = (
        CheckConstraint(
            "status IN ('queued', 'printing', 'printed', 'picked_up', 'on_hold')", name="status"
        ),
        CheckConstraint("band IN (0, 1) AND lane IN (0, 1)", name="order_keys"),
        # One open record per NIK; a printed card may be recorded again later (lost card).
        Index(
            "uq_records_open_nik",
            "nik",
            unique=True,
            sqlite_where=text(OPEN_STATUS_SQL),
            postgresql_where=text(OPEN_STATUS_SQL),
        ),
        # "Next in print order" and the queue count stay fast as printed rows pile up.
        Index(
            "ix_records_queue_order",
            "band",
            "lane",
            "entered_at",
            "id",
            sqlite_where=text(QUEUED_SQL),
            postgresql_where=text(QUEUED_SQL),
        ),
        # The queue filtered by kecamatan: count and pages without touching other rows.
        Index(
            "ix_records_queued_kecamatan",
            "kecamatan",
            "band",
            "lane",
            "entered_at",
            "id",
            sqlite_where=text(QUEUED_SQL),
            postgresql_where=text(QUEUED_SQL),
        ),
        Index("ix_records_nik", "nik"),
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


def status_is(status: str) -> ColumnElement[bool]:
    """``records.status = '<status>'`` with the value written into the SQL, not bound: SQLite
    can use a partial index (``WHERE status = 'queued'``) only for a literal it can see."""
    return Record.status == literal(status, literal_execute=True)


# The records table for bulk inserts (imports, demo data): Core is 2x faster than the ORM there.
RECORD_TABLE = cast(Table, Record.__table__)


class PrintAttempt(Base):
    """One card through the printer, good or spoiled. Each consumed a blank, ribbon and film."""

    __tablename__ = "print_attempts"
    __table_args__ = (
        CheckConstraint("outcome IN ('printed', 'spoiled')", name="outcome"),
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


class StockBalance(Base):
    """Office stock: blank cards, sealed ribbon rolls, sealed film rolls."""

    __tablename__ = "stock_balances"
    __table_args__ = (CheckConstraint("qty >= 0", name="qty_not_negative"),)

    item: Mapped[str] = mapped_column(String(16), primary_key=True)
    qty: Mapped[int] = mapped_column(Integer, default=0)


class StockMovement(Base):
    """The append-only stock ledger. Every balance equals the sum of its rows' deltas.

    Office items (station_id NULL): blank, ribbon_roll, film_roll. Station items: ribbon and
    film, counted in prints left on the loaded roll.
    """

    __tablename__ = "stock_movements"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('receive', 'load_roll', 'unload', 'consume', 'spoil', 'adjust', 'return')",
            name="kind",
        ),
        CheckConstraint(
            "(station_id IS NULL AND item IN ('blank', 'ribbon_roll', 'film_roll'))"
            " OR (station_id IS NOT NULL AND item IN ('ribbon', 'film'))",
            name="item_place",
        ),
        Index("ix_stock_movements_item_station", "item", "station_id"),
        Index("ix_stock_movements_at", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    item: Mapped[str] = mapped_column(String(16))
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    delta: Mapped[int] = mapped_column(Integer)
    balance_after: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    attempt_id: Mapped[int | None] = mapped_column(ForeignKey("print_attempts.id"))
    ref: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    hash: Mapped[str | None] = mapped_column(String(64))  # chained: see ektp_desk.chain


class Setting(Base):
    """One office-wide setting (see ektp_desk.settings for names and defaults)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Shift(Base):
    """A shift (pagi, siang, lembur malam) with its lead, stations and stock snapshots."""

    __tablename__ = "shifts"
    __table_args__ = (
        CheckConstraint("kind IN ('pagi', 'siang', 'lembur_malam')", name="kind"),
        Index("ix_shifts_open", "id", sqlite_where=text("ended_at IS NULL"),
              postgresql_where=text("ended_at IS NULL")),
    )  # fmt: skip

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    lead_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    started_at: Mapped[datetime] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    ended_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    notes: Mapped[str | None] = mapped_column(Text)
    # The shift's ledger rows by id, never by clock: after the last row when it opened, up to
    # the last row when it closed (ektp_desk.handover_stock.movement_window).
    opening_movement_id: Mapped[int | None] = mapped_column(Integer)
    closing_movement_id: Mapped[int | None] = mapped_column(Integer)


class ShiftStation(Base):
    """Which stations work in a shift."""

    __tablename__ = "shift_stations"

    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id"), primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"), primary_key=True)


class StockSnapshot(Base):
    """A balance as it stood when a shift opened or closed."""

    __tablename__ = "stock_snapshots"
    __table_args__ = (
        CheckConstraint("moment IN ('opening', 'closing')", name="moment"),
        Index("ix_stock_snapshots_shift", "shift_id", "moment"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id"))
    moment: Mapped[str] = mapped_column(String(8))
    item: Mapped[str] = mapped_column(String(16))
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    qty: Mapped[int] = mapped_column(Integer)


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


class AuditEntry(Base):
    """Who did what and when: append-only (the database refuses UPDATE and DELETE)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_at", "at"), Index("ix_audit_log_action", "action"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    user: Mapped[str | None] = mapped_column(String(64))
    station: Mapped[str | None] = mapped_column(String(64))  # where the user signed in
    action: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str | None] = mapped_column(String(200))
    detail: Mapped[str | None] = mapped_column(Text)
    hash: Mapped[str | None] = mapped_column(String(64))  # chained: see ektp_desk.chain


class LoginGuard(Base):
    """Failed sign-ins in a row, and until when the account is locked after too many."""

    __tablename__ = "login_guard"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)


class SignInSession(Base):
    """A command-line sign-in (``ektp-desk login``): only the token's hash is kept."""

    __tablename__ = "sign_in_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    station: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)


from ektp_desk import models_orders  # noqa: E402,F401  (its table joins Base.metadata)
from ektp_desk import models_papers as _papers_tables  # noqa: E402, F401  (the papers' tables)
from ektp_desk import models_security as models_security  # noqa: E402  (chain heads, locks)

# The printer readings live in their own module (ektp_desk.printers.tables); importing it here
# puts its tables on Base.metadata wherever the models are loaded.
from ektp_desk.printers import tables as _printer_tables  # noqa: E402, F401
