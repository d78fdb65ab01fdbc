"""The print PCs' PostgreSQL role can do what the program does and nothing that hides a rewrite."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from ektp_desk import chain_check, pg_roles, printing, shifts, stock, stock_books
from ektp_desk.cli import main as cli
from ektp_desk.db import Database
from tests.factories import add_records, add_station, add_user

PASSWORD = "cetak-O'Brien"  # a quote in it: the statement must still be right


@pytest.fixture
def app_role(pg_url: str) -> Iterator[str]:
    """A role made for this test only, dropped afterwards with everything granted to it."""
    role = f"ektp_app_{uuid.uuid4().hex[:10]}"
    yield role
    owner = Database(pg_url)
    pg_roles.drop_app_role(owner, role)
    owner.dispose()
    check = create_engine(pg_url)  # disposed: a pooled connection left open is a leak
    try:
        with check.connect() as conn:
            left = conn.scalar(
                text("SELECT count(*) FROM pg_roles WHERE rolname = :r"), {"r": role}
            )
        assert left == 0
    finally:
        check.dispose()


def test_the_app_role_prints_and_receives_but_cannot_rewrite_or_unguard_the_books(
    pg_url: str, app_role: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    app_url = make_url(pg_url).set(username=app_role, password=PASSWORD)
    app_text = app_url.render_as_string(hide_password=False)
    # The print PC's own URL names the app role; init runs once as the owner.
    argv = ["--db", app_text, "init", "--owner-url", pg_url, "--app-role", app_role]
    assert cli([*argv, "--app-password-stdin"]) == 0
    app = Database(app_text)
    try:
        add_user(app, "lead1", "lead", "5678")
        add_user(app, "operator1", "operator", "1234")
        add_station(app, "Loket 1")
        stock.receive(app, "blank", 10, ref="BAST/1", operator="lead1")
        for item in ("ribbon", "film"):
            stock.receive(app, item, 1, ref="SJ/1", operator="lead1")
            stock.load_roll(app, item, station="Loket 1", operator="lead1")
        shifts.start_shift(app, "pagi", lead="lead1")
        nik = add_records(app, 1)[0]
        result = printing.record_print(app, nik, station="Loket 1", operator="operator1")
        assert result.remaining.blank == 9
        assert chain_check.chain_problems(app) == []
        for statement in (
            "DROP TRIGGER stock_movements_append_only ON stock_movements",
            "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only",
            "UPDATE stock_movements SET note = 'x'",
            "DELETE FROM stock_movements",
            "UPDATE audit_log SET detail = 'x'",
            "DELETE FROM audit_log",
            "TRUNCATE stock_movements",
            "TRUNCATE audit_log",
            "CREATE TABLE mine (id integer)",
            "UPDATE alembic_version SET version_num = 'x'",
        ):
            refused = pytest.raises(ProgrammingError, match=r"permission denied|must be owner")
            with refused, app.engine.begin() as conn:
                conn.execute(text(statement))
    finally:
        app.dispose()
    owner = Database(pg_url)
    assert stock_books.ledger_mismatches(owner) == []
    assert chain_check.chain_problems(owner) == []
    owner.dispose()


def test_a_bad_role_name_is_refused(pg_url: str) -> None:
    from ektp_desk.errors import Refused

    owner = Database(pg_url)
    with pytest.raises(Refused, match="cannot be a role name"):
        pg_roles.grant_app_role(owner, 'x"; DROP TABLE users; --')
    owner.dispose()
