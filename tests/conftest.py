"""Shared fixtures: every test gets its own data folder and a fresh SQLite file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ektp_desk import shifts, stations, stock, users
from ektp_desk.db import Database
from ektp_desk.office import first_start
from ektp_desk.schema import init_database

LEAD = "lead1"
OPERATOR = "operator1"
STATION = "Loket 1"
OTHER_STATION = "Loket 2"


@pytest.fixture(autouse=True)
def _private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Nothing a test does touches the real user folders or a real EKTP_DESK_DB."""
    home = tmp_path / "home"
    monkeypatch.setenv("EKTP_DESK_HOME", str(home))
    monkeypatch.delenv("EKTP_DESK_DB", raising=False)
    return home


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'office.sqlite3'}"


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    init_database(database)
    yield database
    database.dispose()


@pytest.fixture
def office(db: Database) -> Database:
    """Two stations with rolls loaded, a lead, an operator, 100 blank cards, a pagi shift."""
    admin = first_start(db, "admin", "admin123")
    users.add_user(db, LEAD, "lead", "5678", by=admin.name)
    users.add_user(db, OPERATOR, "operator", "1234", by=admin.name)
    for name in (STATION, OTHER_STATION):
        stations.add_station(db, name, by=admin.name)
    stock.receive(db, "blank", 100, ref="BAST/001", operator=LEAD)
    stock.receive(db, "ribbon", 4, ref="SJ/R/001", operator=LEAD)
    stock.receive(db, "film", 4, ref="SJ/F/001", operator=LEAD)
    for name in (STATION, OTHER_STATION):
        stock.load_roll(db, "ribbon", station=name, operator=LEAD)
        stock.load_roll(db, "film", station=name, operator=LEAD)
    shifts.start_shift(db, "pagi", lead=LEAD)
    return db
