"""The daily report's figures, read once from the database in the caller's session; the PDF
(``ektp_desk.daily_pdf``) and the workbook (``ektp_desk.daily_xlsx``) both draw these.

"The day" is the office's calendar day by the office's clock (``ektp_desk.clock``: on
PostgreSQL the database server's time, on SQLite this PC's): from 00:00:00 of the date
included to 00:00:00 of the next date excluded. Every time the program stores is that clock's
local wall-clock time, so a card printed at 23:59:59 counts on its day and one at 00:00:00 on
the next. A report of today, made before midnight, counts up to the moment it is made
(``cut``) and says so; the states "at the day's end" (queue, stock, rolls, messages waiting)
are then the states at that moment.

- Imports: the import batches recorded in the day (``imported_at``), per file.
- Printing: the print attempts of the day, per station and per operator, printed or spoiled.
- The queue at the day's end: the records that had joined the queue before the end (their
  import batch's time, or their recording time when they were not imported) and had no good
  card printed before it, per priority kind. A record on hold now is left out: the program
  does not keep when a hold began.
- Blanks: the ledger's opening balance (its last row before the day), the day's rows summed by
  kind, the closing balance (its last row before the end).
- Ribbon and film: each station's loaded rolls at the end by the ledger (prints, and cards at
  the printer's panels per card), the printer's own last reading before the end, and the
  office's sealed spare rolls.
- Collected cards: records collected in the day, by the citizen or a representative.
- Messages: ready-to-collect messages written, sent (per gateway) and cancelled in the day, and
  those still waiting at the end.
- Forecast: the shortage flags of the forecast made when the report is written (the program
  keeps no forecast of the past).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Final

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from ektp_desk.domain import ON_HOLD, PRIORITIES, Item, MovementKind, Outcome
from ektp_desk.i18n import Message, in_language
from ektp_desk.models import (
    ImportBatch,
    OutboxMessage,
    PrintAttempt,
    PrinterReading,
    Record,
    Station,
    StockMovement,
    User,
)

GATEWAYS: Final = ("gammu", "whatsapp")


@dataclass(frozen=True)
class ImportLine:
    at: datetime
    file: str
    rows: int
    imported: int  # new records put in the queue
    duplicates: int
    rejected: int


@dataclass(frozen=True)
class Tally:
    name: str  # a station or an operator
    printed: int
    spoiled: int

    @property
    def attempts(self) -> int:
        return self.printed + self.spoiled


@dataclass(frozen=True)
class BlankBook:
    opening: int
    received: int  # deliveries (receive)
    printed: int  # used by good cards (consume), as a positive count
    spoiled: int  # used by spoiled cards (spoil), as a positive count
    adjusted: int  # corrections, signed
    other: int  # any other kind, signed (a return)
    closing: int

    @property
    def used(self) -> int:
        return self.printed + self.spoiled

    @property
    def reconciles(self) -> bool:
        change = self.received - self.used + self.adjusted + self.other
        return self.opening + change == self.closing


@dataclass(frozen=True)
class RollLine:
    station: str
    printer: str
    ribbon_prints: int  # left on the loaded roll, by the ledger
    ribbon_cards: int  # cards those prints make at the printer's panels per card
    film_prints: int
    film_cards: int
    read_at: datetime | None = None  # the printer's last reading before the end, if any
    read_ribbon: int | None = None
    read_film: int | None = None


@dataclass(frozen=True)
class MessageBook:
    written: int  # ready-to-collect messages put in the outbox in the day
    sent: tuple[tuple[str, int], ...]  # per gateway (GATEWAYS first), handed over in the day
    cancelled: int  # the card was collected before the message went
    waiting: int  # in the outbox, not sent nor cancelled, at the end

    @property
    def sent_total(self) -> int:
        return sum(count for _gateway, count in self.sent)


@dataclass(frozen=True)
class FlagLine:
    item: str  # blank, ribbon, film
    station: str | None
    level: str  # Level
    runs_out_at: datetime | None
    shortfall: int
    text: str  # the forecast's sentence in Indonesian


@dataclass(frozen=True)
class DailyReport:
    office: str
    day: date
    start: datetime  # 00:00 of the day
    end: datetime  # 00:00 of the next day
    cut: datetime  # what the figures count up to: the end, or the moment made if earlier
    made_at: datetime
    made_by: str
    imports: tuple[ImportLine, ...]
    stations: tuple[Tally, ...]
    operators: tuple[Tally, ...]
    queue: tuple[tuple[str, int], ...]  # every priority kind, in PRIORITIES order
    blanks: BlankBook
    rolls: tuple[RollLine, ...]
    spare_rolls: tuple[tuple[str, int], ...]  # ribbon_roll, film_roll at the end
    collected: int
    collected_by_representative: int
    messages: MessageBook
    flags: tuple[FlagLine, ...]
    paper_size: str = "A4"

    @property
    def complete(self) -> bool:
        """The whole day is counted (made after its end)."""
        return self.cut >= self.end

    @property
    def imported(self) -> int:
        return sum(line.imported for line in self.imports)

    @property
    def printed(self) -> int:
        return sum(tally.printed for tally in self.stations)

    @property
    def spoiled(self) -> int:
        return sum(tally.spoiled for tally in self.stations)

    @property
    def queued(self) -> int:
        return sum(count for _kind, count in self.queue)


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """[00:00 of ``day``, 00:00 of the next day): the day by the office's clock."""
    start = datetime.combine(day, time.min)
    return start, start + timedelta(days=1)


