"""Issue 21, lines 2, 3, 9 and 10: what an attacker or a clumsy user typed, and what holds now.

Each test drives the real command line (``ektp_desk.cli.main``) against a real SQLite office
and checks what the person sees: one line on stderr, the exit status, and that the office is
unchanged after a refusal.
"""

from __future__ import annotations

import io
import os
import sqlite3
from pathlib import Path

import pytest

from ektp_desk.cli import main
from ektp_desk.db import Database
from tests.cli.harness import Cli
from tests.reliability.office_dump import dump

HUGE = str(2**63 - 1)
HUGER = str(2**64)


@pytest.fixture
def office(demo: Cli, db_url: str) -> Cli:
    return demo


def _path(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


def usage_error(office: Cli, *args: str) -> str:
    with pytest.raises(SystemExit) as exited:
        office.run(*args)
    assert exited.value.code == 2
    err = office.capsys.readouterr().err
    assert err.count("\n") == 1, err
    return err


# --- line 2: every quantity has an upper limit ------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("receive", "blank", HUGE, "--ref", "X", "--operator", "lead1"),
        ("receive", "blank", HUGER, "--ref", "X", "--operator", "lead1"),
        ("adjust", "blank", "-" + HUGER, "--reason", "x", "--operator", "lead1"),
        ("queue", "--limit", HUGER),
        ("shift", "end", "--lead", "lead1", "--shift", HUGER),
        ("handover", "--shift", HUGE, "--out", "h.xlsx"),
        ("station", "add", "L9", "--ribbon-yield", HUGER),
        ("uncollected", "--days", HUGE),
        ("demo", "--records", HUGER),
    ],
    ids=lambda a: " ".join(a[:2]),
)
def test_numbers_beyond_any_column_are_usage_errors(office: Cli, args: tuple[str, ...]) -> None:
    before = dump(_path(office.url))
    assert "too large" in usage_error(office, *args)
    assert dump(_path(office.url)) == before


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("receive", "blank", "2000001", "--ref", "X", "--operator", "lead1"), "at most 1,000,000"),
        (("adjust", "blank", "-5000000", "--reason", "x", "--operator", "lead1"), "at most"),
        (("queue", "--limit", "2000000000"), "at most 100,000 rows"),
        (
            ("station", "add", "L9", "--ribbon-yield", "2000000000", "--admin", "admin"),
            "at most 100,000 prints",
        ),
        (
            ("station", "add", "L9", "--film-panels", "50", "--admin", "admin"),
            "at most 10 film panels",
        ),
        (("uncollected", "--days", "2000000000"), "at most 36,500"),
        (("handover", "--shift", "2147483647", "--out", "h.xlsx"), "no shift 2147483647"),
    ],
    ids=lambda a: " ".join(a[:2]) if isinstance(a, tuple) else "",
)
def test_absurd_quantities_are_refused_in_one_sentence(
    office: Cli, args: tuple[str, ...], words: str
) -> None:
    before = dump(_path(office.url))
    assert words in office.run(*args, code=1)
    assert dump(_path(office.url)) == before


def test_the_ledger_stays_checkable_after_the_largest_delivery(office: Cli) -> None:
    office.run("receive", "blank", "1000000", "--ref", "BAST/9", "--operator", "lead1")
    assert "Every balance equals" in office.run("check")
    assert office.json("stock")["blank"] == 1_003_000


# --- line 3: NaN, inf and 1e308 refused for every float ----------------------------------


FLOATS = ("forecast_rate_per_station_hour", "forecast_spoil_rate", "forecast_margin", "shift_hours")


@pytest.mark.parametrize("value", ["nan", "inf", "1e308", "0", "-1", "1e999"])
@pytest.mark.parametrize("name", FLOATS)
def test_settings_refuse_non_finite_and_absurd_numbers(office: Cli, name: str, value: str) -> None:
    if value == "0" and name in ("forecast_spoil_rate", "forecast_margin"):
        return  # no spoils and no margin are sane
    err = office.run("settings", "--set", name, value, "--operator", "lead1", code=1)
    assert f"the setting {name} must be from" in err
    assert office.json("forecast")["flags"] is not None, "the forecast still reads"


