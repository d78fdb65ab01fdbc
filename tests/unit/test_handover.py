"""The Excel handover of a shift, read back cell by cell and checked against the database."""

from __future__ import annotations

import zipfile
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select, update

from ektp_desk import printing, shifts, stock, stock_books
from ektp_desk.db import Database
from ektp_desk.errors import NotFound, Refused
from ektp_desk.handover import write_handover
from ektp_desk.i18n import Message
from ektp_desk.imports import import_records
from ektp_desk.models import PrintAttempt, Shift, Station, StockMovement, StockSnapshot
from tests.conftest import LEAD, OPERATOR, OTHER_STATION, STATION
from tests.factories import add_records, make_nik

SHEETS = ["Ringkasan", "Cetak", "Stok", "Antrian"]
HOSTILE = '=HYPERLINK("http://x","klik")'
HOSTILE_NIK = make_nik(serial=9001)
SPOILS = ["misprint", None, "ribbon_break", None, None, "card_jam", "misprint", None, "chip_error"]
KINDS = ["receive", "load_roll", "unload", "consume", "spoil", "adjust", "return"]
REASONS = {
    "ribbon_break": "pita warna putus",
    "film_jam": "film macet",
    "misprint": "salah cetak",
    "chip_error": "kesalahan chip / encoding",
    "card_jam": "kartu macet",
    "other": "lainnya",
}
OFFICE_LABELS = {
    "blank": "Blangko (kantor)",
    "ribbon_roll": "Roll ribbon segel",
    "film_roll": "Roll film segel",
}
MOVE_HEADINGS = ["Diterima", "Dipasang", "Dilepas", "Terpakai", "Rusak", "Koreksi", "Kembali"]


# --- playing a shift ----------------------------------------------------------------------


def import_hostile_record(db: Database, folder: Path) -> None:
    """A registry export whose name cell is a formula, imported the way IT imports files."""
    path = folder / "rekam-hostile.csv"
    path.write_text(
        f'NIK;Nama Lengkap;Kecamatan\r\n{HOSTILE_NIK};"{HOSTILE.replace(chr(34), chr(34) * 2)}";'
        "@Ciawi\r\n",
        encoding="utf-8",
    )
    assert import_records(db, path).imported == 1


def play_shift(db: Database, folder: Path) -> None:
    """Prints and spoils (several reasons) at both stations, a roll change, a delivery, a
    count correction, and the hostile record printed."""
    import_hostile_record(db, folder)
    niks = add_records(db, len(SPOILS))
    for i, (nik, reason) in enumerate(zip(niks, SPOILS, strict=True)):
        place = STATION if i % 2 else OTHER_STATION
        printing.record_print(db, nik, station=place, operator=OPERATOR, spoiled=reason)
        if i == 4:
            stock.load_roll(db, "ribbon", station=STATION, operator=LEAD)
    stock.receive(db, "blank", 50, ref="BAST/002", operator=LEAD)
    stock.adjust(db, "blank", -2, reason="selisih hitung", operator=LEAD)
    printing.record_print(db, HOSTILE_NIK, station=STATION, operator=LEAD)
    for nik, reason in zip(niks, SPOILS, strict=True):  # spoiled cards are queued again
        if reason:
            printing.record_print(db, nik, station=OTHER_STATION, operator=OPERATOR)


def only_shift(db: Database) -> int:
    [shift] = shifts.open_shifts(db)
    return shift.id


def export(db: Database, folder: Path, shift_id: int, **kwargs: Any) -> tuple[Any, Any]:
    summary = write_handover(db, shift_id, folder / f"serah-terima-{shift_id}.xlsx", **kwargs)
    return summary, openpyxl.load_workbook(summary.path)


# --- what the database says -----------------------------------------------------------------


def attempts(db: Database, shift_id: int) -> Counter[tuple[str, str | None]]:
    with db.read() as session:
        rows = session.execute(
            select(PrintAttempt.outcome, PrintAttempt.spoil_reason).where(
                PrintAttempt.shift_id == shift_id
            )
        )
        return Counter((outcome, reason) for outcome, reason in rows)


