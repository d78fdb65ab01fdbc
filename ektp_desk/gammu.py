"""Handing a text message to Gammu SMSD through its SQL ``outbox`` table.

Gammu SMSD sends whatever is inserted into its ``outbox`` (``DestinationNumber``,
``TextDecoded``, ``CreatorID``, ``Coding``; ``SendAfter``/``SendBefore`` limit the hours) and
moves each sent message, with its ``CreatorID``, to ``sentitems``. A text longer than one SMS
goes in as a multipart message: the first part in ``outbox`` (``MultiPart='true'`` and a
concatenation ``UDH``), the others in ``outbox_multipart`` under the same ``ID``.

Every message carries a ``CreatorID`` unique to it, so a deliverer that died after Gammu's
commit and before its own finds the message again (in ``outbox`` or ``sentitems``) instead of
inserting it twice. The Gammu database is someone else's: it is read and inserted into, never
altered (no journal-mode change, no new table or index).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import time
from typing import Any, Final

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Time,
    create_engine,
    event,
    inspect,
    select,
    union_all,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP, Message

GSM_CODING: Final = "Default_No_Compression"
UNICODE_CODING: Final = "Unicode_No_Compression"
# GSM 03.38: the default alphabet (one septet each) and its extension table (two septets).
_GSM_BASIC: Final = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXTENSION: Final = frozenset("^{}\\[~]|€\f")
_LIMITS: Final = {GSM_CODING: (160, 153), UNICODE_CODING: (70, 67)}  # single, per part
UNAVAILABLE: Final = QT_TRANSLATE_NOOP(
    "core",
    "the SMS gateway database {database} cannot be used ({detail}); the messages stay "
    "in the outbox for the next run",
)
INBOX_UNAVAILABLE: Final = QT_TRANSLATE_NOOP(
    "core",
    "the SMS gateway database {database} cannot be used ({detail}); the questions wait "
    "in its inbox for the next pass",
)
_REQUIRED: Final = {
    "outbox": {"ID", "DestinationNumber", "TextDecoded", "CreatorID", "Coding"},
    "sentitems": {"ID", "DestinationNumber", "CreatorID"},
}

_metadata = MetaData()


def _outbox_table(
    metadata: MetaData, clock_type: type[String | Time], flag_type: type[String | Boolean]
) -> Table:
    return Table(
        "outbox",
        metadata,
        Column("ID", Integer, primary_key=True, autoincrement=True),
        Column("DestinationNumber", String),
        Column("TextDecoded", Text),
        Column("CreatorID", Text),
        Column("Coding", String),
        Column("SendAfter", clock_type),
        Column("SendBefore", clock_type),
        Column("MultiPart", flag_type),
        Column("UDH", Text),
    )


# Gammu's SQLite and MySQL schemas keep times and the MultiPart flag as text ('false', an
# enum in MySQL); its PostgreSQL schema has real time and boolean columns, and psycopg sends
# typed values, so PostgreSQL gets the typed flavour of the table.
OUTBOX: Final = _outbox_table(_metadata, String, String)
_TYPED_OUTBOX: Final = _outbox_table(MetaData(), Time, Boolean)
OUTBOX_MULTIPART: Final = Table(
    "outbox_multipart",
    _metadata,
    Column("ID", Integer, primary_key=True, autoincrement=False),
    Column("SequencePosition", Integer, primary_key=True, autoincrement=False),
    Column("TextDecoded", Text),
    Column("Coding", String),
    Column("UDH", Text),
)
SENTITEMS: Final = Table(
    "sentitems",
    _metadata,
    Column("ID", Integer, primary_key=True),
    Column("DestinationNumber", String),
    Column("CreatorID", Text),
)


@dataclass(frozen=True)
class SmsParts:
    coding: str
    parts: tuple[str, ...]


@dataclass(frozen=True)
class Handed:
    gammu_id: int  # the message's ID in Gammu's outbox (or sentitems)
    recovered: bool  # it was already there: an earlier run died before recording it


class ClaimLost(Exception):
    """Another deliverer took the message over while this one was inserting it."""


def split_sms(text: str) -> SmsParts:
    """The coding Gammu needs and the text cut into SMS-sized parts."""
    coding = GSM_CODING if all(c in _GSM_BASIC or c in _GSM_EXTENSION for c in text) else (
        UNICODE_CODING
    )  # fmt: skip
    single, per_part = _LIMITS[coding]
    if _cost(text, coding) <= single:
        return SmsParts(coding, (text,))
    parts: list[str] = []
    current, used = "", 0
    for char in text:
        cost = _cost(char, coding)
        if used + cost > per_part:
            parts.append(current)
            current, used = "", 0
        current += char
        used += cost
    parts.append(current)
    return SmsParts(coding, tuple(parts))


def _cost(text: str, coding: str) -> int:
    if coding == UNICODE_CODING:
        return len(text.encode("utf-16-le")) // 2
    return sum(2 if char in _GSM_EXTENSION else 1 for char in text)


class GammuOutbox:
    """One Gammu SMSD database, opened for the length of one delivery run."""

    def __init__(self, url: str, *, send_after: time, send_before: time) -> None:
        self.url = url
        self.send_after = send_after
        self.send_before = send_before
        self.engine = _open(url)
        self._check_schema()

    def describe(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()

    def hand_over(
        self, creator_id: str, number: str, text: str, *, confirm: Callable[[], bool]
    ) -> Handed:
        """Insert the message unless Gammu already holds it under ``creator_id``.

        ``confirm`` runs just before Gammu's commit and says whether the message is still
        this deliverer's; if not, nothing is inserted (``ClaimLost``).
        """
        with self.engine.begin() as conn:
            found = _find(conn, creator_id, number)
            if found is not None:
                return Handed(found, recovered=True)
            gammu_id = self.insert(conn, creator_id, number, text)
            if not confirm():
                raise ClaimLost(creator_id)  # leaving the block rolls the insert back
        return Handed(gammu_id, recovered=False)

    def insert(self, conn: Connection, creator_id: str, number: str, text: str) -> int:
        """Put one message (its parts) into the outbox inside the caller's transaction."""
        sms = split_sms(text)
        multipart = len(sms.parts) > 1
        reference = _udh_reference(creator_id)
        typed = conn.dialect.name == "postgresql"
        result = conn.execute(
            (_TYPED_OUTBOX if typed else OUTBOX)
            .insert()
            .values(
                DestinationNumber=number,
                TextDecoded=sms.parts[0],
                CreatorID=creator_id,
                Coding=sms.coding,
                SendAfter=self.send_after if typed else f"{self.send_after:%H:%M:%S}",
                SendBefore=self.send_before if typed else f"{self.send_before:%H:%M:%S}",
                MultiPart=multipart if typed else ("true" if multipart else "false"),
                UDH=_udh(reference, len(sms.parts), 1) if multipart else None,
            )
        )
        key = result.inserted_primary_key
        assert key is not None
        gammu_id = int(key[0])
        for position, part in enumerate(sms.parts[1:], start=2):
            conn.execute(
                OUTBOX_MULTIPART.insert().values(
                    ID=gammu_id,
                    SequencePosition=position,
                    TextDecoded=part,
                    Coding=sms.coding,
                    UDH=_udh(reference, len(sms.parts), position),
                )
            )
        return gammu_id

    def _check_schema(self) -> None:
        try:
            inspector = inspect(self.engine)
            tables = set(inspector.get_table_names())
            missing = [
                name
                for name, needed in _REQUIRED.items()
                if name not in tables
                or not needed <= {c["name"] for c in inspector.get_columns(name)}
            ]
        except SQLAlchemyError as error:
            raise gateway_unavailable(self.describe(), error) from error
        if missing:
            raise Refused(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{database} is not a Gammu SMSD database: its {tables} table is missing "
                    "or lacks Gammu's columns",
                ),
                database=self.describe(),
                tables=", ".join(missing),
            )


