"""Ready-to-collect messages: the Gammu SMSD database, the clock and the office they share.

The SMS gateway is a real Gammu SMSD database: the tables below follow Gammu's documented SQL
schema (version 17+: ``outbox``, ``outbox_multipart``, ``sentitems``), so the rows checked here
are the rows ``gammu-smsd`` would pick up and send.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from ektp_desk import clock, printing
from ektp_desk.db import Database
from ektp_desk.models import OutboxMessage, Record
from tests.cli.harness import Cli
from tests.conftest import LEAD, OPERATOR, STATION
from tests.factories import add_records

GAMMU_SCHEMA = """
CREATE TABLE gammu (Version INTEGER NOT NULL DEFAULT 0 PRIMARY KEY);
INSERT INTO gammu (Version) VALUES (17);
CREATE TABLE outbox (
  UpdatedInDB NUMERIC NOT NULL DEFAULT (datetime('now', 'localtime')),
  InsertIntoDB NUMERIC NOT NULL DEFAULT (datetime('now', 'localtime')),
  SendingDateTime NUMERIC NOT NULL DEFAULT (datetime('now', 'localtime')),
  SendBefore time NOT NULL DEFAULT '23:59:59',
  SendAfter time NOT NULL DEFAULT '00:00:00',
  Text TEXT,
  DestinationNumber TEXT NOT NULL DEFAULT '',
  Coding TEXT NOT NULL DEFAULT 'Default_No_Compression',
  UDH TEXT,
  Class INTEGER DEFAULT -1,
  TextDecoded TEXT NOT NULL DEFAULT '',
  ID INTEGER PRIMARY KEY AUTOINCREMENT,
  MultiPart TEXT NOT NULL DEFAULT 'false',
  RelativeValidity INTEGER DEFAULT -1,
  SenderID TEXT,
  SendingTimeOut NUMERIC NOT NULL DEFAULT (datetime('now', 'localtime')),
  DeliveryReport TEXT DEFAULT 'default',
  CreatorID TEXT NOT NULL,
  Retries INTEGER DEFAULT 0,
  Priority INTEGER DEFAULT 0,
  Status TEXT NOT NULL DEFAULT 'Reserved',
  StatusCode INTEGER NOT NULL DEFAULT -1,
  CHECK (Coding IN ('Default_No_Compression', 'Unicode_No_Compression', '8bit',
                    'Default_Compression', 'Unicode_Compression')),
  CHECK (DeliveryReport IN ('default', 'yes', 'no'))
);
CREATE INDEX outbox_date ON outbox (SendingDateTime, SendingTimeOut);
CREATE INDEX outbox_sender ON outbox (SenderID);
CREATE TABLE outbox_multipart (
  Text TEXT,
  Coding TEXT NOT NULL DEFAULT 'Default_No_Compression',
  UDH TEXT,
  Class INTEGER DEFAULT -1,
  TextDecoded TEXT DEFAULT NULL,
  ID INTEGER,
  SequencePosition INTEGER NOT NULL DEFAULT 1,
  Status TEXT NOT NULL DEFAULT 'Reserved',
  StatusCode INTEGER NOT NULL DEFAULT -1,
  PRIMARY KEY (ID, SequencePosition)
);
CREATE TABLE sentitems (
  UpdatedInDB NUMERIC NOT NULL DEFAULT (datetime('now', 'localtime')),
  InsertIntoDB NUMERIC NOT NULL DEFAULT (datetime('now', 'localtime')),
  SendingDateTime NUMERIC NOT NULL DEFAULT (datetime('now', 'localtime')),
  DeliveryDateTime NUMERIC NULL,
  Text TEXT NOT NULL,
  DestinationNumber TEXT NOT NULL DEFAULT '',
  Coding TEXT NOT NULL DEFAULT 'Default_No_Compression',
  UDH TEXT NOT NULL,
  SMSCNumber TEXT NOT NULL DEFAULT '',
  Class INTEGER NOT NULL DEFAULT -1,
  TextDecoded TEXT NOT NULL DEFAULT '',
  ID INTEGER,
  SenderID TEXT NOT NULL,
  SequencePosition INTEGER NOT NULL DEFAULT 1,
  Status TEXT NOT NULL DEFAULT 'SendingOK',
  StatusError INTEGER NOT NULL DEFAULT -1,
  TPMR INTEGER NOT NULL DEFAULT -1,
  RelativeValidity INTEGER NOT NULL DEFAULT -1,
  CreatorID TEXT NOT NULL,
  StatusCode INTEGER NOT NULL DEFAULT -1,
  PRIMARY KEY (ID, SequencePosition)
);
"""
NOW = datetime(2026, 3, 10, 9, 0)
PHONES = ("0812-3456-7890", "+62 857 1111 2222", "6281399998888")


@pytest.fixture
def gammu(tmp_path: Path) -> Path:
    """An empty Gammu SMSD database (SQLite back end), as `gammu-smsd` would use it."""
    path = tmp_path / "smsd.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(GAMMU_SCHEMA)
    conn.close()
    return path


def gammu_rows(path: Path, table: str = "outbox") -> list[dict[str, Any]]:
    with sqlite3.connect(path) as conn:
        conn.row_factory = sqlite3.Row
        rows = [dict(row) for row in conn.execute(f"SELECT * FROM {table} ORDER BY ID")]
    conn.close()
    return rows


def smsd_sends_everything(path: Path) -> None:
    """What gammu-smsd does after sending: the message moves from outbox to sentitems."""
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO sentitems (ID, DestinationNumber, Text, UDH, TextDecoded, SenderID, "
            "CreatorID) SELECT ID, DestinationNumber, '', '', TextDecoded, 'modem1', CreatorID "
            "FROM outbox"
        )
        conn.execute("DELETE FROM outbox")
    conn.close()


@pytest.fixture
def at(monkeypatch: pytest.MonkeyPatch) -> Callable[[datetime], None]:
    moment = [NOW]
    monkeypatch.setattr(clock, "now", lambda: moment[0])

    def set_time(when: datetime) -> None:
        moment[0] = when

    return set_time


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    runner = Cli(db_url, capsys, monkeypatch)
    runner.default_user = LEAD
    return runner


def printed_with_phones(db: Database, phones: tuple[str | None, ...] = PHONES) -> list[str]:
    """Records with these phones (as an older import stored them), printed now."""
    niks = add_records(db, len(phones))
    with db.write() as session:
        for nik, phone in zip(niks, phones, strict=True):
            session.execute(update(Record).where(Record.nik == nik).values(phone=phone))
    for nik in niks:
        printing.record_print(db, nik, station=STATION, operator=OPERATOR)
    return niks


def outbox(db: Database) -> list[OutboxMessage]:
    with db.read() as session:
        rows = list(session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))
        session.expunge_all()
    return rows
