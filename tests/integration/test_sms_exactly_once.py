"""Each question is answered exactly once: a job killed at any step, and two jobs at once.

The job runs as a real process (tests/integration/sms_worker.py) on Gammu's own schema, on
SQLite and on PostgreSQL; killed at step k, then run again cleanly, every question has
exactly its replies in the outbox, never one twice and never one missing.
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import update

from ektp_desk.db import Database
from ektp_desk.models import Record
from tests.factories import add_records
from tests.gammu_db import GammuDb
from tests.integration.sms_worker import KILLED

ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("sms_worker.py")
OWNER = "+6281234567890"
STRANGER = "+6285711112222"


@pytest.fixture(params=["sqlite-17", "postgresql-18"])
def gammu_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    kind, version = request.param.split("-")
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / 'smsd.db'}|{version}"
    return f"{request.getfixturevalue('pg_url')}|{version}"


@pytest.fixture
def asked(office: Database) -> str:
    """A queued record with the owner's number."""
    [nik] = add_records(office, 1)
    with office.write() as session:
        session.execute(update(Record).where(Record.nik == nik).values(phone="081234567890"))
    return nik


def fresh_gammu(spec: str, nik: str) -> GammuDb:
    url, version = spec.rsplit("|", 1)
    gammu = GammuDb(url, int(version))
    gammu.receive(OWNER, f"KTP {nik}")  # one reply
    gammu.receive(STRANGER, f"cek#{nik}")  # two: to the owner, and "sent to the owner"
    gammu.receive(STRANGER, "halo")  # one: the help text
    return gammu


def run_job(office: Database, url: str, kill_at: int = 0) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(WORKER), office.url, url, str(kill_at)],
        capture_output=True, text=True, cwd=ROOT, timeout=120, check=False,
    )  # fmt: skip


EXPECTED = 4  # replies for the three questions above
STEPS = 1 + 3 * 3 + EXPECTED  # read; per question locked, marked, committed; each reply


@pytest.mark.slow
def test_a_job_killed_at_any_step_still_answers_each_question_once(
    office: Database, asked: str, gammu_url: str
) -> None:
    for kill_at in range(1, STEPS + 1):
        gammu = fresh_gammu(gammu_url, asked)
        killed = run_job(office, gammu.url, kill_at)
        assert killed.returncode == KILLED, (kill_at, killed.stderr)
        finished = run_job(office, gammu.url)
        assert finished.returncode == 0, finished.stderr
        creators, left = Counter(gammu.creators()), gammu.unprocessed()
        gammu.dispose()
        assert left == 0
        assert sum(creators.values()) == EXPECTED, (kill_at, creators)
        assert max(creators.values()) == 1
    clean = fresh_gammu(gammu_url, asked)
    assert run_job(office, clean.url).stdout.split() == ["3", str(STEPS)]  # every step counted
    assert clean.unprocessed() == 0
    clean.dispose()


@pytest.mark.slow
def test_two_jobs_at_once_answer_each_question_once(
    office: Database, asked: str, gammu_url: str
) -> None:
    url, version = gammu_url.rsplit("|", 1)
    gammu = GammuDb(url, int(version))
    for n in range(40):
        gammu.receive(f"+62812000{n:05d}", f"KTP {asked}" if n % 2 else "halo")
    jobs = [
        subprocess.Popen([sys.executable, str(WORKER), office.url, url, "0"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        for _ in range(2)
    ]  # fmt: skip
    outputs = [job.communicate(timeout=120) for job in jobs]
    assert [job.returncode for job in jobs] == [0, 0], outputs
    answered = [int(out.split()[0]) for out, _err in outputs]
    assert sum(answered) == 40  # shared between the two, none by both
    creators = Counter(gammu.creators())
    assert sum(creators.values()) == 40 + 20  # help x20, forwarded (two replies) x20
    assert max(creators.values()) == 1
    assert gammu.unprocessed() == 0
    gammu.dispose()
