"""Realistic demo data: an office with three stations, its people, stock and a queue.

The records carry valid NIKs of Kabupaten Bogor (women's birth day +40), Indonesian names,
recording dates spread over the backlog, and a few priority cases, as DOMAIN.md describes.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from itertools import accumulate, islice
from typing import Any

from sqlalchemy import func, select

from ektp_desk import clock, shifts, stations, stock, users
from ektp_desk.bulk import BulkInsert, bulk_page_cache
from ektp_desk.db import Database
from ektp_desk.domain import ADMIN, LEAD, OPERATOR, QUEUED, priority_band
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.limits import MAX_DEMO_RECORDS
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
    if records > MAX_DEMO_RECORDS:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "a demo office holds at most {limit} records (got {records})"
            ),
            limit=f"{MAX_DEMO_RECORDS:,}",
            records=records,
        )
    _refuse_if_used(db)
    with db.write() as session:
        for login in LOGINS:
            users.create_user(session, login.name, login.role, login.password)
        for name in STATION_NAMES:
            stations.create_station(session, name)
    _stock_up(db)
    shifts.start_shift(db, "pagi", lead="lead1")
    _insert_records(db, records, random.Random(seed), progress)
    return DemoResult(records, STATION_NAMES, LOGINS)


def demo_records(count: int, rng: random.Random, now: datetime) -> Iterator[dict[str, Any]]:
    """``count`` distinct queued records, oldest recording first."""
    return (dict(zip(DEMO_COLUMNS, row, strict=True)) for row in _demo_rows(count, rng, now))


# The columns demo_records fills, in the order of the rows _demo_rows makes.
DEMO_COLUMNS = ("nik", "name", "kecamatan", "kelurahan", "birth_date", "female", "phone",
                "priority", "band", "lane", "entered_at", "status", "attempts")  # fmt: skip
_PRIORITY_KINDS = tuple(kind for kind, _ in PRIORITY_WEIGHTS)
_PRIORITY_CUMULATIVE = tuple(accumulate(weight for _, weight in PRIORITY_WEIGHTS))
_FIRST_BIRTH = date(1950, 1, 1)
_BIRTH_DAYS = 21_900  # born 1950-2009


def _demo_rows(count: int, rng: random.Random, now: datetime) -> Iterator[tuple[Any, ...]]:
    """The rows of demo_records as tuples (a million of them take seconds, not tens of them).

    The random draws are the same, in the same order, as one record at a time would make
    them, so a seed always gives the same office."""
    backlog_days = max(30, count // 900)
    start = now - timedelta(days=backlog_days)
    step = (now - start) / max(count, 1)
    births = _birth_days()
    seen: set[str] = set()
    choices, random_, randrange, choice = rng.choices, rng.random, rng.randrange, rng.choice
    for index in range(count):
        priority = choices(_PRIORITY_KINDS, cum_weights=_PRIORITY_CUMULATIVE)[0]
        female = random_() < 0.5
        kec = randrange(len(BOGOR_KECAMATAN))
        while True:
            born, day, month_year = births[randrange(_BIRTH_DAYS)]
            serial = randrange(1, 10_000)
            coded_day = day + 40 if female else day
            nik = f"{BOGOR_PREFIX}{kec + 1:02d}{coded_day:02d}{month_year}{serial:04d}"
            if nik not in seen:
                seen.add(nik)
                break
        first = choice(WOMEN_NAMES if female else MEN_NAMES)
        name = f"{first} {choice(LAST_NAMES)}"
        village = choice(VILLAGES)
        phone = (
            f"08{randrange(11, 99)}{randrange(10_000_000, 99_999_999)}" if random_() < 0.6 else None
        )
        entered_at = (start + step * index).replace(microsecond=0)
        yield (nik, name, BOGOR_KECAMATAN[kec], village, born, female, phone, priority,
               priority_band(priority), 1, entered_at, QUEUED, 0)  # fmt: skip


@cache
def _birth_days() -> tuple[tuple[date, int, str], ...]:
    """Every possible demo birth date with its NIK parts: the day, and MMYY."""
    days = (_FIRST_BIRTH + timedelta(days=offset) for offset in range(_BIRTH_DAYS))
    return tuple((born, born.day, f"{born.month:02d}{born.year % 100:02d}") for born in days)


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
    rows = _demo_rows(count, rng, clock.now())
    done = 0
    with db.write() as session, bulk_page_cache(session):
        while chunk := list(islice(rows, CHUNK)):
            done += _INSERT.run(session, chunk)
            if progress:
                progress(done)


_INSERT = BulkInsert(RECORD_TABLE, DEMO_COLUMNS)
