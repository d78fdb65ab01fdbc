"""The options of ``ektp-desk [--db URL] [gui ...]``: what opens the window.

The command line's parser (``ektp_desk.cli.parser``) declares them for ``gui``; the launcher
(``main.py``) reads them with nothing but argparse, so the window's frame can paint before
SQLAlchemy and the rest of the core load (the start-up, docs/PERFORMANCE.md).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence


def add_window_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", help="sign in as this user without the sign-in dialog")
    parser.add_argument("--station", help="with --user: the station this PC is")
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="with --user: read the password from standard input",
    )
    parser.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)


def window_request(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options when ``argv`` asks for the window and is well-formed, else None: every
    other command, ``--help``, ``--version`` and every mistake go to the full parser, which
    runs the command or explains the mistake."""
    top = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    top.add_argument("--db")
    top.add_argument("command", nargs="?")
    window = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    add_window_options(window)
    try:
        options, rest = top.parse_known_args(list(argv))
        if options.command not in (None, "gui") or (options.command is None and rest):
            return None
        options, rest = window.parse_known_args(rest, namespace=options)
    except argparse.ArgumentError:
        return None
    return None if rest else options
