"""What the cells of an import file mean: column headings, and the values of one data row.

`match_header` recognises the headings (Indonesian or English). Each value reader returns the
clean value or raises `RowProblem`, whose `message` is one complete translatable sentence (a
template marked for lupdate and its fields) naming the bad value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, time
from typing import Final

from ektp_desk import nik as nik_rules
from ektp_desk.domain import NORMAL, CardRequest
from ektp_desk.i18n import QT_TRANSLATE_NOOP, Message
from ektp_desk.limits import EARLIEST_RECORDING, code_point, unsafe_character
from ektp_desk.nik import NikError, NikInfo, parse_nik

MAX_NAME_LENGTH: Final = 200
# The widths of the records' columns: a longer value would not fit (PostgreSQL refuses it).
MAX_PLACE_LENGTH: Final = 100  # kecamatan, kelurahan
_SHOWN_CHARS: Final = 60  # a cell quoted in a row problem is cut to this length

# Trimmed from every cell: all Unicode whitespace (NBSP included; none lies above U+3000)
# and the zero-width characters that copy-paste leaves behind.
_TRIM: Final = (
    "".join(filter(str.isspace, map(chr, range(0x3001)))) + "\u200b\u200c\u200d\u2060\ufeff"
)
_SCIENTIFIC: Final = re.compile(r"\d+(?:[.,]\d+)?[eE][+-]?\d+")
_ISO_DATE: Final = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?"
)
_DAY_FIRST_DATE: Final = re.compile(
    r"(\d{1,2})([/.-])(\d{1,2})\2(\d+)(?:[ T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?"
)
_HEADER_ALIASES: Final = {
    alias: field
    for field, aliases in {
        "nik": ("nik", "no nik", "nomor nik"),
        "name": ("nama", "nama lengkap", "name", "full name"),
        "kecamatan": ("kecamatan", "kec", "district"),
        "kelurahan": ("kelurahan", "desa", "kelurahan/desa", "kel/desa", "village"),
        "entered_at": (
            *("tanggal rekam", "tgl rekam", "tanggal perekaman"),
            *("recorded", "recorded at", "entered at"),
        ),
        "priority": ("prioritas", "priority"),
        "request": ("jenis permohonan", "permohonan", "alasan cetak", "request"),
        "phone": ("no hp", "nomor hp", "telepon", "telp", "phone", "hp", "whatsapp"),
    }.items()
    for alias in aliases
}
_PRIORITY_WORDS: Final = {
    NORMAL: ("normal", "biasa", "reguler", "umum", "tidak", "no", "0"),
    "priority": ("priority", "prioritas", "ya", "yes", "1"),
    "elderly": ("elderly", "lansia"),
    "disabled": ("disabled", "disabilitas", "difabel", "penyandang disabilitas"),
    "sick": ("sick", "sakit"),
    "urgent": ("urgent", "mendesak", "darurat"),
}
_PRIORITY_ALIASES: Final = {word: kind for kind, words in _PRIORITY_WORDS.items() for word in words}
# The words a priority cell may hold, grouped by kind: values to type, not prose.
_PRIORITY_HELP: Final = ", ".join(
    f"{kind} ({', '.join(words[1:])})" for kind, words in _PRIORITY_WORDS.items()
)
# The words a request cell may hold (jenis permohonan); an empty cell says nothing.
_REQUEST_WORDS: Final = {
    CardRequest.FIRST: ("first", "baru", "new", "pemula"),
    CardRequest.DATA_CHANGED: ("data_changed", "perubahan data", "perubahan", "pindah",
                               "pindah datang", "data changed"),
    CardRequest.DAMAGED: ("damaged", "rusak"),
    CardRequest.LOST: ("lost", "hilang"),
}  # fmt: skip
_REQUEST_ALIASES: Final = {word: kind for kind, words in _REQUEST_WORDS.items() for word in words}
_REQUEST_HELP: Final = ", ".join(
    f"{kind} ({', '.join(words[1:])})" for kind, words in _REQUEST_WORDS.items()
)
# A NIK rule's reason as an import report shows it: prefixed unless it already says "NIK".
_NIK_IN_ROW: Final = {
    nik_rules.EMPTY: QT_TRANSLATE_NOOP("core", "NIK is empty"),
    nik_rules.NON_ASCII_DIGIT: QT_TRANSLATE_NOOP(
        "core", "NIK contains a non-ASCII digit {char} (only 0-9 are allowed)"
    ),
    nik_rules.NON_DIGIT: QT_TRANSLATE_NOOP("core", "NIK contains a non-digit character {char}"),
    nik_rules.WRONG_LENGTH: QT_TRANSLATE_NOOP(
        "core", "NIK must have {expected} digits (got {count})"
    ),
    nik_rules.UNKNOWN_PROVINCE: QT_TRANSLATE_NOOP(
        "core", "invalid NIK: unknown province code {code}"
    ),
    nik_rules.BAD_REGENCY: QT_TRANSLATE_NOOP("core", "invalid NIK: regency code {code} is invalid"),
    nik_rules.BAD_KECAMATAN: QT_TRANSLATE_NOOP(
        "core", "invalid NIK: kecamatan code {code} is invalid"
    ),
    nik_rules.BAD_BIRTH_DAY: QT_TRANSLATE_NOOP(
        "core",
        "invalid NIK: birth day {day} is invalid (men's days are 01-31, women's days are 41-71)",
    ),
    nik_rules.BAD_BIRTH_MONTH: QT_TRANSLATE_NOOP(
        "core", "invalid NIK: birth month {month} is invalid"
    ),
    nik_rules.NO_SUCH_BIRTH_DATE: QT_TRANSLATE_NOOP(
        "core", "invalid NIK: birth date {date} does not exist"
    ),
    nik_rules.BAD_SERIAL: QT_TRANSLATE_NOOP(
        "core", "invalid NIK: serial number {serial} is invalid"
    ),
}


class RowProblem(Exception):
    """One reason why a row is rejected; `message` is the sentence to show (and translate)."""

    def __init__(self, template: str, /, **params: object) -> None:
        self.message = Message(template, params)
        super().__init__(str(self.message))


def cell_text(cell: object) -> str:
    """The cell as trimmed text: whole floats lose '.0', whitespace incl. NBSP is stripped."""
    if isinstance(cell, str):
        return cell.strip(_TRIM)
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip(_TRIM)


def refuse_control(text: str, field: str) -> None:
    """A registry export never holds a control character or a bidi override in a name or a
    place: one there is an attack on the screens that show it (a terminal, the queue view)
    or a damaged file, so the row is refused rather than stored and escaped ever after."""
    bad = unsafe_character(text)
    if bad is not None:
        raise RowProblem(_CONTROL[field], char=code_point(bad))


_CONTROL: Final = {
    "name": QT_TRANSLATE_NOOP("core", "name contains the control character {char}"),
    "kecamatan": QT_TRANSLATE_NOOP("core", "kecamatan contains the control character {char}"),
    "kelurahan": QT_TRANSLATE_NOOP("core", "kelurahan contains the control character {char}"),
}


def collapse_spaces(text: str) -> str:
    return " ".join(text.split())


def shown(text: str) -> str:
    """`text` to quote in a row problem, cut short: a cell of a hostile file may be huge."""
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "\u2026"


def match_header(cells: Sequence[object]) -> dict[str, list[int]]:
    """The column indexes of each field whose heading is in `cells` (a field may repeat)."""
    matched: dict[str, list[int]] = {}
    for index, cell in enumerate(cells):
        field = _HEADER_ALIASES.get(_header_key(cell))
        if field is not None:
            matched.setdefault(field, []).append(index)
    return matched


def _header_key(cell: object) -> str:
    """'  No._HP ' -> 'no hp'; 'Kel. / Desa' -> 'kel/desa'."""
    words = re.sub(r"[\s._]+", " ", cell_text(cell)).strip().lower()
    return re.sub(r" ?/ ?", "/", words)


def read_nik(cell: object, today: date) -> NikInfo:
    text = cell_text(cell)
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        raise RowProblem(
            QT_TRANSLATE_NOOP(
                "core",
                "NIK cell holds the number {number}, not text: Excel keeps only 15 significant "
                "digits, so the 16th digit may be lost; format the NIK column as Text and "
                "type the NIK again",
            ),
            number=shown(text),
        )
    if _SCIENTIFIC.fullmatch(text):
        raise RowProblem(
            QT_TRANSLATE_NOOP(
                "core",
                "NIK '{text}' was saved by Excel in scientific notation and has lost digits; "
                "format the NIK column as Text and export the file again",
            ),
            text=shown(text),
        )
    try:
        return parse_nik(text.removeprefix("'"), today=today)
    except NikError as err:
        raise RowProblem(_NIK_IN_ROW[err.message.template], **err.message.params) from None


def read_name(cell: object) -> str:
    name = collapse_spaces(cell_text(cell))
    if not name:
        raise RowProblem(QT_TRANSLATE_NOOP("core", "name is missing"))
    refuse_control(name, "name")
    if len(name) > MAX_NAME_LENGTH:
        raise RowProblem(
            QT_TRANSLATE_NOOP("core", "name is too long ({length} characters; at most {limit})"),
            length=len(name),
            limit=MAX_NAME_LENGTH,
        )
    return name


def read_kecamatan(cell: object) -> str:
    kecamatan = collapse_spaces(cell_text(cell))
    if not kecamatan:
        raise RowProblem(QT_TRANSLATE_NOOP("core", "kecamatan is missing"))
    refuse_control(kecamatan, "kecamatan")
    if len(kecamatan) > MAX_PLACE_LENGTH:
        raise RowProblem(
            QT_TRANSLATE_NOOP(
                "core", "kecamatan is too long ({length} characters; at most {limit})"
            ),
            length=len(kecamatan),
            limit=MAX_PLACE_LENGTH,
        )
    return kecamatan


def read_kelurahan(cell: object) -> str | None:
    kelurahan = collapse_spaces(cell_text(cell))
    refuse_control(kelurahan, "kelurahan")
    if len(kelurahan) > MAX_PLACE_LENGTH:
        raise RowProblem(
            QT_TRANSLATE_NOOP(
                "core", "kelurahan is too long ({length} characters; at most {limit})"
            ),
            length=len(kelurahan),
            limit=MAX_PLACE_LENGTH,
        )
    return kelurahan or None


def read_priority(cell: object) -> str:
    text = cell_text(cell)
    kind = _PRIORITY_ALIASES.get(collapse_spaces(text).lower()) if text else NORMAL
    if kind is None:
        raise RowProblem(
            QT_TRANSLATE_NOOP("core", "unknown priority '{text}'; allowed values: {allowed}"),
            text=shown(text),
            allowed=_PRIORITY_HELP,
        )
    return kind


def read_request(cell: object) -> str | None:
    """Why the card is printed (the file's jenis permohonan), None when the cell is empty."""
    text = cell_text(cell)
    if not text:
        return None
    kind = _REQUEST_ALIASES.get(collapse_spaces(text).lower())
    if kind is None:
        raise RowProblem(
            QT_TRANSLATE_NOOP("core", "unknown request '{text}'; allowed values: {allowed}"),
            text=shown(text),
            allowed=_REQUEST_HELP,
        )
    return kind


def read_entered_at(cell: object, today: date) -> datetime | None:
    text = cell_text(cell)
    if not text:
        return None
    if isinstance(cell, datetime):
        value = cell.replace(tzinfo=None)
    elif isinstance(cell, date):
        value = datetime.combine(cell, time())
    elif isinstance(cell, str):
        value = _parse_date_text(text)
    else:
        raise RowProblem(
            QT_TRANSLATE_NOOP(
                "core", "recording date '{text}' is not a date; write it as DD/MM/YYYY"
            ),
            text=shown(text),
        )
    if value.date() < EARLIEST_RECORDING:
        raise RowProblem(
            QT_TRANSLATE_NOOP(
                "core", "recording date '{text}' is before e-KTP recording began ({first})"
            ),
            text=shown(text) if isinstance(cell, str) else f"{value:%d/%m/%Y}",
            first=f"{EARLIEST_RECORDING:%d/%m/%Y}",
        )
    if value.date() > today:
        raise RowProblem(
            QT_TRANSLATE_NOOP(
                "core", "recording date '{text}' is in the future (today is {today})"
            ),
            text=shown(text) if isinstance(cell, str) else f"{value:%d/%m/%Y}",
            today=f"{today:%d/%m/%Y}",
        )
    return value


def _parse_date_text(text: str) -> datetime:
    """Day-first `DD/MM/YYYY` (also '-' or '.') or ISO `YYYY-MM-DD`, optionally with a time."""
    if iso := _ISO_DATE.fullmatch(text):
        year, month, day = iso.group(1, 2, 3)
        return _build_datetime(shown(text), year, month, day, iso.group(4, 5, 6))
    if day_first := _DAY_FIRST_DATE.fullmatch(text):
        day, month, year = day_first.group(1, 3, 4)
        if len(year) == 2:
            raise RowProblem(
                QT_TRANSLATE_NOOP(
                    "core", "recording date '{text}' has a two-digit year; write DD/MM/YYYY"
                ),
                text=shown(text),
            )
        if len(year) == 4:
            return _build_datetime(shown(text), year, month, day, day_first.group(5, 6, 7))
    raise RowProblem(
        QT_TRANSLATE_NOOP(
            "core",
            "recording date '{text}' is not a date; write DD/MM/YYYY (optionally with HH:MM) "
            "or YYYY-MM-DD",
        ),
        text=shown(text),
    )


def _build_datetime(
    text: str, year: str, month: str, day: str, clock: tuple[str | None, ...]
) -> datetime:
    """The date and time; `text` is the cell as a problem quotes it."""
    if not 1 <= int(month) <= 12:
        raise RowProblem(
            QT_TRANSLATE_NOOP(
                "core",
                "recording date '{text}' has no month {month}; write dates day first as DD/MM/YYYY",
            ),
            text=text,
            month=month,
        )
    try:
        on = date(int(year), int(month), int(day))
    except ValueError:
        raise RowProblem(
            QT_TRANSLATE_NOOP("core", "recording date '{text}' does not exist"), text=text
        ) from None
    try:
        hour, minute, second = (int(part or 0) for part in clock)
        at = time(hour, minute, second)
    except ValueError:
        raise RowProblem(
            QT_TRANSLATE_NOOP("core", "recording date '{text}' has an impossible time of day"),
            text=text,
        ) from None
    return datetime.combine(on, at)