def read_daily(
    session: Session, day: date, *, now: datetime, office: str, made_by: str,
    flags: Sequence[object] = (), paper_size: str = "A4",
) -> DailyReport:  # fmt: skip
    """The figures of ``day`` as the database stands in ``session`` at ``now``."""
    start, end = day_bounds(day)
    cut = min(end, now)
    stations, operators = _printing(session, start, cut)
    return DailyReport(
        office=office, day=day, start=start, end=end, cut=cut, made_at=now, made_by=made_by,
        imports=_imports(session, start, cut),
        stations=stations, operators=operators,
        queue=_queue(session, cut),
        blanks=_blanks(session, start, cut),
        rolls=_rolls(session, start, cut),
        spare_rolls=tuple((str(item), _balance(session, item, None, cut))
                          for item in (Item.RIBBON_ROLL, Item.FILM_ROLL)),
        collected=_count(session, Record.collected_at, start, cut),
        collected_by_representative=_count(session, Record.collected_at, start, cut,
                                           Record.collected_by_role == "representative"),
        messages=_messages(session, start, cut),
        flags=tuple(_flag_line(flag) for flag in flags),
        paper_size=paper_size,
    )  # fmt: skip


def _within(column: Any, start: datetime, cut: datetime) -> ColumnElement[bool]:
    return and_(column >= start, column < cut)


def _count(session: Session, column: Any, start: datetime, cut: datetime,
           *more: ColumnElement[bool]) -> int:  # fmt: skip
    query = select(func.count()).select_from(Record).where(_within(column, start, cut), *more)
    return session.scalar(query) or 0


def _imports(session: Session, start: datetime, cut: datetime) -> tuple[ImportLine, ...]:
    rows = session.execute(
        select(ImportBatch.imported_at, ImportBatch.file_name, ImportBatch.rows,
               ImportBatch.imported, ImportBatch.duplicates, ImportBatch.rejected)
        .where(_within(ImportBatch.imported_at, start, cut))
        .order_by(ImportBatch.imported_at, ImportBatch.id)
    )  # fmt: skip
    return tuple(ImportLine(*row) for row in rows)


def _printing(
    session: Session, start: datetime, cut: datetime
) -> tuple[tuple[Tally, ...], tuple[Tally, ...]]:
    rows = session.execute(
        select(Station.name, User.name, PrintAttempt.outcome, func.count())
        .join(Station, Station.id == PrintAttempt.station_id)
        .join(User, User.id == PrintAttempt.operator_id)
        .where(_within(PrintAttempt.at, start, cut))
        .group_by(Station.name, User.name, PrintAttempt.outcome)
    ).all()
    active = session.scalars(select(Station.name).where(Station.active)).all()
    by_station: dict[str, list[int]] = {name: [0, 0] for name in active}
    by_operator: dict[str, list[int]] = {}
    for station, operator, outcome, count in rows:
        column = 0 if outcome == Outcome.PRINTED else 1
        by_station.setdefault(station, [0, 0])[column] += count
        by_operator.setdefault(operator, [0, 0])[column] += count
    return _tallies(by_station), _tallies(by_operator)


def _tallies(counts: dict[str, list[int]]) -> tuple[Tally, ...]:
    return tuple(Tally(name, *counts[name]) for name in sorted(counts, key=_natural))


def _natural(name: str) -> tuple[object, ...]:
    """'Loket 2' before 'Loket 10'."""
    return tuple(int(part) if part.isdigit() else part.casefold()
                 for part in re.split(r"(\d+)", name))  # fmt: skip


def _queue(session: Session, cut: datetime) -> tuple[tuple[str, int], ...]:
    joined = func.coalesce(ImportBatch.imported_at, Record.entered_at)
    rows = session.execute(
        select(Record.priority, func.count())
        .select_from(Record)
        .outerjoin(ImportBatch, ImportBatch.id == Record.batch_id)
        .where(joined < cut, or_(Record.printed_at.is_(None), Record.printed_at >= cut),
               Record.status != ON_HOLD)
        .group_by(Record.priority)
    )  # fmt: skip
    counts = dict.fromkeys(PRIORITIES, 0) | dict(rows.all())
    return tuple((str(kind), count) for kind, count in counts.items())


