"""The command line: the same core service functions the GUI calls, for admins and scripts.

Exit status: 0 done; 1 refused (bad input, out of stock, not found) with one line on stderr
and nothing changed; 2 wrong usage.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence

from sqlalchemy.exc import SQLAlchemyError

from ektp_desk.cli.parser import build_parser
from ektp_desk.db import Database
from ektp_desk.errors import DatabaseError, Refused
from ektp_desk.paths import database_url

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. The window is opened by the launcher (main.py), which recognises a
    window start before it gets here, so the core never imports the Qt presentation."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.handler is None:
        parser.print_help()
        return 0
    try:
        db = Database(database_url(args.db))
    except (SQLAlchemyError, ValueError) as error:
        return _fail(f"cannot use the database URL: {error}")
    except Refused as error:  # e.g. an SQLite file on a network share
        return _fail(str(error))
    try:
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
    finally:
        db.dispose()


def _fail(message: str) -> int:
    print(f"ektp-desk: {message}", file=sys.stderr)
    return 1


def _first_line(error: SQLAlchemyError) -> str:
    original = getattr(error, "orig", None) or error
    return str(original).strip().splitlines()[0]
