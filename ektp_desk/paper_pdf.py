"""What every PDF paper of the office shares: the styles, the ruled table, cells that wrap,
signature blocks, the footer with "Halaman X dari Y", a safe target name and an atomic write.

Text from the database is escaped, so a name is printed as typed, never read as markup.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Final
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from ektp_desk import SIGNATURE
from ektp_desk.atomic import checked_folder, write_atomically
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP

MARGIN: Final = 15 * mm
WIDTH: Final = A4[0] - 2 * MARGIN
DOTS: Final = "." * 40
CELL_FONT: Final = "Helvetica"
CELL_SIZE: Final = 8
CELL_LEADING: Final = 9.6
CELL_PADDING: Final = 3
FOOTER_FONT: Final = "Helvetica"
FOOTER_SIZE: Final = 7.5

_BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=14)
STYLES: Final = {
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
GRID: Final = [
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e0e0e0")),
    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ("FONT", (0, 0), (-1, -1), CELL_FONT, CELL_SIZE, CELL_LEADING),
]


def para(markup: str, style: str) -> Paragraph:
    return Paragraph(markup, STYLES[style])


def cell(text: str, width: float) -> str | Paragraph:
    """Text that fits is drawn as it is (literally, and 10x faster); longer text wraps."""
    text = printable(text)
    if stringWidth(text, CELL_FONT, CELL_SIZE) <= width - 2 * CELL_PADDING:
        return text
    return para(escape(text), "cell")


def printable(text: str) -> str:
    """Control characters (a pasted tab, newline or NUL) become spaces."""
    return "".join(char if char.isprintable() else " " for char in text)


def fit(text: str, width: float) -> str:
    """The text, cut with an ellipsis where it would run into the page number."""
    text = printable(text)
    while text and stringWidth(text, FOOTER_FONT, FOOTER_SIZE) > width:
        text = text[:-2] + "…"
    return text


def signature_blocks(
    titles: Sequence[str], names: Sequence[str], nips: Sequence[str], width: float = WIDTH
) -> list[Any]:
    """Signature blocks side by side (at most three a row): the title, room to sign, the name
    underlined (dots when not known), the NIP. Names and NIPs are the paper's fields."""
    flow: list[Any] = [Spacer(1, 6 * mm)]
    for start in range(0, len(titles), 3):
        part = range(start, min(start + 3, len(titles)))
        rows = [
            [para(escape(titles[i]), "centre") for i in part],
            ["" for _ in part],
            [para(_named(names[i]), "centre") for i in part],
            [para(f"NIP. {escape(printable(nips[i])) or DOTS}", "centre") for i in part],
        ]
        heights = [None, 20 * mm, None, None]
        flow.append(Table(rows, colWidths=[width / 3] * len(part), rowHeights=heights))
    return flow


def _named(name: str) -> str:
    name = printable(name).strip()
    return f"( <u>{escape(name)}</u> )" if name else f"({DOTS})"


def checked_pdf_target(out: Path) -> Path:
    """A .pdf name in an existing folder: never the database or another file by a slip."""
    target = Path(out).expanduser().absolute()
    if target.suffix.lower() != ".pdf" or target.is_dir():
        raise Refused(
            QT_TRANSLATE_NOOP("core", "the berita acara must be a .pdf file (got {name})"),
            name=target.name,
        )
    checked_folder(target)
    return target


def text_width(pagesize: tuple[float, float]) -> float:
    """The width between the margins of a page of this size."""
    return float(pagesize[0] - 2 * MARGIN)


def pdf(
    make_story: Callable[[], list[Any]], footer: str, *, title: str,
    pagesize: tuple[float, float] = A4,
) -> bytes:  # fmt: skip
    """Build twice: the first pass counts the pages so the footer can say "dari Y"."""
    pages = _build(io.BytesIO(), make_story(), footer, title, pagesize, total=0)
    final = io.BytesIO()
    _build(final, make_story(), footer, title, pagesize, total=pages)
    return final.getvalue()


def _build(buffer: io.BytesIO, story: list[Any], footer: str, title: str,
           pagesize: tuple[float, float], *, total: int) -> int:  # fmt: skip
    width = text_width(pagesize)
    doc = SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN + 5 * mm, title=title,
                            subject=footer, creator=SIGNATURE)  # fmt: skip

    def draw_footer(canvas: Any, page_doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FOOTER_FONT, FOOTER_SIZE)
        canvas.drawString(MARGIN, MARGIN, fit(footer, width - 35 * mm))
        right = pagesize[0] - MARGIN
        canvas.drawRightString(right, MARGIN, f"Halaman {page_doc.page} dari {total}")
        canvas.drawRightString(right, MARGIN - FOOTER_SIZE - 1, SIGNATURE)
        canvas.restoreState()

    doc.build(story, onFirstPage=draw_footer, onLaterPages=draw_footer)
    return int(doc.page)


def write_pdf(out: Path, data: bytes) -> None:
    write_atomically(out, lambda stream: stream.write(data))
