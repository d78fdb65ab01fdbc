"""Stock and shifts: balances, the append-only ledger, shifts and their snapshots."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from ektp_desk.domain import (
    OFFICE_ITEMS,
    STATION_ITEMS,
    MovementKind,
    ShiftKind,
    check_in,
)
from ektp_desk.models.base import Base


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
        CheckConstraint(check_in("kind", MovementKind), name="kind"),
        CheckConstraint(
            f"(station_id IS NULL AND {check_in('item', OFFICE_ITEMS)})"
            f" OR (station_id IS NOT NULL AND {check_in('item', STATION_ITEMS)})",
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


class Shift(Base):
    """A shift (pagi, siang, lembur malam) with its lead, stations and stock snapshots."""

    __tablename__ = "shifts"
    __table_args__ = (
        CheckConstraint(check_in("kind", ShiftKind), name="kind"),
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
