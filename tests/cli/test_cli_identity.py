"""Who acts on the command line: a name without its password is nobody; `login` signs in once."""

from __future__ import annotations

import io
import json
import sys

import pytest

from ektp_desk.cli import main
from tests.cli.harness import Cli, raw

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
    first = json.loads(raw(demo, "queue", "--limit", "1", "--json"))[0]  # the session says who
    claim = json.loads(raw(demo, "claim", "--json"))
    assert (claim["nik"], claim["station"]) == (first["nik"], "Loket 2")
    assert "cannot act at Loket 1" in raw(demo, "print", claim["nik"], "--station", "Loket 1",
                                           code=1)  # fmt: skip
    assert "signed in as operator1" in raw(demo, "receive", "blank", "5", "--ref", "X",
                                            "--operator", "lead1", code=1)  # fmt: skip
    printed = json.loads(raw(demo, "print", claim["nik"], "--json"))
    assert printed["station"] == "Loket 2"
    assert "Signed out." in raw(demo, "logout")
    assert "sign in first" in raw(demo, "queue", code=1)
