"""The command line as an admin or a script uses it: the office's daily commands, their output
shapes and exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from ektp_desk.cli import main
from ektp_desk.db import Database
from tests.cli.harness import Cli
from tests.factories import make_nik


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
