"""Several stations delivering ready-to-collect messages at once, each in its own process.

The office database on both engines; the Gammu SMSD database as SQLite and as PostgreSQL
(Gammu's PostgreSQL schema quotes its CamelCase names, has a serial ID and a boolean
MultiPart). Afterwards every message is in Gammu exactly once.
"""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text, update

from ektp_desk import printing, shifts, stock
from ektp_desk.db import Database
from ektp_desk.delivery import deliver_to_gammu
from ektp_desk.models import OutboxMessage, Record
from ektp_desk.schema import init_database
from tests.factories import add_records, add_station, add_user
from tests.unit.notify.conftest import GAMMU_SCHEMA

MESSAGES = 120
DELIVERERS = 4
GAMMU_PG_SCHEMA = """
CREATE TABLE outbox (
  "UpdatedInDB" timestamp(0) WITHOUT time zone NOT NULL DEFAULT LOCALTIMESTAMP(0),
  "InsertIntoDB" timestamp(0) WITHOUT time zone NOT NULL DEFAULT LOCALTIMESTAMP(0),
  "SendingDateTime" timestamp NOT NULL DEFAULT LOCALTIMESTAMP(0),
  "SendBefore" time NOT NULL DEFAULT '23:59:59',
  "SendAfter" time NOT NULL DEFAULT '00:00:00',
  "Text" text,
  "DestinationNumber" varchar(20) NOT NULL DEFAULT '',
  "Coding" varchar(255) NOT NULL DEFAULT 'Default_No_Compression',
  "UDH" text,
  "Class" integer DEFAULT '-1',
  "TextDecoded" text NOT NULL DEFAULT '',
  "ID" serial PRIMARY KEY,
  "MultiPart" boolean NOT NULL DEFAULT 'false',
  "RelativeValidity" integer DEFAULT '-1',
  "SenderID" varchar(255),
  "SendingTimeOut" timestamp(0) WITHOUT time zone NULL DEFAULT LOCALTIMESTAMP(0),
  "DeliveryReport" varchar(10) DEFAULT 'default',
  "CreatorID" text NOT NULL,
  "Retries" integer DEFAULT '0',
  "Priority" integer DEFAULT '0',
  "Status" varchar(255) NOT NULL DEFAULT 'Reserved',
  "StatusCode" integer NOT NULL DEFAULT '-1'
);
CREATE TABLE outbox_multipart (
  "Text" text,
  "Coding" varchar(255) NOT NULL DEFAULT 'Default_No_Compression',
  "UDH" text,
  "Class" integer DEFAULT '-1',
  "TextDecoded" text DEFAULT NULL,
  "ID" integer NOT NULL DEFAULT '0',
  "SequencePosition" integer NOT NULL DEFAULT '1',
  "Status" varchar(255) NOT NULL DEFAULT 'Reserved',
  "StatusCode" integer NOT NULL DEFAULT '-1',
  PRIMARY KEY ("ID", "SequencePosition")
);
CREATE TABLE sentitems (
  "ID" integer NOT NULL DEFAULT '0',
  "SequencePosition" integer NOT NULL DEFAULT '1',
  "DestinationNumber" varchar(20) NOT NULL DEFAULT '',
  "TextDecoded" text NOT NULL DEFAULT '',
  "SenderID" varchar(255) NOT NULL,
  "CreatorID" text NOT NULL,
  PRIMARY KEY ("ID", "SequencePosition")
);
"""


def deliver(office_url: str, gammu_url: str, name: str) -> int:
    db = Database(office_url)
    try:
        report = deliver_to_gammu(db, gammu_url, deliverer=name)
        assert report.failed == (), report.failed[0].reason
        return len(report.delivered)
    finally:
        db.dispose()


def office_with_messages(url: str) -> Database:
    db = Database(url)
    init_database(db)
    add_user(db, "lead1", "lead", "5678")
    add_user(db, "operator1", "operator", "1234")
    add_station(db, "Loket 1")
    stock.receive(db, "blank", MESSAGES, ref="BAST/1", operator="lead1")
    for item in ("ribbon", "film"):
        stock.receive(db, item, 1, ref="SJ/1", operator="lead1")
        stock.load_roll(db, item, station="Loket 1", operator="lead1")
    shifts.start_shift(db, "pagi", lead="lead1")
    niks = add_records(db, MESSAGES)
    with db.write() as session:
        session.execute(update(Record).values(phone="0812-3456-7890"))
        long_name = "Raden Ajeng Siti Nurhaliza Kusumawardhani Putri Mangkunegara Sastrowardoyo"
        session.execute(update(Record).where(Record.nik == niks[0]).values(name=long_name))
    for nik in niks:
        printing.record_print(db, nik, station="Loket 1", operator="operator1")
    return db


def run_deliverers(office_url: str, gammu_url: str) -> list[int]:
    context = multiprocessing.get_context("spawn")
    with context.Pool(DELIVERERS) as pool:
        return pool.starmap(
            deliver, [(office_url, gammu_url, f"loket-{n}") for n in range(DELIVERERS)]
        )


@pytest.mark.slow
def test_processes_deliver_into_a_sqlite_gammu_once(any_url: str, tmp_path: Path) -> None:
    db = office_with_messages(any_url)
    path = tmp_path / "smsd.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(GAMMU_SCHEMA)
    conn.close()
    counts = run_deliverers(any_url, f"sqlite:///{path}")
    assert sum(counts) == MESSAGES
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT count(*), count(DISTINCT CreatorID) FROM outbox").fetchone()
    conn.close()
    assert rows == (MESSAGES, MESSAGES)
    with db.read() as session:
        assert session.scalar(select(func.count()).where(OutboxMessage.delivered_at.is_(None))) == 0
    db.dispose()


@pytest.mark.slow
def test_processes_deliver_into_a_postgresql_gammu_once(pg_url: str, tmp_path: Path) -> None:
    office_url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    db = office_with_messages(office_url)
    gammu = create_engine(pg_url)
    with gammu.begin() as conn:
        conn.execute(text(GAMMU_PG_SCHEMA))
    counts = run_deliverers(office_url, pg_url)
    assert sum(counts) == MESSAGES
    with gammu.connect() as conn:
        rows = conn.execute(
            text('SELECT count(*), count(DISTINCT "CreatorID"), bool_or("MultiPart") FROM outbox')
        ).one()
        hours = conn.execute(text('SELECT DISTINCT "SendAfter", "SendBefore" FROM outbox')).all()
        parts = conn.execute(text("SELECT count(*) FROM outbox_multipart")).scalar()
    assert tuple(rows) == (MESSAGES, MESSAGES, True)  # the long name needs two SMS
    assert parts == 1
    assert [(f"{a:%H:%M}", f"{b:%H:%M}") for a, b in hours] == [("08:00", "20:00")]
    gammu.dispose()
    db.dispose()