def _balance(session: Session, item: str, station_id: int | None, before: datetime) -> int:
    """A balance as the ledger's last row before ``before`` left it (0 before any row)."""
    place = (StockMovement.station_id.is_(None) if station_id is None
             else StockMovement.station_id == station_id)  # fmt: skip
    balance = session.scalar(
        select(StockMovement.balance_after)
        .where(StockMovement.item == item, place, StockMovement.at < before)
        .order_by(StockMovement.at.desc(), StockMovement.id.desc())
        .limit(1)
    )
    return balance or 0


def _blanks(session: Session, start: datetime, cut: datetime) -> BlankBook:
    moves = dict(
        session.execute(
            select(StockMovement.kind, func.sum(StockMovement.delta))
            .where(StockMovement.item == Item.BLANK, StockMovement.station_id.is_(None),
                   _within(StockMovement.at, start, cut))
            .group_by(StockMovement.kind)
        ).all()
    )  # fmt: skip
    named = (MovementKind.RECEIVE, MovementKind.CONSUME, MovementKind.SPOIL, MovementKind.ADJUST)
    return BlankBook(
        opening=_balance(session, Item.BLANK, None, start),
        received=int(moves.get(MovementKind.RECEIVE) or 0),
        printed=-int(moves.get(MovementKind.CONSUME) or 0),
        spoiled=-int(moves.get(MovementKind.SPOIL) or 0),
        adjusted=int(moves.get(MovementKind.ADJUST) or 0),
        other=sum(int(v or 0) for kind, v in moves.items() if kind not in named),
        closing=_balance(session, Item.BLANK, None, cut),
    )


def _rolls(session: Session, start: datetime, cut: datetime) -> tuple[RollLine, ...]:
    """Every active station, and any other that printed in the day."""
    worked = select(PrintAttempt.station_id).where(_within(PrintAttempt.at, start, cut))
    places = session.scalars(
        select(Station).where(or_(Station.active, Station.id.in_(worked)))
    ).all()
    lines = []
    for place in sorted(places, key=lambda p: _natural(p.name)):
        ribbon = _balance(session, Item.RIBBON, place.id, cut)
        film = _balance(session, Item.FILM, place.id, cut)
        reading = session.execute(
            select(PrinterReading.at, PrinterReading.ribbon_left, PrinterReading.film_left)
            .where(PrinterReading.station_id == place.id, PrinterReading.at < cut,
                   PrinterReading.skip_reason.is_(None))
            .order_by(PrinterReading.at.desc(), PrinterReading.id.desc())
            .limit(1)
        ).first()  # fmt: skip
        lines.append(RollLine(place.name, place.printer_model, ribbon,
                              ribbon // max(place.ribbon_panels, 1), film,
                              film // max(place.film_panels, 1),
                              *(reading or (None, None, None))))  # fmt: skip
    return tuple(lines)


def _messages(session: Session, start: datetime, cut: datetime) -> MessageBook:
    def count(*where: ColumnElement[bool]) -> int:
        return session.scalar(select(func.count()).select_from(OutboxMessage).where(*where)) or 0

    sent = dict(
        session.execute(
            select(OutboxMessage.gateway, func.count())
            .where(_within(OutboxMessage.delivered_at, start, cut))
            .group_by(OutboxMessage.gateway)
        ).all()
    )
    return MessageBook(
        written=count(_within(OutboxMessage.created_at, start, cut)),
        sent=tuple(
            (str(gateway or "-"), int(sent.get(gateway, 0)))
            for gateway in (*GATEWAYS, *(g for g in sent if g not in GATEWAYS))
        ),
        cancelled=count(_within(OutboxMessage.cancelled_at, start, cut)),
        waiting=count(
            OutboxMessage.created_at < cut,
            or_(OutboxMessage.delivered_at.is_(None), OutboxMessage.delivered_at >= cut),
            or_(OutboxMessage.cancelled_at.is_(None), OutboxMessage.cancelled_at >= cut),
        ),
    )


def _flag_line(flag: object) -> FlagLine:
    message = getattr(flag, "message", "")
    text = in_language(message) if isinstance(message, Message) else str(message)
    return FlagLine(
        item=str(getattr(flag, "item", "")),
        station=getattr(flag, "station", None),
        level=str(getattr(flag, "level", "")),
        runs_out_at=getattr(flag, "runs_out_at", None),
        shortfall=int(getattr(flag, "shortfall", 0) or 0),
        text=text[:1].upper() + text[1:],
    )
