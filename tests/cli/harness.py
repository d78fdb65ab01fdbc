"""The command-line harness the CLI tests share: runs ``ektp-desk`` in-process as a signed-in
person would, and reads back its output."""

from __future__ import annotations

import io
import json
import sys
from typing import Any

import pytest

from ektp_desk.cli import main
from ektp_desk.cli.parser import build_parser
from ektp_desk.demo import LOGINS

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


def raw(cli: Cli, *args: str, code: int = 0) -> str:
    """A command exactly as typed, with nothing on standard input."""
    cli.capsys.readouterr()
    cli.monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["--db", cli.url, *args]) == code
    out, err = cli.capsys.readouterr()
    return err if code else out
