"""Old cards handed in at collection: which replacements have one, the refusals for a first
card and a lost one, and the old cards' way through the register to a destruction."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from ektp_desk import clock, printing
from ektp_desk.api import citizens
from ektp_desk.cli import main
from ektp_desk.db import Database
from ektp_desk.domain import CardRequest, InvalidCause
from ektp_desk.imports import import_records
from ektp_desk.models import DestroyedEntry, HandedInCard, Record
from tests.conftest import LEAD, OPERATOR, STATION
from tests.factories import actor, make_nik, password_on_stdin
from tests.reliability.office_dump import dump

HEADER = "NIK;Nama;Kecamatan;Jenis Permohonan"
CHANGED, DAMAGED, LOST, FIRST, UNSAID = (make_nik(serial=n) for n in range(1, 6))


def import_and_print(db: Database, tmp_path: Path, *rows: str) -> None:
    path = tmp_path / "rekam.csv"
    path.write_text("\r\n".join((HEADER, *rows)) + "\r\n", encoding="utf-8")
    report = import_records(db, path)
    assert report.rejected == 0, report.errors
    for row in rows:
        printing.record_print(db, row.split(";")[0], station=STATION, operator=OPERATOR,
                              blank_serial="OK")  # fmt: skip


@pytest.fixture
def printed(office: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Database:
    """Five printed cards, one of each request (the last one's file did not say)."""
    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 11, 2, 9, 0))
    import_and_print(office, tmp_path, f"{CHANGED};Asep;Cibinong;Perubahan Data",
                     f"{DAMAGED};Budi;Cibinong;rusak", f"{LOST};Citra;Cibinong;Hilang",
                     f"{FIRST};Dewi;Cibinong;Baru", f"{UNSAID};Eko;Cibinong;")  # fmt: skip
    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 11, 3, 10, 0))
    return office


def collect(monkeypatch: pytest.MonkeyPatch, url: str, nik: str, *extra: str) -> int:
    return main(["--db", url, "collect", nik, "--by", "Warga", *extra, "--operator", OPERATOR,
                 *password_on_stdin(monkeypatch, "1234")])  # fmt: skip


def handed_in(db: Database) -> dict[str, tuple[str, str | None]]:
    with db.read() as session:
        rows = session.execute(select(HandedInCard.nik, HandedInCard.cause, HandedInCard.note))
        return {nik: (cause, note) for nik, cause, note in rows}


def test_the_file_says_why_each_card_is_printed(printed: Database, tmp_path: Path) -> None:
    with printed.read() as session:
        requests = dict(session.execute(select(Record.nik, Record.request)).all())
    assert requests == {CHANGED: CardRequest.DATA_CHANGED, DAMAGED: CardRequest.DAMAGED,
                        LOST: CardRequest.LOST, FIRST: CardRequest.FIRST, UNSAID: None}  # fmt: skip
    path = tmp_path / "bad.csv"
    path.write_text(f"{HEADER}\r\n{make_nik(serial=9)};Fajar;Cibinong;Dicuri\r\n", "utf-8")
    report = import_records(printed, path)
    assert report.rejected == 1
    assert "unknown request 'Dicuri'" in report.errors[0].reason
    assert "lost (hilang)" in report.errors[0].reason


def test_a_replacement_collected_takes_the_old_card_back_with_its_cause(
    printed: Database, db_url: str, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    assert collect(monkeypatch, db_url, CHANGED, "--handed-in", "--note", "sudut dipotong") == 0
    assert "Old card taken back (data_changed)" in capsys.readouterr().out
    assert collect(monkeypatch, db_url, DAMAGED, "--handed-in", "--json") == 0
    assert json.loads(capsys.readouterr().out)["handed_in"] == InvalidCause.BLANK_DEFECTIVE
    assert handed_in(printed) == {CHANGED: ("data_changed", "sudut dipotong"),
                                  DAMAGED: ("blank_defective", None)}  # fmt: skip
    with printed.read() as session:
        picked_up = session.scalar(select(func.count()).where(Record.status == "picked_up"))
    assert picked_up == 2, "both cards handed over in the same transactions"


def test_a_first_card_and_a_lost_cards_replacement_have_no_old_card(
    printed: Database, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    before = dump(tmp_path / "office.sqlite3")
    assert collect(monkeypatch, db_url, LOST, "--handed-in") == 1
    assert "replaces a lost card: there is no old card to hand in" in capsys.readouterr().err
    assert collect(monkeypatch, db_url, FIRST, "--handed-in", "--cause", "data_changed") == 1
    assert "is a first card, not a replacement" in capsys.readouterr().err
    # The file did not say, and this office never printed a card for that NIK before.
    assert collect(monkeypatch, db_url, UNSAID, "--handed-in") == 1
    assert "is a first card, not a replacement" in capsys.readouterr().err
    assert dump(tmp_path / "office.sqlite3") == before, "a refused collection changes nothing"
    assert collect(monkeypatch, db_url, LOST, "--cause", "data_changed") == 2
    # Collected without a hand-in, as always.
    assert collect(monkeypatch, db_url, LOST) == 0
    assert handed_in(printed) == {}


def test_an_earlier_card_printed_here_is_the_old_card_when_the_file_does_not_say(
    printed: Database, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    assert collect(monkeypatch, db_url, UNSAID) == 0
    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 11, 20, 9, 0))
    import_and_print(printed, tmp_path, f"{UNSAID};Eko;Cibinong;")
    status = citizens.status(printed, actor(printed, OPERATOR, STATION), UNSAID)
    assert status.old_card == citizens.OldCard(None, None), "the operator names the cause"
    capsys.readouterr()
    assert collect(monkeypatch, db_url, UNSAID, "--handed-in") == 1
    assert "say why the old card of" in capsys.readouterr().err
    assert collect(monkeypatch, db_url, UNSAID, "--handed-in", "--cause", "blank_defective") == 0
    assert handed_in(printed) == {UNSAID: ("blank_defective", None)}


def test_old_cards_join_the_register_and_a_destruction_takes_them(
    printed: Database, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    assert collect(monkeypatch, db_url, CHANGED, "--handed-in") == 0
    assert collect(monkeypatch, db_url, DAMAGED, "--handed-in") == 0
    lead = ["--lead", LEAD, *password_on_stdin(monkeypatch, "5678")]
    capsys.readouterr()
    assert main(["--db", db_url, "register", "--json", *lead]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(r["source"], r["nik"], r["cause"]) for r in listed] == [
        ("handed_in", CHANGED, "data_changed"),
        ("handed_in", DAMAGED, "blank_defective"),
    ]
    out = tmp_path / "ba.pdf"
    lead = ["--lead", LEAD, *password_on_stdin(monkeypatch, "5678")]
    assert main(["--db", db_url, "destroy", "--date", "2026-11-03", "--witness", "Budi",
                 "--out", str(out), *lead]) == 0  # fmt: skip
    assert "2 card(s) destroyed" in capsys.readouterr().out
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert CHANGED in text
    assert DAMAGED in text
    with printed.read() as session:
        destroyed = session.scalars(select(DestroyedEntry.handed_in_id)).all()
    assert len(destroyed) == 2
    assert None not in destroyed
    lead = ["--lead", LEAD, *password_on_stdin(monkeypatch, "5678")]
    assert main(["--db", db_url, "register", "--json", *lead]) == 0
    assert json.loads(capsys.readouterr().out) == []
