"""The paper sizes the office prints on: A4 and F4 (215 x 330 mm, the folio of Indonesian
offices). One setting (``paper_size``) chooses it for every PDF the program writes and for the
daily report's workbook page setup. No reportlab here: the settings import this module."""

from __future__ import annotations

from typing import Final

A4: Final = "A4"
F4: Final = "F4"
# Width and height in millimetres, portrait.
PAPER_MM: Final[dict[str, tuple[float, float]]] = {A4: (210, 297), F4: (215, 330)}
PAPER_SIZES: Final = tuple(PAPER_MM)
# The spreadsheet page setup's paperSize codes (ECMA-376): 9 is A4, 14 is Folio 8.5 x 13 in
# (216 x 330 mm), the code Excel and LibreOffice print F4 with.
EXCEL_PAPER: Final = {A4: 9, F4: 14}
POINTS_PER_MM: Final = 72 / 25.4


def page_points(name: str) -> tuple[float, float]:
    """(width, height) in PDF points of a paper size; an unknown name is A4."""
    width, height = PAPER_MM.get(name, PAPER_MM[A4])
    return width * POINTS_PER_MM, height * POINTS_PER_MM
