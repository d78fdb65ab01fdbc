"""NIK validation: every rule of DOMAIN.md with a passing and a failing case."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ektp_desk.nik import (
    VALID_PROVINCE_CODES,
    NikError,
    NikInfo,
    is_valid_nik,
    normalize_nik,
    parse_nik,
)

TODAY = date(2026, 11, 29)
BOGOR_WOMAN = "3201014107900001"  # Cibinong, Kabupaten Bogor; woman born 1 July 1990
EXPECTED_PROVINCES = frozenset(
    {*range(11, 20), 21, *range(31, 37), *range(51, 54), *range(61, 66), *range(71, 77)}
    | {81, 82, *range(91, 97)}
)


def make_nik(
    province: str = "32",
    regency: str = "01",
    kecamatan: str = "01",
    ddmmyy: str = "010790",
    serial: str = "0001",
) -> str:
    return province + regency + kecamatan + ddmmyy + serial


def reason_for(raw: str, today: date = TODAY) -> str:
    with pytest.raises(NikError) as caught:
        parse_nik(raw, today=today)
    assert str(caught.value) == caught.value.reason
    return caught.value.reason


# --- the documented example -------------------------------------------------------------


def test_bogor_example_is_a_woman_born_1_july_1990_in_cibinong() -> None:
    assert parse_nik(BOGOR_WOMAN, today=TODAY) == NikInfo(
        nik=BOGOR_WOMAN,
        province="32",
        regency="01",
        kecamatan="01",
        birth_date=date(1990, 7, 1),
        female=True,
        serial="0001",
    )


def test_is_valid_nik_matches_parse_nik() -> None:
    assert is_valid_nik(BOGOR_WOMAN, today=TODAY)
    assert not is_valid_nik("3201014107900000", today=TODAY)
    assert not is_valid_nik("", today=TODAY)


def test_today_defaults_to_the_current_date() -> None:
    assert parse_nik(BOGOR_WOMAN).birth_date == date(1990, 7, 1)


def test_nik_error_is_a_value_error() -> None:
    assert issubclass(NikError, ValueError)


# --- characters and length --------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "3201014107900001",
        "  3201014107900001\t",
        "\u00a03201014107900001\u00a0",
        "3201 0141 0790 0001",
        "32 01 01 410790 0001",
        "3201\u00a00141\u00a00790\u00a00001",
        "3201\u20070141\u202f0790\u200b0001",
        "\ufeff3201014107900001\r\n",
        "3201\t0141\t0790\t0001",
    ],
)
def test_whitespace_and_group_separators_are_ignored(raw: str) -> None:
    assert normalize_nik(raw) == BOGOR_WOMAN
    assert parse_nik(raw, today=TODAY).nik == BOGOR_WOMAN


def test_normalize_does_not_validate() -> None:
    assert normalize_nik(" 12-AB ") == "12-AB"


@pytest.mark.parametrize("raw", ["", "   ", "\u00a0\t", "\u200b"])
def test_empty_nik(raw: str) -> None:
    assert reason_for(raw) == "NIK is empty"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("320101410790000", "NIK must have 16 digits (got 15)"),
        ("32010141079000011", "NIK must have 16 digits (got 17)"),
        ("3", "NIK must have 16 digits (got 1)"),
    ],
)
def test_wrong_length(raw: str, reason: str) -> None:
    assert reason_for(raw) == reason


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("320101410790000A", "NIK contains a non-digit character 'A'"),
        ("3201-0141-0790-0001", "NIK contains a non-digit character '-'"),
        ("3201.0141.0790.0001", "NIK contains a non-digit character '.'"),
        ("3.20101E+15", "NIK contains a non-digit character '.'"),
        ("'3201014107900001", "NIK contains a non-digit character '''"),
        ("320101410790000\x00", "NIK contains a non-digit character U+0000"),
        ("+3201014107900001", "NIK contains a non-digit character '+'"),
    ],
)
def test_non_digit_characters(raw: str, reason: str) -> None:
    assert reason_for(raw) == reason


@pytest.mark.parametrize(
    ("raw", "digit"),
    [
        ("320101410790000\u0663", "\u0663"),  # Arabic-Indic three
        ("\uff13201014107900001", "\uff13"),  # fullwidth three
        ("320101410790000\u09e7", "\u09e7"),  # Bengali one
    ],
)
def test_non_ascii_digits_are_rejected(raw: str, digit: str) -> None:
    assert digit.isdecimal()
    assert reason_for(raw) == f"NIK contains a non-ASCII digit '{digit}' (only 0-9 are allowed)"


def test_a_non_digit_is_reported_before_the_length() -> None:
    assert reason_for("32A") == "NIK contains a non-digit character 'A'"


# --- region codes -----------------------------------------------------------------------


def test_valid_province_codes_are_exactly_the_documented_ones() -> None:
    assert {f"{code:02d}" for code in EXPECTED_PROVINCES} == VALID_PROVINCE_CODES


@pytest.mark.parametrize("code", [f"{code:02d}" for code in range(100)])
def test_every_province_code(code: str) -> None:
    nik = make_nik(province=code)
    if int(code) in EXPECTED_PROVINCES:
        assert parse_nik(nik, today=TODAY).province == code
    else:
        assert reason_for(nik) == f"unknown province code {code}"


def test_a_nik_from_another_region_is_valid() -> None:
    info = parse_nik(make_nik(province="94", regency="71", kecamatan="99"), today=TODAY)
    assert (info.province, info.regency, info.kecamatan) == ("94", "71", "99")


@pytest.mark.parametrize("code", ["01", "71", "99"])
def test_valid_regency_codes(code: str) -> None:
    assert parse_nik(make_nik(regency=code), today=TODAY).regency == code


def test_regency_code_00_is_invalid() -> None:
    assert reason_for(make_nik(regency="00")) == "regency code 00 is invalid"


@pytest.mark.parametrize("code", ["01", "40", "99"])
def test_valid_kecamatan_codes(code: str) -> None:
    assert parse_nik(make_nik(kecamatan=code), today=TODAY).kecamatan == code


def test_kecamatan_code_00_is_invalid() -> None:
    assert reason_for(make_nik(kecamatan="00")) == "kecamatan code 00 is invalid"


# --- birth date -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ddmmyy", "birth_date", "female"),
    [
        ("010790", date(1990, 7, 1), False),
        ("310190", date(1990, 1, 31), False),
        ("410790", date(1990, 7, 1), True),
        ("710190", date(1990, 1, 31), True),
        ("551299", date(1999, 12, 15), True),
        ("150600", date(2000, 6, 15), False),
    ],
)
def test_birth_date_and_sex(ddmmyy: str, birth_date: date, female: bool) -> None:
    info = parse_nik(make_nik(ddmmyy=ddmmyy), today=TODAY)
    assert (info.birth_date, info.female) == (birth_date, female)


@pytest.mark.parametrize("day", ["00", "32", "35", "40", "72", "80", "99"])
def test_impossible_birth_days(day: str) -> None:
    assert reason_for(make_nik(ddmmyy=f"{day}0190")) == (
        f"birth day {day} is invalid (men's days are 01-31, women's days are 41-71)"
    )


@pytest.mark.parametrize("month", ["00", "13", "19", "99"])
def test_impossible_birth_months(month: str) -> None:
    assert reason_for(make_nik(ddmmyy=f"01{month}90")) == f"birth month {month} is invalid"


@pytest.mark.parametrize(
    ("ddmmyy", "reason"),
    [
        ("310290", "birth date 31-02-1990 does not exist"),
        ("710290", "birth date 31-02-1990 does not exist"),
        ("300290", "birth date 30-02-1990 does not exist"),
        ("310490", "birth date 31-04-1990 does not exist"),
        ("714190", "birth month 41 is invalid"),
        ("711190", "birth date 31-11-1990 does not exist"),
    ],
)
def test_dates_that_do_not_exist(ddmmyy: str, reason: str) -> None:
    assert reason_for(make_nik(ddmmyy=ddmmyy)) == reason


@pytest.mark.parametrize("coded_day", ["29", "69"])
@pytest.mark.parametrize("yy", ["88", "00", "04", "24"])
def test_29_february_in_leap_years(coded_day: str, yy: str) -> None:
    info = parse_nik(make_nik(ddmmyy=f"{coded_day}02{yy}"), today=TODAY)
    assert (info.birth_date.month, info.birth_date.day) == (2, 29)
    assert info.female == (coded_day == "69")


@pytest.mark.parametrize("coded_day", ["29", "69"])
@pytest.mark.parametrize(("yy", "year"), [("90", 1990), ("01", 2001), ("25", 2025)])
def test_29_february_in_other_years(coded_day: str, yy: str, year: int) -> None:
    reason = reason_for(make_nik(ddmmyy=f"{coded_day}02{yy}"))
    assert reason == f"birth date 29-02-{year} does not exist"


def test_29_february_1900_is_not_a_leap_day() -> None:
    # Read before 29 Feb 2000 the year 00 means 1900, which was not a leap year.
    reason = reason_for(make_nik(ddmmyy="290200"), today=date(2000, 2, 28))
    assert reason == "birth date 29-02-1900 does not exist"
    assert parse_nik(make_nik(ddmmyy="290200"), today=date(2000, 2, 29)).birth_date == date(
        2000, 2, 29
    )


@pytest.mark.parametrize(
    ("ddmmyy", "birth_date"),
    [
        ("291126", date(2026, 11, 29)),  # born today
        ("281126", date(2026, 11, 28)),
        ("010126", date(2026, 1, 1)),
        ("301126", date(1926, 11, 30)),  # tomorrow in 2026 -> 1926
        ("011226", date(1926, 12, 1)),  # month 12 of 2026 is still ahead
        ("010127", date(1927, 1, 1)),
        ("010125", date(2025, 1, 1)),
        ("311299", date(1999, 12, 31)),
        ("010100", date(2000, 1, 1)),
    ],
)
def test_century_is_the_most_recent_past(ddmmyy: str, birth_date: date) -> None:
    assert parse_nik(make_nik(ddmmyy=ddmmyy), today=TODAY).birth_date == birth_date


def test_century_rule_for_women() -> None:
    assert parse_nik(make_nik(ddmmyy="691126"), today=TODAY).birth_date == date(2026, 11, 29)
    assert parse_nik(make_nik(ddmmyy="701126"), today=TODAY).birth_date == date(1926, 11, 30)


# --- serial -----------------------------------------------------------------------------


@pytest.mark.parametrize("serial", ["0001", "0420", "9999"])
def test_valid_serials(serial: str) -> None:
    assert parse_nik(make_nik(serial=serial), today=TODAY).serial == serial


def test_serial_0000_is_invalid() -> None:
    assert reason_for(make_nik(serial="0000")) == "serial number 0000 is invalid"


def test_each_rule_has_its_own_reason() -> None:
    broken = [
        "",
        "3201",
        "320101410790000A",
        make_nik(province="20"),
        make_nik(regency="00"),
        make_nik(kecamatan="00"),
        make_nik(ddmmyy="350190"),
        make_nik(ddmmyy="011390"),
        make_nik(ddmmyy="310290"),
        make_nik(serial="0000"),
    ]
    reasons = [reason_for(raw) for raw in broken]
    assert len(set(reasons)) == len(broken)


# --- property: valid parts round-trip ---------------------------------------------------


@st.composite
def nik_parts(draw: st.DrawFn) -> tuple[str, str, str, date, bool, str]:
    province = draw(st.sampled_from(sorted(VALID_PROVINCE_CODES)))
    regency = f"{draw(st.integers(1, 99)):02d}"
    kecamatan = f"{draw(st.integers(1, 99)):02d}"
    birth = draw(st.dates(min_value=date(1927, 1, 1), max_value=TODAY))
    female = draw(st.booleans())
    serial = f"{draw(st.integers(1, 9999)):04d}"
    return province, regency, kecamatan, birth, female, serial


@given(nik_parts())
def test_every_nik_built_from_valid_parts_parses_back(
    parts: tuple[str, str, str, date, bool, str],
) -> None:
    province, regency, kecamatan, birth, female, serial = parts
    day = birth.day + (40 if female else 0)
    nik = f"{province}{regency}{kecamatan}{day:02d}{birth:%m}{birth.year % 100:02d}{serial}"
    assert parse_nik(nik, today=TODAY) == NikInfo(
        nik, province, regency, kecamatan, birth, female, serial
    )


@given(st.text(max_size=20))
def test_arbitrary_text_never_raises_anything_but_nik_error(raw: str) -> None:
    if is_valid_nik(raw, today=TODAY):
        nik = parse_nik(raw, today=TODAY).nik
        assert (len(nik), nik.isascii(), nik.isdigit()) == (16, True, True)
    else:
        assert reason_for(raw)
