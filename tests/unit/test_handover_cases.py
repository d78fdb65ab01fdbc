"""The handover at its edges: hostile text, open and later shifts, the queue left, the
forecast, refusals and failed saves."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from ektp_desk import printing, shifts, stock
from ektp_desk.db import Database
from ektp_desk.errors import NotFound, Refused
from ektp_desk.handover import write_handover
from ektp_desk.i18n import Message
from ektp_desk.models import StockSnapshot
from tests.conftest import LEAD, OPERATOR, OTHER_STATION
from tests.factories import add_records
from tests.unit.handover_sheets import (
    HOSTILE,
    HOSTILE_NIK,
    KINDS,
    current_balances,
    export,
    facts,
    ledger_sums,
    only_shift,
    play_shift,
    row_after,
    snapshot,
    stock_table,
    table_rows,
)


def test_a_hostile_name_is_written_as_plain_text_never_a_formula(
    office: Database, tmp_path: Path
) -> None:
    shift_id = only_shift(office)
    play_shift(office, tmp_path)
    summary, book = export(office, tmp_path, shift_id)

    [hostile] = [row for row in table_rows(book["Cetak"]) if row[1].value == HOSTILE_NIK]
    name, kecamatan = hostile[2], hostile[3]
    assert (name.value, name.data_type, name.quotePrefix) == (HOSTILE, "s", True)
    assert (kecamatan.value, kecamatan.data_type, kecamatan.quotePrefix) == ("@Ciawi", "s", True)
    with zipfile.ZipFile(summary.path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert len(sheets) == 4
        for part in sheets:
            assert b"<f>" not in archive.read(part), part


def test_an_open_shift_exports_the_balances_as_they_stand(office: Database, tmp_path: Path) -> None:
    shift_id = only_shift(office)
    play_shift(office, tmp_path)
    summary, book = export(office, tmp_path, shift_id)

    assert facts(book["Ringkasan"])["Selesai"].value == "masih berjalan (laporan sementara)"
    table = stock_table(book["Ringkasan"])
    assert {label: row[-1] for label, row in table.items()} == current_balances(office)
    opening, sums = snapshot(office, shift_id, "opening"), ledger_sums(office, shift_id)
    for label, (awal, *moves, akhir) in table.items():
        assert awal == opening[label], label
        assert akhir == awal + sum(moves), label
        assert moves == [sums.get(label, {}).get(kind, 0) for kind in KINDS], label
    assert summary.printed == 10


def test_a_later_shift_reports_only_its_own_attempts_and_an_earlier_one_stays_put(
    office: Database, tmp_path: Path
) -> None:
    first = only_shift(office)
    play_shift(office, tmp_path)
    shifts.end_shift(office, lead=LEAD)
    _summary, before = export(office, tmp_path, first)
    night = shifts.start_shift(office, "lembur_malam", lead=LEAD, stations=[OTHER_STATION])
    for nik in add_records(office, 2, first_serial=500):
        printing.record_print(office, nik, station=OTHER_STATION, operator=OPERATOR)
    stock.receive(office, "film", 1, ref="SJ/F/002", operator=LEAD)

    summary, book = export(office, tmp_path, night.id)
    assert (summary.printed, summary.spoiled) == (2, 0)
    assert len(table_rows(book["Cetak"])) == 2
    assert facts(book["Ringkasan"])["Jenis shift"].value == "Lembur malam"
    assert len(table_rows(book["Stok"])) == 2 * 3 + 1
    _summary, again = export(office, tmp_path, first)
    assert stock_table(again["Ringkasan"]) == stock_table(before["Ringkasan"])
    assert len(table_rows(again["Cetak"])) == 15


def test_the_queue_left_is_counted_by_priority_kecamatan_and_age(
    office: Database, tmp_path: Path
) -> None:
    now = datetime.now()
    for days, serial in ((2, 100), (10, 200), (45, 300), (200, 400)):
        add_records(office, serial // 100, start=now - timedelta(days=days), first_serial=serial)
    add_records(office, 3, priority="elderly", start=now - timedelta(days=3), first_serial=600)
    shift_id = only_shift(office)
    _summary, book = export(office, tmp_path, shift_id)

    queue = row_after(book["Ringkasan"], "Prioritas")
    assert (queue["Biasa"], queue["Lansia"], queue["Mendesak"], queue["Jumlah"]) == (10, 3, 0, 13)
    rows = [[c.value for c in row] for row in book["Antrian"].iter_rows()]
    assert rows[0] == ["Kecamatan", "< 7 hari", "7–30 hari", "31–90 hari", "> 90 hari", "Jumlah"]
    assert rows[1] == ["Cibinong", 1 + 3, 2, 3, 4, 13]
    assert rows[-1] == ["Jumlah", 4, 2, 3, 4, 13]


def test_forecast_flags_are_rendered_and_their_absence_is_said(
    office: Database, tmp_path: Path
) -> None:
    @dataclass(frozen=True)
    class Flag:
        item: str
        station: str | None
        level: str
        covers: int
        needed: int
        message: Message

    shift_id = only_shift(office)
    _summary, book = export(office, tmp_path, shift_id)
    values = [c.value for row in book["Ringkasan"].iter_rows() for c in row]
    assert "(belum ada prakiraan)" in values

    flag = Flag("ribbon", OTHER_STATION, "short", 80, 300, Message("Ribbon {s} runs out", {"s": 2}))
    _summary, book = export(office, tmp_path, shift_id, flags=[flag])
    rows = [[c.value for c in row] for row in book["Ringkasan"].iter_rows()]
    assert ["Ribbon", OTHER_STATION, "kurang", "-", None, "Ribbon 2 runs out"] in [
        row[:6] for row in rows
    ]
    assert "(belum ada prakiraan)" not in [row[0] for row in rows]


def test_an_unknown_shift_is_not_found_and_nothing_is_written(
    office: Database, tmp_path: Path
) -> None:
    with pytest.raises(NotFound, match="there is no shift 99"):
        write_handover(office, 99, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_a_missing_folder_or_a_non_xlsx_name_is_refused(office: Database, tmp_path: Path) -> None:
    shift_id = only_shift(office)
    with pytest.raises(Refused, match="does not exist"):
        write_handover(office, shift_id, tmp_path / "tidak-ada" / "x.xlsx")
    with pytest.raises(Refused, match=r"must be an \.xlsx file"):
        write_handover(office, shift_id, tmp_path / "x.csv")


def test_a_stock_row_that_does_not_add_up_refuses_the_report_and_keeps_the_old_file(
    office: Database, tmp_path: Path
) -> None:
    shift_id = only_shift(office)
    play_shift(office, tmp_path)
    shifts.end_shift(office, lead=LEAD)
    summary, _book = export(office, tmp_path, shift_id)
    good = summary.path.read_bytes()
    with office.write() as session:
        session.execute(
            update(StockSnapshot)
            .where(StockSnapshot.shift_id == shift_id, StockSnapshot.moment == "closing")
            .where(StockSnapshot.item == "blank")
            .values(qty=StockSnapshot.qty + 1)
        )
    with pytest.raises(Refused, match=r"Blangko \(kantor\) in shift 1 does not add up"):
        export(office, tmp_path, shift_id)
    assert summary.path.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_a_failed_save_leaves_no_half_workbook(
    office: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shift_id = only_shift(office)
    target = tmp_path / "serah-terima.xlsx"
    target.write_bytes(b"last week's report")

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("ektp_desk.atomic.os.replace", disk_full)
    with pytest.raises(Refused, match="No space left on device"):
        write_handover(office, shift_id, target)
    assert target.read_bytes() == b"last week's report"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
