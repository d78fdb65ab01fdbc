"""The figures of the public stock notice, computed once for its two faces (the A4 page and
the square image): blanks in stock, cards printed the day before, records waiting.

Every figure stands as it was when the office's day began (00.00 of the notice date), so a
notice made at 07.00 and one made again at noon for the same day say the same, and an old
notice can be made again to answer a complaint:
- blanks: the office's blank stock at 00.00, the balance now less the ledger's blank
  movements since;
- printed yesterday: cards printed (good attempts) on the day before;
- waiting: records in the books before 00.00 (imported before then; a record without an
  import batch by its entry time) and not yet printed at 00.00, held records included.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ektp_desk import clock
from ektp_desk.actor import Actor
from ektp_desk.domain import LEAD_ROLES, Outcome
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.models import ImportBatch, PrintAttempt, Record, StockBalance, StockMovement
from ektp_desk.settings import read_settings

BLANK = "blank"  # the office stock item of blank cards


@dataclass(frozen=True)
class StockNotice:
    office: str
    day: date  # the notice's date; every figure is as of its 00.00
    blanks: int
    printed_yesterday: int
    waiting: int
    collection_hours: str
    pickup_place: str
    complaint_contact: str
    made_at: datetime

    @property
    def yesterday(self) -> date:
        return self.day - timedelta(days=1)


def read_notice(session: Session, actor: Actor, day: date) -> StockNotice:
    """The notice of ``day`` (leads and admins), refused without a complaint contact or for
    a day that has not begun."""
    from ektp_desk.access import acting_user

    acting_user(session, actor, roles=LEAD_ROLES)
    now = clock.now()
    if day > now.date():
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "the notice of {day} can be made from that day on (today is {today})"
            ),
            day=day.isoformat(),
            today=now.date().isoformat(),
        )
    office = read_settings(session)
    if not office.complaint_contact.strip():
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core",
                "the notice needs the office's complaint contact: a lead sets it in Settings, "
                "Office page (ektp-desk settings --set complaint_contact TEXT)",
            )
        )
    start = datetime.combine(day, time.min)
    return StockNotice(
        office=office.office_name,
        day=day,
        blanks=blanks_at(session, start),
        printed_yesterday=_printed(session, start - timedelta(days=1), start),
        waiting=_waiting(session, start),
        collection_hours=office.collection_hours,
        pickup_place=office.pickup_place,
        complaint_contact=office.complaint_contact,
        made_at=now,
    )


def blanks_at(session: Session, moment: datetime) -> int:
    """The office's blank stock at ``moment``: the balance now less what moved since."""
    now = session.scalar(select(StockBalance.qty).where(StockBalance.item == BLANK)) or 0
    since = session.scalar(
        select(func.coalesce(func.sum(StockMovement.delta), 0)).where(
            StockMovement.item == BLANK,
            StockMovement.station_id.is_(None),
            StockMovement.at >= moment,
        )
    )
    return int(now) - int(since or 0)


def _printed(session: Session, start: datetime, end: datetime) -> int:
    count = session.scalar(
        select(func.count()).where(
            PrintAttempt.outcome == Outcome.PRINTED, PrintAttempt.at >= start, PrintAttempt.at < end
        )
    )
    return int(count or 0)


def _waiting(session: Session, start: datetime) -> int:
    known = func.coalesce(ImportBatch.imported_at, Record.entered_at) < start
    count = session.scalar(
        select(func.count())
        .select_from(Record)
        .outerjoin(ImportBatch, Record.batch_id == ImportBatch.id)
        .where(known, or_(Record.printed_at.is_(None), Record.printed_at >= start))
    )
    return int(count or 0)