def gateway_problem(where: str, error: BaseException) -> Message:
    """Why the gateway database failed, in one sentence."""
    return Message(UNAVAILABLE, {"database": where, "detail": _first_line(error)})


def gateway_unavailable(where: str, error: BaseException, *, inbox: bool = False) -> Refused:
    """The refusal of a gateway database that failed mid-work (down, or a table missing):
    while delivering the messages wait in the outbox, while answering the questions in the
    inbox."""
    detail = _first_line(error)
    if inbox:
        return Refused(INBOX_UNAVAILABLE, database=where, detail=detail)
    return Refused(UNAVAILABLE, database=where, detail=detail)


def _first_line(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    lines = str(original).strip().splitlines()
    return lines[0] if lines else type(original).__name__


def _find(conn: Connection, creator_id: str, number: str) -> int | None:
    found = union_all(
        *(
            select(table.c.ID).where(
                table.c.CreatorID == creator_id, table.c.DestinationNumber == number
            )
            for table in (OUTBOX, SENTITEMS)
        )
    )
    return conn.execute(found.limit(1)).scalar()


def _udh_reference(creator_id: str) -> int:
    """The concatenation reference byte: differs between consecutive messages."""
    digits = "".join(char for char in creator_id if char.isdigit())
    return int(digits or "0") % 256


def _udh(reference: int, total: int, position: int) -> str:
    return f"050003{reference:02X}{total:02X}{position:02X}"


def _open(url: str) -> Engine:
    try:
        parsed = make_url(url)
        if parsed.get_backend_name() != "sqlite":
            return create_engine(parsed, pool_pre_ping=True)
        engine = create_engine(parsed, connect_args={"timeout": 30.0})
    except (ArgumentError, NoSuchModuleError, ImportError, ValueError) as error:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "cannot use the SMS gateway database URL {url}: {error}"),
            url=url,
            error=str(error),
        ) from None
    # Two deliverers on one PC: the check-then-insert of each message takes the write lock
    # up front, so they queue instead of both inserting.
    event.listen(engine, "connect", _no_driver_transactions)
    event.listen(engine, "begin", _begin_immediate)
    return engine


def _no_driver_transactions(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None


def _begin_immediate(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")
