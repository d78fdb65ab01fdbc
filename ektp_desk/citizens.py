"""Citizens at the counter: "is my card ready?", handing the card over, and the cards
nobody came for.

``lookup_status`` answers with one sentence to read to the citizen (``CitizenStatus.message``,
an English template marked for translation; ``in_language`` gives the Bahasa Indonesia the
citizen hears). A queued card gets its place in the queue and a plain estimate of when, from
the queue ahead, the recent print rate and the blank cards in stock.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Final

from sqlalchemy import case, func, select, tuple_
from sqlalchemy.orm import Session

from ektp_desk import clock
from ektp_desk.db import Database
from ektp_desk.domain import (
    ON_HOLD,
    OPEN_STATUSES,
    OUTCOME_PRINTED,
    PICKED_UP,
    PRINTED,
    PRINTING,
    QUEUED,
)
from ektp_desk.handin import OldCard, old_card
from ektp_desk.i18n import QT_TRANSLATE_NOOP, Message, in_language
from ektp_desk.models import (
    PrintAttempt,
    Record,
    StockBalance,
    order_key,
    published_record,
    queue_key,
    status_is,
)
from ektp_desk.nik import NikError, normalize_nik, parse_nik
from ektp_desk.records import refuse_missing_record
from ektp_desk.settings import read_settings

# The answer's state, as the CLI's --json names it.
NOT_FOUND: Final = "not_found"
COLLECTED: Final = "collected"
STATES: Final = (NOT_FOUND, QUEUED, PRINTING, PRINTED, COLLECTED, ON_HOLD)
_STATE_OF_STATUS: Final[dict[str, str]] = {
    QUEUED: QUEUED, PRINTING: PRINTING, PRINTED: PRINTED, PICKED_UP: COLLECTED, ON_HOLD: ON_HOLD,
}  # fmt: skip
RATE_WINDOW_DAYS: Final = 14  # the print rate is measured over the days printed in this window
WORKING_DAYS_PER_WEEK: Final = 5

_SAY: Final = {
    NOT_FOUND: QT_TRANSLATE_NOOP(
        "core",
        "There is no e-KTP to print for NIK {nik} at this office yet. If you were recorded "
        "recently, your data may still be on its way from the centre; please ask again later.",
    ),
    "soon": QT_TRANSLATE_NOOP(
        "core",
        "Your e-KTP is in the print queue, number {position}. "
        "It will probably be printed within one working day.",
    ),
    "days": QT_TRANSLATE_NOOP(
        "core",
        "Your e-KTP is in the print queue, number {position}. "
        "It will probably be printed in about {days} working days.",
    ),
    "weeks": QT_TRANSLATE_NOOP(
        "core",
        "Your e-KTP is in the print queue, number {position}. "
        "It will probably be printed in about {weeks} weeks.",
    ),
    "no_blanks": QT_TRANSLATE_NOOP(
        "core",
        "Your e-KTP is in the print queue, number {position}. Printing is paused until the "
        "office receives new blank cards, so there is no date yet.",
    ),
    "few_blanks": QT_TRANSLATE_NOOP(
        "core",
        "Your e-KTP is in the print queue, number {position}. The blank cards in stock run out "
        "before your turn, so it will be printed after the next delivery of blank cards.",
    ),
    PRINTING: QT_TRANSLATE_NOOP(
        "core", "Your e-KTP is being printed right now; it can be collected at {place} shortly."
    ),
    PRINTED: QT_TRANSLATE_NOOP(
        "core",
        "Your e-KTP was printed on {date} and is ready to collect at {place}. "
        "Please bring your recording receipt.",
    ),
    "citizen": QT_TRANSLATE_NOOP("core", "Your e-KTP was collected in person on {date}."),
    "representative": QT_TRANSLATE_NOOP(
        "core", "Your e-KTP was collected on {date} by {name}, as your representative."
    ),
    ON_HOLD: QT_TRANSLATE_NOOP(
        "core", "Your e-KTP cannot be printed yet: {reason}. Please see the officer at the counter."
    ),
    "on_hold_no_reason": QT_TRANSLATE_NOOP(
        "core", "Your e-KTP cannot be printed yet. Please see the officer at the counter."
    ),
}


@dataclass(frozen=True)
class CitizenStatus:
    nik: str
    state: str  # one of STATES
    position: int | None  # place in the print queue (queued only)
    message: Message  # the sentence to read to the citizen
    name: str | None = None
    kecamatan: str | None = None
    printed_at: datetime | None = None
    collected_at: datetime | None = None
    collected_by: str | None = None
    collected_by_role: str | None = None
    working_days: int | None = None  # the estimate behind a queued answer
    old_card: OldCard | None = None  # a printed replacement: the old card to take back

    @property
    def can_collect(self) -> bool:
        return self.state == PRINTED

    def indonesian(self) -> str:
        return in_language(self.message, "id_ID")

    def as_json(self) -> dict[str, object]:
        return {"nik": self.nik, "state": self.state, "position": self.position,
                "message": self.indonesian()}  # fmt: skip


def lookup_status(db: Database, nik: str) -> CitizenStatus:
    """The answer for one NIK. A NIK that is not in the database is an answer
    (``not_found``); text that is not a NIK at all is refused, saying why."""
    clean = normalize_nik(nik)
    with db.read() as session:
        try:
            parse_nik(clean)
        except NikError:
            refuse_missing_record(session, nik)
        record = latest_record(session, clean)
        if record is None:
            return CitizenStatus(clean, NOT_FOUND, None, Message(_SAY[NOT_FOUND], {"nik": clean}))
        place = read_settings(session).pickup_place
        position = queue_position(session, record) if record.status == QUEUED else None
        days = _working_days(session, position) if position is not None else None
        return CitizenStatus(
            record.nik,
            _STATE_OF_STATUS[record.status],
            position,
            _message(session, record, position, days, place),
            record.name,
            record.kecamatan,
            record.printed_at,
            record.collected_at,
            record.collected_by,
            record.collected_by_role,
            days,
            old_card(session, record) if record.status == PRINTED else None,
        )


def latest_record(session: Session, nik: str, *, lock: bool = False) -> Record | None:
    """The NIK's open record, else its most recent one (a card printed again after a loss)."""
    statement = (
        select(Record)
        .where(Record.nik == nik, published_record())
        .order_by(case((Record.status.in_(OPEN_STATUSES), 0), else_=1), Record.id.desc())
        .limit(1)
    )
    return session.scalar(statement.with_for_update() if lock else statement)


