"""Moving a demo office from its SQLite file to a PostgreSQL server, and going on there."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from ektp_desk import demo, printing, queue_view, shifts, stock, stock_books
from ektp_desk.cli import main
from ektp_desk.db import Database
from ektp_desk.errors import Refused
from ektp_desk.migrate import migrate_to
from ektp_desk.models import Base
from ektp_desk.schema import init_database
from tests.factories import password_on_stdin


def played_office(tmp_path: Path) -> Database:
    db = Database(f"sqlite:///{tmp_path / 'office.sqlite3'}")
    init_database(db)
    demo.fill_demo(db, records=3000, seed=5)
    for n in range(40):
        claim = printing.claim_next(db, station="Loket 1")
        printing.record_print(db, claim.nik, station="Loket 1", operator="operator1",
                              spoiled="film_jam" if n % 9 == 0 else None)  # fmt: skip
    printing.claim_next(db, station="Loket 2")  # a card left at the printer
    shifts.end_shift(db, lead="lead1", notes="pindah ke server")
    stock.receive(db, "blank", 500, ref="BAST/77", operator="lead1")
    return db


def counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {t.name: session.scalar(select(func.count()).select_from(t)) or 0
                for t in Base.metadata.sorted_tables}  # fmt: skip


def test_migrate_to_postgresql_copies_everything_and_work_goes_on(
    tmp_path: Path, pg_url: str
) -> None:
    source = played_office(tmp_path)
    target = Database(pg_url)
    report = migrate_to(source, target)
    assert report.rows == counts(source) == counts(target)
    assert stock_books.stock_levels(target) == stock_books.stock_levels(source)
    assert stock_books.ledger_mismatches(target) == []
    assert queue_view.list_queue(target, limit=5) == queue_view.list_queue(source, limit=5)
    shifts.start_shift(target, "lembur_malam", lead="lead2")
    claim = printing.claim_next(target, station="Loket 3")
    done = printing.record_print(target, claim.nik, station="Loket 3", operator="operator3")
    assert done.remaining.blank == stock_books.stock_levels(source).blank - 1, (
        "new ids follow the copy"
    )
    target.dispose()


def test_migrate_to_refuses_a_target_that_holds_data(tmp_path: Path, pg_url: str) -> None:
    source = played_office(tmp_path)
    target = Database(pg_url)
    init_database(target)
    demo.fill_demo(target, records=10)
    before = counts(target)
    with pytest.raises(Refused, match="is not empty"):
        migrate_to(source, target)
    assert counts(target) == before
    target.dispose()


def test_migrate_to_from_the_command_line(
    tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source = played_office(tmp_path)
    admin = ["--admin", "admin", *password_on_stdin(monkeypatch, "admin123")]
    assert main(["--db", source.url, "migrate-to", pg_url, *admin]) == 0
    out = capsys.readouterr().out
    assert "verified" in out
    assert "records" in out
    password_on_stdin(monkeypatch, "admin123")
    assert main(["--db", source.url, "migrate-to", pg_url, *admin]) == 1
    assert "is not empty" in capsys.readouterr().err
