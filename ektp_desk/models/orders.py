"""The orders table: deliveries a lead expects (blanks from the province, sealed rolls)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ektp_desk.domain import OFFICE_ITEMS, check_in
from ektp_desk.models.base import Base


class StockOrder(Base):
    """A delivery on the way: counted by the forecast from ``expected_at`` while it is open;
    closed (``closed_at``) when a receipt books it."""

    __tablename__ = "stock_orders"
    __table_args__ = (
        CheckConstraint(check_in("item", OFFICE_ITEMS), name="item"),
        CheckConstraint("qty > 0", name="qty"),
        Index("ix_stock_orders_closed_at", "closed_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item: Mapped[str] = mapped_column(String(16))  # blank, ribbon_roll, film_roll
    qty: Mapped[int] = mapped_column(Integer)  # cards, or sealed rolls
    expected_at: Mapped[datetime] = mapped_column(DateTime)
    ref: Mapped[str] = mapped_column(String(64))
    ordered_by: Mapped[str] = mapped_column(String(64))
    ordered_at: Mapped[datetime] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    closed_by: Mapped[str | None] = mapped_column(String(64))
    received: Mapped[int | None] = mapped_column(Integer)  # what the closing receipt brought
