"""The monthly recap (rekapitulasi bulanan) of invalid cards and blanks, figured once.

Per the circular's cause and per source (spoiled blank, old card handed in): the register's
opening (not destroyed when the month began), the cards added, the cards destroyed and the
closing. Each entry counts under one cause: its frozen one once destroyed, else its cause as
corrected now. And the blank cards of the stock card (kartu stok): the opening, received, used
for good cards, spoiled, corrected, returned and closing, added up from the ledger's rows and
checked against the ledger's own running balance. The papers (``recap_papers``) only render
these figures.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ektp_desk import clock
from ektp_desk.atomic import checked_folder
from ektp_desk.domain import CardSource, InvalidCause, Item, MovementKind
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.models import CauseCorrection, DestroyedEntry, Destruction, StockMovement
from ektp_desk.register import handed_in_entries, spoiled_entries

FIGURES: Final = ("opening", "added", "destroyed", "closing")


@dataclass(frozen=True)
class RegisterLine:
    """One cause of one source: the register's month."""

    cause: InvalidCause
    source: CardSource
    opening: int
    added: int
    destroyed: int
    closing: int

    @property
    def balanced(self) -> bool:
        return self.opening + self.added - self.destroyed == self.closing


@dataclass(frozen=True)
class DestructionLine:
    number: str
    held_on: date
    cards: int


@dataclass(frozen=True)
class BlankBook:
    """The blank cards' month on the stock card; ``card_closing`` is the ledger's running
    balance after the month's last row (the card as written), ``closing`` the sum."""

    opening: int
    received: int
    printed: int  # used for good cards
    spoiled: int  # used and spoiled
    adjusted: int  # corrections, signed
    returned: int
    card_closing: int

    @property
    def used(self) -> int:
        return self.printed + self.spoiled

    @property
    def closing(self) -> int:
        return self.opening + self.received - self.used + self.adjusted - self.returned

    @property
    def matches(self) -> bool:
        return self.closing == self.card_closing


@dataclass(frozen=True)
class Recap:
    month: date  # the first day of the month
    office: str
    made_at: datetime
    lines: tuple[RegisterLine, ...]  # every cause of every source, in the vocabulary's order
    destructions: tuple[DestructionLine, ...]
    corrections: int  # causes corrected by a lead during the month
    blanks: BlankBook

    @property
    def last_day(self) -> date:
        return _next_month(self.month) - timedelta(days=1)

    def total(self, figure: str, source: CardSource | None = None) -> int:
        return sum(getattr(line, figure) for line in self.lines
                   if source is None or line.source == source)  # fmt: skip

    def by_cause(self, figure: str, cause: InvalidCause) -> int:
        return sum(getattr(line, figure) for line in self.lines if line.cause == cause)

    @property
    def balanced(self) -> bool:
        """The register adds up, and every spoiled blank of the stock card is in it."""
        spoiled = self.total("added", CardSource.SPOILED_BLANK)
        return all(line.balanced for line in self.lines) and spoiled == self.blanks.spoiled


def checked_target(out: Path) -> Path:
    """An .xlsx or .pdf name in an existing folder."""
    target = Path(out).expanduser().absolute()
    if target.suffix.lower() not in (".xlsx", ".pdf") or target.is_dir():
        raise Refused(
            QT_TRANSLATE_NOOP("core", "the monthly recap is an .xlsx or a .pdf file (got {name})"),
            name=target.name,
        )
    checked_folder(target)
    return target


def parse_month(text: str) -> date:
    """``YYYY-MM`` as the month's first day; a month not yet begun is refused."""
    try:
        year, month = (int(part) for part in text.strip().split("-"))
        start = date(year, month, 1)
    except ValueError:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "'{text}' is not a month: write it as YYYY-MM"),
            text=text[:20],
        ) from None
    if start > clock.today():
        raise Refused(
            QT_TRANSLATE_NOOP("core", "the month {month} has not begun yet"), month=text[:20]
        )
    return start


