"""The audit log and the sign-in lockout."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from ektp_desk import audit, clock, printing, resume, shifts, stock, users
from ektp_desk.db import Database
from ektp_desk.errors import PermissionDenied, Refused
from ektp_desk.imports import import_records
from tests.conftest import LEAD, OPERATOR, STATION
from tests.factories import add_records, make_nik


def actions(db: Database) -> list[tuple[str | None, str, str | None]]:
    return [(e.user, e.action, e.subject) for e in reversed(audit.read_log(db, reader=LEAD))]


def test_who_did_what_is_written_with_each_action(office: Database, tmp_path: Path) -> None:
    niks = add_records(office, 3)
    users.authenticate(office, OPERATOR, "1234")
    printing.record_print(office, niks[0], station=STATION, operator=OPERATOR)
    printing.record_print(office, niks[1], station=STATION, operator=OPERATOR, spoiled="misprint")
    stock.receive(office, "blank", 5, ref="BAST/1", operator=LEAD)
    stock.adjust(office, "blank", -1, reason="rusak di kotak", operator=LEAD)
    stock.load_roll(office, "film", station=STATION, operator=OPERATOR)
    claim = printing.claim_next(office, station=STATION)
    resume.resolve(office, claim.nik, outcome="not-printed", operator=LEAD)
    csv = tmp_path / "r.csv"
    csv.write_text(f"NIK;Nama;Kecamatan\n{make_nik(serial=88)};Rina;Cibinong\n", encoding="utf-8")
    import_records(office, csv)
    users.add_user(office, "baru", "operator", "4321", by="admin")
    shifts.end_shift(office, lead=LEAD)
    logged = actions(office)
    since_setup = logged[logged.index((LEAD, "shift_start", "1")) + 1 :]
    assert since_setup == [
        (OPERATOR, "login", None), (OPERATOR, "print", niks[0]), (OPERATOR, "spoil", niks[1]),
        (LEAD, "receive", "blank"), (LEAD, "adjust", "blank"), (OPERATOR, "load_roll", STATION),
        (LEAD, "resolve", claim.nik), (None, "import", "r.csv"), ("admin", "user_add", "baru"),
        (LEAD, "shift_end", "1"),
    ]  # fmt: skip


def test_a_refused_action_leaves_no_audit_row(office: Database) -> None:
    before = len(audit.read_log(office, reader=LEAD))
    with pytest.raises(PermissionDenied):
        stock.receive(office, "blank", 5, ref="X", operator=OPERATOR)
    assert len(audit.read_log(office, reader=LEAD)) == before


def test_audit_rows_cannot_be_changed_or_deleted(office: Database) -> None:
    for statement in ("UPDATE audit_log SET user = 'someone'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"), office.write() as session:
            session.execute(text(statement))


def test_only_leads_and_admins_read_the_log_with_filters(office: Database) -> None:
    with pytest.raises(PermissionDenied):
        audit.read_log(office, reader=OPERATOR)
    [nik] = add_records(office, 1)
    printing.record_print(office, nik, station=STATION, operator=OPERATOR)
    [line] = audit.read_log(office, reader="admin", action="print")
    assert (line.user, line.subject, line.detail) == (OPERATOR, nik, STATION)
    assert audit.read_log(office, reader=LEAD, user="nobody") == []


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
    failed = audit.read_log(office, reader=LEAD, action="login_failed")
    assert len(failed) == 5
