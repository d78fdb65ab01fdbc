"""The berita acara pemusnahan: the numbered, dated PDF of one destruction of invalid cards.

It lists the cards destroyed grouped by the circular's cause (with NIK and blank serial), totals
them by cause and by source (spoiled blank, old card handed in), and leaves places for the
maker, the shift lead, the head of section and every witness. In Bahasa Indonesia: an official
document, worded as the circulars word the causes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import Any, Final
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from ektp_desk.domain import CardSource, InvalidCause
from ektp_desk.indonesian import long_date, terbilang, weekday
from ektp_desk.paper_pdf import (
    CELL_LEADING,
    CELL_SIZE,
    GRID,
    MARGIN,
    cell,
    para,
    pdf,
    signature_blocks,
)
from ektp_desk.register import DestructionDone, Entry

TITLE: Final = "BERITA ACARA PEMUSNAHAN KTP-EL RUSAK / INVALID"
# The causes as the Dirjen Dukcapil circulars name them.
CAUSE_WORDS: Final = {
    InvalidCause.CHIP_FAILED: "Gagal rekam chip / encode",
    InvalidCause.BLANK_DEFECTIVE: "Blangko cacat / rusak",
    InvalidCause.PRINT_FAILED: "Gagal cetak",
    InvalidCause.DATA_CHANGED: "Perubahan data",
}
SOURCE_WORDS: Final = {
    CardSource.SPOILED_BLANK: "Blangko rusak saat cetak",
    CardSource.HANDED_IN: "KTP-el lama yang ditarik",
}
HEADER: Final = ("No", "Tanggal", "Asal", "NIK", "Nama", "Nomor seri blangko")
COLUMNS_MM: Final = (10, 20, 38, 30, None, 32)


def destruction_pdf(
    done: DestructionDone, office: str, pagesize: tuple[float, float] = A4
) -> bytes:
    footer = f"{TITLE} - {done.number} - {office}"
    width = pagesize[0] - 2 * MARGIN
    return pdf(lambda: _story(done, office, width), footer, title=TITLE, pagesize=pagesize)


def _story(done: DestructionDone, office: str, width: float) -> list[Any]:
    story: list[Any] = [
        para(TITLE, "title"),
        para(escape(office), "office"),
        para(f"Nomor: {escape(done.number)}", "centre"),
        Spacer(1, 5 * mm),
        para(_opening(done.held_on, office, done), "body"),
    ]
    for cause in InvalidCause:
        group = [e for e in done.entries if e.cause == cause]
        if group:
            story += [para(f"<b>{CAUSE_WORDS[cause]}</b> ({len(group)} keping)", "body"),
                      _listing(group, width)]  # fmt: skip
    story += [
        Spacer(1, 4 * mm),
        KeepTogether([para("Jumlah menurut sebab dan asal kartu:", "body"), _totals(done)]),
        Spacer(1, 3 * mm),
        KeepTogether([para(_closing(len(done.entries)), "body"), *_signatures(done, width)]),
    ]
    return story


def _opening(held_on: date, office: str, done: DestructionDone) -> str:
    return (
        f"Pada hari ini {weekday(held_on)}, tanggal {long_date(held_on)}, bertempat di "
        f"{escape(office)}, kami yang bertanda tangan di bawah ini, disaksikan oleh "
        f"{len(done.signers.witnesses)} orang saksi, telah memusnahkan KTP-el rusak/invalid "
        "(blangko rusak dalam proses pencetakan dan KTP-el lama yang ditarik dari penduduk) "
        "dengan cara dipotong/dihancurkan, dengan rincian menurut sebab sebagai berikut:"
    )


def _closing(count: int) -> str:
    return (
        f"Jumlah KTP-el yang dimusnahkan seluruhnya <b>{count} ({terbilang(count)}) keping</b>. "
        "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana "
        "mestinya."
    )


def _listing(entries: Sequence[Entry], width: float) -> Table:
    fixed = sum(w for w in COLUMNS_MM if w is not None) * mm
    widths = [w * mm if w is not None else width - fixed for w in COLUMNS_MM]
    rows: list[list[Any]] = [[para(title, "head") for title in HEADER]]
    for number, e in enumerate(entries, start=1):
        texts = (SOURCE_WORDS[e.source], e.nik, e.name, e.serial or "-")
        rows.append([str(number), f"{e.at:%d-%m-%Y}",
                     *(cell(t, w) for t, w in zip(texts, widths[2:], strict=True))])  # fmt: skip
    style = [*GRID, ("ALIGN", (0, 1), (0, -1), "RIGHT")]
    return Table(rows, colWidths=widths, style=style, repeatRows=1)


def _totals(done: DestructionDone) -> Table:
    counts = Counter((e.cause, e.source) for e in done.entries)
    head = ["Sebab", *SOURCE_WORDS.values(), "Jumlah"]
    rows: list[list[Any]] = [[para(h, "head") for h in head]]
    for cause in InvalidCause:
        per = [counts[cause, source] for source in CardSource]
        rows.append([CAUSE_WORDS[cause], *map(str, per), str(sum(per))])
    per_source = [sum(counts[c, s] for c in InvalidCause) for s in CardSource]
    rows.append(["Jumlah seluruhnya", *map(str, per_source), str(len(done.entries))])
    bold = ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", CELL_SIZE, CELL_LEADING)
    style = [*GRID, ("ALIGN", (1, 1), (-1, -1), "RIGHT"), bold]
    return Table(rows, colWidths=[50 * mm, 40 * mm, 40 * mm, 20 * mm], style=style, hAlign="LEFT")


def _signatures(done: DestructionDone, width: float) -> list[Any]:
    s = done.signers
    people = [("Yang membuat,", s.maker), ("Koordinator Shift,", s.lead),
              ("Mengetahui, Kepala Seksi Pelayanan,", s.head),
              *((f"Saksi {i},", w) for i, w in enumerate(s.witnesses, start=1))]  # fmt: skip
    return signature_blocks(
        [title for title, _ in people],
        [p.name for _, p in people],
        [p.nip for _, p in people],
        width,
    )