def month_recap(session: Session, month: date, office: str, made_at: datetime) -> Recap:
    start = month.replace(day=1)
    begin = datetime.combine(start, time.min)
    end = datetime.combine(_next_month(start), time.min)  # exclusive
    return Recap(start, office, made_at, _register_lines(session, begin, end),
                 _destructions(session, start, _next_month(start)),
                 _corrections(session, begin, end), _blank_book(session, begin, end))  # fmt: skip


def _register_lines(session: Session, begin: datetime, end: datetime) -> tuple[RegisterLine, ...]:
    entries = spoiled_entries(session, end=end) + handed_in_entries(session, end=end)
    frozen = {
        (CardSource.SPOILED_BLANK if attempt else CardSource.HANDED_IN, attempt or handed):
            (held_on, InvalidCause(cause))
        for attempt, handed, cause, held_on in session.execute(
            select(DestroyedEntry.attempt_id, DestroyedEntry.handed_in_id, DestroyedEntry.cause,
                   Destruction.held_on)
            .join(Destruction, Destruction.id == DestroyedEntry.destruction_id)
            .where(Destruction.held_on < end.date())
        )
    }  # fmt: skip
    counts: Counter[tuple[str, InvalidCause, CardSource]] = Counter()
    for entry in entries:
        if entry.at >= end:
            continue
        held_on, cause = frozen.get((entry.source, entry.id), (None, entry.cause))
        gone_before = held_on is not None and held_on < begin.date()
        key = (cause, entry.source)  # destroyed: the cause the berita acara froze
        if entry.at < begin and not gone_before:
            counts["opening", *key] += 1
        if entry.at >= begin:
            counts["added", *key] += 1
        if held_on is not None and not gone_before:
            counts["destroyed", *key] += 1
        if held_on is None:
            counts["closing", *key] += 1
    return tuple(
        RegisterLine(cause, source, *(counts[figure, cause, source] for figure in FIGURES))
        for source in CardSource
        for cause in InvalidCause
    )


def _destructions(session: Session, start: date, after: date) -> tuple[DestructionLine, ...]:
    rows = session.execute(
        select(Destruction.number, Destruction.held_on, func.count(DestroyedEntry.id))
        .join(DestroyedEntry, DestroyedEntry.destruction_id == Destruction.id)
        .where(Destruction.held_on >= start, Destruction.held_on < after)
        .group_by(Destruction.id, Destruction.number, Destruction.held_on)
        .order_by(Destruction.held_on, Destruction.id)
    ).all()
    return tuple(DestructionLine(number, held_on, cards) for number, held_on, cards in rows)


def _corrections(session: Session, begin: datetime, end: datetime) -> int:
    return session.scalar(
        select(func.count()).where(CauseCorrection.at >= begin, CauseCorrection.at < end)
    ) or 0  # fmt: skip


def _blank_book(session: Session, begin: datetime, end: datetime) -> BlankBook:
    blank = (StockMovement.item == Item.BLANK, StockMovement.station_id.is_(None))
    opening = session.scalar(
        select(func.coalesce(func.sum(StockMovement.delta), 0)).where(
            *blank, StockMovement.at < begin
        )
    )
    moved = dict(
        session.execute(
            select(StockMovement.kind, func.sum(StockMovement.delta))
            .where(*blank, StockMovement.at >= begin, StockMovement.at < end)
            .group_by(StockMovement.kind)
        ).all()
    )
    card = session.scalar(
        select(StockMovement.balance_after)
        .where(*blank, StockMovement.at < end)
        .order_by(StockMovement.id.desc())  # the ledger's own order
        .limit(1)
    )
    opening = int(opening or 0)
    return BlankBook(
        opening=opening,
        received=int(moved.get(MovementKind.RECEIVE, 0)),
        printed=-int(moved.get(MovementKind.CONSUME, 0)),
        spoiled=-int(moved.get(MovementKind.SPOIL, 0)),
        adjusted=int(moved.get(MovementKind.ADJUST, 0)),
        returned=-int(moved.get(MovementKind.RETURN, 0)),
        card_closing=int(card) if card is not None else opening,
    )


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)
