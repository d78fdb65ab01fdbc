"""End to end with the real ``gammu-smsd`` on PostgreSQL, its dummy phone standing in for a modem.

A citizen's SMS reaches the dummy phone's inbox folder; the daemon stores it in Gammu's inbox;
``ektp-desk notify serve`` answers it and hands over a card's ready-message; the daemon sends
both through the phone and moves them to ``sentitems``. While the daemon runs the gateway is
healthy; once it is stopped its modem goes silent.

Needs the ``gammu-smsd`` package (``apt-get install -y gammu-smsd``): without it the test
skips saying so, and fails under ``EKTP_REQUIRE_PG=1`` as the PostgreSQL tests do.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from datetime import time as dt_time
from pathlib import Path

import pytest
from sqlalchemy import text, update
from sqlalchemy.engine import make_url

from ektp_desk import printing, settings
from ektp_desk.db import Database
from ektp_desk.gateway_health import gateway_health
from ektp_desk.models import Record
from tests.conftest import LEAD, OPERATOR, STATION
from tests.factories import add_records
from tests.gammu_db import INSTALL, GammuDb

ROOT = Path(__file__).resolve().parents[2]
OWNER = "+6281234567890"


def smsd_binary() -> str:
    found = shutil.which("gammu-smsd")
    if found is None:
        reason = f"the end-to-end SMS test needs the real gammu-smsd ({INSTALL})"
        if os.environ.get("EKTP_REQUIRE_PG"):
            pytest.fail(reason)
        pytest.skip(reason)
    return found


def wait_for(condition: Callable[[], bool], seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "gave up waiting"
        time.sleep(0.2)


@pytest.fixture
def phone(tmp_path: Path) -> Path:
    """The dummy phone's folders: sms/1 is its inbox, where a citizen's SMS lands."""
    device = tmp_path / "phone"
    for folder in range(1, 6):
        (device / "sms" / str(folder)).mkdir(parents=True)
    return device


def citizen_texts(device: Path, number: str, body: str) -> None:
    """An SMS arriving at the phone, in Gammu's backup format (its text as UTF-16 hex)."""
    (device / "sms" / "1" / "1").write_text(
        "[SMSBackup000]\nSMSC = \"+6281100000\"\nState = UnRead\n"
        f"Number = \"{number}\"\nCoding = Default\nFolder = 1\n"
        f"Sent = {datetime.now():%Y%m%dT%H%M%S}\n"
        f"Text00 = {body.encode('utf-16-be').hex().upper()}\n"
    )  # fmt: skip


def start_daemon(pg_url: str, phone: Path, tmp_path: Path) -> subprocess.Popen[bytes]:
    binary = smsd_binary()
    url = make_url(pg_url)
    config = tmp_path / "smsdrc"
    config.write_text(
        f"[gammu]\nmodel = dummy\ndevice = {phone}\nconnection = none\n\n"
        f"[smsd]\nservice = sql\ndriver = native_pgsql\nhost = {url.host}\n"
        f"user = {url.username}\npassword = {url.password}\ndatabase = {url.database}\n"
        f"logfile = {tmp_path / 'smsd.log'}\nstatusfrequency = 1\nreceivefrequency = 1\n"
        "commtimeout = 1\nloopsleep = 1\n"
    )
    return subprocess.Popen([binary, "-c", str(config)])


def open_all_day(office: Database) -> None:
    """Sending hours that hold now: with the office's 08:00-20:00 the ready-message waited in
    Gammu's outbox for the morning, and this test failed whenever it ran after 20:00 (the
    hours themselves are tests/unit/notify/test_gammu.py's). Gammu compares whole minutes up
    to 23:59, so a run in the day's last minute waits for midnight."""
    if datetime.now().time() >= dt_time(23, 58, 30):
        time.sleep(95)
    settings.save_settings(
        office, {"sms_send_after": "00:00", "sms_send_before": "23:59"}, operator=LEAD
    )


def stop(daemon: subprocess.Popen[bytes]) -> None:
    """Killed and reaped: a daemon left running after a failure made the next test fail on
    its ResourceWarning."""
    if daemon.poll() is None:
        daemon.kill()
    daemon.wait(timeout=30)


def sent(gammu: GammuDb) -> dict[str, str]:
    with gammu.engine.connect() as conn:
        rows = conn.execute(
            text('SELECT "CreatorID", "DestinationNumber" FROM sentitems ORDER BY "ID"')
        ).all()
    return dict(rows)


@pytest.mark.slow
def test_the_real_daemon_receives_the_question_and_sends_our_replies(
    office: Database, pg_url: str, phone: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    gammu = GammuDb(pg_url, 17)  # the package's pgsql.sql, before the daemon starts
    open_all_day(office)
    niks = add_records(office, 2)
    with office.write() as session:
        session.execute(update(Record).where(Record.nik.in_(niks)).values(phone=OWNER))
    printing.record_print(office, niks[0], station=STATION, operator=OPERATOR)  # a ready-message
    citizen_texts(phone, OWNER, f"cek ktp {niks[1]}")
    smsd_binary()
    daemon = start_daemon(pg_url, phone, tmp_path)
    request.addfinalizer(lambda: stop(daemon))
    job = subprocess.Popen(
        [sys.executable, "-m", "ektp_desk", "--db", office.url, "notify", "serve",
         "--gammu-db", pg_url, "--operator", OPERATOR, "--password-stdin", "--every", "0.5"],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    assert job.stdin is not None
    job.stdin.write("1234\n")  # the job signs in once, as the operator it runs as
    job.stdin.flush()
    try:
        wait_for(lambda: {"ektp-desk:1", "ektp-desk:answer:1:0"} <= set(sent(gammu)))
        assert set(sent(gammu).values()) == {OWNER}
        health = gateway_health(pg_url)
        assert health.healthy, health
        [modem] = health.modems
        assert (modem.signal, modem.battery) == (42, 100)  # what the dummy phone reports
    finally:
        job.send_signal(signal.SIGTERM)
        _out, err = job.communicate(timeout=30)
    assert job.returncode == 0, err
    assert "SMS gateway job stopped" in err
    daemon.terminate()
    daemon.wait(timeout=30)
    time.sleep(3.5)  # Gammu stores whole seconds: a clear margin over the 2 s threshold
    health = gateway_health(pg_url, silent_after=timedelta(seconds=2))
    [modem] = health.modems
    assert modem.silent
    assert not health.healthy
    gammu.dispose()
