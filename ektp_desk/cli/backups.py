"""The backup and restore commands: parse, call the core, print."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ektp_desk.api import office
from ektp_desk.cli.auth import acting
from ektp_desk.db import Database
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP


def backup(db: Database, args: argparse.Namespace) -> int:
    path = office.backup(db, acting(db, args), Path(args.out) if args.out else None)
    print(f"Backup written to {path}.")
    return 0


def restore(db: Database, args: argparse.Namespace) -> int:
    source = Path(args.file)
    sign_in = office.restore_sign_in_database(db, source)
    try:
        actor = acting(sign_in, args)
    finally:
        if sign_in is not db:
            sign_in.dispose()
    if not args.yes:
        if not sys.stdin.isatty():
            raise Refused(QT_TRANSLATE_NOOP("core", "restoring replaces the office database: "
                                            "confirm with --yes"))  # fmt: skip
        answer = input(f"Replace {db.describe()} with {source}? Type YES to go on: ")
        if answer.strip() != "YES":
            print("Nothing was changed.")
            return 1
    done = office.restore(db, actor, source, force=args.force)
    print(f"Restored {source}. The database as it was is kept in {done.kept or '(none)'}.")
    if done.online:
        print(f"Forced while online: {', '.join(done.online)}.")
    print(f"Confirmed prints lost (made after the backup): {done.lost_prints}.")
    return 0