def queue_position(session: Session, record: Record) -> int:
    """1 for the next card to print; counted on the queue-order index, not the table."""
    key = order_key(record)
    ahead = session.scalar(
        select(func.count())
        .select_from(Record)
        .where(
            status_is(QUEUED),
            tuple_(*queue_key()) < tuple_(*key),
        )
    )
    return (ahead or 0) + 1


def daily_print_rate(session: Session, today: date) -> float:
    """Cards printed per working day over the recent whole days that printed (today is not
    over yet); the office's daily target when nothing was printed lately."""
    midnight = datetime.combine(today, datetime.min.time())
    printed = select(func.count()).where(
        PrintAttempt.outcome == OUTCOME_PRINTED,
        PrintAttempt.at >= midnight - timedelta(days=RATE_WINDOW_DAYS),
        PrintAttempt.at < midnight,
    )
    per_day = session.scalars(printed.group_by(func.date(PrintAttempt.at))).all()
    if per_day:
        return sum(per_day) / len(per_day)
    return float(read_settings(session).daily_target)


def _working_days(session: Session, position: int) -> int:
    rate = daily_print_rate(session, clock.now().date())
    return max(1, math.ceil(position / max(rate, 1.0)))


def _message(
    session: Session, record: Record, position: int | None, days: int | None, place: str
) -> Message:
    if position is not None and days is not None:
        return _queued_message(session, position, days)
    if record.status == PRINTING:
        return Message(_SAY[PRINTING], {"place": place})
    if record.status == PRINTED:
        return Message(_SAY[PRINTED], {"date": _day(record.printed_at), "place": place})
    if record.status == PICKED_UP:
        when = _day(record.collected_at)
        if record.collected_by_role == "representative":
            return Message(_SAY["representative"], {"date": when, "name": record.collected_by})
        return Message(_SAY["citizen"], {"date": when})
    if record.hold_reason:
        return Message(_SAY[ON_HOLD], {"reason": record.hold_reason.strip().rstrip(".")})
    return Message(_SAY["on_hold_no_reason"])


def _queued_message(session: Session, position: int, days: int) -> Message:
    blanks = session.scalar(select(StockBalance.qty).where(StockBalance.item == "blank")) or 0
    if blanks == 0:
        return Message(_SAY["no_blanks"], {"position": position})
    if blanks < position:
        return Message(_SAY["few_blanks"], {"position": position})
    if days <= 1:
        return Message(_SAY["soon"], {"position": position})
    if days <= 2 * WORKING_DAYS_PER_WEEK:
        return Message(_SAY["days"], {"position": position, "days": days})
    weeks = math.ceil(days / WORKING_DAYS_PER_WEEK)
    return Message(_SAY["weeks"], {"position": position, "weeks": weeks})


def _day(moment: datetime | None) -> str:
    return f"{moment:%d-%m-%Y}" if moment else "-"
