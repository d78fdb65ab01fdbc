"""Roles are enforced by the core services, whatever the window shows or hides.

Each service is called as each role; the allowed ones succeed, the others are refused with
PermissionDenied and change nothing.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ektp_desk import printing, resume, settings, shifts, stations, stock, stock_books, users
from ektp_desk.db import Database
from ektp_desk.errors import PermissionDenied
from tests.conftest import OTHER_STATION, STATION
from tests.factories import add_records

ROLE_USERS = {"operator": "operator1", "lead": "lead1", "admin": "admin"}


def action(name: str, db: Database, user: str) -> None:
    niks = add_records(db, 2, first_serial=500)
    do: dict[str, Callable[[], object]] = {
        "print": lambda: printing.record_print(db, niks[0], station=STATION, operator=user),
        "spoil": lambda: printing.record_print(db, niks[0], station=STATION, operator=user,
                                               spoiled="misprint"),
        "load roll": lambda: stock.load_roll(db, "ribbon", station=STATION, operator=user),
        "receive": lambda: stock.receive(db, "blank", 5, ref="X", operator=user),
        "adjust": lambda: stock.adjust(db, "blank", -1, reason="count", operator=user),
        "resolve other station": lambda: (
            printing.claim_next(db, station=OTHER_STATION),
            resume.resolve(db, niks[0], outcome="not-printed", operator=user, station=STATION),
        ),
        "end shift": lambda: shifts.end_shift(db, lead=user),
        "start shift": lambda: (shifts.end_shift(db, lead="lead1"),
                                shifts.start_shift(db, "siang", lead=user)),
        "office settings": lambda: settings.save_settings(db, {"daily_target": 900},
                                                          operator=user),
        "add user": lambda: users.add_user(db, "baru", "operator", "4321", by=user),
        "add station": lambda: stations.add_station(db, "Loket 9", by=user),
    }  # fmt: skip
    do[name]()


ALLOWED = {
    "print": {"operator", "lead", "admin"},
    "spoil": {"operator", "lead", "admin"},
    "load roll": {"operator", "lead", "admin"},
    "receive": {"lead", "admin"},
    "adjust": {"lead", "admin"},
    "resolve other station": {"lead", "admin"},
    "end shift": {"lead", "admin"},
    "start shift": {"lead", "admin"},
    "office settings": {"lead", "admin"},
    "add user": {"admin"},
    "add station": {"admin"},
}


@pytest.mark.parametrize("role", sorted(ROLE_USERS))
@pytest.mark.parametrize("name", sorted(ALLOWED))
def test_each_service_as_each_role(office: Database, name: str, role: str) -> None:
    before = stock_books.stock_levels(office)
    if role in ALLOWED[name]:
        action(name, office, ROLE_USERS[role])
        return
    with pytest.raises(PermissionDenied):
        action(name, office, ROLE_USERS[role])
    assert stock_books.stock_levels(office) == before, "a refused action changes nothing"
