"""The public stock notice as one page (A4 unless told: the page size is one parameter) for
the office's notice board, drawn in the shipped DejaVu Sans with the papers' shared footer."""

from __future__ import annotations

from typing import Any, Final

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable

from ektp_desk import notice_text as words
from ektp_desk.indonesian import long_date
from ektp_desk.notice_layout import lay_out
from ektp_desk.paper_pdf import pdf
from ektp_desk.resource_files import font_file
from ektp_desk.stock_notice import StockNotice

FONTS: Final = {False: "DejaVuSans", True: "DejaVuSans-Bold"}


def notice_pdf(notice: StockNotice, pagesize: tuple[float, float] = A4) -> bytes:
    _register_fonts()
    footer = f"{words.TITLE} - {long_date(notice.day)} - {notice.office}"
    return pdf(lambda: [_Notice(notice)], footer, title=words.TITLE, pagesize=pagesize)


def measure(text: str, bold: bool, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, FONTS[bold], size))


class _Notice(Flowable):  # type: ignore[misc]  # reportlab has no types
    """The whole notice as one drawing that takes the page's frame."""

    def __init__(self, notice: StockNotice) -> None:
        super().__init__()
        self.notice = notice

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, available_height - 1
        return self.width, self.height

    def draw(self) -> None:
        canvas: Any = self.canv
        layout = lay_out(self.notice, self.width, self.height, measure, made=False)
        top = self.height
        for box in layout.boxes:
            canvas.setFillColor(HexColor(box.colour))
            canvas.rect(box.x, top - box.y - box.height, box.width, box.height, stroke=0, fill=1)
        for text in layout.texts:
            canvas.setFillColor(HexColor(text.colour))
            canvas.setFont(FONTS[text.bold], text.size)
            canvas.drawString(text.x, top - text.baseline, text.text)


def _register_fonts() -> None:
    registered = set(pdfmetrics.getRegisteredFontNames())
    for bold, name in FONTS.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(font_file(bold=bold))))
