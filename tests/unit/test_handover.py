"""The Excel handover of a shift, read back cell by cell and checked against the database."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from ektp_desk import shifts, stock_books
from ektp_desk.db import Database
from tests.conftest import LEAD, OPERATOR
from tests.unit.handover_sheets import (
    KINDS,
    REASONS,
    SHEETS,
    attempts,
    export,
    facts,
    ledger_rows,
    ledger_sums,
    only_shift,
    play_shift,
    row_after,
    snapshot,
    stock_table,
    table_rows,
)


def test_every_number_of_an_ended_shift_matches_the_database(
    office: Database, tmp_path: Path
) -> None:
    shift_id = only_shift(office)
    play_shift(office, tmp_path)
    shifts.end_shift(office, lead=LEAD, notes="Ribbon Loket 2 hampir habis.\n=SUM(A1)")
    tried = attempts(office, shift_id)
    printed = sum(n for (outcome, _r), n in tried.items() if outcome == "printed")
    spoiled = sum(n for (outcome, _r), n in tried.items() if outcome == "spoiled")
    assert (printed, spoiled) == (10, 5)

    summary, book = export(office, tmp_path, shift_id)

    assert (summary.printed, summary.spoiled) == (printed, spoiled)
    assert book.sheetnames == SHEETS
    ringkasan = facts(book["Ringkasan"])
    assert ringkasan["Tercetak"].value == printed
    assert ringkasan["Rusak"].value == spoiled
    assert ringkasan["Jumlah percobaan"].value == printed + spoiled
    assert ringkasan["No. shift"].value == shift_id
    assert ringkasan["Jenis shift"].value == "Pagi"
    assert ringkasan["Koordinator shift"].value == LEAD
    assert ringkasan["Operator yang mencetak"].value == f"{LEAD}, {OPERATOR}"
    assert isinstance(ringkasan["Mulai"].value, datetime)
    assert isinstance(ringkasan["Selesai"].value, datetime)
    progress = ringkasan["Capaian target harian"]
    assert progress.value == pytest.approx(printed / 1000)
    assert progress.number_format.endswith("%")
    by_reason = row_after(book["Ringkasan"], "Alasan")
    assert by_reason == {
        "Alasan": "Kartu rusak",
        **{word: tried[("spoiled", reason)] for reason, word in REASONS.items()},
        "Jumlah": spoiled,
    }
    assert by_reason["salah cetak"] == 2
    notes = [c.value for row in book["Ringkasan"].iter_rows() for c in row if c.value]
    assert "Ribbon Loket 2 hampir habis.\n=SUM(A1)" in notes


def test_every_stock_row_reconciles_with_snapshots_and_ledger(
    office: Database, tmp_path: Path
) -> None:
    shift_id = only_shift(office)
    play_shift(office, tmp_path)
    shifts.end_shift(office, lead=LEAD)
    _summary, book = export(office, tmp_path, shift_id)

    table = stock_table(book["Ringkasan"])
    opening, closing = snapshot(office, shift_id, "opening"), snapshot(office, shift_id, "closing")
    sums = ledger_sums(office, shift_id)
    assert list(table) == [
        "Blangko (kantor)", "Roll ribbon segel", "Roll film segel",
        "Ribbon Loket 1", "Film Loket 1", "Ribbon Loket 2", "Film Loket 2",
    ]  # fmt: skip
    for label, (awal, *moves, akhir) in table.items():
        assert akhir == awal + sum(moves), label
        assert awal == opening[label], label
        assert akhir == closing[label], label
        assert moves == [sums.get(label, {}).get(kind, 0) for kind in KINDS], label
    assert table["Blangko (kantor)"][1:3] == [50, 0]  # the delivery
    assert table["Blangko (kantor)"][6] == -2  # the count correction
    assert table["Roll ribbon segel"][2] == -1  # a sealed roll taken for the roll change
    ribbon = table["Ribbon Loket 1"]
    assert ribbon[2] == 500  # the new roll in
    assert ribbon[3] < 0  # the old roll's remainder out
    assert stock_books.ledger_mismatches(office) == []


def test_cetak_and_stok_hold_one_row_per_attempt_and_movement(
    office: Database, tmp_path: Path
) -> None:
    shift_id = only_shift(office)
    play_shift(office, tmp_path)
    shifts.end_shift(office, lead=LEAD)
    _summary, book = export(office, tmp_path, shift_id)

    cetak = table_rows(book["Cetak"])
    assert len(cetak) == sum(attempts(office, shift_id).values()) == 15
    assert [c.value for c in next(book["Cetak"].iter_rows(max_row=1))][:8] == [
        "Waktu", "NIK", "Nama", "Kecamatan", "Loket", "Operator", "Hasil", "Alasan rusak",
    ]  # fmt: skip
    for when, nik, *_rest in cetak:
        assert isinstance(when.value, datetime)
        assert when.number_format == "dd-mm-yyyy hh:mm"
        assert nik.data_type == "s"
        assert isinstance(nik.value, str)
        assert len(nik.value) == 16
        assert nik.value.isdigit()
    outcomes = Counter((row[6].value, row[7].value) for row in cetak)
    assert outcomes[("rusak", "salah cetak")] == 2
    assert outcomes[("tercetak", None)] == 10

    stok = table_rows(book["Stok"])
    assert len(stok) == ledger_rows(office, shift_id)
    for row in stok:
        assert isinstance(row[0].value, datetime)
        assert isinstance(row[4].value, int)
        assert isinstance(row[5].value, int)
    kinds = Counter(row[3].value for row in stok)
    assert (kinds["Diterima"], kinds["Koreksi"], kinds["Dilepas"]) == (1, 1, 1)
    assert (kinds["Rusak"], kinds["Terpakai"]) == (3 * 5, 3 * 10)
    delivery = next(row for row in stok if row[3].value == "Diterima")
    assert [c.value for c in delivery[1:8]] == [
        "Blangko", "Kantor", "Diterima", 50, delivery[5].value, LEAD, "BAST/002",
    ]  # fmt: skip


def test_table_sheets_freeze_the_header_filter_and_print_landscape_one_page_wide(
    office: Database, tmp_path: Path
) -> None:
    shift_id = only_shift(office)
    play_shift(office, tmp_path)
    _summary, book = export(office, tmp_path, shift_id)
    for name in SHEETS:
        sheet = book[name]
        assert sheet.page_setup.orientation == "landscape", name
        assert sheet.sheet_properties.pageSetUpPr.fitToPage is True, name
        assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0), name
    for name, last in (("Cetak", "I"), ("Stok", "I"), ("Antrian", "F")):
        sheet = book[name]
        header = sheet["A1"]
        assert sheet.freeze_panes == "A2", name
        assert header.font.b, name
        assert header.fill.fgColor.rgb.endswith("305496"), name
        assert sheet.auto_filter.ref.startswith("A1:" + last), name
        assert sheet.column_dimensions["A"].width > 10, name
    assert book["Cetak"].auto_filter.ref == "A1:I16"
