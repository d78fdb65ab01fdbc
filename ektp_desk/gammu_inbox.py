"""Gammu SMSD's ``inbox`` read as questions: one row per SMS part, parts joined per message.

Gammu stores every part of a long (concatenated) SMS as its own inbox row. Schema version 17
says which message a part belongs to only in its ``UDH`` (the concatenation element: a
reference, the number of parts, this part's place); version 18 adds ``MessageID``,
``SequencePosition`` and ``PartCount`` columns. Both are read here: a question is complete
when every part is in, and a message whose parts never all arrived is taken as it is once its
newest part is older than ``PART_WAIT`` (Gammu itself gives up waiting for parts long before).

``Processed`` is Gammu's column for the application that reads the inbox; the answering job
sets it in the same transaction that puts its reply into the outbox.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    DateTime,
    Integer,
    MetaData,
    Row,
    String,
    Table,
    Text,
    func,
    select,
    text,
)

PART_WAIT: Final = timedelta(minutes=2)
FETCH_LIMIT: Final = 500  # unprocessed rows read per pass


def _inbox(flag_type: type[String | Boolean], *, v18: bool) -> Table:
    grouping = (
        [Column("MessageID", Integer), Column("SequencePosition", Integer),
         Column("PartCount", Integer)] if v18 else []
    )  # fmt: skip
    return Table(
        "inbox",
        MetaData(),
        Column("ID", Integer, primary_key=True),
        Column("ReceivingDateTime", DateTime),
        Column("SenderNumber", String),
        Column("UDH", Text),
        Column("TextDecoded", Text),
        Column("Processed", flag_type),
        *grouping,
    )


# Gammu's SQLite schema keeps the flag as the text 'false'/'true', its PostgreSQL one as a
# boolean (as for the outbox's MultiPart in ektp_desk.gammu).
_TABLES: Final = {
    (typed, v18): _inbox(Boolean if typed else String, v18=v18)
    for typed in (False, True)
    for v18 in (False, True)
}


@dataclass(frozen=True)
class Part:
    id: int
    received_at: datetime
    sender: str
    text: str
    group: tuple[object, ...]  # parts of one message share it
    position: int
    count: int


@dataclass(frozen=True)
class Question:
    """One incoming message, its parts joined."""

    ids: tuple[int, ...]  # the inbox rows, first part first
    sender: str
    received_at: datetime
    text: str

    @property
    def first_id(self) -> int:
        return min(self.ids)


class Inbox:
    """The inbox of one Gammu database, as seen through one connection's dialect."""

    def __init__(self, conn: Connection, version: int) -> None:
        self.typed = conn.dialect.name == "postgresql"
        self.v18 = version >= 18
        self.table = _TABLES[self.typed, self.v18]

    def flag(self, value: bool) -> bool | str:
        return value if self.typed else ("true" if value else "false")

    def waiting(self, conn: Connection, now: datetime) -> list[Question]:
        """Unprocessed questions, oldest first; incomplete ones only after ``PART_WAIT``."""
        t = self.table
        rows = conn.execute(
            select(t).where(t.c.Processed == self.flag(False)).order_by(t.c.ID).limit(FETCH_LIMIT)
        ).all()
        return [q for q in self.questions(rows, now) if q is not None]

    def earlier_today(self, conn: Connection, question: Question) -> int:
        """How many messages the sender sent before this one on the same day (by Gammu's
        receiving time): the question's place in the sender's daily allowance."""
        t = self.table
        day = question.received_at.replace(hour=0, minute=0, second=0, microsecond=0)
        rows = conn.execute(
            select(t).where(
                t.c.SenderNumber == question.sender,
                t.c.ReceivingDateTime >= day,
                t.c.ReceivingDateTime < day + timedelta(days=1),
                question.first_id > t.c.ID,
            )
        ).all()
        return len({self.part(row).group for row in rows})

    def lock(self, conn: Connection, question: Question) -> bool:
        """Take the question's rows if they are all still unprocessed and no other job holds
        them (PostgreSQL: row locks that skip locked rows; SQLite: the write lock the
        transaction began with)."""
        t = self.table
        statement = select(t.c.ID).where(
            t.c.ID.in_(question.ids), t.c.Processed == self.flag(False)
        )
        if self.typed:
            statement = statement.with_for_update(skip_locked=True)
        return len(conn.execute(statement).all()) == len(question.ids)

    def mark_processed(self, conn: Connection, question: Question) -> None:
        t = self.table
        conn.execute(t.update().where(t.c.ID.in_(question.ids)).values(Processed=self.flag(True)))

    def part(self, row: Row[Any]) -> Part:
        m = row._mapping
        sender, text = str(m["SenderNumber"] or ""), str(m["TextDecoded"] or "")
        row_id, received = int(m["ID"]), m["ReceivingDateTime"]
        count = int(m["PartCount"] or 0) if self.v18 else 0
        if count > 1:
            group: tuple[object, ...] = ("v18", m["MessageID"])
            return Part(row_id, received, sender, text, group, int(m["SequencePosition"]), count)
        concat = concatenation(str(m["UDH"] or ""))
        if concat is None:
            return Part(row_id, received, sender, text, ("single", row_id), 1, 1)
        reference, count, position = concat
        return Part(row_id, received, sender, text, ("udh", sender, reference, count), position,
                    count)  # fmt: skip

    def questions(self, rows: Iterable[Row[Any]], now: datetime) -> list[Question | None]:
        groups: dict[tuple[object, ...], list[Part]] = {}
        for row in rows:
            part = self.part(row)
            groups.setdefault(part.group, []).append(part)
        return [_joined(parts, now) for parts in groups.values()]


