"""The daily report as a PDF: the sections of ``ektp_desk.daily_sections`` as ruled tables on
the office's paper size, with places for the shift lead who makes it and the head of section
who acknowledges it. In Bahasa Indonesia, as the office's other papers."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from ektp_desk.daily_report import DailyReport
from ektp_desk.daily_sections import (
    NOTHING,
    SIGNERS,
    TITLE,
    Section,
    Value,
    made_text,
    period_text,
    sections,
)
from ektp_desk.indonesian import long_date, weekday
from ektp_desk.paper_pdf import (
    CELL_LEADING,
    CELL_SIZE,
    GRID,
    cell,
    para,
    pdf,
    signature_blocks,
    text_width,
)
from ektp_desk.paper_size import page_points

BOLD_LAST: Final = ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", CELL_SIZE, CELL_LEADING)


def daily_pdf(report: DailyReport) -> bytes:
    page = page_points(report.paper_size)
    footer = f"Laporan harian {report.day:%d-%m-%Y} - {report.office}"
    width = text_width(page)
    return pdf(lambda: _story(report, width), footer, title=TITLE, pagesize=page)


def _story(report: DailyReport, width: float) -> list[Any]:
    day = report.day
    story: list[Any] = [
        para(TITLE, "title"),
        para(escape(report.office), "office"),
        para(f"Hari/tanggal: {weekday(day)}, {long_date(day)}", "centre"),
        Spacer(1, 4 * mm),
        para(period_text(report), "body"),
    ]
    for section in sections(report):
        story.append(KeepTogether(_section(section, width)))
    story += [
        Spacer(1, 3 * mm),
        KeepTogether([para(escape(made_text(report)), "body"),
                      *signature_blocks(SIGNERS, (report.made_by, ""), ("", ""), width)]),
    ]  # fmt: skip
    return story


def _section(section: Section, width: float) -> list[Any]:
    flow: list[Any] = [Spacer(1, 2 * mm), para(f"<b>{escape(section.title)}</b>", "body")]
    if not section.rows and section.total is None:
        flow.append(para(NOTHING, "body"))
    else:
        flow.append(_table(section, width))
    if section.note:
        flow.append(para(f"<i>{escape(section.note)}</i>", "body"))
    return flow


def _table(section: Section, width: float) -> Table:
    widths = [share * width for share in section.widths]
    rows: list[list[Any]] = [[para(escape(title), "head") for title in section.columns]]
    body = list(section.rows) or [(NOTHING, *([None] * (len(section.columns) - 1)))]
    rows += [_row(values, widths) for values in body]
    style: list[Any] = [*GRID]
    if section.total is not None:
        rows.append(_row(section.total, widths))
        style.append(BOLD_LAST)
    every = [*section.rows, *([section.total] if section.total is not None else [])]
    for column in range(len(section.columns)):
        if any(isinstance(values[column], int) for values in every):
            style.append(("ALIGN", (column, 1), (column, -1), "RIGHT"))
    return Table(rows, colWidths=widths, style=style, repeatRows=1, hAlign="LEFT")


def _row(values: tuple[Value, ...], widths: list[float]) -> list[Any]:
    return [cell(shown(value), w) for value, w in zip(values, widths, strict=True)]


def shown(value: Value) -> str:
    """A value as the paper prints it: 1.234 (Indonesian thousands), 02-11-2026 08:10."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value:%d-%m-%Y %H:%M}"
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    return value
