"""The official papers' commands: ``register`` (invalid cards not yet destroyed), ``cause``
(a lead corrects a spoiled attempt's cause), ``destroy`` (the destruction and its berita
acara pemusnahan), ``recap`` (the monthly recap) and ``notice`` (the public stock notice):
parse, call one core function, print."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from ektp_desk.api import papers
from ektp_desk.cli.auth import acting, add_acting_options
from ektp_desk.cli.output import emit
from ektp_desk.db import Database
from ektp_desk.domain import InvalidCause


def add_paper_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    day: Callable[[str], date],
) -> None:
    listing = sub.add_parser("register", help="the invalid cards not yet destroyed (leads)")
    listing.add_argument("--until", type=day, metavar="DATE")
    listing.add_argument("--json", action="store_true")
    add_acting_options(listing, who="--lead")
    listing.set_defaults(handler=show_register)
    cause = sub.add_parser("cause", help="correct a spoiled attempt's cause (leads)")
    cause.add_argument("attempt", type=int, help="the attempt's number (see `register`)")
    cause.add_argument("cause", choices=tuple(InvalidCause))
    cause.add_argument("--reason", required=True, help="why the cause is corrected")
    add_acting_options(cause, who="--lead")
    cause.set_defaults(handler=correct_cause)
    destroy = sub.add_parser("destroy", help="destroy the register's cards before witnesses")
    destroy.add_argument("--date", required=True, type=day, metavar="DATE")
    destroy.add_argument("--witness", action="append", required=True, metavar="NAME[:NIP]")
    destroy.add_argument("--maker", default="", metavar="NAME[:NIP]", help="who made the paper")
    destroy.add_argument("--coordinator", default="", metavar="NAME[:NIP]", help="shift lead")
    destroy.add_argument("--head", default="", metavar="NAME[:NIP]", help="head of section")
    destroy.add_argument("--out", required=True, metavar="FILE.pdf")
    add_acting_options(destroy, who="--lead")
    destroy.set_defaults(handler=destroy_cards)
    recap = sub.add_parser("recap", help="the monthly recap of invalid cards and blanks (leads)")
    recap.add_argument("--month", required=True, metavar="YYYY-MM")
    recap.add_argument("--out", required=True, metavar="FILE.xlsx|FILE.pdf")
    add_acting_options(recap, who="--lead")
    recap.set_defaults(handler=monthly_recap)
    notice = sub.add_parser(
        "notice", help="the public stock notice: an A4 page (.pdf) or a square image (.png)"
    )
    notice.add_argument("--date", required=True, type=day, metavar="DATE")
    notice.add_argument("--out", required=True, action="append", metavar="FILE.pdf|FILE.png",
                        help="repeat to write both faces at once")  # fmt: skip
    add_acting_options(notice, who="--lead")
    notice.set_defaults(handler=stock_notice)


def show_register(db: Database, args: argparse.Namespace) -> int:
    entries = papers.invalid_register(db, acting(db, args), until=args.until)
    rows = [{"source": str(e.source), "id": e.id, "at": e.at.isoformat(timespec="minutes"),
             "nik": e.nik, "serial": e.serial or "", "cause": str(e.cause),
             "corrected": e.corrected} for e in entries]  # fmt: skip
    return emit(args, rows, ("source", "id", "at", "nik", "serial", "cause"))


def correct_cause(db: Database, args: argparse.Namespace) -> int:
    entry = papers.correct_cause(
        db, acting(db, args), args.attempt, InvalidCause(args.cause), reason=args.reason
    )
    print(f"Attempt {entry.id} ({entry.nik}): cause now {entry.cause}.")
    return 0


def destroy_cards(db: Database, args: argparse.Namespace) -> int:
    signers = papers.Signers(
        maker=papers.Signer.parse(args.maker),
        lead=papers.Signer.parse(args.coordinator),
        head=papers.Signer.parse(args.head),
        witnesses=tuple(papers.Signer.parse(w) for w in args.witness),
    )
    done = papers.destroy(db, acting(db, args), args.date, signers, Path(args.out))
    print(f"Berita acara {done.number}: {len(done.entries)} card(s) destroyed, written to "
          f"{Path(args.out)}.")  # fmt: skip
    return 0


def monthly_recap(db: Database, args: argparse.Namespace) -> int:
    month = papers.parse_month(args.month)
    recap = papers.monthly_recap(db, acting(db, args), month, Path(args.out))
    checked = "the register and the stock card add up" if recap.balanced and recap.blanks.matches \
        else "CHECK THE FIGURES: the register or the stock card does not add up"  # fmt: skip
    print(f"Recap {month:%Y-%m}: {recap.total('added')} card(s) added, "
          f"{recap.total('destroyed')} destroyed, {recap.total('closing')} in the register; "
          f"{recap.blanks.closing} blank(s) at the month's end; {checked}. "
          f"Written to {Path(args.out)}.")  # fmt: skip
    return 0


def stock_notice(db: Database, args: argparse.Namespace) -> int:
    outs = [Path(out) for out in args.out]
    made = papers.stock_notice(db, acting(db, args), args.date, outs)
    print(f"Stock notice of {made.day}: {made.blanks} blank(s) in stock at 00.00, "
          f"{made.printed_yesterday} card(s) printed the day before, {made.waiting} record(s) "
          f"waiting; written to {', '.join(map(str, outs))}.")  # fmt: skip
    return 0
