"""The office itself: its first start, which makes the first admin and the first station in
one transaction (a refused station name leaves no admin behind)."""

from __future__ import annotations

from sqlalchemy import func, select

from ektp_desk import audit, stations, users
from ektp_desk.actor import Actor
from ektp_desk.db import Database
from ektp_desk.domain import Role
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.models import User
from ektp_desk.stations import PrinterSpec


def has_users(db: Database) -> bool:
    """Whether anyone can sign in yet (an office with no user needs its first start)."""
    with db.read() as session:
        return bool(session.scalar(select(func.count()).select_from(User)))


def first_start(
    db: Database,
    admin: str,
    password: str,
    *,
    station: str | None = None,
    printer: PrinterSpec | None = None,
) -> Actor:
    """Make the office's first admin (and, when named, its first print station), all or
    nothing; only on an office with no user yet. Returns the admin, signed in."""
    with db.write() as session:
        if session.scalar(select(func.count()).select_from(User)):
            raise Refused(
                QT_TRANSLATE_NOOP(
                    "core",
                    "this office already has users: an admin adds new ones (ektp-desk user add)",
                )
            )
        user = users.create_user(session, admin, Role.ADMIN, password)
        actor = Actor(user.id, user.name, Role.ADMIN, None)
        with audit.acting_as(actor):
            audit.record(session, "user_add", user=user.name, subject=user.name, detail="admin")
            if station is not None:
                place = stations.create_station(session, station, printer)
                audit.record(session, "station_add", user=user.name, subject=place.name,
                             detail=place.printer_model)  # fmt: skip
        return actor
