"""The handover's "Selisih printer" section: for each station, what its printer counted in
the shift against the attempts recorded, in the Indonesian of the rest of the Ringkasan."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from ektp_desk.printers.reconcile import GapKind, Interval

TITLE: Final = "Selisih printer"
HEADINGS: Final = ("Loket", "Awal", "Akhir", "Dihitung", "Dicatat", "Tidak tercatat", "Keterangan")
NO_READINGS: Final = "(tidak ada dua pembacaan printer dalam shift ini)"
_ROLL_WORDS: Final = {"ribbon": "Ribbon", "film": "Film"}


def add_printer_section(rows: Any, intervals: Sequence[Interval], last_column: int) -> None:
    """``rows`` is the Ringkasan's row writer (section, header, wrapped)."""
    rows.section(TITLE)
    if not intervals:
        rows.add(NO_READINGS)
        return
    rows.header(*HEADINGS)
    for gap in intervals:
        values = (gap.station, gap.start.card_counter, gap.end.card_counter, gap.counted,
                  gap.recorded, gap.unrecorded)  # fmt: skip
        rows.wrapped(remark(gap), len(HEADINGS), last_column, *values)


def remark(gap: Interval) -> str:
    """What the lead reads about one interval, in Indonesian."""
    said = [_counter_remark(gap)]
    for item, drift, printer, ledger in (
        ("ribbon", gap.ribbon_drift, gap.end.ribbon_left, gap.end.ledger_ribbon),
        ("film", gap.film_drift, gap.end.film_left, gap.end.ledger_film),
    ):
        if drift is not None and abs(drift) > gap.drift_limit:
            said.append(
                f"{_ROLL_WORDS[item]}: printer {printer} cetakan, buku stok {ledger} ({drift:+d})"
            )
    return "; ".join(said)


def _counter_remark(gap: Interval) -> str:
    if gap.kind == GapKind.RESET:
        return (
            f"Penghitung printer kembali dari {gap.start.card_counter} ke {gap.end.card_counter}"
            " (direset atau diservis): kartu di antara dua pembacaan tidak dapat diperiksa"
        )
    if gap.kind == GapKind.SWAPPED:
        return (
            f"Printer diganti (serial {gap.start.serial} menjadi {gap.end.serial}):"
            " kartu di antara dua pembacaan tidak dapat diperiksa"
        )
    if gap.kind == GapKind.NO_COUNTER:
        return "Tanpa angka penghitung kartu"
    unrecorded = gap.unrecorded or 0
    if unrecorded > 0:
        return f"{unrecorded} kartu dicetak printer tetapi tidak tercatat: periksa"
    if unrecorded < 0:
        return f"{-unrecorded} percobaan tercatat tidak dihitung printer: periksa"
    return "Cocok"
