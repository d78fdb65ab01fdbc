"""The command line as an admin or a script uses it: output shapes, exit codes, messages."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from ektp_desk.cli import main
from ektp_desk.cli.parser import build_parser
from ektp_desk.db import Database
from ektp_desk.demo import LOGINS
from tests.factories import make_nik

ACTING = ("--operator", "--lead", "--admin", "--user")


class Cli:
    """Runs commands as a signed-in person would: the password of the user named after
    --operator/--lead/--admin (lead1 when a command needs someone and names no one) goes in
    on standard input with --password-stdin."""

    def __init__(
        self, url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        self.url = url
        self.capsys = capsys
        self.monkeypatch = monkeypatch
        self.passwords = {login.name: login.password for login in LOGINS}
        self.default_user = "admin"  # the demo office's commands are run by lead1

    def run(self, *args: str, code: int = 0, stdin: str | None = None) -> str:
        argv = self.signed_in(list(args), stdin)
        self.capsys.readouterr()
        assert main(["--db", self.url, *argv]) == code
        out, err = self.capsys.readouterr()
        if code:
            assert err.count("\n") == 1, err
            assert err.startswith("ektp-desk: "), err
            return err
        return out

    def signed_in(self, argv: list[str], stdin: str | None) -> list[str]:
        who = next((argv[i + 1] for i, a in enumerate(argv[:-1]) if a in ACTING), None)
        try:
            known, _ = build_parser().parse_known_args(argv)
        except SystemExit:
            return argv  # a usage error: the test wants to see it
        acts = hasattr(known, "operator") and known.handler.__name__ not in ("init", "login")
        if who is None and acts and "--password-stdin" not in argv:
            who = self.default_user
            argv += ["--operator", who]
        lines = [] if stdin is None else [stdin]
        if who in self.passwords and hasattr(known, "password_stdin"):
            lines.insert(0, self.passwords[who])
            if "--password-stdin" not in argv:
                argv.append("--password-stdin")
        self.monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{x}\n" for x in lines)))
        return argv

    def json(self, *args: str) -> Any:
        return json.loads(self.run(*args, "--json"))


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(db_url, capsys, monkeypatch)


@pytest.fixture
def demo(cli: Cli) -> Cli:
    out = cli.run("demo", "--records", "30")
    assert "operator1" in out
    assert "lead1" in out
    cli.default_user = "lead1"
    return cli


def test_demo_office_prints_logins_and_fills_the_queue(demo: Cli) -> None:
    queue = demo.json("queue", "--limit", "5")
    assert [row["position"] for row in queue] == [1, 2, 3, 4, 5]
    assert set(queue[0]) == {
        "position",
        "nik",
        "name",
        "kecamatan",
        "priority",
        "attempt",
        "entered_at",
    }
    stock = demo.json("stock")
    assert stock == {
        "blank": 3000,
        "spare": {"ribbon": 5, "film": 1},
        "stations": [{"station": f"Loket {n}", "ribbon": 500, "film": 1500} for n in (1, 2, 3)],
    }


def test_claim_print_spoil_round_trip(demo: Cli) -> None:
    first = demo.json("queue", "--limit", "1")[0]
    claim = demo.json("claim", "--station", "Loket 1")
    assert claim == {
        "nik": first["nik"],
        "name": first["name"],
        "kecamatan": first["kecamatan"],
        "station": "Loket 1",
        "attempt": 1,
    }
    spoiled = demo.json(
        "print",
        claim["nik"],
        "--station",
        "Loket 1",
        "--operator",
        "operator1",
        "--spoiled",
        "film_jam",
    )
    assert spoiled == {
        "nik": claim["nik"],
        "outcome": "spoiled",
        "attempt": 1,
        "station": "Loket 1",
        "remaining": {"blank": 2999, "ribbon": 499, "film": 1499},
    }
    assert demo.json("queue", "--limit", "1")[0]["nik"] == claim["nik"]
    printed = demo.json("print", claim["nik"], "--station", "Loket 2", "--operator", "operator2")
    assert (printed["outcome"], printed["attempt"], printed["remaining"]["blank"]) == (
        "printed",
        2,
        2998,
    )
    assert "already printed" in demo.run(
        "print", claim["nik"], "--station", "Loket 2", "--operator", "operator2", code=1
    )
    assert "Every balance equals" in demo.run("check")


def test_refusals_exit_1_with_one_line_and_change_nothing(demo: Cli) -> None:
    before = demo.json("stock")
    assert "only a lead or an admin" in demo.run(
        "receive", "blank", "10", "--ref", "X", "--operator", "operator1", code=1
    )
    assert "no active station" in demo.run("claim", "--station", "Loket 9", code=1)
    assert "not a valid NIK" in demo.run(
        "print", "12", "--station", "Loket 1", "--operator", "operator1", code=1
    )
    assert "cannot take 5000" in demo.run(
        "adjust", "blank", "-5000", "--reason", "x", "--operator", "lead1", code=1
    )
    assert demo.json("stock") == before


def test_check_lists_each_mismatch_and_refuses_in_one_line(
    demo: Cli, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database(demo.url)
    with db.write() as session:
        session.execute(text("UPDATE stock_balances SET qty = 7 WHERE item = 'blank'"))
    db.dispose()
    capsys.readouterr()
    assert main(["--db", demo.url, "check"]) == 1
    out, err = capsys.readouterr()
    assert out == "blank: balance 7 but ledger sums to 3000\n"
    assert err == (
        "ektp-desk: the stock ledger does not match its balances; differences found: 1\n"
    )


def test_stock_commands_book_deliveries_rolls_and_adjustments(demo: Cli) -> None:
    assert "now 3500 in stock" in demo.run(
        "receive", "blank", "500", "--ref", "BAST/7", "--operator", "lead1"
    )
    assert "Loaded a film roll at Loket 2" in demo.run(
        "load-roll", "film", "--station", "Loket 2", "--operator", "operator2"
    )
    assert "by -2; now 3498" in demo.run(
        "adjust", "blank", "-2", "--reason", "rusak", "--operator", "lead1"
    )
    stock = demo.json("stock")
    assert (stock["blank"], stock["spare"]["film"]) == (3498, 0)


def test_import_json_has_exactly_the_documented_shape(cli: Cli, tmp_path: Path) -> None:
    cli.run("init", "--admin", "admin")
    path = tmp_path / "rekam.csv"
    path.write_text(
        "NIK;Nama;Kecamatan;Tgl Rekam\n"
        f"{make_nik(serial=1)};Asep;Cibinong;01/02/2026\n"
        f"{make_nik(serial=1)};Asep;Cibinong;01/02/2026\n"
        "320101;Pendek;Cibinong;01/02/2026\n\n",
        encoding="utf-8",
    )
    report = cli.json("import", str(path))
    assert report["file"] == "rekam.csv"
    assert {k: report[k] for k in ("rows", "imported", "duplicates", "rejected")} == {
        "rows": 3,
        "imported": 1,
        "duplicates": 1,
        "rejected": 1,
    }
    assert report["errors"] == [
        {"row": 4, "nik": "320101", "reason": report["errors"][0]["reason"]}
    ]
    assert "16 digits" in report["errors"][0]["reason"]
    assert "Cannot open 'nope.csv'" in cli.run("import", str(tmp_path / "nope.csv"), code=1)


def test_users_and_stations_are_set_up_from_the_command_line(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli.run("init", "--admin", "admin")
    cli.run("station", "add", "Loket A", "--ribbon-yield", "250", "--film-panels", "2")
    [station] = cli.json("station", "list")
    assert (station["station"], station["ribbon_yield"], station["film_panels"]) == (
        "Loket A",
        250,
        2,
    )
    assert "Added lead rina" in cli.run(
        "user", "add", "rina", "--role", "lead", "--admin", "admin", stdin="rahasia9"
    )
    assert cli.json("user", "list") == [
        {"name": "admin", "role": "admin", "active": True},
        {"name": "rina", "role": "lead", "active": True},
    ]
    assert "already exists" in cli.run("station", "add", "Loket A", code=1)
    assert "already has users" in cli.run("init", "--admin", "mallory", code=1, stdin="x")


FORGED = [
    ["receive", "blank", "500", "--ref", "BAST/9", "--operator", "lead2"],
    ["adjust", "blank", "-2990", "--reason", "x", "--operator", "lead2"],
    ["settings", "--set", "daily_target", "5", "--operator", "lead2"],
    ["shift", "end", "--lead", "admin"],
    ["user", "add", "mallory", "--role", "admin", "--admin", "admin"],
    ["queue", "--operator", "lead1"],
    ["status", "3201010107900001", "--operator", "operator1"],
]


@pytest.mark.parametrize("args", FORGED, ids=lambda a: " ".join(a[:2]))
def test_a_name_without_its_password_acts_as_nobody(demo: Cli, args: list[str]) -> None:
    """A hostile colleague at a print PC: a lead's or admin's name alone does nothing."""
    before = demo.json("stock"), demo.json("settings"), demo.json("user", "list")
    demo.capsys.readouterr()
    demo.monkeypatch.setattr(sys, "stdin", io.StringIO("abcd\nabcd\n"))
    assert main(["--db", demo.url, *args, "--password-stdin"]) == 1
    err = demo.capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert "wrong user name or password" in err
    assert (demo.json("stock"), demo.json("settings"), demo.json("user", "list")) == before


def test_login_signs_in_once_for_the_commands_that_follow(demo: Cli) -> None:
    assert "Signed in as operator1 (operator) at Loket 2" in demo.run(
        "login", "--user", "operator1", "--station", "Loket 2"
    )
    demo.capsys.readouterr()
    first = json.loads(_raw(demo, "queue", "--limit", "1", "--json"))[0]  # the session says who
    claim = json.loads(_raw(demo, "claim", "--json"))
    assert (claim["nik"], claim["station"]) == (first["nik"], "Loket 2")
    assert "cannot act at Loket 1" in _raw(demo, "print", claim["nik"], "--station", "Loket 1",
                                           code=1)  # fmt: skip
    assert "signed in as operator1" in _raw(demo, "receive", "blank", "5", "--ref", "X",
                                            "--operator", "lead1", code=1)  # fmt: skip
    printed = json.loads(_raw(demo, "print", claim["nik"], "--json"))
    assert printed["station"] == "Loket 2"
    assert "Signed out." in _raw(demo, "logout")
    assert "sign in first" in _raw(demo, "queue", code=1)


def _raw(cli: Cli, *args: str, code: int = 0) -> str:
    """A command exactly as typed, with nothing on standard input."""
    cli.capsys.readouterr()
    cli.monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["--db", cli.url, *args]) == code
    out, err = cli.capsys.readouterr()
    return err if code else out


def test_commands_on_an_uninitialised_database_say_to_run_init(cli: Cli) -> None:
    assert "run `ektp-desk init`" in cli.run("queue", code=1)


def test_usage_errors_exit_2_through_the_real_entry_point(tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "ektp_desk", *args],
            capture_output=True,
            text=True,
            env={"EKTP_DESK_HOME": str(tmp_path), "PATH": "/usr/bin"},
            timeout=60,
        )

    assert run("print").returncode == 2
    assert run("receive", "toner", "5", "--ref", "x", "--operator", "y").returncode == 2
    assert run("demo", "--records", "-4").returncode == 2
    assert run("--help").returncode == 0


UNKNOWN_NAMES = [
    ["claim", "--station", "Loket 99"],
    ["print", "3201014107900001", "--station", "Loket 1", "--operator", "nobody"],
    ["release", "3201014107900001", "--station", "Loket 1", "--operator", "operator1"],
    ["receive", "blank", "5", "--ref", "X", "--operator", "nobody"],
    ["load-roll", "ribbon", "--station", "Loket 99", "--operator", "operator1"],
    ["adjust", "film", "-99", "--reason", "x", "--operator", "lead1"],
    ["shift", "start", "--kind", "pagi", "--lead", "operator1"],
    ["shift", "end", "--lead", "lead1", "--shift", "99"],
    ["resolve", "3201014107900001", "--as", "printed", "--operator", "lead1"],
    ["handover", "--shift", "99", "--out", "/tmp/x.xlsx"],
    ["berita-acara", "--from", "02-11-2026", "--to", "01-11-2026", "--out", "/tmp/x.pdf"],
    ["status", "12345"],
    ["collect", "3201014107900001", "--by", "Budi", "--operator", "operator1"],
    ["import", "/no/such/file.csv"],
    ["restore", "/no/such/backup.sqlite3", "--admin", "admin", "--yes"],
    ["station", "add", "Loket 1"],
]
WRONG_USAGE = [
    ["claim", "--station"],
    ["print"],
    ["receive", "toner", "1", "--ref", "x", "--operator", "y"],
    ["queue", "--limit", "many"],
    ["shift", "start", "--kind", "malam", "--lead", "lead1"],
    ["resolve", "3201014107900001", "--as", "maybe", "--operator", "lead1"],
    ["berita-acara", "--from", "2026-13-45", "--to", "01-11-2026", "--out", "x.pdf"],
    ["nosuchcommand"],
]


@pytest.mark.parametrize("args", UNKNOWN_NAMES, ids=lambda a: " ".join(a[:2]))
def test_unknown_names_exit_1_with_one_line(demo: Cli, args: list[str]) -> None:
    demo.run(*args, code=1)


@pytest.mark.parametrize("args", WRONG_USAGE, ids=lambda a: " ".join(a[:2]))
def test_wrong_arguments_exit_2(demo: Cli, args: list[str], capsys: pytest.CaptureFixture[str]
                                ) -> None:  # fmt: skip
    with pytest.raises(SystemExit) as exited:
        main(["--db", demo.url, *args])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert "--help`" in err, err


@pytest.mark.parametrize(
    "args",
    [
        ["collect", "3201014107900001", "--by", "Budi", "--cause", "chip_failed"],
        ["order", "blank", "--ref", "PO/1"],
    ],
    ids=lambda a: a[0],
)
def test_a_missing_companion_option_is_one_line_named_by_the_program(
    demo: Cli, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", demo.url, *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith(f"ektp-desk {args[0]}: "), err


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--db", "sqlite:///x.sqlite3"],
        ["gui"],
        ["--db=sqlite:///x.sqlite3", "gui", "--user", "op", "--station", "Loket 1"],
        ["gui", "--user", "op", "--password-stdin", "--quit-after-show"],
    ],
)
def test_the_launcher_reads_a_window_start_as_the_full_parser_does(argv: list[str]) -> None:
    from ektp_desk.cli.parser import build_parser
    from ektp_desk.window_options import window_request

    quick, full = window_request(argv), vars(build_parser().parse_args(argv))
    assert quick is not None
    assert full["handler"].__name__ == "gui"
    defaults = {"db": None, "user": None, "station": None, "password_stdin": False,
                "quit_after_show": False}  # fmt: skip
    for option, default in defaults.items():  # (without `gui` the full parser has only --db)
        assert getattr(quick, option) == full.get(option, default), option


@pytest.mark.parametrize(
    "argv",
    [
        ["init"],
        ["--help"],
        ["--version"],
        ["gui", "--help"],
        ["gui", "--user"],
        ["gui", "--bogus"],
        ["--user", "op"],
        ["queue", "--db", "sqlite:///x.sqlite3"],
        ["gui", "extra"],
    ],
)
def test_every_other_command_and_every_mistake_goes_to_the_full_parser(argv: list[str]) -> None:
    from ektp_desk.window_options import window_request

    assert window_request(argv) is None


def test_settings_are_listed_and_a_lead_changes_one(demo: Cli) -> None:
    listed = {row["name"]: row for row in demo.json("settings")}
    assert listed["daily_target"] == {"name": "daily_target", "value": 1000, "changed": False}
    assert "{name}" in listed["notify_template"]["value"]
    assert (
        demo.run("settings", "--set", "forecast_spoil_rate", "0,03", "--operator", "lead1")
        == "forecast_spoil_rate = 0.03\n"
    )  # a decimal comma, as Indonesian Excel writes it
    assert {r["name"]: r for r in demo.json("settings")}["forecast_spoil_rate"] == {
        "name": "forecast_spoil_rate", "value": 0.03, "changed": True}  # fmt: skip


def test_a_bad_setting_is_refused_in_one_line_and_changes_nothing(demo: Cli) -> None:
    for args, reason in (
        (("daily_target", "lots"), "takes a whole number, not 'lots'"),
        (("colour", "red"), "unknown setting colour"),
        (("notify_template", "Halo {nama}"), "unknown field 'nama'"),
        (("sms_send_after", "8 pagi"), "is not a time of day"),
    ):
        assert reason in demo.run("settings", "--set", *args, "--operator", "lead1", code=1)
    assert "only a lead or an admin" in demo.run(
        "settings", "--set", "daily_target", "900", "--operator", "operator1", code=1
    )
    demo.capsys.readouterr()
    assert main(["--db", demo.url, "settings", "--set", "daily_target", "9"]) == 1
    assert "sign in first" in demo.capsys.readouterr().err
    assert not any(row["changed"] for row in demo.json("settings"))


def test_a_settings_change_is_audited_without_a_password(demo: Cli, db_url: str) -> None:
    url = "mysql+pymysql://smsd:rahasia@10.0.0.5/smsd"
    refused = demo.run("settings", "--set", "gammu_db_url", url, "--operator", "lead1", code=1)
    assert "only an admin" in refused, "the gateway's URL holds a password: admins set it"
    shown = demo.run("settings", "--set", "gammu_db_url", url, "--operator", "admin")
    assert "rahasia" not in shown
    assert "rahasia" not in demo.run("settings")
    db = Database(db_url)
    try:
        with db.read() as session:
            sql = "SELECT user, subject, detail FROM audit_log WHERE action = 'settings'"
            rows = session.execute(text(sql)).all()
        assert [tuple(r) for r in rows] == [
            ("admin", "gammu_db_url", "mysql+pymysql://smsd:***@10.0.0.5/smsd")]  # fmt: skip
        from ektp_desk.settings import load_settings

        assert load_settings(db).gammu_db_url == url, "the stored URL keeps its password"
    finally:
        db.dispose()


def test_a_database_url_is_shown_without_its_password() -> None:
    from ektp_desk.db import Database, url_without_password

    url = "postgresql+psycopg://ektp:rahasia@10.0.0.5/kantor"
    assert url_without_password(url) == "postgresql+psycopg://ektp:***@10.0.0.5/kantor"
    assert url_without_password("not a database url") == "***"
    assert "rahasia" not in Database(url).describe()
