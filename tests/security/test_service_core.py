"""The service account's limits are the core's, not only the command line's: every front-door
action refuses it but its job's, a running job stops once its token is revoked, and no person
can take a service account's name."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from ektp_desk.api import citizens, counter, jobs, reports, shifts, stock
from ektp_desk.api import office as office_api
from ektp_desk.db import Database
from ektp_desk.domain import Job
from ektp_desk.errors import PermissionDenied, Refused
from tests.conftest import STATION
from tests.factories import actor
from tests.gammu_db import GammuDb
from tests.reliability.office_dump import dump
from tests.unit.notify.conftest import printed_with_phones

ONLY_BACKUP = "service:backup#1 is a scheduled job's service account: it may only run " \
    "`ektp-desk backup`"  # fmt: skip


def service(db: Database, job: Job) -> tuple[int, str]:
    info, token = jobs.add_token(db, actor(db, "admin"), job)
    return info.id, token


def test_every_front_door_action_refuses_a_service_account_but_its_job(
    office: Database, tmp_path: Path
) -> None:
    [nik] = printed_with_phones(office, ("081234567890",))
    _, token = service(office, Job.BACKUP)
    account = jobs.service_actor(office, token)
    assert (account.name, account.station, account.user_id) == ("service:backup#1", None, 0)
    assert office.sqlite_path is not None
    before = dump(Path(office.sqlite_path))
    attempts: list[Callable[[], object]] = [
        lambda: stock.receive(office, account, "blank", 10, ref="BAST/9"),
        lambda: counter.record_print(office, account, nik, station=STATION),
        lambda: shifts.end_shift(office, account),
        lambda: citizens.status(office, account, nik),
        lambda: citizens.deliver(office, account, None),
        lambda: office_api.add_user(office, account, "mallory", "admin", "mallory1"),
        lambda: office_api.open_session(office, account),
        lambda: reports.audit_log(office, account),
        lambda: jobs.tokens_made(office, account),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied) as refused:
            attempt()
        assert str(refused.value) == ONLY_BACKUP
    assert dump(Path(office.sqlite_path)) == before
    assert office_api.backup(office, account, tmp_path / "b.db").exists()


def test_a_running_gateway_job_stops_when_its_token_is_revoked(
    office: Database, tmp_path: Path
) -> None:
    # Gammu's own schema, inbox included: a pass that reaches the questions before the
    # revocation must find them, as on a real gateway.
    gammu = GammuDb(f"sqlite:///{tmp_path / 'smsd.db'}")
    token_id, token = service(office, Job.NOTIFY_SERVE)
    account = jobs.service_actor(office, token)
    stop, outcome = threading.Event(), []

    def serve() -> None:
        try:
            citizens.serve_gateway(office, account, gammu.url, every=0.05, stop=stop)
            outcome.append("stopped by the test")
        except Refused as error:
            outcome.append(str(error))

    worker = threading.Thread(target=serve)
    worker.start()
    while worker.is_alive() and not last_used(office):  # admitted: the job runs its passes
        time.sleep(0.01)
    assert worker.is_alive()
    jobs.revoke_token(office, actor(office, "admin"), token_id)
    worker.join(timeout=60)
    stop.set()
    worker.join()
    gammu.dispose()
    assert outcome == [
        "this service token is unknown or revoked: an admin makes a new one with "
        "`ektp-desk service-token add`"
    ]


def last_used(db: Database) -> bool:
    return any(token.last_used_at for token in jobs.tokens_made(db, actor(db, "admin")))


def test_no_person_takes_a_service_accounts_name(office: Database) -> None:
    with pytest.raises(Refused, match="names beginning with 'service:' are for scheduled jobs"):
        office_api.add_user(office, actor(office, "admin"), "service:backup#1", "admin", "rahasia1")
