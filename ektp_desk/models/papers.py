"""The tables of the office's official papers: corrected causes, old cards handed in, and the
destructions (berita acara pemusnahan) with the entries each destroyed.

Corrections, destructions and destroyed entries are append-only: the database refuses to
change or delete them, and refuses a correction of an entry already destroyed
(migration ``0012_papers``). An entry is destroyed at most once: ``destroyed_entries`` holds
each attempt and each handed-in card under a unique index.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ektp_desk.domain import InvalidCause, check_in
from ektp_desk.models.base import Base


class CauseCorrection(Base):
    """A lead's correction of a spoiled attempt's cause; the newest one counts, the attempt
    itself (what the operator saw) is never changed."""

    __tablename__ = "cause_corrections"
    __table_args__ = (CheckConstraint(check_in("cause", InvalidCause), name="cause"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("print_attempts.id"), index=True)
    cause: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(Text)
    corrected_by: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime)


class HandedInCard(Base):
    """An old KTP-el taken back when its holder collected the replacement."""

    __tablename__ = "handed_in_cards"
    __table_args__ = (
        CheckConstraint(check_in("cause", InvalidCause), name="cause"),
        Index("uq_handed_in_cards_record_id", "record_id", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("records.id"))  # the replacement
    nik: Mapped[str] = mapped_column(String(16))
    cause: Mapped[str] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Text)
    operator_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(DateTime)


class Destruction(Base):
    """One berita acara pemusnahan: its number, its date and who signs it."""

    __tablename__ = "destructions"
    __table_args__ = (
        CheckConstraint("seq > 0", name="seq"),
        Index("uq_destructions_year_seq", "year", "seq", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(64), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    held_on: Mapped[date] = mapped_column(Date)  # the day of the destruction
    made_at: Mapped[datetime] = mapped_column(DateTime)
    made_by: Mapped[str] = mapped_column(String(64))  # the signed-in person who recorded it
    signers: Mapped[str] = mapped_column(Text)  # JSON: maker, lead, head, witnesses


class DestroyedEntry(Base):
    """One invalid card destroyed, as the berita acara listed it (cause frozen)."""

    __tablename__ = "destroyed_entries"
    __table_args__ = (
        CheckConstraint("(attempt_id IS NULL) <> (handed_in_id IS NULL)", name="one_source"),
        CheckConstraint(check_in("cause", InvalidCause), name="cause"),
        Index("uq_destroyed_entries_attempt_id", "attempt_id", unique=True),
        Index("uq_destroyed_entries_handed_in_id", "handed_in_id", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    destruction_id: Mapped[int] = mapped_column(ForeignKey("destructions.id"), index=True)
    attempt_id: Mapped[int | None] = mapped_column(ForeignKey("print_attempts.id"))
    handed_in_id: Mapped[int | None] = mapped_column(ForeignKey("handed_in_cards.id"))
    cause: Mapped[str] = mapped_column(String(32))
    nik: Mapped[str] = mapped_column(String(16))
    serial: Mapped[str | None] = mapped_column(String(64))
