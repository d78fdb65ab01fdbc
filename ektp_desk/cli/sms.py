"""``notify answer`` and ``notify serve``: the SMS gateway job from the command line."""

from __future__ import annotations

import argparse
import logging
import signal
import threading
from types import FrameType

from ektp_desk.api import citizens
from ektp_desk.cli.auth import acting
from ektp_desk.cli.output import emit
from ektp_desk.db import Database


def notify_answer(db: Database, args: argparse.Namespace) -> int:
    report = citizens.answer_questions(db, acting(db, args), args.gammu_db)
    rows = [{"inbox_ids": list(a.inbox_ids), "sender": a.sender, "outcome": str(a.outcome),
             "replies": [{"number": r.number, "text": r.text} for r in a.replies]}
            for a in report.answered]  # fmt: skip
    if args.json:
        return emit(args, {"gateway": report.gateway, "answered": rows})
    print(f"{len(rows)} SMS question(s) answered through Gammu SMSD at {report.gateway}.")
    for row in rows:
        print(f"{row['sender']}: {row['outcome']} ({len(row['replies'])} reply/replies)")
    return 0


def notify_serve(db: Database, args: argparse.Namespace) -> int:
    actor = acting(db, args)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    stop = threading.Event()

    def end(_signal: int, _frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, end) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        citizens.serve_gateway(db, actor, args.gammu_db, every=args.every, stop=stop)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0
