"""Reading records: the queue in print order, and finding a record by its NIK."""

from __future__ import annotations

from typing import Any, Final, NoReturn

from sqlalchemy import UnaryExpression, bindparam, select
from sqlalchemy.orm import Session

from ektp_desk import nik as nik_rules
from ektp_desk.domain import OPEN_STATUSES, OUTCOME_PRINTED
from ektp_desk.errors import NotFound, Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.models import PrintAttempt, Record, Station, published_record, queue_key
from ektp_desk.nik import NikError, normalize_nik, parse_nik

# Why a typed or scanned text is not a NIK, one sentence per NIK rule.
_NOT_A_NIK: Final = {
    nik_rules.EMPTY: QT_TRANSLATE_NOOP("core", "'{text}' is not a valid NIK: NIK is empty"),
    nik_rules.NON_ASCII_DIGIT: QT_TRANSLATE_NOOP(
        "core",
        "'{text}' is not a valid NIK: NIK contains a non-ASCII digit {char} (only 0-9 are allowed)",
    ),
    nik_rules.NON_DIGIT: QT_TRANSLATE_NOOP(
        "core", "'{text}' is not a valid NIK: NIK contains a non-digit character {char}"
    ),
    nik_rules.WRONG_LENGTH: QT_TRANSLATE_NOOP(
        "core", "'{text}' is not a valid NIK: NIK must have {expected} digits (got {count})"
    ),
    nik_rules.UNKNOWN_PROVINCE: QT_TRANSLATE_NOOP(
        "core", "'{text}' is not a valid NIK: unknown province code {code}"
    ),
    nik_rules.BAD_REGENCY: QT_TRANSLATE_NOOP(
        "core", "'{text}' is not a valid NIK: regency code {code} is invalid"
    ),
    nik_rules.BAD_KECAMATAN: QT_TRANSLATE_NOOP(
        "core", "'{text}' is not a valid NIK: kecamatan code {code} is invalid"
    ),
    nik_rules.BAD_BIRTH_DAY: QT_TRANSLATE_NOOP(
        "core",
        "'{text}' is not a valid NIK: birth day {day} is invalid "
        "(men's days are 01-31, women's days are 41-71)",
    ),
    nik_rules.BAD_BIRTH_MONTH: QT_TRANSLATE_NOOP(
        "core", "'{text}' is not a valid NIK: birth month {month} is invalid"
    ),
    nik_rules.NO_SUCH_BIRTH_DATE: QT_TRANSLATE_NOOP(
        "core", "'{text}' is not a valid NIK: birth date {date} does not exist"
    ),
    nik_rules.BAD_SERIAL: QT_TRANSLATE_NOOP(
        "core", "'{text}' is not a valid NIK: serial number {serial} is invalid"
    ),
}


def queue_order() -> tuple[UnaryExpression[Any], ...]:
    """ORDER BY of print order (``models.QUEUE_ORDER``)."""
    return tuple(column.asc() for column in queue_key())


def find_open_record(session: Session, nik: str, *, lock: bool = False) -> Record | None:
    """The one open (queued, printing or on hold) record of a NIK, if any."""
    statement = _OPEN_RECORD_LOCKED if lock else _OPEN_RECORD
    return session.scalar(statement, {"nik": normalize_nik(nik)})


# Built once: a statement made anew for every scan cost more than running it.
_OPEN_RECORD = select(Record).where(
    Record.nik == bindparam("nik"), Record.status.in_(OPEN_STATUSES), published_record()
)
_OPEN_RECORD_LOCKED = _OPEN_RECORD.with_for_update()


def refuse_missing_record(session: Session, nik: str) -> NoReturn:
    """Explain why a NIK has no open record: not a NIK, already printed, or never imported."""
    clean = normalize_nik(nik)
    try:
        parse_nik(clean)
    except NikError as error:
        reason = error.message
        raise Refused(_NOT_A_NIK[reason.template], text=nik.strip(), **reason.params) from None
    printed = session.execute(
        select(PrintAttempt.at, Station.name)
        .join(Record, Record.id == PrintAttempt.record_id)
        .join(Station, Station.id == PrintAttempt.station_id)
        .where(Record.nik == clean, PrintAttempt.outcome == OUTCOME_PRINTED)
        .order_by(PrintAttempt.at.desc())
        .limit(1)
    ).first()
    if printed is not None:
        at, station = printed
        raise Refused(
            QT_TRANSLATE_NOOP("core", "{nik} was already printed on {at} at {station}"),
            nik=clean,
            at=f"{at:%d-%m-%Y %H:%M}",
            station=station,
        )
    raise NotFound(QT_TRANSLATE_NOOP("core", "no record with NIK {nik} in the queue"), nik=clean)
