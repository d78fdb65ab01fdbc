"""Making valid records for tests, written straight into the queue."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import insert

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
