"""The berita acara of spoiled blanks: the signed PDF that lists every blank spoiled in a period.

A blank card is an accountable state document. A spoiled one is invalidated (corner cut),
counted, and destroyed with this report, which lists each blank (time, station, operator, the
citizen's NIK and name, reason, blank serial), totals them by reason and leaves room for three
signatures. The report is in Bahasa Indonesia: it is an official document, not the interface.
Text from the database is escaped, so a name is printed as typed, never read as markup.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Final
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table
from sqlalchemy import select

from ektp_desk import audit, clock
from ektp_desk.chain_check import ChainMark, current_marks
from ektp_desk.db import Database
from ektp_desk.domain import OUTCOME_SPOILED, SPOIL_REASONS, SpoilReason
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.indonesian import long_date, terbilang, weekday
from ektp_desk.labels import label_in
from ektp_desk.limits import escaped
from ektp_desk.models import PrintAttempt, Record, Station, User
from ektp_desk.paper_pdf import (
    CELL_LEADING,
    CELL_SIZE,
    DOTS,
    GRID,
    cell,
    checked_pdf_target,
    para,
    pdf,
    signature_blocks,
    text_width,
    write_pdf,
)
from ektp_desk.paper_size import page_points
from ektp_desk.settings import load_settings

TITLE: Final = "BERITA ACARA PEMUSNAHAN BLANGKO KTP-EL RUSAK"
EMPTY: Final = "Tidak ada blangko rusak pada periode ini."
HEADER: Final = ("No", "Waktu", "Loket", "Operator", "NIK", "Nama", "Alasan", "Nomor seri blangko")
# Millimetres; the name takes what is left. One line each for a 16-digit NIK (71 pt at 8 pt)
# and a 4-digit row number.
COLUMNS_MM: Final = (9, 19, 14, 20, 28, None, 25, 30)
SIGNERS: Final = ("Yang membuat,", "Koordinator Shift,", "Kepala Seksi Pelayanan,")


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
    settings = load_settings(db)
    office, page = settings.office_name, page_points(settings.paper_size)
    made = clock.now().date()
    footer = f"Berita acara blangko rusak - {office} - {long_date(start)} s.d. {long_date(end)}"
    seal = current_marks(db, until=datetime.combine(end, time.max))
    width = text_width(page)
    data = pdf(
        lambda: _story(office, start, end, made, blanks, (maker or "").strip(), seal, width),
        footer, title=TITLE, pagesize=page,
    )  # fmt: skip
    write_pdf(out, data)
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
    return checked_pdf_target(out)


# --- the document ------------------------------------------------------------------------


def _story(office: str, start: date, end: date, made: date, blanks: Sequence[SpoiledBlank],
           maker: str, seal: Sequence[ChainMark], width: float) -> list[Any]:  # fmt: skip
    return [
        *_heading(office),
        para(_opening(office, start, end, made), "body"),
        _listing(blanks, width) if blanks else para(f"<b>{EMPTY}</b>", "body"),
        Spacer(1, 5 * mm),
        KeepTogether([para("Jumlah menurut alasan:", "body"), _totals(blanks)]),
        Spacer(1, 3 * mm),
        # Never a page of signatures alone: the closing sentence goes with them.
        KeepTogether([para(_closing(len(blanks)), "body"), *_signatures(maker, width)]),
        Spacer(1, 3 * mm),
        para(_seal(seal), "body"),
    ]


def _seal(seal: Sequence[ChainMark]) -> str:
    """The books' chain heads at the end of the period: a later rewrite shows against it."""
    words = {"stock_movements": "buku stok", "audit_log": "log audit"}
    heads = "; ".join(
        f"{words.get(m.table, m.table)} baris #{m.last_id or 0} hash {m.hash_prefix}" for m in seal
    )
    return f"Segel buku (rantai hash) per akhir periode: {heads or '-'}."


def _heading(office: str) -> list[Any]:
    return [
        para(TITLE, "title"),
        para(escape(office), "office"),
        para(f"Nomor: {DOTS}", "centre"),
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


def _listing(blanks: Sequence[SpoiledBlank], width: float) -> Table:
    widths = _column_widths(width)
    rows: list[list[Any]] = [[para(title, "head") for title in HEADER]]
    rows += [_row(number, blank, widths) for number, blank in enumerate(blanks, start=1)]
    style = [*GRID, ("ALIGN", (0, 1), (0, -1), "RIGHT")]
    return Table(rows, colWidths=widths, style=style, repeatRows=1)  # the header on every page


def _row(number: int, blank: SpoiledBlank, widths: Sequence[float]) -> list[str | Paragraph]:
    texts = (blank.station, blank.operator, blank.nik, blank.name,
             _reason(blank.reason), blank.serial or "-")  # fmt: skip
    cells = (cell(text, width) for text, width in zip(texts, widths[2:], strict=True))
    return [str(number), f"{blank.at:%d-%m-%Y}\n{blank.at:%H:%M}", *cells]


def _totals(blanks: Sequence[SpoiledBlank]) -> Table:
    counts = Counter(blank.reason for blank in blanks)
    reasons = [*SPOIL_REASONS, *sorted(set(counts) - set(SPOIL_REASONS))]
    rows: list[list[Any]] = [[para("Alasan", "head"), para("Jumlah (keping)", "head")]]
    rows += [[cell(_reason(reason), 60 * mm), str(counts[reason])] for reason in reasons]
    rows.append(["Jumlah seluruhnya", str(len(blanks))])
    bold = ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", CELL_SIZE, CELL_LEADING)
    style = [*GRID, ("ALIGN", (1, 1), (1, -1), "RIGHT"), bold]
    return Table(rows, colWidths=[60 * mm, 30 * mm], style=style, hAlign="LEFT")


def _reason(code: str) -> str:
    return label_in(SpoilReason, code)


def _signatures(maker: str, width: float) -> list[Any]:
    """Three blocks side by side; only the maker's name can be known in advance."""
    return signature_blocks(SIGNERS, (maker, "", ""), ("", "", ""), width)


def _column_widths(page_width: float) -> list[float]:
    """The fixed columns in millimetres; the name takes what the page leaves."""
    fixed = sum(width for width in COLUMNS_MM if width is not None) * mm
    return [width * mm if width is not None else page_width - fixed for width in COLUMNS_MM]
