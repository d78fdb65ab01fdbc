"""Making valid records for tests, written straight into the queue."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import insert

from ektp_desk.access import actor_named
from ektp_desk.actor import Actor
from ektp_desk.db import Database
from ektp_desk.domain import priority_band
from ektp_desk.models import RECORD_TABLE


def make_nik(
    kecamatan: int = 1, born: date = date(1990, 7, 1), *, female: bool = False, serial: int = 1
) -> str:
    day = born.day + 40 if female else born.day
    return f"3201{kecamatan:02d}{day:02d}{born:%m%y}{serial:04d}"


def add_records(
    db: Database,
    count: int,
    *,
    priority: str = "normal",
    start: datetime = datetime(2026, 1, 5, 8, 0),
    first_serial: int = 1,
) -> list[str]:
    """Queue ``count`` records recorded a minute apart; returns their NIKs in that order."""
    rows = []
    for i in range(count):
        nik = make_nik(serial=first_serial + i)
        rows.append(
            {
                "nik": nik,
                "name": f"Warga {first_serial + i}",
                "kecamatan": "Cibinong",
                "kelurahan": None,
                "birth_date": date(1990, 7, 1),
                "female": False,
                "phone": None,
                "priority": priority,
                "band": priority_band(priority),
                "lane": 1,
                "entered_at": start + timedelta(minutes=i),
                "status": "queued",
                "attempts": 0,
            }
        )
    with db.write() as session:
        session.execute(insert(RECORD_TABLE), rows)
    return [row["nik"] for row in rows]


def actor(db: Database, name: str, station: str | None = None) -> Actor:
    """The acting person a sign-in would give for this user (tests skip the password)."""
    return actor_named(db, name, station=station)


ADMIN = "admin"
ADMIN_PASSWORD = "admin123"


def admin(db: Database) -> str:
    """The office's admin, made by the office's first start when there is no user yet."""
    from ektp_desk.office import first_start, has_users

    if not has_users(db):
        first_start(db, ADMIN, ADMIN_PASSWORD)
    return ADMIN


def add_user(db: Database, name: str, role: str, password: str) -> None:
    """A user added by the office's admin (the admin itself on an office with no user)."""
    from ektp_desk import users
    from ektp_desk.office import first_start, has_users

    if name == ADMIN and not has_users(db):
        first_start(db, name, password)
        return
    users.add_user(db, name, role, password, by=admin(db))


def add_station(db: Database, name: str, printer: object = None) -> None:
    """A print station added by the office's admin."""
    from ektp_desk import stations

    assert printer is None or isinstance(printer, stations.PrinterSpec)
    stations.add_station(db, name, printer, by=admin(db))


def password_on_stdin(monkeypatch: object, *lines: str) -> list[str]:
    """Put passwords on standard input, as a script signs in with --password-stdin; returns
    that option, to add to the command."""
    import io
    import sys

    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{line}\n" for line in lines)))
    return ["--password-stdin"]
