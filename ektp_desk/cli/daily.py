"""``daily``: the daily report of one day as a PDF or a workbook (leads and admins): parse,
call one api function, print."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from ektp_desk.api import reports
from ektp_desk.cli.auth import acting, add_acting_options
from ektp_desk.db import Database


def add_daily_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    day: Callable[[str], date],
) -> None:
    daily = sub.add_parser(
        "daily", help="the daily report of one day, as .pdf or .xlsx (leads)",
        description="The day runs from 00:00 of DATE to 00:00 of the next date, by the "
        "office's clock (the database server's).",
    )  # fmt: skip
    daily.add_argument("--date", required=True, type=day, metavar="DATE")
    daily.add_argument("--out", required=True, metavar="FILE.pdf|FILE.xlsx")
    add_acting_options(daily, who="--lead")
    daily.set_defaults(handler=daily_report)


def daily_report(db: Database, args: argparse.Namespace) -> int:
    done = reports.export_daily(db, acting(db, args), args.date, Path(args.out))
    upto = "" if done.complete else " (the day so far)"
    print(f"Daily report of {done.day:%d-%m-%Y}{upto} written to {done.path}: "
          f"{done.imported} imported, {done.printed} printed, {done.spoiled} spoiled, "
          f"{done.queued} waiting at the end.")  # fmt: skip
    return 0
