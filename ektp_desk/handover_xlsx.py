"""The cells and sheets of the handover workbook: styles, safe text, the table sheets.

The workbook is built in write-only (streaming) mode, so memory stays flat however many rows a
shift has; a sheet's layout (widths, frozen header, print setup) is set before its first row.
Every string goes in as a text cell: a name imported as ``=HYPERLINK(...)`` stays a name and is
never run as a formula, in Excel or in LibreOffice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from ektp_desk import SIGNATURE
from ektp_desk.domain import MovementKind, Outcome, SpoilReason
from ektp_desk.handover_data import AGE_BAND_STARTS, AttemptLine, HandoverReport, MovementLine
from ektp_desk.handover_stock import MOVE_KINDS, OFFICE_LABELS, ROLL_LABELS
from ektp_desk.labels import label_in

DATE_TIME: Final = "dd-mm-yyyy hh:mm"
DATE: Final = "dd-mm-yyyy"
PERCENT: Final = "0.0%"
PAPER_A4: Final = 9  # the page setup paperSize code of A4
COUNT: Final = "#,##0"
SIGNED: Final = "+#,##0;-#,##0;0"
# A text starting with one of these would be a formula (or DDE) if typed into a cell.
FORMULA_STARTS: Final = ("=", "+", "-", "@")
_MAX_TEXT: Final = 32_767  # characters in one cell; openpyxl cuts longer text

# The report's words for the vocabulary come from the one table (ektp_desk.labels), in
# Indonesian; a movement kind heads a column, so it starts with a capital.
KIND_WORDS: Final[dict[str, str]] = {
    kind: label_in(MovementKind, kind).capitalize() for kind in MOVE_KINDS
}


def reason_word(code: str) -> str:
    return label_in(SpoilReason, code)


def outcome_word(code: str) -> str:
    return label_in(Outcome, code)


ITEM_WORDS: Final = {**OFFICE_LABELS, **ROLL_LABELS, "blank": "Blangko"}
OFFICE_PLACE: Final = "Kantor"
AGE_BAND_WORDS: Final = ("< 7 hari", "7–30 hari", "31–90 hari", "> 90 hari")

BOLD: Final = Font(bold=True)
TITLE: Final = Font(bold=True, size=14)
SECTION: Final = Font(bold=True, size=12, color="1F3864")
_HEADER_FONT: Final = Font(bold=True, color="FFFFFF")
_HEADER_FILL: Final = PatternFill("solid", fgColor="305496")
_HEADER_LEFT: Final = Alignment(vertical="center", wrap_text=True)
_HEADER_RIGHT: Final = Alignment(horizontal="right", vertical="center", wrap_text=True)
_TOTAL_BORDER: Final = Border(top=Side(style="thin"))
WRAP: Final = Alignment(wrap_text=True, vertical="top")
TOP: Final = Alignment(vertical="top")
LEFT: Final = Alignment(horizontal="left")


@dataclass(frozen=True)
class Column:
    title: str
    width: float
    number_format: str | None = None  # None: text (or an unformatted whole number)


ATTEMPT_COLUMNS: Final = (
    Column("Waktu", 17, DATE_TIME),
    Column("NIK", 19),
    Column("Nama", 32),
    Column("Kecamatan", 18),
    Column("Loket", 12),
    Column("Operator", 14),
    Column("Hasil", 10),
    Column("Alasan rusak", 18),
    Column("Percobaan ke", 11, COUNT),
)
MOVEMENT_COLUMNS: Final = (
    Column("Waktu", 17, DATE_TIME),
    Column("Barang", 18),
    Column("Loket", 12),
    Column("Jenis", 11),
    Column("Perubahan", 11, SIGNED),
    Column("Saldo setelah", 12, COUNT),
    Column("Petugas", 14),
    Column("Referensi", 22),
    Column("Catatan", 36),
)
QUEUE_COLUMNS: Final = (
    Column("Kecamatan", 26),
    *(Column(band, 12, COUNT) for band in AGE_BAND_WORDS),
    Column("Jumlah", 12, COUNT),
)


def new_workbook() -> Any:
    return Workbook(write_only=True)


def new_sheet(book: Any, title: str, widths: Sequence[float]) -> Any:
    """A sheet printed landscape, fitted to one page wide, with these column widths."""
    sheet = book.create_sheet(title)
    for index, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = PAPER_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.oddFooter.center.text = "Halaman &P dari &N"
    sheet.oddFooter.right.text = SIGNATURE
    return sheet


def add_table(
    book: Any, title: str, columns: Sequence[Column], rows: Iterable[Sequence[object]]
) -> Any:
    """A table sheet: styled header row frozen on screen and repeated on paper, autofilter over
    the rows."""
    sheet = new_sheet(book, title, [column.width for column in columns])
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    if any(len(column.title) > column.width for column in columns):
        sheet.row_dimensions[1].height = 30  # room for a heading wrapped on two lines
    titles = [column.title for column in columns]
    numeric = [column.number_format not in (None, DATE_TIME) for column in columns]
    sheet.append(header_cells(sheet, titles, numeric))
    count = 0
    cells = _TableCells(sheet, [column.number_format for column in columns])
    for values in rows:
        sheet.append(cells.row(values))
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"
    return sheet


def header_cells(sheet: Any, titles: Sequence[str], numeric: Sequence[bool] = ()) -> list[Any]:
    """Bold white on blue; right-aligned over the columns that hold numbers."""
    cells = [text(sheet, title, font=_HEADER_FONT) for title in titles]
    for index, one in enumerate(cells):
        one.fill = _HEADER_FILL
        right = index < len(numeric) and numeric[index]
        one.alignment = _HEADER_RIGHT if right else _HEADER_LEFT
    return cells


def cell(sheet: Any, value: object, number_format: str | None = None, *, font: Any = None) -> Any:
    """One cell: text always as text; numbers and dates as themselves, in their format."""
    if isinstance(value, str):
        return text(sheet, value, font=font)
    made = WriteOnlyCell(sheet, value)
    if isinstance(value, date):
        number_format = number_format or (DATE_TIME if isinstance(value, datetime) else DATE)
        made.alignment = LEFT  # under its left-aligned heading, apart from the next column
    if number_format is not None:
        made.number_format = number_format
    if font is not None:
        made.font = font
    return made


class _TableCells:
    """The cells of a table's rows, as ``cell`` makes them, made faster: a value openpyxl
    writes exactly the same way goes in bare (safe text, an unformatted whole number,
    nothing), and a styled cell copies the style of the first one made for its column and
    kind of value instead of looking the same format and alignment up again for every row.
    Writing styled cells was most of a handover's time (a shift has tens of thousands)."""

    def __init__(self, sheet: Any, formats: Sequence[str | None]) -> None:
        self.sheet = sheet
        self.formats = formats
        self.styles: dict[tuple[int, type], Any] = {}

    def row(self, values: Sequence[object]) -> list[Any]:
        if len(values) != len(self.formats):
            raise ValueError(f"{len(values)} values for {len(self.formats)} columns")
        return [self._cell(index, value) for index, value in enumerate(values)]

    def _cell(self, index: int, value: object) -> Any:
        number_format = self.formats[index]
        if type(value) is str:
            return value if _plain_text(value) else text(self.sheet, value)
        if number_format is None and (value is None or type(value) is int):
            return value
        key = (index, type(value))
        style = self.styles.get(key)
        if style is None:
            made = cell(self.sheet, value, number_format)
            self.styles[key] = made._style  # its style array: formats, alignment, font
            return made
        return Cell(self.sheet, row=1, column=1, value=value, style_array=style)


