"""Playing a shift and reading its handover workbook back: shared by the handover tests."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import func, select

from ektp_desk import printing, shifts, stock, stock_books
from ektp_desk.db import Database
from ektp_desk.handover import write_handover
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
