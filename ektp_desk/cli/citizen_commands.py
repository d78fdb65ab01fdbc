"""Citizens on the command line: card status, collection, ready-to-collect messages."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from ektp_desk.api import citizens
from ektp_desk.cli import sms
from ektp_desk.cli.auth import acting, add_acting_options
from ektp_desk.cli.output import emit
from ektp_desk.db import Database
from ektp_desk.domain import InvalidCause


def citizen_status(db: Database, args: argparse.Namespace) -> int:
    answer = citizens.status(db, acting(db, args), args.nik)
    if args.json:
        return emit(args, answer.as_json())
    where = f", number {answer.position} in the queue" if answer.position else ""
    print(f"{answer.nik}: {answer.state}{where}" + (f" ({answer.name})" if answer.name else ""))
    print(answer.indonesian())
    return 0


def collect(db: Database, args: argparse.Namespace) -> int:
    if not args.handed_in and (args.cause or args.note):
        print("ektp-desk collect: --cause and --note describe an old card: give --handed-in too",
              file=sys.stderr)  # fmt: skip
        return 2
    hand_in = (
        citizens.HandIn(InvalidCause(args.cause) if args.cause else None, args.note or "")
        if args.handed_in
        else None
    )
    done = citizens.record_collection(db, acting(db, args), args.nik, by=args.by,
                                      representative=args.representative,
                                      hand_in=hand_in)  # fmt: skip
    data = {"nik": done.nik, "name": done.name, "collected_by": done.collected_by,
            "role": done.role, "collected_at": done.collected_at.isoformat(),
            "operator": done.operator, "handed_in": done.handed_in}  # fmt: skip
    if args.json:
        return emit(args, data)
    print(f"{done.nik} {done.name}: card collected by {done.collected_by} ({done.role}).")
    if done.handed_in is not None:
        print(f"Old card taken back ({done.handed_in}): it is in the register for destruction.")
    return 0


def uncollected(db: Database, args: argparse.Namespace) -> int:
    cards = citizens.uncollected(db, acting(db, args), days=args.days)
    rows = [{"nik": c.nik, "name": c.name, "kecamatan": c.kecamatan, "kelurahan": c.kelurahan,
             "phone": c.phone, "printed_at": c.printed_at.isoformat(),
             "days_waiting": c.days_waiting, "notified": c.notified} for c in cards]  # fmt: skip
    if not rows and not args.json:
        print("Every printed card older than that has been collected.")
        return 0
    return emit(args, rows, ("nik", "name", "kecamatan", "phone", "days_waiting", "notified"))


def notify_deliver(db: Database, args: argparse.Namespace) -> int:
    report = citizens.deliver(db, acting(db, args), args.gammu_db)
    data = {
        "gateway": report.gateway,
        "delivered": [{"id": d.message_id, "number": d.number, "creator_id": d.creator_id,
                       "gammu_id": d.gammu_id, "recovered": d.recovered}
                      for d in report.delivered],
        "invalid": [{"id": n.message_id, "phone": n.phone, "reason": str(n.reason)}
                    for n in report.invalid],
        "failed": [{"id": n.message_id, "phone": n.phone, "reason": str(n.reason)}
                   for n in report.failed],
    }  # fmt: skip
    if args.json:
        emit(args, data)
    else:
        print(f"{len(report.delivered)} message(s) handed to Gammu SMSD at {report.gateway}.")
        for problem in (*report.invalid, *report.failed):
            print(f"message {problem.message_id} ({problem.phone}) not sent: {problem.reason}")
    if report.failed:  # the gateway failed: one line on stderr, exit 1, as for a refusal
        print(f"ektp-desk: {report.failed[0].reason}", file=sys.stderr)
        return 1
    return 0


def notify_links(db: Database, args: argparse.Namespace) -> int:
    actor = acting(db, args)
    messages = citizens.pending(db, actor)
    if args.csv:
        written = citizens.write_links_csv(db, actor, Path(args.csv))
        if not args.json:
            print(f"{written} link(s) written to {args.csv}.")
            return 0
    rows = [{"id": m.id, "nik": m.nik, "name": m.name, "phone": m.phone, "number": m.number,
             "url": m.whatsapp_url, "problem": str(m.problem) if m.problem else None}
            for m in messages]  # fmt: skip
    if args.json:
        return emit(args, rows)
    for m in messages:
        print(f"{m.name} ({m.phone}): {m.whatsapp_url or f'invalid number: {m.problem}'}")
    if not messages:
        print("No message is waiting.")
    return 0


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    non_negative_int: Callable[[str], int],
) -> None:
    """``status``, ``collect``, ``uncollected`` and ``notify``; ``non_negative_int`` is the
    parser's bounded whole-number type."""
    status = sub.add_parser("status", help="is this citizen's card ready? (the answer to read)")
    status.add_argument("nik")
    status.add_argument("--json", action="store_true")
    add_acting_options(status)
    status.set_defaults(handler=citizen_status)
    collecting = sub.add_parser("collect", help="record that a printed card was collected")
    collecting.add_argument("nik")
    collecting.add_argument("--by", required=True, metavar="NAME", help="who took the card")
    collecting.add_argument(
        "--representative", action="store_true", help="taken by a representative, not in person"
    )
    collecting.add_argument(
        "--handed-in", action="store_true",
        help="the old KTP-el was taken back (a replacement for changed data or a damaged card)",
    )  # fmt: skip
    collecting.add_argument("--cause", choices=tuple(InvalidCause),
                            help="why the old card is invalid (default: by request)")  # fmt: skip
    collecting.add_argument("--note", metavar="TEXT", help="a note on the old card")
    add_acting_options(collecting)
    collecting.add_argument("--json", action="store_true")
    collecting.set_defaults(handler=collect)
    waiting = sub.add_parser("uncollected", help="printed cards not collected after N days")
    waiting.add_argument("--days", type=non_negative_int, help="default: the office setting")
    waiting.add_argument("--json", action="store_true")
    add_acting_options(waiting)
    waiting.set_defaults(handler=uncollected)
    notify = sub.add_parser("notify", help="ready-to-collect messages (SMS, WhatsApp)")
    actions = notify.add_subparsers(title="notify commands", metavar="ACTION", required=True)
    deliver = actions.add_parser("deliver", help="hand every pending message to Gammu SMSD once")
    deliver.add_argument(
        "--gammu-db", metavar="URL", help="the Gammu SMSD database (default: the setting)"
    )
    deliver.add_argument("--json", action="store_true")
    add_acting_options(deliver)
    deliver.set_defaults(handler=notify_deliver)
    links = actions.add_parser("links", help="WhatsApp links of the pending messages")
    links.add_argument("--csv", metavar="FILE", help="also write them to a CSV file")
    links.add_argument("--json", action="store_true")
    add_acting_options(links)
    links.set_defaults(handler=notify_links)
    answer = actions.add_parser("answer", help="answer the citizens' SMS questions once")
    serve = actions.add_parser("serve", help="deliver and answer in a loop until stopped")
    for job in (answer, serve):
        job.add_argument("--gammu-db", metavar="URL", help="the Gammu SMSD database")
        add_acting_options(job)
    answer.add_argument("--json", action="store_true")
    answer.set_defaults(handler=sms.notify_answer)
    serve.add_argument("--every", type=float, default=30.0, metavar="SECONDS")
    serve.set_defaults(handler=sms.notify_serve)
