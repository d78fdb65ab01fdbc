"""``service-token add|list|revoke``: the tokens scheduled jobs sign in with (admins)."""

from __future__ import annotations

import argparse
import os
from datetime import datetime
from pathlib import Path

from ektp_desk.api import jobs
from ektp_desk.cli.auth import SERVICE_TOKEN_ENV, acting, add_acting_options, new_private
from ektp_desk.cli.output import emit
from ektp_desk.db import Database
from ektp_desk.domain import Job
from ektp_desk.labels import label

COLUMNS = ("id", "account", "job", "made_by", "made_at", "last_used", "revoked")


def token_add(db: Database, args: argparse.Namespace) -> int:
    actor = acting(db, args)
    if args.out:  # the file first: a token is made only when it has somewhere to go
        path = Path(args.out)
        with os.fdopen(new_private(path), "w", encoding="ascii") as out:
            try:
                info, token = jobs.add_token(db, actor, Job(args.job))
            except BaseException:
                path.unlink(missing_ok=True)
                raise
            out.write(token + "\n")
        print(f"{_made(info)} written to {path}, readable by this OS user only.")
        print(f"Run the job with --token-file {path}.")
        return 0
    info, token = jobs.add_token(db, actor, Job(args.job))
    what = _made(info)
    print(f"{what}, shown only now:")
    print(token)
    print(f"Keep it in a file only the job's account can read (chmod 600) and run the job with "
          f"--token-file FILE, or set {SERVICE_TOKEN_ENV}.")  # fmt: skip
    return 0


def token_list(db: Database, args: argparse.Namespace) -> int:
    rows = [{"id": t.id, "account": t.account, "job": str(t.job), "made_by": t.made_by,
             "made_at": _when(t.made_at), "last_used": _when(t.last_used_at),
             "revoked": f"{_when(t.revoked_at)} by {t.revoked_by}" if t.revoked_at else ""}
            for t in jobs.tokens_made(db, acting(db, args))]  # fmt: skip
    if not rows and not args.json:
        print("No service token has been made.")
        return 0
    return emit(args, rows, COLUMNS)


def token_revoke(db: Database, args: argparse.Namespace) -> int:
    info = jobs.revoke_token(db, acting(db, args), args.id)
    print(f"Service token {info.id} ({info.account}) revoked: it runs nothing any more.")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``service-token add``, ``list`` and ``revoke``."""
    tokens = sub.add_parser(
        "service-token", help="tokens for scheduled jobs (backup, SMS): each runs one job only"
    ).add_subparsers(title="service-token commands", metavar="ACTION", required=True)
    add = tokens.add_parser("add", help="make a token for one job; it is shown once")
    add.add_argument(
        "--job", required=True, choices=[str(job) for job in Job],
        help=", ".join(f"{job}: {label(Job, job)}" for job in Job),
    )  # fmt: skip
    add.add_argument("--out", metavar="FILE", help="write it to a new file only you can read")
    add_acting_options(add, who="--admin")
    add.set_defaults(handler=token_add)
    listing = tokens.add_parser("list", help="every token: its job, maker, last use, revoked")
    listing.add_argument("--json", action="store_true")
    add_acting_options(listing, who="--admin")
    listing.set_defaults(handler=token_list)
    revoke = tokens.add_parser("revoke", help="the token runs nothing any more")
    revoke.add_argument("id", type=_token_id, metavar="ID")
    add_acting_options(revoke, who="--admin")
    revoke.set_defaults(handler=token_revoke)


def _token_id(text: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 2**31:
        raise argparse.ArgumentTypeError(f"not a token id: {text[:20]!r}")
    return int(text)


def _made(info: jobs.TokenInfo) -> str:
    return f"Service token {info.id} ({info.account}) for `ektp-desk {_command(info.job)}`"


def _command(job: Job) -> str:
    return str(job).replace("-", " ")


def _when(at: datetime | None) -> str:
    return at.isoformat(sep=" ", timespec="seconds") if at is not None else ""
