"""The berita acara of spoiled blanks: the signed PDF that lists every blank spoiled in a period.

A blank card is an accountable state document. A spoiled one is invalidated (corner cut),
counted, and destroyed with this report, which lists each blank (time, station, operator, the
citizen's NIK and name, reason, blank serial), totals them by reason and leaves room for three
signatures. The report is in Bahasa Indonesia: it is an official document, not the interface.
Text from the database is escaped, so a name is printed as typed, never read as markup.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Final
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table
from sqlalchemy import select

from ektp_desk import audit, clock
from ektp_desk.atomic import write_atomically
from ektp_desk.db import Database
from ektp_desk.domain import OUTCOME_SPOILED, SPOIL_REASONS
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.indonesian import long_date, terbilang, weekday
from ektp_desk.limits import escaped
from ektp_desk.models import PrintAttempt, Record, Station, User
from ektp_desk.settings import load_settings

TITLE: Final = "BERITA ACARA PEMUSNAHAN BLANGKO KTP-EL RUSAK"
EMPTY: Final = "Tidak ada blangko rusak pada periode ini."
REASON_LABELS: Final = {
    "ribbon_break": "pita putus",
    "film_jam": "film macet",
    "misprint": "salah cetak",
    "chip_error": "chip/encode gagal",
    "card_jam": "kartu macet",
    "other": "lainnya",
}
MARGIN: Final = 15 * mm
WIDTH: Final = A4[0] - 2 * MARGIN
HEADER: Final = ("No", "Waktu", "Loket", "Operator", "NIK", "Nama", "Alasan", "Nomor seri blangko")
# Millimetres; the name takes what is left. One line each for a 16-digit NIK (71 pt at 8 pt)
# and a 4-digit row number.
COLUMNS_MM: Final = (9, 19, 14, 20, 28, None, 25, 30)
SIGNERS: Final = ("Yang membuat,", "Koordinator Shift,", "Kepala Seksi Pelayanan,")
DOTS: Final = "." * 40
CELL_FONT: Final = "Helvetica"
CELL_SIZE: Final = 8
CELL_LEADING: Final = 9.6
CELL_PADDING: Final = 3
FOOTER_FONT: Final = "Helvetica"
FOOTER_SIZE: Final = 7.5

_BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=14)
_STYLES: Final = {
    "title": ParagraphStyle("title", _BODY, fontName="Helvetica-Bold", fontSize=13,
                            leading=17, alignment=TA_CENTER),
    "office": ParagraphStyle("office", _BODY, fontName="Helvetica-Bold", fontSize=11,
                             alignment=TA_CENTER),
    "centre": ParagraphStyle("centre", _BODY, alignment=TA_CENTER),
    "body": ParagraphStyle("text", _BODY, alignment=TA_JUSTIFY, spaceBefore=4, spaceAfter=4),
    "cell": ParagraphStyle("cell", _BODY, fontSize=CELL_SIZE, leading=CELL_LEADING),
    "head": ParagraphStyle("head", _BODY, fontName="Helvetica-Bold", fontSize=CELL_SIZE,
                           leading=CELL_LEADING),
}  # fmt: skip
_GRID: Final = [
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e0e0e0")),
    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ("FONT", (0, 0), (-1, -1), CELL_FONT, CELL_SIZE, CELL_LEADING),
]


@dataclass(frozen=True)
class BeritaAcaraSummary:
    path: Path
    spoiled: int


@dataclass(frozen=True)
class SpoiledBlank:
    at: datetime
    station: str
    operator: str
    nik: str
    name: str
    reason: str
    serial: str | None


def write_berita_acara(
    db: Database, start: date, end: date, out: Path, *, maker: str | None = None
) -> BeritaAcaraSummary:
    """Write the PDF report of every blank spoiled from ``start`` to ``end`` (both included)."""
    out = _checked_request(start, end, out)
    blanks = spoiled_blanks(db, start, end)
    office = load_settings(db).office_name
    made = clock.now().date()
    footer = f"Berita acara blangko rusak - {office} - {long_date(start)} s.d. {long_date(end)}"
    data = _pdf(lambda: _story(office, start, end, made, blanks, (maker or "").strip()), footer)
    _write_atomically(out, data)
    audit.record_now(db, "export", user=maker, subject=escaped(out.name), detail=f"{start} - {end}")
    return BeritaAcaraSummary(out, len(blanks))


def spoiled_blanks(db: Database, start: date, end: date) -> list[SpoiledBlank]:
    """The spoiled attempts from the first moment of ``start`` to the last of ``end``, by time."""
    query = (
        select(PrintAttempt.at, Station.name, User.name, Record.nik, Record.name,
               PrintAttempt.spoil_reason, PrintAttempt.blank_serial)
        .join(Station, Station.id == PrintAttempt.station_id)
        .join(User, User.id == PrintAttempt.operator_id)
        .join(Record, Record.id == PrintAttempt.record_id)
        .where(PrintAttempt.outcome == OUTCOME_SPOILED,
               PrintAttempt.at.between(datetime.combine(start, time.min),
                                       datetime.combine(end, time.max)))
        .order_by(PrintAttempt.at, PrintAttempt.id)
    )  # fmt: skip
    with db.read() as session:
        rows = session.execute(query).all()
    return [SpoiledBlank(at, station, operator, nik, name, reason or "other", serial)
            for at, station, operator, nik, name, reason, serial in rows]  # fmt: skip


def _checked_request(start: date, end: date, out: Path) -> Path:
    if start > end:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "the report period starts on {start}, after it ends on {end}"
            ),
            start=f"{start:%d-%m-%Y}",
            end=f"{end:%d-%m-%Y}",
        )
    return _checked_target(out)


def _checked_target(out: Path) -> Path:
    """A .pdf name in an existing folder: never the database or another file by a slip."""
    target = Path(out).expanduser().absolute()
    if target.suffix.lower() != ".pdf" or target.is_dir():
        raise Refused(
            QT_TRANSLATE_NOOP("core", "the berita acara must be a .pdf file (got {name})"),
            name=target.name,
        )
    if not target.parent.is_dir():
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "the folder {folder} does not exist: choose an existing folder"
            ),
            folder=str(target.parent),
        )
    return target


# --- the document ------------------------------------------------------------------------


def _story(office: str, start: date, end: date, made: date, blanks: Sequence[SpoiledBlank],
           maker: str) -> list[Any]:  # fmt: skip
    return [
        *_heading(office),
        _para(_opening(office, start, end, made), "body"),
        _listing(blanks) if blanks else _para(f"<b>{EMPTY}</b>", "body"),
        Spacer(1, 5 * mm),
        KeepTogether([_para("Jumlah menurut alasan:", "body"), _totals(blanks)]),
        Spacer(1, 3 * mm),
        # Never a page of signatures alone: the closing sentence goes with them.
        KeepTogether([_para(_closing(len(blanks)), "body"), *_signatures(maker)]),
    ]


def _heading(office: str) -> list[Any]:
    return [
        _para(TITLE, "title"),
        _para(escape(office), "office"),
        _para(f"Nomor: {DOTS}", "centre"),
        Spacer(1, 5 * mm),
    ]


def _opening(office: str, start: date, end: date, made: date) -> str:
    return (
        f"Pada hari ini {weekday(made)}, tanggal {long_date(made)}, kami yang "
        "bertanda tangan di bawah ini menyatakan bahwa blangko KTP-el yang rusak dalam proses "
        f"pencetakan di {escape(office)} selama periode <b>{long_date(start)}</b> sampai dengan "
        f"<b>{long_date(end)}</b> telah dihitung, dibuat tidak berlaku (dipotong sudutnya) dan "
        "dimusnahkan, dengan rincian sebagai berikut:"
    )


def _closing(count: int) -> str:
    return (
        f"Jumlah blangko KTP-el rusak seluruhnya <b>{count} ({terbilang(count)}) keping</b>. "
        "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana "
        "mestinya."
    )


def _listing(blanks: Sequence[SpoiledBlank]) -> Table:
    widths = _column_widths()
    rows: list[list[Any]] = [[_para(title, "head") for title in HEADER]]
    rows += [_row(number, blank, widths) for number, blank in enumerate(blanks, start=1)]
    style = [*_GRID, ("ALIGN", (0, 1), (0, -1), "RIGHT")]
    return Table(rows, colWidths=widths, style=style, repeatRows=1)  # the header on every page


def _row(number: int, blank: SpoiledBlank, widths: Sequence[float]) -> list[str | Paragraph]:
    texts = (blank.station, blank.operator, blank.nik, blank.name,
             _reason(blank.reason), blank.serial or "-")  # fmt: skip
    cells = (_cell(text, width) for text, width in zip(texts, widths[2:], strict=True))
    return [str(number), f"{blank.at:%d-%m-%Y}\n{blank.at:%H:%M}", *cells]


def _cell(text: str, width: float) -> str | Paragraph:
    """Text that fits is drawn as it is (literally, and 10x faster); longer text wraps."""
    text = _printable(text)
    if stringWidth(text, CELL_FONT, CELL_SIZE) <= width - 2 * CELL_PADDING:
        return text
    return _para(escape(text), "cell")


def _totals(blanks: Sequence[SpoiledBlank]) -> Table:
    counts = Counter(blank.reason for blank in blanks)
    reasons = [*SPOIL_REASONS, *sorted(set(counts) - set(SPOIL_REASONS))]
    rows: list[list[Any]] = [[_para("Alasan", "head"), _para("Jumlah (keping)", "head")]]
    rows += [[_cell(_reason(reason), 60 * mm), str(counts[reason])] for reason in reasons]
    rows.append(["Jumlah seluruhnya", str(len(blanks))])
    bold = ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", CELL_SIZE, CELL_LEADING)
    style = [*_GRID, ("ALIGN", (1, 1), (1, -1), "RIGHT"), bold]
    return Table(rows, colWidths=[60 * mm, 30 * mm], style=style, hAlign="LEFT")


def _reason(code: str) -> str:
    return REASON_LABELS.get(code, code)


def _signatures(maker: str) -> list[Any]:
    """Three blocks side by side; only the maker's name can be known in advance."""
    named = f"( <u>{escape(_printable(maker))}</u> )" if maker else f"({DOTS})"
    rows = [
        [_para(title, "centre") for title in SIGNERS],
        ["", "", ""],
        [_para(named, "centre"), *(_para(f"({DOTS})", "centre") for _ in SIGNERS[1:])],
        [_para(f"NIP. {DOTS}", "centre") for _ in SIGNERS],
    ]
    # The second row is the room to sign, between the title and the name.
    heights = [None, 20 * mm, None, None]
    return [Spacer(1, 6 * mm), Table(rows, colWidths=[WIDTH / 3] * 3, rowHeights=heights)]


