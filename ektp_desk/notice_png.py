"""The public stock notice as a square image for social media (1080 x 1080 by default):
drawn with Pillow in the shipped DejaVu Sans, measured with the same fonts it draws with."""

from __future__ import annotations

import io
from functools import lru_cache
from typing import Final

from PIL import Image, ImageDraw, ImageFont

from ektp_desk.notice_layout import Layout, lay_out
from ektp_desk.resource_files import font_file
from ektp_desk.stock_notice import StockNotice

SIDE: Final = 1080  # what Instagram, Facebook and WhatsApp show without cropping
MARGIN: Final = 0.05  # of the side, all round


def notice_png(notice: StockNotice, side: int = SIDE) -> bytes:
    image = Image.new("RGB", (side, side), "white")
    draw = ImageDraw.Draw(image)
    margin = round(side * MARGIN)
    layout = square_layout(notice, side)
    for box in layout.boxes:
        left, top = margin + box.x, margin + box.y  # Pillow fills the last pixel too: - 1
        draw.rectangle((left, top, left + box.width - 1, top + box.height - 1), fill=box.colour)
    for text in layout.texts:
        draw.text((margin + text.x, margin + text.baseline), text.text, fill=text.colour,
                  font=font(text.bold, text.size), anchor="ls")  # fmt: skip
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def square_layout(notice: StockNotice, side: int = SIDE) -> Layout:
    """The layout inside the margins, in pixels from the margins' top left."""
    inner = side - 2 * round(side * MARGIN)
    return lay_out(notice, inner, inner, measure, made=True)


def measure(text: str, bold: bool, size: float) -> float:
    return float(font(bold, size).getlength(text))


@lru_cache(maxsize=2048)
def font(bold: bool, size: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(io.BytesIO(_font_bytes(bold)), size)


@lru_cache(maxsize=2)
def _font_bytes(bold: bool) -> bytes:
    return font_file(bold=bold).read_bytes()
