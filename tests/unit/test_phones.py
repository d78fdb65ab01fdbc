"""Indonesian mobile numbers as people and spreadsheets write them, checked and normalised."""

from __future__ import annotations

from pathlib import Path

import pytest

from ektp_desk import phones
from ektp_desk.db import Database
from ektp_desk.imports import import_records
from ektp_desk.models import Record
from ektp_desk.phones import PhoneError, local_form, normalise_phone
from tests.factories import make_nik


@pytest.mark.parametrize(
    "text",
    [
        "081234567890",
        "0812-3456-7890",
        "0812 3456 7890",
        "0812.3456.7890",
        "(0812) 3456-7890",
        "+62 812 3456 7890",
        "+62-812-3456-7890",
        "+62 (0)812 3456 7890",
        "62812-3456-7890",
        "6281234567890",
        "006281234567890",
        "81234567890",  # Excel dropped the leading zero of a number-formatted cell
        "\u00a00812\u00a03456\u00a07890 ",
        "0812-3456-7890 / 0857-1111-2222",  # two numbers in one cell: the first one
        "081234567890, 085711112222",
    ],
)
def test_the_usual_ways_to_write_a_mobile_number_give_one_form(text: str) -> None:
    assert normalise_phone(text) == "6281234567890"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0811-123-456", "62811123456"),  # 10 digits: the shortest mobile number
        ("0812-3456-78901", "62812345678901"),  # 13 digits: the longest
        ("0857 1234 5678", "6285712345678"),
        ("0895-0123-4567", "6289501234567"),
    ],
)
def test_lengths_from_10_to_13_digits(text: str, expected: str) -> None:
    assert normalise_phone(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "-", "--", None, "\u00a0"])
def test_an_empty_cell_is_no_number(text: str | None) -> None:
    assert normalise_phone(text) is None


@pytest.mark.parametrize(
    ("text", "reason", "fields"),
    [
        ("021-8765-4321", phones.NOT_MOBILE, {"text": "021-8765-4321"}),  # a Jakarta landline
        ("0800-1-500-500", phones.NOT_MOBILE, {"text": "0800-1-500-500"}),  # toll free
        ("+60 12 345 6789", phones.FOREIGN, {"text": "+60 12 345 6789"}),  # Malaysia
        ("0812-345", phones.WRONG_LENGTH, {"text": "0812-345", "count": 7}),
        ("0812-3456-7890-12", phones.WRONG_LENGTH, {"text": "0812-3456-7890-12", "count": 14}),
        ("0812-34x6-7890", phones.NOT_DIGITS, {"text": "0812-34x6-7890", "char": "x"}),
        ("tidak ada", phones.NOT_DIGITS, {"text": "tidak ada", "char": "t"}),
        ("٠٨١٢٣٤٥٦٧٨٩٠", phones.NOT_DIGITS, {"text": "٠٨١٢٣٤٥٦٧٨٩٠", "char": "٠"}),
        ("8.1234567890E+10", phones.SCIENTIFIC, {"text": "8.1234567890E+10"}),
    ],
)
def test_unusable_numbers_are_refused_saying_why(
    text: str, reason: str, fields: dict[str, object]
) -> None:
    with pytest.raises(PhoneError) as caught:
        normalise_phone(text)
    assert caught.value.message.template == reason
    assert dict(caught.value.message.params) == fields
    assert text.strip() in str(caught.value)


def test_every_reason_is_a_complete_sentence_with_the_number() -> None:
    assert all("{text}" in reason for reason in phones.PHONE_REASONS)


def test_local_form_is_how_people_read_it() -> None:
    assert local_form("6281234567890") == "0812-3456-7890"
    assert local_form("62811123456") == "0811-1234-56"


HEADER = "NIK;Nama;Kecamatan;No HP"


def test_import_stores_62_form_and_keeps_rows_whose_number_is_unusable(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "rekam.csv"
    path.write_text(
        "\n".join(
            [
                HEADER,
                f"{make_nik(serial=1)};Asep;Cibinong;0812-3456-7890",
                f"{make_nik(serial=2)};Budi;Cibinong;+62 857 1111 2222",
                f"{make_nik(serial=3)};Cici;Cibinong;021-8765-4321",
                f"{make_nik(serial=4)};Dedi;Cibinong;",
            ]
        ),
        encoding="utf-8",
    )
    report = import_records(db, path)
    assert (report.imported, report.rejected, report.errors) == (4, 0, ())
    assert [(w.row, w.nik, w.phone) for w in report.phone_warnings] == [
        (4, make_nik(serial=3), "021-8765-4321")
    ]
    assert report.phone_warnings[0].message.template == phones.NOT_MOBILE
    with db.read() as session:
        stored = dict(session.query(Record.name, Record.phone).all())
    assert stored == {"Asep": "6281234567890", "Budi": "6285711112222", "Cici": None, "Dedi": None}
