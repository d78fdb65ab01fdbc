"""The daily report laid out once, in Indonesian, as titled tables: the PDF and the workbook
draw the same sections with the same words and the same numbers, so the two files never
disagree. A value is text, a whole number, a time, or None (an empty cell)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Final

from ektp_desk.daily_report import DailyReport, Tally
from ektp_desk.domain import Level, Priority
from ektp_desk.indonesian import long_date, weekday
from ektp_desk.labels import label_in

TITLE: Final = "LAPORAN HARIAN PENCETAKAN KTP-EL"
SIGNERS: Final = ("Dibuat oleh, Koordinator Shift,", "Mengetahui, Kepala Seksi Pelayanan,")
NOTHING: Final = "(tidak ada)"
GATEWAY_WORDS: Final = {"gammu": "SMS (Gammu)", "whatsapp": "WhatsApp"}
FLAG_ITEMS: Final = {"blank": "Blangko", "ribbon": "Pita warna", "film": "Film"}
Value = str | int | datetime | None


@dataclass(frozen=True)
class Section:
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Value, ...], ...]
    total: tuple[Value, ...] | None = None
    note: str = ""
    widths: tuple[float, ...] = ()  # shares of the page's width, one per column


def period_text(report: DailyReport) -> str:
    """What "the day" is, as the paper says it."""
    day, next_day = report.start.date(), report.end.date()
    text = (
        f"Periode: {weekday(day)}, {long_date(day)} pukul 00.00.00 sampai sebelum "
        f"{weekday(next_day)}, {long_date(next_day)} pukul 00.00.00, menurut jam kantor "
        "(jam server basis data; pada berkas SQLite jam komputer ini). Setiap kejadian dihitung "
        "pada hari menurut waktu tercatatnya."
    )
    if not report.complete:
        text += (
            f" Hari ini belum selesai: angka dihitung sampai laporan dibuat pukul "
            f'{report.cut:%H.%M.%S}, dan keadaan "akhir hari" adalah keadaan pada saat itu.'
        )
    return text


def made_text(report: DailyReport) -> str:
    return f"Laporan dibuat {report.made_at:%d-%m-%Y %H.%M} oleh {report.made_by}."


def sections(report: DailyReport) -> list[Section]:
    return [
        _summary(report),
        _imports(report),
        _tallies("2. Pencetakan per loket", "Loket", report.stations),
        _tallies("3. Pencetakan per operator", "Operator", report.operators),
        _queue(report),
        _blanks(report),
        _rolls(report),
        _collected(report),
        _messages(report),
        _flags(report),
    ]


def _facts(
    title: str, rows: list[tuple[str, Value]], total: tuple[Value, ...] | None = None
) -> Section:
    return Section(title, ("Uraian", "Jumlah"), tuple(rows), total, widths=(0.7, 0.3))


def _summary(report: DailyReport) -> Section:
    sent = report.messages.sent_total
    return _facts("Ringkasan", [
        ("Data baru diimpor", report.imported),
        ("Kartu tercetak", report.printed),
        ("Kartu rusak (blangko terpakai)", report.spoiled),
        ("Data dalam antrian pada akhir hari", report.queued),
        ("Blangko di kantor pada akhir hari", report.blanks.closing),
        ("Kartu diambil", report.collected),
        ("Pesan siap ambil terkirim", sent),
    ])  # fmt: skip


def _imports(report: DailyReport) -> Section:
    lines = report.imports
    rows = tuple((line.at, line.file, line.rows, line.imported, line.duplicates, line.rejected)
                 for line in lines)  # fmt: skip
    total = ("Jumlah", None, sum(x.rows for x in lines), report.imported,
             sum(x.duplicates for x in lines), sum(x.rejected for x in lines))  # fmt: skip
    return Section("1. Data diimpor", ("Waktu", "Berkas", "Baris", "Data baru", "Duplikat",
                                       "Ditolak"), rows, total,
                   widths=(0.16, 0.4, 0.11, 0.11, 0.11, 0.11))  # fmt: skip


def _tallies(title: str, who: str, tallies: tuple[Tally, ...]) -> Section:
    rows = tuple((t.name, t.printed, t.spoiled, t.attempts) for t in tallies)
    printed, spoiled = sum(t.printed for t in tallies), sum(t.spoiled for t in tallies)
    return Section(title, (who, "Tercetak", "Rusak", "Jumlah percobaan"), rows,
                   ("Jumlah", printed, spoiled, printed + spoiled),
                   widths=(0.4, 0.2, 0.2, 0.2))  # fmt: skip


def _queue(report: DailyReport) -> Section:
    rows = tuple((label_in(Priority, kind).capitalize(), count) for kind, count in report.queue)
    note = (
        "Data yang sudah masuk antrian sebelum akhir hari dan belum tercetak baik saat itu "
        "(termasuk yang sedang di printer); data yang sedang ditahan tidak dihitung."
    )
    return Section("4. Antrian pada akhir hari menurut prioritas", ("Prioritas", "Jumlah data"),
                   rows, ("Jumlah", report.queued), note, widths=(0.7, 0.3))  # fmt: skip


def _blanks(report: DailyReport) -> Section:
    book = report.blanks
    rows: list[tuple[str, Value]] = [
        ("Saldo awal (pukul 00.00)", book.opening),
        ("Diterima", book.received),
        ("Dipakai untuk kartu tercetak", -book.printed),
        ("Dipakai untuk kartu rusak", -book.spoiled),
        ("Koreksi stok", book.adjusted),
    ]
    if book.other:
        rows.append(("Lainnya (dikembalikan)", book.other))
    note = (
        "" if book.reconciles else "PERHATIAN: saldo akhir tidak sama dengan saldo awal + mutasi."
    )
    return Section("5. Blangko masuk dan keluar (buku stok)", ("Uraian", "Jumlah"), tuple(rows),
                   ("Saldo akhir", book.closing), note, widths=(0.7, 0.3))  # fmt: skip


def _rolls(report: DailyReport) -> Section:
    rows = tuple(
        (line.station, line.printer, line.ribbon_prints, line.ribbon_cards, line.film_prints,
         line.film_cards, line.read_at, _reading(line.read_ribbon, line.read_film))
        for line in report.rolls
    )  # fmt: skip
    spares = dict(report.spare_rolls)
    note = (f"Roll segel cadangan di kantor pada akhir hari: pita warna "
            f"{spares.get('ribbon_roll', 0)}, film {spares.get('film_roll', 0)}.")  # fmt: skip
    return Section("6. Sisa pita warna (ribbon) dan film per loket pada akhir hari",
                   ("Loket", "Printer", "Pita: sisa cetak", "Pita: cukup kartu",
                    "Film: sisa cetak", "Film: cukup kartu", "Dibaca dari printer",
                    "Pita / film menurut printer"), rows, None, note,
                   widths=(0.11, 0.15, 0.1, 0.1, 0.1, 0.1, 0.16, 0.18))  # fmt: skip


def _reading(ribbon: int | None, film: int | None) -> str | None:
    if ribbon is None and film is None:
        return None
    return f"{'-' if ribbon is None else ribbon} / {'-' if film is None else film}"


def _collected(report: DailyReport) -> Section:
    self_ = report.collected - report.collected_by_representative
    return _facts("7. Pengambilan kartu", [
        ("Diambil sendiri oleh penduduk", self_),
        ("Diambil oleh wakil (dengan surat kuasa)", report.collected_by_representative),
    ], total=("Jumlah kartu diambil", report.collected))  # fmt: skip


def _messages(report: DailyReport) -> Section:
    book = report.messages
    rows: list[tuple[str, Value]] = [("Pesan baru ditulis ke kotak keluar", book.written)]
    rows += [(f"Terkirim melalui {GATEWAY_WORDS.get(g, g)}", n) for g, n in book.sent]
    rows += [("Dibatalkan (kartu diambil sebelum pesan terkirim)", book.cancelled),
             ("Masih menunggu dikirim pada akhir hari", book.waiting)]  # fmt: skip
    return _facts("8. Pesan siap ambil kepada penduduk", rows,
                  total=("Jumlah terkirim", book.sent_total))  # fmt: skip


def _flags(report: DailyReport) -> Section:
    rows = tuple(
        (_flag_item(flag.item, flag.station), flag.station or "Kantor",
         label_in(Level, flag.level), flag.runs_out_at, flag.shortfall or None, flag.text)
        for flag in report.flags
    )  # fmt: skip
    title = (f"9. Prakiraan kekurangan untuk shift berikutnya (dihitung saat laporan dibuat, "
             f"{report.made_at:%d-%m-%Y %H.%M})")  # fmt: skip
    return Section(title, ("Barang", "Loket", "Tingkat", "Habis sekitar", "Tak bisa dicetak",
                           "Keterangan"), rows,
                   widths=(0.12, 0.1, 0.08, 0.13, 0.1, 0.47))  # fmt: skip


def _flag_item(item: str, station: str | None) -> str:
    word = FLAG_ITEMS.get(item, item)
    return word if station is not None or item == "blank" else f"{word} (roll segel)"
