"""The faster paths the benchmarks asked for give exactly what the plain ones gave."""

from __future__ import annotations

import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import case, func, select, update
from sqlalchemy.orm import Session

from ektp_desk import backup, cards, file_check, printing, queue_view, stock, stock_books
from ektp_desk.bulk import BulkInsert
from ektp_desk.db import Database
from ektp_desk.errors import NotFound, OutOfStock
from ektp_desk.handover_data import AGE_BAND_STARTS, QueueArea, _queue_areas
from ektp_desk.handover_xlsx import _TableCells, cell
from ektp_desk.models import RECORD_TABLE, Record, Station, StockMovement, status_is
from ektp_desk.queue_view import QueueFilter
from ektp_desk.stations import get_station
from tests.conftest import OPERATOR, OTHER_STATION, STATION
from tests.factories import add_records


def _hold(db: Database, nik: str) -> None:
    with db.write() as session:
        session.execute(update(Record).where(Record.nik == nik).values(status="on_hold"))


def test_a_window_read_from_the_end_is_the_window_read_from_the_start(office: Database) -> None:
    niks = add_records(office, 40)
    add_records(office, 5, priority="urgent", first_serial=60)
    for _ in range(3):
        printing.claim_next(office, station=STATION)
    _hold(office, niks[20])
    for flt in (QueueFilter(), QueueFilter(status="queued"), QueueFilter(search="warga 1")):
        total = queue_view.count_rows(office, flt)
        for offset in range(total + 2):
            for limit in (1, 7, 50):
                plain = queue_view.fetch_rows(office, flt, offset, limit)
                backwards = queue_view.fetch_rows(office, flt, offset, limit, total=total)
                assert backwards == plain, (flt, offset, limit)


def test_the_kecamatan_list_hops_along_the_index_to_the_same_names(office: Database) -> None:
    add_records(office, 6)
    rows = [
        {**dict.fromkeys(("kelurahan", "phone")), "nik": f"32010{k}0107900{i:03d}",
         "name": "X", "kecamatan": name, "birth_date": date(1990, 7, 1), "female": False,
         "priority": "normal", "band": 1, "lane": 1, "entered_at": datetime(2026, 1, 1),
         "status": "queued", "attempts": 0}
        for i, (k, name) in enumerate([(2, "Jonggol"), (3, "Ciawi"), (2, "Jonggol"), (4, "Zz")])
    ]  # fmt: skip
    with office.write() as session:
        session.execute(RECORD_TABLE.insert(), rows)
    _hold(office, rows[3]["nik"])  # only on hold: still listed
    assert queue_view.kecamatan_options(office) == ["Ciawi", "Cibinong", "Jonggol", "Zz"]


def test_a_scanned_card_reads_the_same_without_a_session(office: Database) -> None:
    first, second, third = add_records(office, 3)
    printing.record_print(office, second, station=STATION, operator=OPERATOR)
    printing.claim_next(office, station=OTHER_STATION)  # the first in line
    for nik in (first, second, third):
        fast = cards.lookup_card(office, nik)
        with office.read() as session:
            row = session.execute(cards._CARD.params(nik=nik)).one()
        assert fast == cards.Card(*row)
    assert cards.lookup_card(office, second).status == "printed"
    assert isinstance(cards.lookup_card(office, second).printed_at, datetime)
    assert cards.lookup_card(office, first).station == OTHER_STATION
    assert cards.lookup_card(office, third).status == "queued"
    with pytest.raises(NotFound):
        cards.lookup_card(office, "3201010101900999")


def test_one_print_writes_its_ledger_rows_in_order_with_the_balances(office: Database) -> None:
    [nik] = add_records(office, 1)
    result = printing.record_print(office, nik, station=STATION, operator=OPERATOR)
    with office.read() as session:
        rows = session.execute(
            select(StockMovement.item, StockMovement.delta, StockMovement.balance_after)
            .where(StockMovement.attempt_id.is_not(None))
            .order_by(StockMovement.id)
        ).all()
        place = get_station(session, STATION)
        assert (place.ribbon_left, place.film_left) == (result.remaining.ribbon,
                                                        result.remaining.film)  # fmt: skip
    left = result.remaining
    assert rows == [("blank", -1, left.blank), ("ribbon", -1, left.ribbon), ("film", -1, left.film)]
    assert stock_books.ledger_mismatches(office) == []


