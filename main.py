"""Thin launcher: `ektp-desk` opens the window, `ektp-desk COMMAND ...` runs the command line.

It is the one place that knows both halves: the core (ektp_desk) never imports the Qt
presentation (ui).

The window is the common case and the one a person waits for, so it is recognised first,
with argparse alone: the window's frame is shown before SQLAlchemy, Alembic and the rest of
the core load (ui.app.start).
"""

from __future__ import annotations

import argparse
import sys


def main() -> int:
    if sys.argv[1:] == ["--window-check"]:  # ektp_desk.selfcheck: the window, offscreen
        from ui.selfcheck import check_window

        return check_window()
    from ektp_desk.window_options import window_request

    options = window_request(sys.argv[1:])
    if options is not None:
        return open_window(options)
    from ektp_desk.cli import main as cli_main

    return cli_main()  # every window start was recognised above


def open_window(options: argparse.Namespace) -> int:
    from ektp_desk.paths import database_url
    from ui.app import start

    return start(database_url(options.db), options)


if __name__ == "__main__":
    raise SystemExit(main())
