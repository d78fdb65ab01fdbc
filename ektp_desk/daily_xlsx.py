"""The daily report as a workbook: one sheet, "Laporan harian", with the sections of
``ektp_desk.daily_sections`` one under another (a bold blue title, a header row, the rows, a
bold total, a note), printed portrait on the office's paper size, one page wide. Numbers and
times are real cells (summable, sortable); text is always text, never a formula."""

from __future__ import annotations

from typing import Any, Final

from ektp_desk.daily_report import DailyReport
from ektp_desk.daily_sections import (
    NOTHING,
    SIGNERS,
    TITLE,
    Section,
    made_text,
    period_text,
    sections,
)
from ektp_desk.handover_xlsx import (
    COUNT,
    SECTION,
    WRAP,
    cell,
    header_cells,
    new_sheet,
    new_workbook,
    text,
    total_cells,
)
from ektp_desk.handover_xlsx import TITLE as TITLE_FONT
from ektp_desk.indonesian import long_date, weekday
from ektp_desk.paper_size import EXCEL_PAPER

SHEET: Final = "Laporan harian"
WIDTHS: Final = (36, 18, 14, 14, 14, 14, 17, 40)


def daily_workbook(report: DailyReport) -> Any:
    book = new_workbook()
    sheet = new_sheet(book, SHEET, WIDTHS)
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.paperSize = EXCEL_PAPER.get(report.paper_size, EXCEL_PAPER["A4"])
    sheet.oddFooter.left.text = f"Laporan harian {report.day:%d-%m-%Y}"
    day = report.day
    sheet.append([text(sheet, TITLE, font=TITLE_FONT)])
    sheet.append([text(sheet, report.office)])
    sheet.append([text(sheet, f"Hari/tanggal: {weekday(day)}, {long_date(day)}")])
    sheet.append([text(sheet, period_text(report))])
    sheet.append([])
    for section in sections(report):
        _section(sheet, section)
    sheet.append([text(sheet, made_text(report))])
    sheet.append([])
    sheet.append([text(sheet, SIGNERS[0]), None, None, text(sheet, SIGNERS[1])])
    for _ in range(3):
        sheet.append([])
    sheet.append(
        [text(sheet, f"( {report.made_by} )"), None, None, text(sheet, "(" + "." * 30 + ")")]
    )
    return book


def _section(sheet: Any, section: Section) -> None:
    sheet.append([text(sheet, section.title, font=SECTION)])
    every = [*section.rows, *([section.total] if section.total is not None else [])]
    numeric = [any(isinstance(values[i], int) for values in every)
               for i in range(len(section.columns))]  # fmt: skip
    sheet.append(header_cells(sheet, section.columns, numeric))
    if not section.rows:
        sheet.append([text(sheet, NOTHING)])
    for values in section.rows:
        sheet.append([_cell(sheet, value) for value in values])
    if section.total is not None:
        sheet.append(total_cells(sheet, section.total))
    if section.note:
        note = text(sheet, section.note)
        note.alignment = WRAP
        sheet.append([note])
    sheet.append([])


def _cell(sheet: Any, value: object) -> Any:
    return cell(sheet, value, COUNT if isinstance(value, int) else None)
