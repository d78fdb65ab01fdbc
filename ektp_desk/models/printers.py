"""The printer tables. Imported at the end of ``ektp_desk.models`` so Alembic and the schema
checks see them with every other table.

``printer_readings`` is append-only, like the audit log: the database refuses UPDATE and
DELETE. A reading skipped at a shift's start or end is a row too, with its reason.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ektp_desk.domain import Moment, ProbeKind, Source, check_in
from ektp_desk.models.base import Base


class PrinterReading(Base):
    """What a station's printer said at one moment, and what the ledger said then."""

    __tablename__ = "printer_readings"
    __table_args__ = (
        CheckConstraint(check_in("moment", Moment), name="moment"),
        CheckConstraint(check_in("source", Source), name="source"),
        CheckConstraint(
            "skip_reason IS NOT NULL OR card_counter IS NOT NULL"
            " OR ribbon_left IS NOT NULL OR film_left IS NOT NULL",
            name="says_something",
        ),
        Index("ix_printer_readings_station_at", "station_id", "at"),
        Index("ix_printer_readings_shift", "shift_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"))
    at: Mapped[datetime] = mapped_column(DateTime)
    moment: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(16))
    shift_id: Mapped[int | None] = mapped_column(ForeignKey("shifts.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    card_counter: Mapped[int | None] = mapped_column(Integer)  # the printer's lifetime count
    ribbon_left: Mapped[int | None] = mapped_column(Integer)  # prints, as the printer says
    film_left: Mapped[int | None] = mapped_column(Integer)
    ledger_ribbon: Mapped[int] = mapped_column(Integer)  # the ledger's prints left then
    ledger_film: Mapped[int] = mapped_column(Integer)
    serial: Mapped[str | None] = mapped_column(String(64))
    model: Mapped[str | None] = mapped_column(String(64))
    states: Mapped[str | None] = mapped_column(String(200))  # PrinterState values, comma-separated
    skip_reason: Mapped[str | None] = mapped_column(Text)


class StationProbe(Base):
    """How to ask a station's printer for its counters."""

    __tablename__ = "station_probes"
    __table_args__ = (CheckConstraint(check_in("kind", ProbeKind), name="kind"),)

    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    address: Mapped[str] = mapped_column(String(255))  # host[:port], or the Evolis printer name
    community: Mapped[str | None] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(DateTime)
