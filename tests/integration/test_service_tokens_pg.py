"""A scheduled job's service token on PostgreSQL, through the print PCs' least-privileged app
role: the token is made, used (its last use dated, its use audited) and revoked with what the
app role may do, and is refused for any other command."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from ektp_desk.api import citizens, jobs, stock
from ektp_desk.cli import main as cli
from ektp_desk.db import Database
from ektp_desk.domain import Job
from ektp_desk.errors import PermissionDenied, Refused
from ektp_desk.models import AuditEntry, ServiceToken
from ektp_desk.office import first_start
from tests.integration.test_least_privilege import PASSWORD, app_role
from tests.unit.notify.conftest import GAMMU_SCHEMA

__all__ = ["app_role"]  # the fixture, used by name


def test_the_app_role_makes_uses_and_revokes_a_service_token(
    pg_url: str, app_role: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    app_url = make_url(pg_url).set(username=app_role, password=PASSWORD)
    app_text = app_url.render_as_string(hide_password=False)
    argv = ["--db", app_text, "init", "--owner-url", pg_url, "--app-role", app_role]
    assert cli([*argv, "--app-password-stdin"]) == 0
    gammu = tmp_path / "smsd.db"
    with sqlite3.connect(gammu) as conn:
        conn.executescript(GAMMU_SCHEMA)
    conn.close()
    app = Database(app_text)
    try:
        admin = first_start(app, "admin", "admin123")
        info, token = jobs.add_token(app, admin, Job.NOTIFY_DELIVER)
        account = jobs.service_actor(app, token)
        assert citizens.deliver(app, account, f"sqlite:///{gammu}").delivered == ()
        with pytest.raises(PermissionDenied, match="may only run `ektp-desk notify deliver`"):
            stock.receive(app, account, "blank", 10, ref="BAST/1")
        jobs.revoke_token(app, admin, info.id)
        with pytest.raises(Refused, match="unknown or revoked"):
            jobs.service_actor(app, token)
        with app.read() as session:
            row = session.get(ServiceToken, info.id)
            assert row is not None
            assert row.last_used_at is not None
            assert row.revoked_by == "admin"
            actions = list(session.execute(select(AuditEntry.user, AuditEntry.action)
                                           .where(AuditEntry.action.like("service%"))
                                           .order_by(AuditEntry.id)))  # fmt: skip
        assert [tuple(a) for a in actions] == [
            ("admin", "service_token_add"),
            ("service:notify-deliver#1", "service_run"),
            ("service:notify-deliver#1", "service_refused"),
            ("admin", "service_token_revoke"),
            ("service:notify-deliver#1", "service_refused"),
        ]
    finally:
        app.dispose()
