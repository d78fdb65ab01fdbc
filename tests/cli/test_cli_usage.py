"""Mistakes at the command line: unknown names, wrong usage and a missing companion option each
get one line and an exit code; the launcher hands window starts and the rest to the right
parser."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ektp_desk.cli import main
from tests.cli.harness import Cli


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
