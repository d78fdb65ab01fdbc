"""The public stock notice from the command line: two scripted days on a real SQLite office,
the A4 page read back with pypdf and each figure checked against the database as it stood at
the day's 00.00; the refusals (no complaint contact, a bad file name, an operator, a day to
come) leave no file and no audit row."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import func, insert, select, update

from ektp_desk import clock, printing, shifts, stations, stock, users
from ektp_desk.cli import main
from ektp_desk.db import Database
from ektp_desk.models import AuditEntry, ImportBatch, PrintAttempt, Record
from ektp_desk.office import first_start
from ektp_desk.settings import save_settings
from ektp_desk.stock_books import stock_levels
from tests.conftest import LEAD, OPERATOR, STATION
from tests.factories import add_records, password_on_stdin

SetTime = Callable[[datetime], None]
CONTACT = "WhatsApp 0812-3456-7890 / pengaduan@disdukcapil.example.go.id"
Seen = dict[str, dict[str, int]]  # day -> the database's figures at that day's 00.00


@pytest.fixture
def set_time(monkeypatch: pytest.MonkeyPatch) -> SetTime:
    def set_to(when: datetime) -> None:
        monkeypatch.setattr(clock, "now", lambda: when)

    return set_to


def waiting_now(db: Database) -> int:
    with db.read() as session:
        return session.scalar(
            select(func.count()).where(Record.status.in_(("queued", "printing", "on_hold")))
        ) or 0  # fmt: skip


def printed_between(db: Database, start: datetime, end: datetime) -> int:
    with db.read() as session:
        return session.scalar(
            select(func.count()).where(PrintAttempt.outcome == "printed",
                                       PrintAttempt.at >= start, PrintAttempt.at < end)
        ) or 0  # fmt: skip


@pytest.fixture
def days(db: Database, set_time: SetTime) -> Seen:
    """1 November: the office opens with 100 blanks and 10 records. 2 November: 3 cards
    printed, 1 spoiled (back in the queue), one record held, 50 blanks delivered. 3 November:
    2 printed, 4 records imported that were recorded on 1 November (known from the import
    on, not from their recording). Seen at each midnight: the database's own figures."""
    set_time(datetime(2026, 11, 1, 7, 0))
    admin = first_start(db, "admin", "admin123")
    users.add_user(db, LEAD, "lead", "5678", by=admin.name)
    users.add_user(db, OPERATOR, "operator", "1234", by=admin.name)
    stations.add_station(db, STATION, by=admin.name)
    for item, qty in (("blank", 100), ("ribbon", 2), ("film", 2)):
        stock.receive(db, item, qty, ref=f"BAST/{item}", operator=LEAD)
    stock.load_roll(db, "ribbon", station=STATION, operator=LEAD)
    stock.load_roll(db, "film", station=STATION, operator=LEAD)
    shifts.start_shift(db, "pagi", lead=LEAD)
    niks = add_records(db, 10, start=datetime(2026, 10, 30, 9, 0))
    seen: Seen = {}

    def midnight(day: str) -> None:
        seen[day] = {"blanks": stock_levels(db).blank, "waiting": waiting_now(db)}

    midnight("2026-11-01")
    for hour, nik in zip((8, 9, 10, 11), niks, strict=False):
        set_time(datetime(2026, 11, 2, hour, 0))
        printing.record_print(db, nik, station=STATION, operator=OPERATOR,
                              spoiled="chip_error" if hour == 11 else None)  # fmt: skip
    with db.write() as session:
        session.execute(update(Record).where(Record.nik == niks[9]).values(status="on_hold"))
    set_time(datetime(2026, 11, 2, 15, 0))
    stock.receive(db, "blank", 50, ref="BAST/002", operator=LEAD)
    set_time(datetime(2026, 11, 2, 23, 59))
    midnight("2026-11-03")
    for minute, nik in enumerate(niks[4:6]):
        set_time(datetime(2026, 11, 3, 9, minute))
        printing.record_print(db, nik, station=STATION, operator=OPERATOR)
    imported = add_records(db, 4, start=datetime(2026, 11, 1, 10, 0), first_serial=50)
    with db.write() as session:
        batch = session.execute(
            insert(ImportBatch).values(file_name="rekam.xlsx", rows=4, imported=4, duplicates=0,
                                       rejected=0, imported_at=datetime(2026, 11, 3, 10, 0))
        ).inserted_primary_key[0]  # fmt: skip
        session.execute(update(Record).where(Record.nik.in_(imported)).values(batch_id=batch))
    set_time(datetime(2026, 11, 3, 23, 59))
    midnight("2026-11-04")
    set_time(datetime(2026, 11, 4, 7, 30))
    return seen


def cli(monkeypatch: pytest.MonkeyPatch, url: str, *args: str, who: str = LEAD) -> int:
    password = {LEAD: "5678", OPERATOR: "1234"}[who]
    return main(["--db", url, *args, "--lead", who, *password_on_stdin(monkeypatch, password)])