def window(db: Database, shift_id: int) -> Any:
    with db.read() as session:
        shift = session.get(Shift, shift_id)
        assert shift is not None
        condition = StockMovement.at >= shift.started_at
        if shift.ended_at is not None:
            condition &= StockMovement.at <= shift.ended_at
        return condition


def ledger_sums(db: Database, shift_id: int) -> dict[str, dict[str, int]]:
    """label -> kind -> signed sum of the shift's ledger rows."""
    labels = station_labels(db)
    with db.read() as session:
        rows = session.execute(
            select(
                StockMovement.item, StockMovement.station_id, StockMovement.kind,
                func.sum(StockMovement.delta),
            )
            .where(window(db, shift_id))
            .group_by(StockMovement.item, StockMovement.station_id, StockMovement.kind)
        )  # fmt: skip
        sums: dict[str, dict[str, int]] = {}
        for item, station, kind, total in rows:
            sums.setdefault(labels(item, station), {})[kind] = total
    return sums


def ledger_rows(db: Database, shift_id: int) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).where(window(db, shift_id))) or 0


def snapshot(db: Database, shift_id: int, moment: str) -> dict[str, int]:
    labels = station_labels(db)
    with db.read() as session:
        rows = session.execute(
            select(StockSnapshot.item, StockSnapshot.station_id, StockSnapshot.qty).where(
                StockSnapshot.shift_id == shift_id, StockSnapshot.moment == moment
            )
        )
        return {labels(item, station): qty for item, station, qty in rows}


def current_balances(db: Database) -> dict[str, int]:
    levels = stock_books.stock_levels(db)
    found = {
        "Blangko (kantor)": levels.blank,
        "Roll ribbon segel": levels.spare_ribbon,
        "Roll film segel": levels.spare_film,
    }
    for place in levels.stations:
        found[f"Ribbon {place.station}"] = place.ribbon
        found[f"Film {place.station}"] = place.film
    return found


def station_labels(db: Database) -> Any:
    with db.read() as session:
        names = dict(session.execute(select(Station.id, Station.name)).all())

    def label(item: str, station: int | None) -> str:
        if station is None:
            return OFFICE_LABELS[item]
        return f"{item.capitalize()} {names[station]}"

    return label


# --- what the workbook says -----------------------------------------------------------------


def facts(sheet: Any) -> dict[str, Any]:
    """Ringkasan label (column A) -> the value cell beside it; the first of each label."""
    found: dict[str, Any] = {}
    for label, value in sheet.iter_rows(min_col=1, max_col=2):
        if isinstance(label.value, str) and value.value is not None:
            found.setdefault(label.value, value)
    return found


def row_after(sheet: Any, heading: str) -> dict[str, Any]:
    """A heading row whose first cell is ``heading`` and the row under it, as a mapping."""
    rows = list(sheet.iter_rows(values_only=True))
    for index, row in enumerate(rows):
        if row[0] == heading:
            under = rows[index + 1]
            return {title: value for title, value in zip(row, under, strict=True) if title}
    raise AssertionError(f"no row starting with {heading!r}")


def stock_table(sheet: Any) -> dict[str, list[int]]:
    """Ringkasan stock rows: label -> [Awal, movements..., Akhir]."""
    rows = list(sheet.iter_rows(values_only=True))
    start = next(i for i, row in enumerate(rows) if row[:2] == ("Barang", "Awal"))
    assert list(rows[start][2:10]) == [*MOVE_HEADINGS, "Akhir"]
    table: dict[str, list[int]] = {}
    for row in rows[start + 1 :]:
        if not isinstance(row[1], int):
            break
        table[row[0]] = list(row[1:10])
    return table


def table_rows(sheet: Any) -> list[tuple[Any, ...]]:
    return [row for row in sheet.iter_rows(min_row=2) if any(c.value is not None for c in row)]


# --- the tests ------------------------------------------------------------------------------


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
