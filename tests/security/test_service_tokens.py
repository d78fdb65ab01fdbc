"""Scheduled jobs run as a service account whose token can do that one job (issue 20).

Each test drives the real command line against a real SQLite office file: an admin makes a
token, the job runs with it from a file or the environment, and every other command, the
other jobs, a revoked or unknown token and a token file others can read are refused with one
sentence and the office's full content unchanged.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ektp_desk.db import Database
from tests.conftest import STATION
from tests.security.service_cli import TOKEN, Job, sha256
from tests.unit.notify.conftest import GAMMU_SCHEMA, gammu_rows, printed_with_phones

ONLY_BACKUP = "service:backup#1 is a scheduled job's service account: it may only run " \
    "`ektp-desk backup`"  # fmt: skip
NOT_VALID = "this service token is unknown or revoked"


@pytest.fixture
def job(office: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> Job:  # fmt: skip
    assert office.sqlite_path is not None
    return Job(Path(office.sqlite_path), capsys, monkeypatch)


@pytest.fixture
def gammu(tmp_path: Path) -> str:
    path = tmp_path / "smsd.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(GAMMU_SCHEMA)
    conn.close()
    return f"sqlite:///{path}"


def test_the_token_is_shown_once_and_only_its_hash_is_kept(job: Job, tmp_path: Path) -> None:
    out = job.as_admin("service-token", "add", "--job", "backup")
    [token] = TOKEN.findall(out)
    assert "service:backup#1" in out
    assert "shown only now" in out
    assert job.query("SELECT id, job, token_hash, made_by FROM service_tokens") == [
        (1, "backup", sha256(token), "admin")
    ]
    for name in ("office.sqlite3", "office.sqlite3-wal"):
        stored = tmp_path / name
        assert not stored.exists() or token.encode() not in stored.read_bytes()
    assert job.audit()[-1] == ("admin", "service_token_add", "service:backup#1", None)
    listed = job.as_admin("service-token", "list").splitlines()
    assert listed[0].split() == ["id", "account", "job", "made_by", "made_at", "last_used",
                                 "revoked"]  # fmt: skip
    assert listed[1].split()[:4] == ["1", "service:backup#1", "backup", "admin"]
    assert token not in "".join(listed)


def test_the_token_written_to_a_file_is_readable_by_this_user_only(
    job: Job, tmp_path: Path
) -> None:
    path = tmp_path / "backup.token"
    out = job.as_admin("service-token", "add", "--job", "backup", "--out", str(path))
    assert f"written to {path}" in out
    assert TOKEN.findall(out) == []  # not on the screen
    assert path.stat().st_mode & 0o777 == 0o600
    [token] = TOKEN.findall(path.read_text())
    assert job.query("SELECT token_hash FROM service_tokens") == [(sha256(token),)]
    # An existing file is never overwritten, and then no token is made.
    error = job.as_admin("service-token", "add", "--job", "backup", "--out", str(path), code=1)
    assert "exists" in error
    assert len(job.query("SELECT id FROM service_tokens")) == 1


def test_a_backup_token_runs_the_backup_and_every_use_names_the_account_and_the_job(
    job: Job, tmp_path: Path
) -> None:
    token_file = job.new_token("backup", tmp_path)
    since = job.last_audit_id()
    out = job.run("backup", "--token-file", str(token_file), "--out", str(tmp_path / "b.db"))
    assert "Backup written to" in out
    assert (tmp_path / "b.db").stat().st_size > 0
    assert job.audit(since) == [
        ("service:backup#1", "service_run", "backup", None),
        ("service:backup#1", "backup", "b.db", None),
    ]
    # From the environment, as a scheduled task sets it.
    out = job.run("backup", token=token_file.read_text().strip())
    assert "Backup written to" in out
    assert out.rstrip().endswith("-scheduled.sqlite3.")  # told apart from a person's backups
    [(used,)] = job.query("SELECT last_used_at FROM service_tokens")
    assert used is not None
    assert job.audit(since)[-2][:3] == ("service:backup#1", "service_run", "backup")


@pytest.mark.parametrize(
    "argv",
    [
        ["receive", "blank", "10", "--ref", "BAST/9"],
        ["adjust", "blank", "-5", "--reason", "hilang"],
        ["settings", "--set", "daily_target", "10"],
        ["print", "{nik}", "--station", STATION],
        ["shift", "end"],
        ["status", "{nik}"],
        ["uncollected"],
        ["user", "unlock", "lead1"],
        ["service-token", "add", "--job", "backup"],
        ["service-token", "list"],
        ["notify", "deliver", "--gammu-db", "{gammu}"],
        ["notify", "links"],
    ],
    ids=lambda argv: "-".join(argv[:2]),
)
def test_the_token_is_refused_for_every_other_command_and_nothing_changes(
    job: Job, office: Database, tmp_path: Path, gammu: str, argv: list[str]
) -> None:
    [nik] = printed_with_phones(office, ("081234567890",))
    token_file = job.new_token("backup", tmp_path)
    before, since = job.dump(), job.last_audit_id()
    filled = [a.format(nik=nik, gammu=gammu) for a in argv]
    error = job.run(*filled, "--token-file", str(token_file), code=1)
    assert error == f"ektp-desk: {ONLY_BACKUP}\n"
    assert job.dump() == before
    [(user, action, _what, detail)] = job.audit(since)
    assert (user, action, detail) == ("service:backup#1", "service_refused", "may only run backup")
    assert gammu_rows(Path(gammu.removeprefix("sqlite:///"))) == []


def test_a_token_in_the_environment_adds_no_user(job: Job, tmp_path: Path) -> None:
    token = job.new_token("backup", tmp_path).read_text().strip()
    before = job.dump()
    error = job.run("user", "add", "mallory", "--role", "admin", "--password-stdin",
                    stdin="mallory1\n", token=token, code=1)  # fmt: skip
    assert error == f"ektp-desk: {ONLY_BACKUP}\n"
    assert job.dump() == before
    # A token with a person's name is refused too: the token signs the job in by itself.
    error = job.run("backup", "--operator", "admin", token=token, code=1)
    assert "leave out --operator admin" in error
    assert job.dump() == before


def test_each_job_runs_its_own_command_only(
    job: Job, office: Database, tmp_path: Path, gammu: str
) -> None:
    printed_with_phones(office, ("081234567890",))
    delivery = job.new_token("notify-deliver", tmp_path)
    before = job.dump()
    error = job.run("backup", "--token-file", str(delivery), code=1)
    assert "service:notify-deliver#1 is a scheduled job's service account" in error
    assert "may only run `ektp-desk notify deliver`" in error
    error = job.run("notify", "answer", "--gammu-db", gammu, "--token-file", str(delivery),
                    code=1)  # fmt: skip
    assert "may only run `ektp-desk notify deliver`" in error
    assert job.dump() == before
    since = job.last_audit_id()
    out = job.run("notify", "deliver", "--gammu-db", gammu, "--token-file", str(delivery))
    assert "1 message(s) handed to Gammu SMSD" in out
    assert [row["DestinationNumber"] for row in gammu_rows(Path(gammu[10:]))] == ["+6281234567890"]
    assert job.audit(since) == [("service:notify-deliver#1", "service_run", "notify-deliver",
                                 None)]  # fmt: skip


def test_a_revoked_or_unknown_token_is_refused_the_same_way(job: Job, tmp_path: Path) -> None:
    token_file = job.new_token("backup", tmp_path)
    since = job.last_audit_id()
    out = job.as_admin("service-token", "revoke", "1")
    assert "revoked" in out
    assert job.audit(since)[-1] == ("admin", "service_token_revoke", "service:backup#1", None)
    before, since = job.dump(), job.last_audit_id()
    revoked = job.run("backup", "--token-file", str(token_file), code=1)
    guessed = tmp_path / "guess.token"
    guessed.write_text("ektp-svc-" + "A" * 43)
    guessed.chmod(0o600)
    unknown = job.run("backup", "--token-file", str(guessed), code=1)
    assert revoked == unknown
    assert NOT_VALID in revoked
    assert job.dump() == before
    assert job.audit(since) == [
        ("service:backup#1", "service_refused", None, "revoked token"),
        (None, "service_refused", None, "unknown token"),
    ]
    assert list((tmp_path / "home").glob("**/*manual*")) == []  # no backup was written
    listed = job.as_admin("service-token", "list").splitlines()[1]
    assert "by admin" in listed
    error = job.as_admin("service-token", "revoke", "1", code=1)
    assert "revoked already" in error


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o660])
def test_a_token_file_others_can_open_is_refused(job: Job, tmp_path: Path, mode: int) -> None:
    token_file = job.new_token("backup", tmp_path)
    token_file.chmod(mode)
    before, since = job.dump(), job.last_audit_id()
    error = job.run("backup", "--token-file", str(token_file), code=1)
    assert error == (
        f"ektp-desk: other users can open {token_file}: make it yours alone "
        f"(chmod 600 {token_file})\n"
    )
    assert job.dump() == before
    assert job.audit(since) == []  # refused before the token was even read


def test_only_an_admin_makes_lists_or_revokes_tokens(job: Job, tmp_path: Path) -> None:
    before = job.dump()
    for argv in (["add", "--job", "backup"], ["list"], ["revoke", "1"]):
        error = job.run("service-token", *argv, "--admin", "lead1", "--password-stdin",
                        stdin="5678\n", code=1)  # fmt: skip
        assert "lead1 is a lead; only an admin may do this" in error
    assert job.dump() == before