def text_of(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def figure(paper: str, label: str) -> int:
    found = re.search(rf"([\d.]+) (?:keping|rekaman) {re.escape(label)}", paper)
    assert found, (label, paper)
    return int(found.group(1).replace(".", ""))


def exports(db: Database) -> list[tuple[str | None, str | None]]:
    with db.read() as session:
        rows = session.execute(
            select(AuditEntry.subject, AuditEntry.detail).where(AuditEntry.action == "export")
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def test_each_figure_on_the_page_is_the_databases_at_the_days_midnight(
    days: Seen, db: Database, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    save_settings(db, {"complaint_contact": CONTACT, "office_name": "Disdukcapil Kota Contoh",
                       "collection_hours": "Senin–Kamis 08.00–15.00, Jumat 08.00–11.00"},
                  operator=LEAD)  # fmt: skip
    for day, before in (("2026-11-03", "Senin, 2 November 2026"),
                        ("2026-11-04", "Selasa, 3 November 2026")):  # fmt: skip
        page, square = tmp_path / f"notice-{day}.pdf", tmp_path / f"notice-{day}.png"
        assert cli(monkeypatch, db_url, "notice", "--date", day,
                   "--out", str(page), "--out", str(square)) == 0  # fmt: skip
        assert f"written to {page}, {square}" in capsys.readouterr().out
        reader = PdfReader(page)
        assert len(reader.pages) == 1
        assert [round(v) for v in reader.pages[0].mediabox[2:]] == [595, 842]  # A4
        paper = text_of(page)
        start = datetime.fromisoformat(day)
        yesterday = datetime.fromisoformat(day).replace(day=start.day - 1)
        assert figure(paper, "Blangko KTP-el tersedia") == days[day]["blanks"]
        assert figure(paper, "KTP-el dicetak kemarin") == printed_between(db, yesterday, start)
        assert figure(paper, "Rekaman menunggu dicetak") == days[day]["waiting"]
        assert f"KTP-el dicetak kemarin ({before})" in paper
        for words in ("Disdukcapil Kota Contoh", "PENGUMUMAN KETERSEDIAAN BLANGKO KTP-EL",
                      "Keadaan pada awal hari, pukul 00.00", "LAYANAN INI GRATIS",
                      "tidak dipungut biaya", f"Pengaduan: {CONTACT}", "Pengambilan KTP-el",
                      "Senin–Kamis 08.00–15.00, Jumat 08.00–11.00",
                      "di loket pengambilan KTP-el"):  # fmt: skip
            assert words in paper, words
        with Image.open(square) as image:
            assert image.size == (1080, 1080)
    # The scripted figures themselves, so a wrong reading of the database cannot hide:
    # 100 - 4 attempts + 50 delivered; 10 - 3 printed (the spoiled and the held one wait).
    assert days["2026-11-03"] == {"blanks": 146, "waiting": 7}
    # 146 - 2 printed; 7 - 2 + the 4 imported on the 3rd (recorded on 1 November).
    assert days["2026-11-04"] == {"blanks": 144, "waiting": 9}
    assert "Selasa, 3 November 2026" in text_of(tmp_path / "notice-2026-11-03.pdf")
    # Audited as exports, naming both files and the day.
    assert exports(db) == [
        ("notice-2026-11-03.pdf, notice-2026-11-03.png", "notice 2026-11-03"),
        ("notice-2026-11-04.pdf, notice-2026-11-04.png", "notice 2026-11-04"),
    ]


def test_the_same_day_made_later_says_the_same(
    days: Seen, db: Database, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    set_time: SetTime,
) -> None:  # fmt: skip
    save_settings(db, {"complaint_contact": CONTACT}, operator=LEAD)
    assert cli(monkeypatch, db_url, "notice", "--date", "2026-11-03",
               "--out", str(tmp_path / "early.pdf")) == 0  # fmt: skip
    set_time(datetime(2026, 11, 5, 16, 0))
    stock.receive(db, "blank", 500, ref="BAST/003", operator=LEAD)
    assert cli(monkeypatch, db_url, "notice", "--date", "2026-11-03",
               "--out", str(tmp_path / "late.pdf")) == 0  # fmt: skip
    early, late = text_of(tmp_path / "early.pdf"), text_of(tmp_path / "late.pdf")
    assert figure(early, "Blangko KTP-el tersedia") == figure(late, "Blangko KTP-el tersedia")
    assert figure(late, "Blangko KTP-el tersedia") == 146


def test_refused_without_complaint_contact_bad_file_operator_or_day_to_come(
    days: Seen, db: Database, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    page = tmp_path / "notice.pdf"

    def refused(*args: str, who: str = LEAD) -> str:
        capsys.readouterr()
        assert cli(monkeypatch, db_url, "notice", *args, who=who) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1, err
        return err

    err = refused("--date", "2026-11-03", "--out", str(page))
    assert "complaint contact" in err
    assert "ektp-desk settings --set complaint_contact" in err
    # A contact nobody can reach is refused when it is set, with what it must hold.
    assert cli(monkeypatch, db_url, "settings", "--set", "complaint_contact", "call us") == 1
    assert "phone or WhatsApp number" in capsys.readouterr().err
    assert cli(monkeypatch, db_url, "settings", "--set", "complaint_contact", CONTACT) == 0
    for wrong in (tmp_path / "n.txt", tmp_path):
        assert "a .pdf or .png file" in refused("--date", "2026-11-03", "--out", str(wrong))
    assert "does not exist" in refused("--date", "2026-11-03", "--out",
                                       str(tmp_path / "nowhere" / "n.png"))  # fmt: skip
    database = Path(db_url.removeprefix("sqlite:///"))
    assert "a .pdf or .png file" in refused("--date", "2026-11-03", "--out", str(database))
    assert "only a lead" in refused("--date", "2026-11-03", "--out", str(page), who=OPERATOR)
    assert "from that day on" in refused("--date", "2026-11-05", "--out", str(page))
    assert not page.exists()
    assert database.stat().st_size > 0
    assert exports(db) == []
    assert cli(monkeypatch, db_url, "notice", "--date", "2026-11-04", "--out", str(page)) == 0
    assert exports(db) == [("notice.pdf", "notice 2026-11-04")]
