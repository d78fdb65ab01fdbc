"""The command line: the same core service functions the GUI calls, for admins and scripts.

Exit status: 0 done; 1 refused (bad input, out of stock, not found) with one line on stderr
and nothing changed; 2 wrong usage. Never a traceback: whatever fails, the person reads one
line, and nothing read from the database or typed on the line reaches the terminal raw.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from ektp_desk.api import office
from ektp_desk.cli.output import EscapingStream
from ektp_desk.cli.parser import build_parser
from ektp_desk.db import Database
from ektp_desk.errors import DatabaseError, Refused
from ektp_desk.limits import escaped
from ektp_desk.paths import database_url

log = logging.getLogger(__name__)

# Arguments that name a file: any bytes the file system allows (a non-UTF-8 name included).
PATH_ARGUMENTS = frozenset({"file", "out", "csv"})
# Commands that make the file, or (self-check) report a missing one without making it.
CREATING_COMMANDS = frozenset({"init", "demo", "restore", "gui", "self_check"})
# Commands that run on a database whatever its schema (or without one); every other command
# is refused, before it starts, on a database that is not at this program's revision.
ANY_SCHEMA_COMMANDS = CREATING_COMMANDS | {"office_secret_command", "logout", "migrate_to"}


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. The window is opened by the launcher (main.py), which recognises a
    window start before it gets here, so the core never imports the Qt presentation."""
    with _escaping_output():
        return _run(argv)


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    undecodable = _undecodable_argument(args)
    if undecodable:
        parser.error(f"argument {undecodable}: not valid UTF-8 text (or a NUL character)")
    if args.handler is None:
        parser.print_help()
        return 0
    url = database_url(args.db)
    missing = _missing_file(url, args)
    if missing is not None:
        return _fail(
            f"there is no office database at {missing}: run `ektp-desk init` to create it, "
            "or give the right one with --db"
        )
    try:
        db = Database(url)
    except (SQLAlchemyError, ValueError) as error:
        return _fail(f"cannot use the database URL: {error}")
    except Refused as error:  # e.g. an SQLite file on a network share
        return _fail(str(error))
    try:
        if getattr(args.handler, "__name__", "") not in ANY_SCHEMA_COMMANDS:
            office.require_current(db)
        return int(args.handler(db, args) or 0)
    except (Refused, DatabaseError) as error:
        return _fail(str(error))
    except SQLAlchemyError as error:
        log.debug("database error", exc_info=True)
        return _fail(f"database error: {_first_line(error)}")
    except BrokenPipeError:
        # The reader (e.g. `| head`) left early; the action itself is already committed.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as error:  # a file named on the command line: a folder, missing, no right
        return _fail(_file_problem(error))
    except UnicodeError:
        return _fail("text that is not valid UTF-8 (standard input or a file name); nothing saved")
    except Exception as error:  # the last net: one line, the traceback in the log only
        log.exception("unexpected error")
        return _fail(f"unexpected error ({type(error).__name__}: {_short(error)})")
    finally:
        db.dispose()


def _undecodable_argument(args: argparse.Namespace) -> str | None:
    """The first argument (not a file name) holding bytes that are not UTF-8 (Python keeps
    them as lone surrogates): such text cannot be stored, so it is a usage error."""
    for name, value in vars(args).items():
        for text in value if isinstance(value, list | tuple) else (value,):
            if not isinstance(text, str):
                continue
            if "\x00" in text or (name not in PATH_ARGUMENTS and _has_surrogate(text)):
                return name.replace("_", "-")
    return None


def _has_surrogate(text: str) -> bool:
    return any(0xD800 <= ord(char) <= 0xDFFF for char in text)


def _missing_file(url: str, args: argparse.Namespace) -> Path | None:
    """The SQLite file a command would read but which does not exist: a read must not make
    an empty file (and its folders) where the office was expected."""
    command = getattr(args.handler, "__name__", "")
    if command in CREATING_COMMANDS:
        return None
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None  # Database() says what is wrong with it
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    path = Path(parsed.database or "")
    return None if path.exists() else path


def _file_problem(error: OSError) -> str:
    # os.replace(part, target) names both: the target is the one the person named
    name = error.filename2 if error.filename2 is not None else error.filename
    name = "" if name is None else name
    reason = error.strerror or type(error).__name__
    return f"cannot use {os.fsdecode(name)}: {reason}" if name else f"file error: {reason}"


def _fail(message: str) -> int:
    """One line on stderr, whatever the message quotes (a name with a line break in it)."""
    print(f"ektp-desk: {escaped(message, allow='')}", file=sys.stderr)
    return 1


def _short(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    text = lines[0] if lines else ""
    return text if len(text) <= 200 else text[:199] + "\u2026"


def _first_line(error: SQLAlchemyError) -> str:
    original = getattr(error, "orig", None) or error
    return str(original).strip().splitlines()[0]


@contextmanager
def _escaping_output() -> Iterator[None]:
    """stdout and stderr for the command: control characters, bidi overrides and undecodable
    bytes are written as escapes (\\x1b, \\u202e), so a hostile name is shown, not obeyed."""
    saved: tuple[TextIO | Any, TextIO | Any] = (sys.stdout, sys.stderr)
    sys.stdout = EscapingStream(sys.stdout, allow="\n\t")
    sys.stderr = EscapingStream(sys.stderr, allow="\n\t\r")  # \r: a running count
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved
