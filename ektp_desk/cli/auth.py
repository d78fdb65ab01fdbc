"""Who runs a command: every command that changes anything, or shows a citizen's data, acts
as an authenticated person (``Actor``); a handler gets it from ``acting`` and passes it to
the core."""

from __future__ import annotations

import argparse

from ektp_desk import users
from ektp_desk.actor import Actor
from ektp_desk.db import Database


def acting(
    db: Database, args: argparse.Namespace, name: str, *, station: str | None = None
) -> Actor:
    """The acting person for this command, named by ``--operator``/``--lead``/``--admin``."""
    return users.actor_named(db, name, station=station)