def _plain_text(value: Any) -> bool:
    """Text openpyxl stores as it is: not a formula or error code, nothing to strip or cut."""
    return (
        0 < len(value) <= _MAX_TEXT
        and not value.startswith(FORMULA_STARTS)
        and value not in ERROR_CODES
        and ILLEGAL_CHARACTERS_RE.search(value) is None
    )


def text(sheet: Any, value: str, *, font: Any = None) -> Any:
    """A text cell that stays text: never a formula, never an error code, whatever it says."""
    made = WriteOnlyCell(sheet)
    clean = ILLEGAL_CHARACTERS_RE.sub("", value)
    made.value = clean  # openpyxl guesses a type here; the next line overrides it
    made.data_type = "s"
    if clean.startswith(FORMULA_STARTS):
        made.quotePrefix = True  # Excel and LibreOffice keep it text when it is edited
    if font is not None:
        made.font = font
    return made


def total_cells(sheet: Any, values: Sequence[object], number_format: str = COUNT) -> list[Any]:
    """A bold row under a table, with a rule above it."""
    cells = [cell(sheet, value, number_format, font=BOLD) for value in values]
    for one in cells:
        one.border = _TOTAL_BORDER
    return cells


def attempt_values(line: AttemptLine) -> tuple[object, ...]:
    reason = reason_word(line.reason) if line.reason else None
    return (
        line.at, line.nik, line.name, line.kecamatan, line.station, line.operator,
        outcome_word(line.outcome), reason, line.attempt_no,
    )  # fmt: skip


def movement_values(line: MovementLine) -> tuple[object, ...]:
    return (
        line.at, ITEM_WORDS.get(line.item, line.item), line.station or OFFICE_PLACE,
        KIND_WORDS.get(line.kind, line.kind), line.delta, line.balance, line.user,
        line.reference, line.note,
    )  # fmt: skip


def add_queue_sheet(book: Any, report: HandoverReport) -> None:
    """The queue left, by kecamatan and age band, with the totals below the table."""
    rows = [(area.kecamatan, *area.by_age, sum(area.by_age)) for area in report.queue_areas]
    sheet = add_table(book, "Antrian", QUEUE_COLUMNS, rows)
    bands = [sum(area.by_age[band] for area in report.queue_areas) for band in _bands()]
    sheet.append([])
    sheet.append(total_cells(sheet, ["Jumlah", *bands, sum(bands)]))


def _bands() -> range:
    return range(len(AGE_BAND_STARTS) + 1)
