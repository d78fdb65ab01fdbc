"""Commands of the office's security: unlocking a name, the office secret, the app's role."""

from __future__ import annotations

import argparse
import sys

from ektp_desk.api import office
from ektp_desk.cli.auth import acting
from ektp_desk.db import Database


def user_unlock(db: Database, args: argparse.Namespace) -> int:
    office.unlock(db, acting(db, args), args.name)
    print(f"{args.name.strip()} may sign in again.")
    return 0


def office_secret_command(_db: Database, args: argparse.Namespace) -> int:
    if args.install:
        secret_id = office.install_office_secret(sys.stdin.readline())
        print(f"Office secret {secret_id} kept in {office.office_secret_place()}.")
    elif args.show:
        print(office.show_office_secret())
    else:
        secret = office.load_office_secret()
        held = office.office_secret_id(secret) if secret else "none yet"
        print(f"Office secret: {held} ({office.office_secret_place()})")
    return 0


def init(db: Database, args: argparse.Namespace) -> int:
    """``init``, run as the database's owner when ``--owner-url`` is given (the print PCs'
    own URL names a role that may not change the schema); then the app role's grants."""
    from ektp_desk.cli import commands

    owner = Database(args.owner_url) if args.owner_url else db
    try:
        status = commands.init(owner, args)
        if args.app_role:
            password = sys.stdin.readline().rstrip("\n") if args.app_password_stdin else None
            office.grant_app_role(owner, args.app_role, password)
            print(f"Role {args.app_role} may use the database as the program does, no more.")
    finally:
        if owner is not db:
            owner.dispose()
    return status
