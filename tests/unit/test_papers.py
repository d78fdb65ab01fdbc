"""The register of invalid cards, causes corrected by a lead, and two destructions before
witnesses, read back from the berita acara pemusnahan as the office reads it."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, insert, select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from ektp_desk import clock, printing
from ektp_desk.cli import main
from ektp_desk.db import Database
from ektp_desk.domain import InvalidCause
from ektp_desk.models import CauseCorrection, DestroyedEntry, Destruction, PrintAttempt
from tests.conftest import LEAD, OPERATOR, OTHER_STATION, STATION
from tests.factories import add_records, password_on_stdin

SetTime = Callable[[datetime], None]
# (when, station, spoil reason, serial): the first three on 2 November, two on the 3rd.
SPOILS = [
    (datetime(2026, 11, 2, 8, 10), STATION, "ribbon_break", "S-001"),
    (datetime(2026, 11, 2, 9, 30), OTHER_STATION, "chip_error", "S-002"),
    (datetime(2026, 11, 2, 23, 59), STATION, "card_jam", "S-003"),
    (datetime(2026, 11, 3, 10, 0), OTHER_STATION, "misprint", "S-004"),
    (datetime(2026, 11, 3, 11, 0), STATION, "other", None),
]


@pytest.fixture
def set_time(monkeypatch: pytest.MonkeyPatch) -> SetTime:
    def set_to(when: datetime) -> None:
        monkeypatch.setattr(clock, "now", lambda: when)

    return set_to


@pytest.fixture
def spoiled(office: Database, set_time: SetTime) -> dict[str, tuple[int, str]]:
    """Five spoils and two good cards; serial (or NIK) -> (attempt id, NIK)."""
    niks = add_records(office, 7)
    for nik, (at, station, reason, serial) in zip(niks, SPOILS, strict=False):
        set_time(at)
        printing.record_print(office, nik, station=station, operator=OPERATOR,
                              spoiled=reason, blank_serial=serial)  # fmt: skip
    for nik in niks[5:]:
        set_time(datetime(2026, 11, 2, 12, 0))
        printing.record_print(office, nik, station=STATION, operator=OPERATOR, blank_serial="OK")
    set_time(datetime(2026, 11, 4, 9, 0))
    with office.read() as session:
        rows = session.execute(
            select(PrintAttempt.id, PrintAttempt.blank_serial)
            .where(PrintAttempt.outcome == "spoiled")
            .order_by(PrintAttempt.id)
        ).all()
    return {serial or niks[4]: (id_, nik) for (id_, serial), nik in zip(rows, niks, strict=False)}


def cli(monkeypatch: pytest.MonkeyPatch, url: str, *args: str, password: str = "5678") -> int:
    who = ["--lead", LEAD] if password == "5678" else ["--lead", OPERATOR]
    return main(["--db", url, *args, *who, *password_on_stdin(monkeypatch, password)])


def text_of(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def counts(db: Database) -> tuple[int, int, int]:
    with db.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Destruction)) or 0,
            session.scalar(select(func.count()).select_from(DestroyedEntry)) or 0,
            session.scalar(select(func.count()).select_from(CauseCorrection)) or 0,
        )


def destroy(monkeypatch: pytest.MonkeyPatch, url: str, day: str, out: Path) -> int:
    return cli(monkeypatch, url, "destroy", "--date", day, "--out", str(out),
               "--witness", "Budi Santoso:198001012005011001", "--witness", "=Siti",
               "--maker", "Ani Lestari", "--coordinator", "Joko:197502022000031002",
               "--head", "Drs. Hartono")  # fmt: skip


def test_spoil_reasons_map_to_the_circulars_causes_and_a_lead_corrects_one(
    spoiled: dict[str, tuple[int, str]], db_url: str, office: Database,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    assert cli(monkeypatch, db_url, "register", "--json") == 0
    import json

    listed = {row["id"]: row["cause"] for row in json.loads(capsys.readouterr().out)}
    assert listed == {
        spoiled["S-001"][0]: InvalidCause.PRINT_FAILED,
        spoiled["S-002"][0]: InvalidCause.CHIP_FAILED,
        spoiled["S-003"][0]: InvalidCause.BLANK_DEFECTIVE,
        spoiled["S-004"][0]: InvalidCause.PRINT_FAILED,
        spoiled[next(k for k in spoiled if not k.startswith("S-"))][0]: InvalidCause.PRINT_FAILED,
    }
    first = spoiled["S-001"][0]
    assert cli(monkeypatch, db_url, "cause", str(first), "data_changed",
               "--reason", "the citizen's address changed before printing") == 0  # fmt: skip
    assert "cause now data_changed" in capsys.readouterr().out
    with office.read() as session:  # the attempt is as the operator recorded it
        assert session.get(PrintAttempt, first).spoil_reason == "ribbon_break"  # type: ignore[union-attr]
        log = session.execute(text("SELECT detail FROM audit_log WHERE action = 'cause_fix'"))
        assert log.scalar_one().startswith("print_failed -> data_changed")
    # An operator may not correct; a correction without a reason is refused.
    assert cli(monkeypatch, db_url, "cause", str(first), "print_failed", "--reason", "x",
               password="1234") == 1  # fmt: skip
    assert "only a lead" in capsys.readouterr().err
    assert cli(monkeypatch, db_url, "cause", str(first), "print_failed", "--reason", " ") == 1
    assert counts(office)[2] == 1


def test_two_destructions_list_by_cause_and_nothing_is_destroyed_twice(
    spoiled: dict[str, tuple[int, str]], db_url: str, office: Database, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    first_id = spoiled["S-001"][0]
    assert cli(monkeypatch, db_url, "cause", str(first_id), "data_changed", "--reason", "x") == 0
    one = tmp_path / "ba1.pdf"
    assert destroy(monkeypatch, db_url, "02-11-2026", one) == 0
    assert "001/BA-PMS/KTP-EL/2026: 3 card(s)" in capsys.readouterr().out
    paper = text_of(one)
    assert "Nomor: 001/BA-PMS/KTP-EL/2026" in paper
    assert "hari ini Senin, tanggal 2 November 2026" in paper
    # Each cause's group with its cards (NIK and serial), in the circular's words.
    for cause, serial in (("Perubahan data", "S-001"), ("Gagal rekam chip / encode", "S-002"),
                          ("Blangko cacat / rusak", "S-003")):  # fmt: skip
        assert re.search(rf"{re.escape(cause)} \(1 keping\) .*{spoiled[serial][1]} Warga \d+ "
                         rf"{serial}", paper)  # fmt: skip
    for later in ("S-004",):
        assert spoiled[later][1] not in paper
    assert "Gagal cetak 0 0 0" in paper
    assert "Jumlah seluruhnya 3 0 3" in paper
    assert "3 (tiga) keping" in paper
    # The signers are the paper's fields, the witnesses each with a place; "=Siti" as typed.
    signers = ("Ani Lestari", "Joko", "NIP. 197502022000031002", "Drs. Hartono", "Saksi 1",
               "Budi Santoso", "NIP. 198001012005011001", "Saksi 2", "=Siti")  # fmt: skip
    for name in signers:
        assert name in paper
    assert counts(office) == (1, 3, 1)

    # The same day again: refused, nothing changed, no paper written.
    again = tmp_path / "again.pdf"
    assert destroy(monkeypatch, db_url, "02-11-2026", again) == 1
    assert "no card to destroy" in capsys.readouterr().err
    assert not again.exists()
    assert counts(office) == (1, 3, 1)
    # A destroyed entry is final: the program refuses a correction, the database too.
    assert cli(monkeypatch, db_url, "cause", str(first_id), "print_failed", "--reason", "x") == 1
    assert "001/BA-PMS/KTP-EL/2026" in capsys.readouterr().err
    refused_writes = (
        insert(CauseCorrection).values(attempt_id=first_id, cause="print_failed", reason="x",
                                       corrected_by=LEAD, at=datetime(2026, 11, 5)),
        update(DestroyedEntry).values(cause="print_failed"),
        update(Destruction).values(number="X"),
        insert(DestroyedEntry).values(destruction_id=1, attempt_id=first_id,
                                      cause="print_failed", nik="1"),
    )  # fmt: skip
    for statement in refused_writes:
        with pytest.raises((DBAPIError, IntegrityError)), office.write() as session:
            session.execute(statement)
    assert counts(office) == (1, 3, 1)

    # The second destruction takes the rest, numbered next.
    two = tmp_path / "ba2.pdf"
    assert destroy(monkeypatch, db_url, "03-11-2026", two) == 0
    paper = text_of(two)
    assert "Nomor: 002/BA-PMS/KTP-EL/2026" in paper
    assert "Gagal cetak (2 keping)" in paper
    assert "Jumlah seluruhnya 2 0 2" in paper
    assert spoiled["S-004"][1] in paper
    assert spoiled["S-001"][1] not in paper
    assert counts(office) == (2, 5, 1)
    assert cli(monkeypatch, db_url, "register", "--json") == 0
    assert capsys.readouterr().out.strip().endswith("[]")


def test_only_a_lead_destroys_and_never_a_day_to_come(
    spoiled: dict[str, tuple[int, str]], db_url: str, office: Database, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    out = tmp_path / "ba.pdf"
    assert cli(monkeypatch, db_url, "destroy", "--date", "02-11-2026", "--out", str(out),
               "--witness", "Budi", password="1234") == 1  # fmt: skip
    assert "only a lead" in capsys.readouterr().err
    assert destroy(monkeypatch, db_url, "05-11-2026", out) == 1
    assert "in the future" in capsys.readouterr().err
    assert not out.exists()
    assert counts(office) == (0, 0, 0)
