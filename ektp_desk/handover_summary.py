"""The Ringkasan sheet: the one page a shift lead signs and hands to the next shift."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Final

from openpyxl.cell import Cell
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break

from ektp_desk.handover_data import HandoverReport
from ektp_desk.handover_stock import StockLine
from ektp_desk.handover_xlsx import (
    BOLD,
    DATE,
    ITEM_WORDS,
    KIND_WORDS,
    LEFT,
    OFFICE_PLACE,
    PERCENT,
    SECTION,
    TITLE,
    TOP,
    WRAP,
    cell,
    header_cells,
    new_sheet,
    reason_word,
    text,
    total_cells,
)
from ektp_desk.i18n import Message, in_language
from ektp_desk.printers.handover_section import add_printer_section

if TYPE_CHECKING:
    from ektp_desk.handover_data import SummaryExtras

WIDTHS: Final = (30, 18, *([12] * 8))
TITLE_TEXT: Final = "LAPORAN SERAH TERIMA SHIFT CETAK KTP-EL"
NO_FORECAST: Final = "(belum ada prakiraan)"
NO_NOTES: Final = "(tidak ada catatan)"
SHIFT_WORDS: Final = {"pagi": "Pagi", "siang": "Siang", "lembur_malam": "Lembur malam"}
PRIORITY_WORDS: Final = {
    "normal": "Biasa",
    "priority": "Prioritas",
    "elderly": "Lansia",
    "disabled": "Disabilitas",
    "sick": "Sakit",
    "urgent": "Mendesak",
}
LEVEL_WORDS: Final = {"ok": "aman", "low": "menipis", "short": "kurang", "out": "habis"}
_LEVEL_FILLS: Final = {
    level: PatternFill("solid", fgColor=color)
    for level, color in (("low", "FFF2CC"), ("short", "F8CBAD"), ("out", "FF7C80"))
}
STOCK_HEADINGS: Final = ("Barang", "Awal", *KIND_WORDS.values(), "Akhir")
FLAG_HEADINGS: Final = ("Barang", "Loket", "Tingkat", "Habis sekitar", "Tak bisa dicetak",
                        "Keterangan")  # fmt: skip
ORDER_HEADINGS: Final = ("Barang", "Jumlah", "Diharapkan", "Referensi", "Dicatat oleh")
ORDER_WORDS: Final = {"blank": "Blangko", "ribbon": "Rol pita warna", "film": "Rol film"}
NO_ORDERS: Final = "(tidak ada pesanan yang sedang dikirim)"
_LINE_HEIGHT: Final = 15.0  # points per line of 11 pt text
_TEXT_HEADINGS: Final = frozenset(
    {"Loket", "Tingkat", "Keterangan", "Habis sekitar", "Diharapkan", "Referensi", "Dicatat oleh"}
)


class _Rows:
    """Appends rows to a write-only sheet and counts them, for merges and row heights."""

    def __init__(self, sheet: Any) -> None:
        self.sheet = sheet
        self.count = 0

    def add(self, *values: object, height: float | None = None) -> int:
        self.count += 1
        if height is not None:
            self.sheet.row_dimensions[self.count].height = height
        self.sheet.append([self.cell(value) for value in values])
        return self.count

    def cell(self, value: object, number_format: str | None = None, **style: Any) -> Any:
        if value is None or isinstance(value, Cell):
            return value
        return cell(self.sheet, value, number_format, **style)

    def section(self, title: str) -> None:
        self.add()
        self.add(self.cell(title, font=SECTION))

    def fact(self, label: str, value: object, number_format: str | None = None) -> None:
        made = self.cell(value, number_format, font=BOLD)
        made.alignment = LEFT
        self.add(label, made)

    def page_break(self) -> None:
        self.sheet.row_breaks.append(Break(id=self.count))

    def header(self, *titles: str, height: float | None = None) -> None:
        """A header row; every column after the first holds numbers, except where text is."""
        numeric = [False, *(title not in _TEXT_HEADINGS for title in titles[1:])]
        self.add(*header_cells(self.sheet, titles, numeric), height=height)

    def total(self, *values: object) -> None:
        self.add(*total_cells(self.sheet, values))

    def wrapped(self, value: str, first: int, last: int, *before: object) -> None:
        """Text wrapped over the merged columns first..last (1-based), tall enough to read."""
        chars = sum(WIDTHS[first - 1 : last])
        lines = sum(max(1, math.ceil(len(part) / chars)) for part in value.splitlines() or [""])
        made = text(self.sheet, value)
        made.alignment = WRAP
        cells = [self.cell(one) for one in before]
        for one in cells:
            if one is not None:
                one.alignment = TOP
        row = self.add(*cells, made, height=max(1, lines) * _LINE_HEIGHT)
        self.sheet.merged_cells.add(f"{_col(first)}{row}:{_col(last)}{row}")


def add_summary_sheet(
    book: Any,
    report: HandoverReport,
    flags: Sequence[object],
    extras: SummaryExtras | None = None,
    printer_gaps: Sequence[Any] = (),
) -> None:
    rows = _Rows(new_sheet(book, "Ringkasan", WIDTHS))
    for part in (_heading, _shift_facts, _results, _reasons, _operators, _queue, _stock):
        part(rows, report)
    _flags(rows, flags)
    if extras is not None:
        _waiting(rows, extras.forecast)
        _orders(rows, extras)
    add_printer_section(rows, printer_gaps, len(WIDTHS))  # "Selisih printer"
    _notes(rows, report)
    _chain_heads(rows, report)
    _signatures(rows, report)


def _heading(rows: _Rows, report: HandoverReport) -> None:
    rows.add(rows.cell(TITLE_TEXT, font=TITLE), height=22)
    rows.add(rows.cell(report.office.office_name, font=BOLD))


def _shift_facts(rows: _Rows, report: HandoverReport) -> None:
    shift = report.shift
    rows.section("Shift")
    rows.fact("Kantor", report.office.office_name)
    rows.fact("Tanggal", shift.started_at.date(), DATE)
    rows.fact("No. shift", shift.id)
    rows.fact("Jenis shift", SHIFT_WORDS.get(shift.kind, shift.kind))
    rows.fact("Mulai", shift.started_at)
    rows.fact("Selesai", shift.ended_at or "masih berjalan (laporan sementara)")
    rows.fact("Koordinator shift", shift.lead)
    if shift.ended_at is not None:
        rows.fact("Ditutup oleh", report.ended_by or "-")
    rows.fact("Loket", ", ".join(shift.stations) or "-")
    rows.fact("Operator yang mencetak", ", ".join(t.name for t in report.operators) or "-")
    rows.fact("Laporan dibuat", report.made_at)


def _results(rows: _Rows, report: HandoverReport) -> None:
    rows.section("Hasil cetak")
    rows.fact("Tercetak", report.printed)
    rows.fact("Rusak", report.spoiled)
    rows.fact("Jumlah percobaan", report.printed + report.spoiled)
    rows.fact("Target harian", report.office.daily_target)
    rows.fact("Capaian target harian", report.target_progress, PERCENT)


def _reasons(rows: _Rows, report: HandoverReport) -> None:
    rows.section("Kartu rusak per alasan")
    words = (reason_word(reason) for reason, _n in report.spoiled_by_reason)
    rows.header("Alasan", *words, "Jumlah", height=2 * _LINE_HEIGHT)
    rows.total("Kartu rusak", *(n for _r, n in report.spoiled_by_reason), report.spoiled)


def _operators(rows: _Rows, report: HandoverReport) -> None:
    rows.section("Per operator")
    rows.header("Operator", "Tercetak", "Rusak")
    for tally in report.operators:
        rows.add(tally.name, tally.printed, tally.spoiled)
    rows.total("Jumlah", report.printed, report.spoiled)


def _queue(rows: _Rows, report: HandoverReport) -> None:
    rows.section("Sisa antrian saat laporan dibuat")
    kinds = report.queue_by_priority
    rows.header("Prioritas", *(PRIORITY_WORDS.get(kind, kind) for kind, _n in kinds), "Jumlah")
    rows.total("Dalam antrian", *(n for _kind, n in kinds), report.queued)
    rows.fact("Sedang dicetak (hasil belum dicatat)", report.printing)
    rows.fact("Ditahan", report.on_hold)
    rows.add("Rincian per kecamatan dan umur data: lembar Antrian.")


def _stock(rows: _Rows, report: HandoverReport) -> None:
    rows.page_break()  # page 2: stock, the next shift's warnings, notes and signatures
    rows.add(rows.cell("Stok selama shift", font=SECTION))
    if report.shift.ended_at is None:
        rows.add("Shift masih berjalan: Akhir = saldo saat laporan dibuat.")
    rows.header(*STOCK_HEADINGS)
    for line in report.stock:
        rows.add(*_stock_values(line))
    rows.add("Awal + Diterima + Dipasang + Dilepas + Terpakai + Rusak + Koreksi + Kembali = Akhir")


def _stock_values(line: StockLine) -> tuple[object, ...]:
    return (line.label, line.opening, *line.moves, line.closing)


def _flags(rows: _Rows, flags: Sequence[object]) -> None:
    rows.section("Peringatan stok untuk shift berikutnya")
    if not flags:
        rows.add(NO_FORECAST)
        return
    rows.header(*FLAG_HEADINGS)
    for flag in flags:
        rows.wrapped(
            _sentence(getattr(flag, "message", "")), 6, len(WIDTHS), *_flag_values(rows, flag)
        )


def _flag_values(rows: _Rows, flag: object) -> tuple[object, ...]:
    item, level = str(getattr(flag, "item", "")), str(getattr(flag, "level", ""))
    station = getattr(flag, "station", None)
    tier = text(rows.sheet, LEVEL_WORDS.get(level, level))
    if level in _LEVEL_FILLS:
        tier.fill = _LEVEL_FILLS[level]
        tier.font = BOLD
    ends = getattr(flag, "runs_out_at", None)
    return (
        ITEM_WORDS.get(item, item), str(station) if station else OFFICE_PLACE, tier,
        f"{ends:%d-%m %H:%M}" if isinstance(ends, datetime) else "-",
        getattr(flag, "shortfall", None),
    )  # fmt: skip


def _waiting(rows: _Rows, forecast: object | None) -> None:
    """The records the next shift finds waiting, and leaves waiting, by the same forecast."""
    if forecast is None:
        return
    rows.fact("Data menunggu saat shift berikutnya mulai", getattr(forecast, "queue", None))
    rows.fact("Data menunggu saat shift berikutnya selesai",
              getattr(forecast, "waiting_at_next_end", None))  # fmt: skip


def _orders(rows: _Rows, extras: SummaryExtras) -> None:
    rows.section("Pesanan yang sedang dikirim")
    if not extras.orders:
        rows.add(NO_ORDERS)
        return
    rows.header(*ORDER_HEADINGS)
    for order in extras.orders:
        rows.add(ORDER_WORDS.get(str(order.item), str(order.item)), order.qty,
                 text(rows.sheet, f"{order.expected_at:%d-%m-%Y %H:%M}"),
                 text(rows.sheet, order.ref), text(rows.sheet, order.ordered_by))  # fmt: skip


def _notes(rows: _Rows, report: HandoverReport) -> None:
    rows.section("Catatan serah terima")
    rows.wrapped(report.shift.notes or NO_NOTES, 1, len(WIDTHS))


def _chain_heads(rows: _Rows, report: HandoverReport) -> None:
    """The seal of the books: a later rewrite of the ledger or the audit log shows against it."""
    rows.section("Segel buku (rantai hash)")
    for mark in report.chains:
        label = CHAIN_WORDS.get(mark.table, mark.table)
        rows.fact(label, f"baris #{mark.last_id or 0}, hash {mark.hash_prefix}")


CHAIN_WORDS = {"stock_movements": "Buku stok", "audit_log": "Log audit"}


def _signatures(rows: _Rows, report: HandoverReport) -> None:
    rows.add()
    rows.add("Yang menyerahkan,", None, None, None, None, "Yang menerima,")
    for _ in range(3):
        rows.add()
    rows.add(f"({report.shift.lead})", None, None, None, None, "(" + "." * 30 + ")")


def _col(index: int) -> str:
    return str(get_column_letter(index))


def _sentence(message: object) -> str:
    """A flag's message in Indonesian, as the rest of the report."""
    text = in_language(message) if isinstance(message, Message) else str(message)
    return text[:1].upper() + text[1:]
