"""A scripted office day for the daily report's tests, on a real SQLite file, with the office's
clock set for every step. The day reported is Monday 2 November 2026 (DAY); events at
23:59:59 the evening before and at 00:00:00 the night after sit on its edges.

What the day holds (the tests check the papers against these and against the database):
- imports: kemarin.csv at 1 Nov 23:59:59 (3 records, not the day's); tengah-malam.csv at
  2 Nov 00:00:00 (5 rows: 4 new, 1 duplicate); siang.csv at 10:00 (2 rows: 1 new, 1 rejected);
  besok.csv at 3 Nov 00:00:00 (1 record, not the day's).
- printing at Loket 1 by operator1 and Loket 2 by operator2: A1 at 1 Nov 23:59:59 (not the
  day's); A2 at 00:00:00 (Loket 2); A3, B1 spoiled (ribbon break), B1, B3 at Loket 1; B2
  spoiled (chip error) and C1 at 23:59:59 at Loket 2; B2 again at 3 Nov 00:00:00 (Loket 1).
- stock: 50 blanks received at 11:00, 2 written off at 12:00.
- collections: A3 by the citizen at 14:00, B3 by a representative at 15:00, A2 at 3 Nov
  00:00:00 (not the day's).
- messages (B1, B3, C1 have a phone): B1 sent by WhatsApp at 13:00, B3's cancelled by its
  collection, C1's waiting at the day's end (sent at 3 Nov 00:00:00).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from ektp_desk import clock, collection, notify, printing, shifts, stations, stock, users
from ektp_desk.db import Database
from ektp_desk.imports import import_records
from ektp_desk.models import OutboxMessage, Record
from ektp_desk.office import first_start
from tests.factories import make_nik

DAY = date(2026, 11, 2)
LEAD, OP1, OP2 = "lead1", "operator1", "operator2"
L1, L2 = "Loket 1", "Loket 2"
HEADER = "NIK;Nama Lengkap;Kecamatan;Kelurahan/Desa;Tgl Rekam;Prioritas;No HP"
PHONE = "081234567890"
SetTime = Callable[[datetime], None]


@dataclass(frozen=True)
class Day:
    niks: dict[str, str]  # A1 ... D1 -> NIK
    folder: Path


def at(day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, second)


def _csv(folder: Path, name: str, *rows: str) -> Path:
    path = folder / name
    path.write_text("\r\n".join((HEADER, *rows)) + "\r\n", encoding="utf-8")
    return path


def _row(nik: str, name: str, priority: str = "", phone: str = "") -> str:
    return f"{nik};{name};Cibinong;Pakansari;;{priority};{phone}"


def script_day(db: Database, folder: Path, set_time: SetTime) -> Day:
    niks = {key: make_nik(serial=n) for n, key in enumerate(
        ("A1", "A2", "A3", "B1", "B2", "B3", "B4", "C1", "D1"), start=1)}  # fmt: skip
    set_time(at(1, 7))
    admin = first_start(db, "admin", "admin123").name
    users.add_user(db, LEAD, "lead", "5678", by=admin)
    for name in (OP1, OP2):
        users.add_user(db, name, "operator", "1234", by=admin)
    for name in (L1, L2):
        stations.add_station(db, name, by=admin)
    stock.receive(db, "blank", 100, ref="BAST/001", operator=LEAD)
    stock.receive(db, "ribbon", 4, ref="SJ/R/001", operator=LEAD)
    stock.receive(db, "film", 4, ref="SJ/F/001", operator=LEAD)
    for name in (L1, L2):
        stock.load_roll(db, "ribbon", station=name, operator=LEAD)
        stock.load_roll(db, "film", station=name, operator=LEAD)
    shifts.start_shift(db, "pagi", lead=LEAD)

    def load(when: datetime, name: str, *rows: str) -> None:
        set_time(when)
        import_records(db, _csv(folder, name, *rows))

    def print_(
        when: datetime, key: str, station: str, operator: str, spoil: str | None = None
    ) -> None:
        set_time(when)
        printing.record_print(db, niks[key], station=station, operator=operator, spoiled=spoil,
                              blank_serial=f"SN-{key}-{when:%H%M%S}")  # fmt: skip

    load(
        at(1, 23, 59, 59), "kemarin.csv", *(_row(niks[k], f"Warga {k}") for k in ("A1", "A2", "A3"))
    )
    print_(at(1, 23, 59, 59), "A1", L1, OP1)
    load(at(2, 0), "tengah-malam.csv", _row(niks["B1"], "Warga B1", phone=PHONE),
         _row(niks["B2"], "Warga B2", "Lansia"), _row(niks["B3"], "Warga B3", phone=PHONE),
         _row(niks["B4"], "Warga B4"), _row(niks["B1"], "Warga B1 lagi"))  # fmt: skip
    print_(at(2, 0), "A2", L2, OP2)
    print_(at(2, 8, 10), "A3", L1, OP1)
    print_(at(2, 8, 20), "B1", L1, OP1, "ribbon_break")
    print_(at(2, 8, 30), "B1", L1, OP1)
    print_(at(2, 9), "B2", L2, OP2, "chip_error")
    load(at(2, 10), "siang.csv", _row(niks["C1"], "Warga C1", phone=PHONE),
         "3201010101900000;Seri Nol;Cibinong;;;;")  # fmt: skip
    print_(at(2, 10, 30), "B3", L1, OP1)
    set_time(at(2, 11))
    stock.receive(db, "blank", 50, ref="BAST/002", operator=LEAD)
    set_time(at(2, 12))
    stock.adjust(db, "blank", -2, reason="dua blangko hilang saat dihitung", operator=LEAD)
    set_time(at(2, 13))
    notify.mark_sent(db, _message_of(db, niks["B1"]), operator=OP1)
    set_time(at(2, 14))
    collection.record_collection(db, niks["A3"], by="Warga A3", operator=OP1)
    set_time(at(2, 15))
    collection.record_collection(db, niks["B3"], by="Ibu Warga B3", representative=True,
                                 operator=OP1)  # fmt: skip
    print_(at(2, 23, 59, 59), "C1", L2, OP2)
    load(at(3, 0), "besok.csv", _row(niks["D1"], "Warga D1"))
    print_(at(3, 0), "B2", L1, OP1)
    set_time(at(3, 0))
    collection.record_collection(db, niks["A2"], by="Warga A2", operator=OP2)
    notify.mark_sent(db, _message_of(db, niks["C1"]), operator=OP2)
    set_time(at(3, 9))
    return Day(niks, folder)


def _message_of(db: Database, nik: str) -> int:
    with db.read() as session:
        found = session.scalar(
            select(OutboxMessage.id).join(Record, Record.id == OutboxMessage.record_id)
            .where(Record.nik == nik)
        )  # fmt: skip
    assert found is not None
    return found


@pytest.fixture
def set_time(monkeypatch: pytest.MonkeyPatch) -> SetTime:
    def set_to(when: datetime) -> None:
        monkeypatch.setattr(clock, "now", lambda: when)

    return set_to
