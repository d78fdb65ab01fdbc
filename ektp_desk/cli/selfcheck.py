"""``ektp-desk self-check``: one line per check, exit 0 only when every check passed."""

from __future__ import annotations

import argparse

from ektp_desk.api.office import self_check_report as report
from ektp_desk.api.office import self_checks as run_checks
from ektp_desk.db import Database


def self_check(db: Database, args: argparse.Namespace) -> int:
    results = run_checks(db.url)
    for line in report(results):
        print(line, flush=True)
    return 0 if all(r.ok for r in results) else 1


def add_self_check(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = sub.add_parser(
        "self-check",
        help="check this installation (database, translation, reports, window) and the "
        "configured database, read-only",
    )
    check.set_defaults(handler=self_check)