def test_a_station_short_of_film_is_refused_naming_the_film(office: Database) -> None:
    with Session(office.engine) as session:
        place = get_station(session, STATION)
        with pytest.raises(OutOfStock, match="film"):
            stock.move_together(
                session,
                [("blank", None, -1), ("ribbon", place, -1), ("film", place, -10_000)],
                kind="consume",
                user_id=None,
            )
        session.rollback()
    with office.read() as session:
        assert session.scalar(select(Station.ribbon_left).where(Station.name == STATION)) == 500


def test_a_bulk_insert_must_name_every_column_that_has_a_default() -> None:
    with pytest.raises(ValueError, match="status"):
        BulkInsert(RECORD_TABLE, ("nik", "name", "priority", "band", "lane", "attempts"))


def test_queue_areas_count_each_age_band_as_a_row_by_row_reading_would(office: Database) -> None:
    now = datetime(2026, 5, 1, 12, 0)
    ages = [0, 1, 6, 7, 8, 30, 31, 45, 90, 91, 92, 400, 6, 31]
    for i, days in enumerate(ages):
        add_records(office, 1, start=now - timedelta(days=days, minutes=i), first_serial=i + 1,
                    priority="urgent" if i % 5 == 0 else "normal")  # fmt: skip
    [printed] = add_records(office, 1, first_serial=99)  # printed: not in the queue any more
    printing.record_print(office, printed, station=STATION, operator=OPERATOR)
    whens = [
        (Record.entered_at > now - timedelta(days=days), band)
        for band, days in enumerate(AGE_BAND_STARTS)
    ]
    banded = select(Record.kecamatan, case(*whens, else_=len(AGE_BAND_STARTS)).label("band"))
    with office.read() as session:
        found = _queue_areas(session, now)
        banded_queue = banded.where(status_is("queued")).subquery()
        rows = session.execute(
            select(banded_queue.c.kecamatan, banded_queue.c.band, func.count()).group_by(
                banded_queue.c.kecamatan, banded_queue.c.band
            )
        ).all()
    expected: dict[str, list[int]] = {}
    for kecamatan, band, count in rows:
        expected.setdefault(kecamatan, [0] * 4)[band] += count
    assert found == tuple(QueueArea(k, tuple(v)) for k, v in sorted(expected.items()))
    assert sum(found[0].by_age) == len(ages)


def test_the_start_up_check_begun_early_is_taken_not_run_again(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[Path] = []

    def check(path: Path, *, quick: bool = False, opened: object = None) -> list[str]:
        calls.append(path)
        return ["page 7: damaged"]

    monkeypatch.setattr(backup, "integrity_problems_of", check)
    monkeypatch.setattr(file_check, "integrity_problems_of", check)
    backup.start_quick_check(db)
    assert backup.integrity_problems(db, quick=True) == ["page 7: damaged"]
    assert len(calls) == 1
    assert backup.integrity_problems(db, quick=True) == ["page 7: damaged"]
    assert len(calls) == 2, "a later check reads the file again"


def test_the_launcher_finds_the_office_file_without_sqlalchemy(tmp_path: Path) -> None:
    assert file_check.sqlite_file(f"sqlite:///{tmp_path}/o.sqlite3") == tmp_path / "o.sqlite3"
    assert file_check.sqlite_file("sqlite+pysqlite:///rel/o.sqlite3?x=1") == Path("rel/o.sqlite3")
    assert file_check.sqlite_file("sqlite:///:memory:") is None
    assert file_check.sqlite_file("postgresql+psycopg://u@h/db") is None


def _sheet_xml(
    folder: Path, values: list[list[Any]], formats: list[str | None], *, fast: bool
) -> bytes:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("T")
    cells = _TableCells(sheet, formats)
    for row in values:
        if fast:
            sheet.append(cells.row(row))
        else:
            sheet.append([cell(sheet, v, f) for v, f in zip(row, formats, strict=True)])
    path = folder / f"{fast}.xlsx"
    book.save(path)
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml") + archive.read("xl/styles.xml")


def test_table_cells_write_what_styled_cells_write(tmp_path: Path) -> None:
    at = datetime(2026, 3, 4, 5, 6)
    values = [
        [at, "Siti", "=HYPERLINK(1)", 5, None, -3, date(2026, 1, 2), "#N/A"],
        [at, "", "+62 81", 0, "x\x01y", None, at, "a" * 40_000],
        [None, "-", "@a", 7, True, 2.5, None, "plain"],
    ]
    formats = ["dd-mm-yyyy hh:mm", None, None, "#,##0", None, "+#,##0;-#,##0;0", None, None]
    fast = _sheet_xml(tmp_path, values, formats, fast=True)
    assert fast == _sheet_xml(tmp_path, values, formats, fast=False)
