"""Tamper-evident books: a row rewritten behind the program's back is named by `check`."""

from __future__ import annotations

import sqlite3

from sqlalchemy import text

from ektp_desk import audit, chain_check, printing, stock
from ektp_desk.cli import main as cli
from ektp_desk.db import Database
from ektp_desk.models import AuditEntry, StockMovement
from tests.conftest import LEAD, OPERATOR, STATION
from tests.factories import add_records


def _rewrite(db: Database, statements: list[str]) -> None:
    """What someone with the file and a SQLite shell can do: drop the guards and edit rows."""
    path = db.sqlite_path
    assert path is not None
    db.dispose()
    with sqlite3.connect(path) as conn:
        for trigger in ("stock_movements_no_update", "audit_log_no_update"):
            conn.execute(f"DROP TRIGGER {trigger}")
        for statement in statements:
            conn.execute(statement)
    conn.close()


def test_the_books_of_a_working_office_fit_their_chains(office: Database) -> None:
    nik = add_records(office, 2)[0]
    printing.record_print(office, nik, station=STATION, operator=OPERATOR)
    assert chain_check.chain_problems(office) == []
    with office.read() as session:
        ids = session.execute(text("SELECT count(*), count(hash) FROM stock_movements")).one()
    assert ids[0] == ids[1] > 0


def test_check_names_the_ledger_row_and_the_audit_row_that_were_rewritten(
    office: Database, capsys
) -> None:
    nik = add_records(office, 1)[0]
    printing.record_print(office, nik, station=STATION, operator=OPERATOR)
    stock.receive(office, "blank", 5, ref="BAST/002", operator=LEAD)
    with office.read() as session:
        ledger_row = session.scalar(
            text("SELECT id FROM stock_movements WHERE kind = 'consume' AND item = 'blank'")
        )
        audit_row = session.scalar(text("SELECT id FROM audit_log WHERE action = 'print'"))
    _rewrite(office, [
        # The blank taken by the print becomes a ribbon print: the balance sums stay right.
        f"UPDATE stock_movements SET note = 'no print' WHERE id = {ledger_row}",
        f"UPDATE audit_log SET user = '{LEAD}' WHERE id = {audit_row}",
    ])  # fmt: skip
    assert cli(["--db", office.url, "check"]) == 1
    out, err = capsys.readouterr()
    assert f"stock_movements row {ledger_row} does not fit the hash chain" in out
    assert f"audit_log row {audit_row} does not fit the hash chain" in out
    assert "changed behind the program's back; places found: 2" in err
    assert len([line for line in out.splitlines() if "does not fit" in line]) == 2


def test_a_deleted_row_and_a_cut_tail_show(office: Database) -> None:
    audit.record_now(office, "export", user=LEAD, subject="handover 1")
    with office.read() as session:
        first_ledger = session.scalar(text("SELECT min(id) FROM stock_movements"))
        last_audit = session.scalar(text("SELECT max(id) FROM audit_log"))
    path = office.sqlite_path
    assert path is not None
    office.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER stock_movements_no_delete")
        conn.execute("DROP TRIGGER audit_log_no_delete")
        conn.execute(f"DELETE FROM stock_movements WHERE id = {first_ledger}")
        conn.execute(f"DELETE FROM audit_log WHERE id = {last_audit}")
    conn.close()
    problems = chain_check.chain_problems(office)
    assert (StockMovement.__tablename__, first_ledger + 1) in {
        (p.table, p.row_id) for p in problems
    }
    assert any(p.table == AuditEntry.__tablename__ and p.row_id is None for p in problems)


def test_marks_name_the_last_row_of_a_period(office: Database) -> None:
    with office.read() as session:
        last = session.execute(
            text("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")
        ).one()
    marks = {m.table: m for m in chain_check.current_marks(office)}
    assert marks["audit_log"].last_id == last[0]
    assert marks["audit_log"].hash_prefix == last[1][:12]


def test_the_handover_and_the_berita_acara_print_the_chain_heads_of_their_period(
    office: Database, tmp_path
) -> None:
    import openpyxl
    from pypdf import PdfReader

    from ektp_desk import clock, shifts
    from ektp_desk.berita_acara import write_berita_acara
    from ektp_desk.handover import write_handover

    nik = add_records(office, 1)[0]
    printing.record_print(office, nik, station=STATION, operator=OPERATOR, spoiled="misprint")
    [shift] = shifts.open_shifts(office)
    shifts.end_shift(office, lead=LEAD, shift_id=shift.id)
    with office.read() as session:
        ledger = session.execute(text("SELECT id, hash FROM stock_movements ORDER BY id")).all()
    stock.receive(office, "blank", 5, ref="BAST/003", operator=LEAD)  # after the shift's end
    summary = write_handover(office, shift.id, tmp_path / "handover.xlsx")
    sheet = openpyxl.load_workbook(summary.path)["Ringkasan"]
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert f"baris #{ledger[-1][0]}, hash {ledger[-1][1][:12]}" in cells
    today = clock.now().date()
    pdf = write_berita_acara(office, today, today, tmp_path / "ba.pdf", maker="Kepala").path
    words = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    with office.read() as session:
        last = session.execute(
            text("SELECT id, hash FROM stock_movements ORDER BY id DESC")
        ).first()
    assert last is not None
    assert f"buku stok baris #{last[0]} hash {last[1][:12]}" in words


def test_the_upgrade_links_the_rows_an_office_already_has(office: Database) -> None:
    from ektp_desk import schema

    nik = add_records(office, 1)[0]
    printing.record_print(office, nik, station=STATION, operator=OPERATOR)
    schema.downgrade(office, "0006_audit")  # the books as they were before the chains
    schema.upgrade(office)
    assert chain_check.chain_problems(office) == []
    with office.read() as session:
        last = session.scalar(text("SELECT max(id) FROM stock_movements"))
    marks = {m.table: m for m in chain_check.current_marks(office)}
    assert marks["stock_movements"].last_id == last
    stock.receive(office, "blank", 1, ref="BAST/after", operator=LEAD)  # the chain goes on
    assert chain_check.chain_problems(office) == []
