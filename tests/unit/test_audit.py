"""The audit log and the sign-in lockout."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from ektp_desk import audit, clock, printing, stock, users
from ektp_desk.api import counter, importing
from ektp_desk.api import office as office_door
from ektp_desk.api import shifts as shift_door
from ektp_desk.api import stock as stock_door
from ektp_desk.db import Database
from ektp_desk.errors import PermissionDenied, Refused
from tests.conftest import LEAD, OPERATOR, STATION
from tests.factories import actor, add_records, make_nik


def actions(db: Database) -> list[tuple[str | None, str, str | None]]:
    return [
        (e.user, e.action, e.subject) for e in reversed(audit.read_log(db, reader=actor(db, LEAD)))
    ]


def test_who_did_what_is_written_with_each_action(office: Database, tmp_path: Path) -> None:
    niks = add_records(office, 3)
    operator = users.authenticate(office, OPERATOR, "1234", station=STATION)
    lead = actor(office, LEAD)
    counter.record_print(office, operator, niks[0])
    counter.record_print(office, operator, niks[1], spoiled="misprint")
    stock_door.receive(office, lead, "blank", 5, ref="BAST/1")
    stock_door.adjust(office, lead, "blank", -1, reason="rusak di kotak")
    stock_door.load_roll(office, operator, "film")
    claim = counter.claim_next(office, operator)
    counter.resolve(office, lead, claim.nik, outcome="not-printed")
    csv = tmp_path / "r.csv"
    csv.write_text(f"NIK;Nama;Kecamatan\n{make_nik(serial=88)};Rina;Cibinong\n", encoding="utf-8")
    importing.import_records(office, lead, csv)
    office_door.add_user(office, actor(office, "admin"), "baru", "operator", "4321")
    shift_door.end_shift(office, lead)
    logged = actions(office)
    since_setup = logged[logged.index((LEAD, "shift_start", "1")) + 1 :]
    assert since_setup == [
        (OPERATOR, "login", None), (OPERATOR, "print", niks[0]), (OPERATOR, "spoil", niks[1]),
        (LEAD, "receive", "blank"), (LEAD, "adjust", "blank"), (OPERATOR, "load_roll", STATION),
        (OPERATOR, "claim", claim.nik), (LEAD, "resolve", claim.nik), (LEAD, "import", "r.csv"),
        ("admin", "user_add", "baru"), (LEAD, "shift_end", "1"),
    ]  # fmt: skip
    stations_of = {(e.user, e.action): e.station for e in audit.read_log(office, reader=lead)}
    assert stations_of[OPERATOR, "print"] == STATION  # the station the operator signed in at
    assert stations_of[LEAD, "receive"] is None


def test_a_name_in_the_arguments_does_not_change_who_is_audited(office: Database) -> None:
    """The front door writes the signed-in person, whatever name reaches the capability."""
    [nik] = add_records(office, 1)
    operator = actor(office, OPERATOR, STATION)
    with audit.acting_as(operator):
        printing.record_print(office, nik, station=STATION, operator=OPERATOR)
        audit.record_now(office, "export", user="Kepala Dinas", subject="x.pdf")
    assert [(e.user, e.action) for e in audit.read_log(office, reader=actor(office, LEAD))][:2] == [
        (OPERATOR, "export"),
        (OPERATOR, "print"),
    ]


def test_a_refused_action_leaves_no_audit_row(office: Database) -> None:
    before = len(audit.read_log(office, reader=actor(office, LEAD)))
    with pytest.raises(PermissionDenied):
        stock.receive(office, "blank", 5, ref="X", operator=OPERATOR)
    assert len(audit.read_log(office, reader=actor(office, LEAD))) == before


def test_audit_rows_cannot_be_changed_or_deleted(office: Database) -> None:
    for statement in ("UPDATE audit_log SET user = 'someone'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"), office.write() as session:
            session.execute(text(statement))


def test_only_leads_and_admins_read_the_log_with_filters(office: Database) -> None:
    with pytest.raises(PermissionDenied):
        audit.read_log(office, reader=actor(office, OPERATOR))
    [nik] = add_records(office, 1)
    printing.record_print(office, nik, station=STATION, operator=OPERATOR)
    [line] = audit.read_log(office, reader=actor(office, "admin"), action="print")
    assert (line.user, line.subject, line.detail) == (OPERATOR, nik, STATION)
    assert audit.read_log(office, reader=actor(office, LEAD), user="nobody") == []


def test_five_wrong_pins_lock_the_account_for_a_while(
    office: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = datetime(2026, 11, 29, 21, 0)
    monkeypatch.setattr(clock, "now", lambda: start)
    for _ in range(4):
        with pytest.raises(Refused, match="wrong user name or password"):
            users.authenticate(office, OPERATOR, "0000")
    with pytest.raises(Refused, match="locked until 21:05"):
        users.authenticate(office, OPERATOR, "0000")
    with pytest.raises(Refused, match="locked until 21:05"):
        users.authenticate(office, OPERATOR, "1234")  # even the right PIN, while locked
    monkeypatch.setattr(clock, "now", lambda: start + timedelta(minutes=6))
    assert users.authenticate(office, OPERATOR, "1234").name == OPERATOR
    failed = audit.read_log(office, reader=actor(office, LEAD), action="login_failed")
    assert len(failed) == 5
