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
    from ektp_desk.cli import main as cli_main

    return cli_main(gui=launch_gui)


if __name__ == "__main__":
    raise SystemExit(main())
