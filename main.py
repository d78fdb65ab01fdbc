"""Thin launcher: `ektp-desk` opens the window, `ektp-desk COMMAND ...` runs the command line.

It is the one place that knows both halves: the core (ektp_desk) never imports the Qt
presentation (ui); the launcher hands the CLI a way to open the window.
"""

from __future__ import annotations

import argparse
import sys

from ektp_desk.db import Database


def launch_gui(db: Database, args: argparse.Namespace) -> int:
    from ektp_desk.backup import start_quick_check

    start_quick_check(db)  # the file's start-up check runs while Qt loads (ui.app.open_office)
    from ektp_desk import users
    from ui.app import run  # Qt loads only when the window opens
    from ui.login import Operator

    operator = None
    if getattr(args, "user", None):
        password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else ""
        info = users.authenticate(db, args.user, password)
        operator = Operator(info.name, info.role, args.station or "")
    return run(db, operator=operator, quit_after_show=getattr(args, "quit_after_show", False))


def main() -> int:
    _check_office_file_early(sys.argv[1:])
    from ektp_desk.cli import main as cli_main

    return cli_main(gui=launch_gui)


def _check_office_file_early(argv: list[str]) -> None:
    """When the window is what opens, start SQLite's check of the office file now, before
    SQLAlchemy and Qt load: it then runs beside that second of loading instead of before
    the first paint (ektp_desk.file_check). Only --db is read here; the real parsing follows."""
    import os

    from ektp_desk.file_check import sqlite_file, start_quick_check
    from ektp_desk.paths import default_database_url

    early = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    early.add_argument("--db")
    early.add_argument("command", nargs="?")
    try:
        known, _rest = early.parse_known_args(argv)
    except argparse.ArgumentError:
        return  # the real parser says what is wrong
    if known.command not in (None, "gui"):
        return
    path = sqlite_file(known.db or os.environ.get("EKTP_DESK_DB") or default_database_url())
    if path is not None:
        start_quick_check(path)


if __name__ == "__main__":
    raise SystemExit(main())