def _column_widths() -> list[float]:
    fixed = sum(width for width in COLUMNS_MM if width is not None) * mm
    return [width * mm if width is not None else WIDTH - fixed for width in COLUMNS_MM]


def _para(markup: str, style: str) -> Paragraph:
    return Paragraph(markup, _STYLES[style])


def _fit(text: str, width: float) -> str:
    """The text, cut with an ellipsis where it would run into the page number."""
    text = _printable(text)
    while text and stringWidth(text, FOOTER_FONT, FOOTER_SIZE) > width:
        text = text[:-2] + "…"
    return text


def _printable(text: str) -> str:
    """Control characters (a pasted tab, newline or NUL) become spaces."""
    return "".join(char if char.isprintable() else " " for char in text)


# --- the file ----------------------------------------------------------------------------


def _pdf(make_story: Callable[[], list[Any]], footer: str) -> bytes:
    """Build twice: the first pass counts the pages so the footer can say "dari Y"."""
    pages = _build(io.BytesIO(), make_story(), footer, total=0)
    final = io.BytesIO()
    _build(final, make_story(), footer, total=pages)
    return final.getvalue()


def _build(buffer: io.BytesIO, story: list[Any], footer: str, *, total: int) -> int:
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN + 5 * mm, title=TITLE,
                            subject=footer, creator="e-KTP Desk")  # fmt: skip

    def draw_footer(canvas: Any, page_doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FOOTER_FONT, FOOTER_SIZE)
        canvas.drawString(MARGIN, MARGIN, _fit(footer, WIDTH - 35 * mm))
        canvas.drawRightString(A4[0] - MARGIN, MARGIN, f"Halaman {page_doc.page} dari {total}")
        canvas.restoreState()

    doc.build(story, onFirstPage=draw_footer, onLaterPages=draw_footer)
    return int(doc.page)


def _write_atomically(out: Path, data: bytes) -> None:
    write_atomically(out, lambda stream: stream.write(data))