@pytest.mark.parametrize(
    ("name", "value", "words"),
    [
        ("office_name", "   ", "office_name cannot be empty"),
        ("notify_template", "", "notify_template cannot be empty"),
        ("notify_template", "Yth. {nama}", "unknown field 'nama'"),
        ("daily_target", "1" + "0" * 29, "daily_target must be from 1 to 100,000 cards"),
        ("office_name", "Kantor\x1b[2J", "control character U+001B"),
    ],
)
def test_settings_refuse_empty_texts_and_absurd_targets(
    office: Cli, name: str, value: str, words: str
) -> None:
    assert words in office.run("settings", "--set", name, value, "--operator", "lead1", code=1)


# --- line 9: no traceback, one line -------------------------------------------------------


@pytest.mark.parametrize("hours", ["nan", "inf", "1e308", "-1", "25"])
def test_forecast_hours_must_be_a_real_shift(office: Cli, hours: str) -> None:
    assert "at most 24 hours" in usage_error(office, "forecast", "--hours", hours)


def test_links_csv_into_a_missing_folder_or_onto_a_folder(office: Cli, tmp_path: Path) -> None:
    assert "No such file" in office.run("notify", "links", "--csv", str(tmp_path / "no" / "x.csv"),
                                        code=1)  # fmt: skip
    assert "not a file" in office.run("notify", "links", "--csv", str(tmp_path), code=1)
    assert "database file" in office.run("notify", "links", "--csv", str(_path(office.url)), code=1)


def test_backup_into_a_folder_is_one_line(office: Cli, tmp_path: Path) -> None:
    office.run("backup", "--out", str(tmp_path), code=1)


def test_a_non_utf8_argument_is_a_usage_error(office: Cli) -> None:
    bad = os.fsdecode(b"Loket \xff")
    assert "not valid UTF-8" in usage_error(office, "claim", "--station", bad)
    assert "not valid UTF-8" in usage_error(office, "receive", "blank", "5", "--ref", bad,
                                            "--operator", "lead1")  # fmt: skip


def test_a_non_utf8_password_on_stdin_is_one_line(
    office: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"admin123\nrahasia\xff\n"), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", stdin)
    office.capsys.readouterr()
    argv = ["--db", office.url, "user", "add", "budi", "--role", "operator", "--admin", "admin"]
    assert main([*argv, "--password-stdin"]) == 1  # the admin's line is fine, budi's is not
    err = office.capsys.readouterr().err
    assert err.count("\n") == 1
    assert "not valid UTF-8" in err


def test_reports_to_a_non_utf8_path_are_written_and_named(office: Cli, tmp_path: Path) -> None:
    office.run("shift", "end", "--lead", "lead1")
    target = os.fsdecode(bytes(tmp_path) + b"/serah-terima-\xe9.xlsx")
    out = office.run("handover", "--shift", "1", "--out", target)
    assert "\\udce9" in out, "the undecodable byte is shown as an escape"
    assert Path(target).is_file()
    report = os.fsdecode(bytes(tmp_path) + b"/ba-\xe9.pdf")
    assert "\\udce9" in office.run("berita-acara", "--from", "01-01-2026", "--to", "31-12-2026",
                                   "--out", report)  # fmt: skip


def test_importing_from_a_fifo_is_refused_at_once(office: Cli, tmp_path: Path) -> None:
    fifo = tmp_path / "rekam.csv"
    os.mkfifo(fifo)
    assert "not a file" in office.run("import", str(fifo), code=1)


# --- line 10: hostile text ---------------------------------------------------------------


def _insert_hostile_record(url: str, name: str) -> str:
    with sqlite3.connect(_path(url)) as conn:  # an office filled before the import refused it
        nik = conn.execute("SELECT nik FROM records WHERE status = 'queued' LIMIT 1").fetchone()[0]
        conn.execute("UPDATE records SET name = ? WHERE nik = ?", (name, nik))
    return str(nik)


