"""Realistic demo data: an office with three stations, its people, stock and a queue.

The records carry valid NIKs of Kabupaten Bogor (women's birth day +40), Indonesian names,
recording dates spread over the backlog, and a few priority cases, as DOMAIN.md describes.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import islice
from typing import Any

from sqlalchemy import func, insert, select

from ektp_desk import clock, shifts, stations, stock, users
from ektp_desk.db import Database
from ektp_desk.domain import ADMIN, LEAD, OPERATOR, QUEUED, priority_band
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.models import RECORD_TABLE, Record, Station, User
from ektp_desk.regions import BOGOR_KECAMATAN, BOGOR_PREFIX

STATION_NAMES = ("Loket 1", "Loket 2", "Loket 3")
CHUNK = 20_000
PRIORITY_WEIGHTS = (("normal", 950), ("elderly", 20), ("disabled", 10), ("sick", 5), ("urgent", 15))

WOMEN_NAMES = (
    "Siti", "Nur", "Dewi", "Sri", "Rina", "Ayu", "Putri", "Wulan", "Fitri", "Indah", "Lestari",
    "Tati", "Euis", "Neneng", "Yanti", "Komariah", "Aisyah", "Nurul", "Ratna", "Yuyun",
)  # fmt: skip
MEN_NAMES = (
    "Ahmad", "Muhammad", "Budi", "Agus", "Dedi", "Asep", "Ujang", "Rudi", "Hendra", "Yusuf",
    "Rizky", "Dimas", "Fajar", "Eko", "Bambang", "Cecep", "Dadang", "Iwan", "Joko", "Rahmat",
)  # fmt: skip
LAST_NAMES = (
    "Saputra", "Hidayat", "Nugraha", "Permana", "Kurniawan", "Setiawan", "Rahayu", "Lestari",
    "Sulastri", "Wijaya", "Gunawan", "Firmansyah", "Ramadhan", "Maulana", "Susanti", "Handayani",
    "Suryadi", "Hermawan", "Pratama", "Kusuma", "Sopandi", "Sukmana", "Suherman", "Rohmat",
    "Anggraini", "Fauzi", "Mulyadi", "Nurhayati", "Purnama", "Syahputra",
)  # fmt: skip
VILLAGES = (
    "Sukamaju", "Sukajadi", "Sukamulya", "Cibodas", "Cikeas", "Karangasem", "Pabuaran",
    "Tengah", "Nanggewer", "Pakansari", "Bojong", "Cimanggis", "Kalisuren", "Ragajaya",
)  # fmt: skip


@dataclass(frozen=True)
class Login:
    name: str
    role: str
    password: str


@dataclass(frozen=True)
class DemoResult:
    records: int
    stations: tuple[str, ...]
    logins: tuple[Login, ...]


LOGINS = (
    Login("admin", ADMIN, "admin123"),
    *(Login(f"lead{i}", LEAD, "5678") for i in range(1, 4)),
    *(Login(f"operator{i}", OPERATOR, "1234") for i in range(1, 4)),
)


def fill_demo(
    db: Database, *, records: int, seed: int = 2026, progress: Callable[[int], None] | None = None
) -> DemoResult:
    """Fill an empty database with a demo office; refuse one that already holds data."""
    if records < 0:
        raise Refused(QT_TRANSLATE_NOOP("core", "the number of demo records cannot be negative"))
    _refuse_if_used(db)
    for login in LOGINS:
        users.add_user(db, login.name, login.role, login.password)
    for name in STATION_NAMES:
        stations.add_station(db, name, by="admin")
    _stock_up(db)
    shifts.start_shift(db, "pagi", lead="lead1")
    _insert_records(db, records, random.Random(seed), progress)
    return DemoResult(records, STATION_NAMES, LOGINS)


def demo_records(count: int, rng: random.Random, now: datetime) -> Iterator[dict[str, Any]]:
    """``count`` distinct queued records, oldest recording first."""
    backlog_days = max(30, count // 900)
    start = now - timedelta(days=backlog_days)
    step = (now - start) / max(count, 1)
    kinds = [kind for kind, _ in PRIORITY_WEIGHTS]
    weights = [weight for _, weight in PRIORITY_WEIGHTS]
    seen: set[str] = set()
    for index in range(count):
        priority = rng.choices(kinds, weights)[0]
        yield _record(rng, seen, start + step * index, priority)


def _record(
    rng: random.Random, seen: set[str], entered_at: datetime, priority: str
) -> dict[str, Any]:
    female = rng.random() < 0.5
    kec = rng.randrange(len(BOGOR_KECAMATAN))
    born, nik = _unique_nik(rng, seen, kec, female)
    return {
        "nik": nik,
        "name": f"{rng.choice(WOMEN_NAMES if female else MEN_NAMES)} {rng.choice(LAST_NAMES)}",
        "kecamatan": BOGOR_KECAMATAN[kec],
        "kelurahan": rng.choice(VILLAGES),
        "birth_date": born,
        "female": female,
        "phone": f"08{rng.randrange(11, 99)}{rng.randrange(10_000_000, 99_999_999)}"
        if rng.random() < 0.6
        else None,
        "priority": priority,
        "band": priority_band(priority),
        "lane": 1,
        "entered_at": entered_at.replace(microsecond=0),
        "status": QUEUED,
        "attempts": 0,
    }


def _unique_nik(rng: random.Random, seen: set[str], kec: int, female: bool) -> tuple[date, str]:
    while True:
        born = date(1950, 1, 1) + timedelta(days=rng.randrange(21_900))  # born 1950-2009
        day = born.day + 40 if female else born.day
        serial = rng.randrange(1, 10_000)
        nik = f"{BOGOR_PREFIX}{kec + 1:02d}{day:02d}{born:%m%y}{serial:04d}"
        if nik not in seen:
            seen.add(nik)
            return born, nik


def _refuse_if_used(db: Database) -> None:
    with db.read() as session:
        used = {
            "users": session.scalar(select(func.count(User.id))) or 0,
            "stations": session.scalar(select(func.count(Station.id))) or 0,
            "records": session.scalar(select(func.count(Record.id))) or 0,
        }
    if any(used.values()):
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core",
                "demo data goes into an empty database; this one already has {users} users, "
                "{stations} stations, {records} records (use --db to choose another file)",
            ),
            **used,
        )


def _stock_up(db: Database) -> None:
    lead = "lead1"
    stock.receive(db, "blank", 3000, ref="BAST/BLANGKO/3201/2026/114", operator=lead)
    stock.receive(db, "ribbon", 8, ref="SJ/RIBBON/2026/0931", operator=lead)
    stock.receive(db, "film", 4, ref="SJ/FILM/2026/0412", operator=lead)
    for name in STATION_NAMES:
        stock.load_roll(db, "ribbon", station=name, operator=lead)
        stock.load_roll(db, "film", station=name, operator=lead)


def _insert_records(
    db: Database, count: int, rng: random.Random, progress: Callable[[int], None] | None
) -> None:
    rows = demo_records(count, rng, clock.now())
    done = 0
    with db.write() as session:
        while chunk := list(islice(rows, CHUNK)):
            session.execute(insert(RECORD_TABLE), chunk)
            done += len(chunk)
            if progress:
                progress(done)
