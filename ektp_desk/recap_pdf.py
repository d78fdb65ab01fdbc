"""The monthly recap as a PDF, in Bahasa Indonesia, to send up the chain: the register by cause
and source, the month's destructions, the blank cards matched to the stock card, and places
for the maker (the shift lead) and the head of section who acknowledges it."""

from __future__ import annotations

from datetime import date
from typing import Any, Final
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from ektp_desk.destruction_pdf import CAUSE_WORDS, SOURCE_WORDS
from ektp_desk.domain import CardSource, InvalidCause
from ektp_desk.indonesian import MONTHS, long_date
from ektp_desk.paper_pdf import CELL_LEADING, CELL_SIZE, GRID, MARGIN, para, pdf, signature_blocks
from ektp_desk.recap import FIGURES, Recap

TITLE: Final = "REKAPITULASI BULANAN KTP-EL RUSAK / INVALID DAN BLANGKO"
FIGURE_WORDS: Final = {
    "opening": "Awal bulan",
    "added": "Bertambah",
    "destroyed": "Dimusnahkan",
    "closing": "Akhir bulan",
}
YES_NO: Final = {True: "COCOK", False: "TIDAK COCOK"}


def month_words(month: date) -> str:
    return f"{MONTHS[month.month - 1]} {month.year}"


def blank_rows(recap: Recap) -> list[tuple[str, int]]:
    """The stock card's lines, as both papers show them."""
    b = recap.blanks
    return [
        ("Stok awal bulan", b.opening),
        ("Diterima", b.received),
        ("Dipakai: cetak baik", -b.printed),
        ("Dipakai: rusak saat cetak", -b.spoiled),
        ("Koreksi stok (+/-)", b.adjusted),
        ("Dikembalikan", -b.returned),
        ("Stok akhir menurut perhitungan", b.closing),
        ("Stok akhir menurut kartu stok", b.card_closing),
    ]


def recap_pdf(recap: Recap, pagesize: tuple[float, float] = A4) -> bytes:
    footer = f"Rekapitulasi {month_words(recap.month)} - {recap.office}"
    width = pagesize[0] - 2 * MARGIN
    return pdf(lambda: _story(recap, width), footer, title=TITLE, pagesize=pagesize)


def _story(recap: Recap, width: float) -> list[Any]:
    story: list[Any] = [
        para(TITLE, "title"),
        para(escape(recap.office), "office"),
        para(f"Bulan {month_words(recap.month)} (1 s.d. {long_date(recap.last_day)})", "centre"),
        Spacer(1, 3 * mm),
        para("<b>A. Register KTP-el rusak/invalid menurut sebab dan asal kartu</b>", "body"),
        _register(recap),
        para(f"Sebab yang dikoreksi koordinator shift bulan ini: {recap.corrections}.", "body"),
        _side_by_side(
            [para("<b>B. Pemusnahan bulan ini</b>", "body"), _destructions(recap)],
            [para("<b>C. Blangko KTP-el (kartu stok)</b>", "body"), _blanks(recap)],
            width,
        ),
        para(_checks(recap), "body"),
    ]
    story.append(KeepTogether(_signatures(recap, width)))
    return story


def _side_by_side(left: list[Any], right: list[Any], width: float) -> Table:
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]
    return Table([[left, right]], colWidths=[width * 0.55, width * 0.45], style=style)


def _register(recap: Recap) -> Table:
    head = ["Asal kartu", "Sebab", *FIGURE_WORDS.values()]
    rows: list[list[Any]] = [[para(h, "head") for h in head]]
    bold: list[tuple[Any, ...]] = []
    for source in CardSource:
        for cause in InvalidCause:
            line = next(x for x in recap.lines if x.source == source and x.cause == cause)
            rows.append([SOURCE_WORDS[source], CAUSE_WORDS[cause],
                         *(str(getattr(line, f)) for f in FIGURES)])  # fmt: skip
        rows.append([SOURCE_WORDS[source], "Jumlah",
                     *(str(recap.total(f, source)) for f in FIGURES)])  # fmt: skip
        bold.append(("FONT", (0, len(rows) - 1), (-1, len(rows) - 1), "Helvetica-Bold",
                     CELL_SIZE, CELL_LEADING))  # fmt: skip
    for cause in InvalidCause:
        rows.append(["Semua asal", CAUSE_WORDS[cause],
                     *(str(recap.by_cause(f, cause)) for f in FIGURES)])  # fmt: skip
    rows.append(["Jumlah seluruhnya", "", *(str(recap.total(f)) for f in FIGURES)])
    bold.append(("FONT", (0, -1), (-1, -1), "Helvetica-Bold", CELL_SIZE, CELL_LEADING))
    style = [*GRID, ("ALIGN", (2, 1), (-1, -1), "RIGHT"), *bold]
    widths = [42 * mm, 40 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm]
    return Table(rows, colWidths=widths, style=style, repeatRows=1, hAlign="LEFT")


def _destructions(recap: Recap) -> Any:
    if not recap.destructions:
        return para("Tidak ada pemusnahan bulan ini.", "body")
    rows: list[list[Any]] = [[para(h, "head") for h in ("Nomor berita acara", "Tanggal",
                                                         "Jumlah keping")]]  # fmt: skip
    rows += [[d.number, f"{d.held_on:%d-%m-%Y}", str(d.cards)] for d in recap.destructions]
    style = [*GRID, ("ALIGN", (2, 1), (2, -1), "RIGHT")]
    return Table(rows, colWidths=[48 * mm, 24 * mm, 24 * mm], style=style, hAlign="LEFT")


def _blanks(recap: Recap) -> Table:
    rows: list[list[Any]] = [[para("Uraian", "head"), para("Keping", "head")]]
    rows += [[words, f"{count:+d}" if 0 < i < 6 and count else str(count)]
             for i, (words, count) in enumerate(blank_rows(recap))]  # fmt: skip
    rows.append(["Kartu stok", YES_NO[recap.blanks.matches]])
    bold = ("FONT", (0, -3), (-1, -1), "Helvetica-Bold", CELL_SIZE, CELL_LEADING)
    style = [*GRID, ("ALIGN", (1, 1), (1, -1), "RIGHT"), bold]
    return Table(rows, colWidths=[56 * mm, 22 * mm], style=style, hAlign="LEFT")


def _checks(recap: Recap) -> str:
    spoiled = recap.total("added", CardSource.SPOILED_BLANK)
    same = "sama dengan" if spoiled == recap.blanks.spoiled else "TIDAK sama dengan"
    return (
        f"Blangko rusak saat cetak yang masuk register ({spoiled} keping) {same} blangko rusak "
        f"menurut kartu stok ({recap.blanks.spoiled} keping). Register: awal + bertambah - "
        f"dimusnahkan = akhir: {YES_NO[all(line.balanced for line in recap.lines)]}."
    )


def _signatures(recap: Recap, width: float) -> list[Any]:
    made = para(f"Dibuat pada {long_date(recap.made_at.date())}", "body")
    titles = ["Yang membuat, Koordinator Shift,", "Mengetahui, Kepala Seksi Pelayanan,"]
    # Two blocks, each half the page wide (signature_blocks makes thirds of ``width``).
    return [made, *signature_blocks(titles, ["", ""], ["", ""], width * 3 / 2)]
