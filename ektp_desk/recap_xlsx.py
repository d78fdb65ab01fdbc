"""The monthly recap as a workbook, the same figures as the PDF: the register by source and
cause, the month's destructions, and the blank cards against the stock card."""

from __future__ import annotations

from typing import Any, Final

from ektp_desk import handover_xlsx as xlsx
from ektp_desk.destruction_pdf import CAUSE_WORDS, SOURCE_WORDS
from ektp_desk.domain import CardSource, InvalidCause
from ektp_desk.handover_xlsx import COUNT, SIGNED, Column
from ektp_desk.recap import FIGURES, Recap
from ektp_desk.recap_pdf import FIGURE_WORDS, YES_NO, blank_rows, month_words

REGISTER_COLUMNS: Final = (
    Column("Asal kartu", 28),
    Column("Sebab", 26),
    *(Column(words, 14, COUNT) for words in FIGURE_WORDS.values()),
)
DESTRUCTION_COLUMNS: Final = (
    Column("Nomor berita acara", 30),
    Column("Tanggal", 14, xlsx.DATE),
    Column("Jumlah keping", 14, COUNT),
)
BLANK_COLUMNS: Final = (Column("Uraian", 34), Column("Keping", 14, SIGNED))
TOTAL_WORD: Final = "Jumlah"
ALL_WORD: Final = "Jumlah seluruhnya"


def recap_workbook(recap: Recap) -> Any:
    book = xlsx.new_workbook()
    sheet = xlsx.add_table(book, "Register", REGISTER_COLUMNS, register_rows(recap))
    sheet.oddHeader.center.text = f"Rekapitulasi {month_words(recap.month)} - {recap.office}"
    xlsx.add_table(book, "Pemusnahan", DESTRUCTION_COLUMNS,
                   ((d.number, d.held_on, d.cards) for d in recap.destructions))  # fmt: skip
    blanks: list[tuple[str, object]] = [*blank_rows(recap)]
    blanks.append(("Kartu stok", YES_NO[recap.blanks.matches]))
    blanks.append(("Sebab dikoreksi bulan ini", recap.corrections))
    xlsx.add_table(book, "Blangko", BLANK_COLUMNS, blanks)
    return book


def register_rows(recap: Recap) -> list[tuple[object, ...]]:
    """Each source's causes and its total, then each cause over both sources, then the total."""
    rows: list[tuple[object, ...]] = []
    for source in CardSource:
        for cause in InvalidCause:
            line = next(x for x in recap.lines if x.source == source and x.cause == cause)
            rows.append((SOURCE_WORDS[source], CAUSE_WORDS[cause],
                         *(getattr(line, f) for f in FIGURES)))  # fmt: skip
        rows.append((SOURCE_WORDS[source], TOTAL_WORD,
                     *(recap.total(f, source) for f in FIGURES)))  # fmt: skip
    for cause in InvalidCause:
        rows.append(
            ("Semua asal", CAUSE_WORDS[cause], *(recap.by_cause(f, cause) for f in FIGURES))
        )
    rows.append((ALL_WORD, "", *(recap.total(f) for f in FIGURES)))
    return rows