@pytest.mark.parametrize("name", ["\x1b[2J\x1b]0;pwned\x07BUDI", "BUDI \u202eIRTSEK", "A\x9bB"])
def test_queue_and_status_never_write_escape_codes_raw(office: Cli, name: str) -> None:
    nik = _insert_hostile_record(office.url, name)
    for out in (office.run("queue", "--limit", "100000"), office.run("status", nik),
                office.run("queue", "--json")):  # fmt: skip
        assert "\x1b" not in out
        assert "\u202e" not in out
        assert "\x9b" not in out
        assert "\x07" not in out
    assert (
        "\\x1b[2J" in office.run("queue", "--limit", "100000")
        or "\\u202e" in office.run("queue", "--limit", "100000")
        or "\\u009b" in office.run("queue", "--limit", "100000")
    )
    names = {row["name"] for row in office.json("queue", "--limit", "100000")}
    assert name in names, "JSON stays valid and carries the name as it is stored"


def test_serial_with_control_characters_is_refused(office: Cli) -> None:
    nik = office.json("queue", "--limit", "1")[0]["nik"]
    err = office.run("print", nik, "--station", "Loket 1", "--operator", "operator1",
                     "--serial", "A1\x1b[31m", code=1)  # fmt: skip
    assert "control character U+001B" in err


def test_over_long_ref_and_printer_are_refused(office: Cli) -> None:
    assert "at most 200 characters" in office.run(
        "receive", "blank", "5", "--ref", "R" * 201, "--operator", "lead1", code=1
    )
    printer = ("station", "add", "L9", "--printer", "P" * 65, "--admin", "admin")
    assert "at most 64 characters" in office.run(*printer, code=1)


def test_a_read_on_a_missing_path_creates_nothing(office: Cli, tmp_path: Path) -> None:
    where = tmp_path / "typo" / "kantor.sqlite3"
    office.url = f"sqlite:///{where}"
    assert "no office database" in office.run("queue", code=1)
    assert "no office database" in office.run("check", code=1)
    assert not where.parent.exists()


def test_check_on_a_damaged_file_is_one_line(office: Cli) -> None:
    path = _path(office.url)
    Database(office.url).dispose()
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.truncate(size // 3)
    err = office.run("check", code=1)
    assert "damaged" in err


def _csv(tmp_path: Path, lines: list[bytes]) -> Path:
    target = tmp_path / "rekam.csv"
    target.write_bytes(b"\r\n".join([b"NIK;Nama;Kecamatan;Tanggal Rekam", *lines]) + b"\r\n")
    return target


def test_a_csv_mixing_utf8_and_windows_1252_is_refused_with_the_line(
    office: Cli, tmp_path: Path
) -> None:
    from tests.factories import make_nik

    utf8 = f"{make_nik(serial=9001)};JOS\u00c9 UTF;Cibinong;01/02/2024".encode()
    ansi = f"{make_nik(serial=9002)};JOS\u00c9 ANSI;Cibinong;01/02/2024".encode("cp1252")
    lines = [utf8, ansi]
    err = office.run("import", str(_csv(tmp_path, lines)), code=1)
    assert "mixes UTF-8 and Windows-1252" in err
    assert "line 3 is not" in err


@pytest.mark.parametrize("day", ["01/01/0001", "31/12/1899", "31/12/2008"])
def test_recording_dates_before_e_ktp_are_refused_with_the_row(
    office: Cli, tmp_path: Path, day: str
) -> None:
    from tests.factories import make_nik

    line = f"{make_nik(serial=9003)};SITI;Cibinong;{day}".encode()
    report = office.json("import", str(_csv(tmp_path, [line])))
    assert report["imported"] == 0
    assert report["errors"][0]["row"] == 2
    assert "before e-KTP recording began" in report["errors"][0]["reason"]


@pytest.mark.parametrize("name", ["BUDI\x1b[2J", "BUDI \u202eIRTSEK"])
def test_names_with_control_characters_are_refused_at_import(
    office: Cli, tmp_path: Path, name: str
) -> None:
    from tests.factories import make_nik

    line = f"{make_nik(serial=9004)};{name};Cibinong;01/02/2024".encode()
    report = office.json("import", str(_csv(tmp_path, [line])))
    assert report["imported"] == 0
    assert "control character" in report["errors"][0]["reason"]
