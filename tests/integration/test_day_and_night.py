"""A whole day at the counter, a PC killed with a card claimed, and the night going on.

The day shift prints, spoils, changes a roll and books a delivery; a station's app is killed
(SIGKILL) while a card is at its printer; the lead ends the day. The lembur malam shift opens
on exactly the stock the day closed with, resolves the pending card and prints on. Both
handover workbooks are read back and every figure is checked against the database.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import openpyxl
from sqlalchemy import func, select

from ektp_desk import demo, printing, resume, shifts, stock, stock_books
from ektp_desk.db import Database
from ektp_desk.handover import write_handover
from ektp_desk.models import PrintAttempt, StockMovement
from ektp_desk.schema import init_database

CLAIM_AND_HANG = textwrap.dedent(
    """
    import sys, time
    from ektp_desk import printing
    from ektp_desk.db import Database
    claim = printing.claim_next(Database(sys.argv[1]), station="Loket 3")
    print(claim.nik, flush=True)
    time.sleep(60)  # the card is at the printer when the PC dies
    """
)


def play_day(db: Database) -> None:
    for n in range(12):
        claim = printing.claim_next(db, station="Loket 1" if n % 2 else "Loket 2")
        spoiled = "ribbon_break" if n in (3, 7) else None
        printing.record_print(db, claim.nik, station=claim.station, operator="operator1",
                              spoiled=spoiled)  # fmt: skip
    stock.load_roll(db, "film", station="Loket 2", operator="operator2")
    stock.receive(db, "blank", 200, ref="BAST/HARI-INI", operator="lead1")


def attempts_of(db: Database, shift_id: int) -> tuple[int, int]:
    with db.read() as session:
        rows = dict(session.execute(
            select(PrintAttempt.outcome, func.count()).where(PrintAttempt.shift_id == shift_id)
            .group_by(PrintAttempt.outcome)).all())  # fmt: skip
    return rows.get("printed", 0), rows.get("spoiled", 0)


def summary_values(path: Path) -> dict[str, object]:
    sheet = openpyxl.load_workbook(path)["Ringkasan"]
    values: dict[str, object] = {}
    for row in sheet.iter_rows(values_only=True):
        if row and isinstance(row[0], str) and len(row) > 1:
            values.setdefault(row[0], row[1:])
    return values


def check_workbook(
    db: Database, shift_id: int, path: Path
) -> dict[tuple[str, ...], tuple[int, int]]:
    write_handover(db, shift_id, path)
    book = openpyxl.load_workbook(path)
    printed, spoiled = attempts_of(db, shift_id)
    assert book["Cetak"].max_row - 1 == printed + spoiled
    outcomes = [row[6] for row in book["Cetak"].iter_rows(min_row=2, values_only=True)]
    assert outcomes.count("rusak") == spoiled
    stock_rows: dict[tuple[str, ...], tuple[int, int]] = {}
    for row in book["Ringkasan"].iter_rows(values_only=True):
        if row and isinstance(row[0], str) and isinstance(row[1], int) and isinstance(row[-1], int):
            moved = sum(v for v in row[2:-1] if isinstance(v, int))
            assert row[1] + moved == row[-1], f"{row[0]} reconciles"
            stock_rows[(row[0],)] = (row[1], row[-1])
    with db.read() as session:
        ledger_rows = session.scalar(select(func.count(StockMovement.id)))
    assert 0 < book["Stok"].max_row - 1 <= (ledger_rows or 0)
    assert {"Blangko (kantor)", "Ribbon Loket 1", "Film Loket 2"} <= {k[0] for k in stock_rows}
    return stock_rows


def test_day_crash_and_night_carry_on_with_exact_books(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    db = Database(url)
    init_database(db)
    demo.fill_demo(db, records=300, seed=4)
    [day] = shifts.open_shifts(db)
    play_day(db)
    app = subprocess.Popen([sys.executable, "-c", CLAIM_AND_HANG, url], stdout=subprocess.PIPE,
                           text=True, cwd=Path(__file__).resolve().parents[2])  # fmt: skip
    assert app.stdout is not None
    left_at_printer = app.stdout.readline().strip()
    app.send_signal(signal.SIGKILL)
    app.wait()
    app.stdout.close()
    shifts.end_shift(db, lead="lead1", notes="Loket 3 mati lampu, satu kartu di printer")

    night = shifts.start_shift(db, "lembur_malam", lead="lead2")
    day_close = {(s.item, s.station): s.qty for s in shifts.snapshot(db, day.id, "closing")}
    night_open = {(s.item, s.station): s.qty for s in shifts.snapshot(db, night.id, "opening")}
    assert night_open == day_close, "the night starts with exactly what the day left"
    assert [card.nik for card in resume.pending_cards(db)] == [left_at_printer]
    resume.resolve(db, left_at_printer, outcome="printed", operator="lead2")
    for _ in range(5):
        claim = printing.claim_next(db, station="Loket 3")
        printing.record_print(db, claim.nik, station="Loket 3", operator="operator3")

    day_stock = check_workbook(db, day.id, tmp_path / "siang.xlsx")
    night_stock = check_workbook(db, night.id, tmp_path / "malam.xlsx")
    assert attempts_of(db, day.id) == (10, 2)
    assert attempts_of(db, night.id) == (6, 0)
    for item, (_, closing) in day_stock.items():
        assert night_stock[item][0] == closing, f"{item}: night opening = day closing"
    assert summary_values(tmp_path / "malam.xlsx"), "the summary sheet has its figures"
    assert stock_books.ledger_mismatches(db) == []
    db.dispose()