def _joined(parts: Sequence[Part], now: datetime) -> Question | None:
    """The question, or None while parts are still missing and may yet arrive."""
    ordered = sorted(parts, key=lambda p: (p.position, p.id))
    positions = {p.position for p in ordered}
    complete = positions >= set(range(1, ordered[0].count + 1))
    if not complete and now - max(p.received_at for p in ordered) < PART_WAIT:
        return None
    unique = list({p.position: p for p in reversed(ordered)}.values())[::-1]
    return Question(
        tuple(p.id for p in ordered),
        ordered[0].sender,
        min(p.received_at for p in ordered),
        "".join(p.text for p in unique),
    )


def concatenation(udh: str) -> tuple[int, int, int] | None:
    """(reference, parts, position) from a hex UDH's concatenation element, if it has one."""
    try:
        data = bytes.fromhex(udh.strip())
    except ValueError:
        return None
    if not data or data[0] + 1 > len(data):
        return None
    index, end = 1, data[0] + 1
    while index + 2 <= end:
        element, length = data[index], data[index + 1]
        body = data[index + 2 : index + 2 + length]
        if element == 0x00 and length == 3 and len(body) == 3:
            return body[0], body[1], body[2]
        if element == 0x08 and length == 4 and len(body) == 4:
            return (body[0] << 8) | body[1], body[2], body[3]
        index += 2 + length
    return None


def schema_version(conn: Connection) -> int:
    """Gammu's schema version (the ``gammu`` table); 0 when it cannot be read."""
    try:
        found = conn.execute(text('SELECT MAX("Version") FROM gammu')).scalar()
    except Exception:  # an older or hand-made schema without the table
        return 0
    return int(found or 0)


def database_now(conn: Connection, version: int) -> datetime:
    """The time as Gammu writes it into this database: PostgreSQL's local timestamp;
    SQLite's UTC in schema 17 and its local time from schema 18 on."""
    if conn.dialect.name == "postgresql":
        moment = conn.execute(select(func.localtimestamp())).scalar()
        assert isinstance(moment, datetime)
        return moment.replace(microsecond=0)
    modifier = ", 'localtime'" if version >= 18 else ""
    raw = conn.execute(text(f"SELECT datetime('now'{modifier})")).scalar()
    return datetime.fromisoformat(str(raw))
