"""PINs that survive a stolen file; the same answer and work for every name; escalating locks."""

from __future__ import annotations

import base64
import hashlib
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ektp_desk import audit, clock, lockout, office_secret, passwords, users
from ektp_desk.db import Database
from ektp_desk.errors import Refused
from tests.conftest import LEAD, OPERATOR
from tests.factories import actor

START = datetime(2026, 11, 29, 21, 0)


def _stored_hash(path: Path, name: str) -> str:
    with sqlite3.connect(path) as conn:
        row = conn.execute("SELECT password_hash FROM users WHERE name = ?", (name,)).fetchone()
    conn.close()
    return str(row[0])


def test_a_copied_file_without_the_office_secret_gives_a_guesser_nothing(
    office: Database, tmp_path: Path
) -> None:
    path = office.sqlite_path
    assert path is not None
    stolen = tmp_path / "stolen.sqlite3"
    office.dispose()  # the last connection closes: the write-ahead log is in the file
    shutil.copy(path, stolen)
    stored = _stored_hash(stolen, OPERATOR)  # the operator's PIN is 1234
    scheme, _sid, n, r, p, salt, digest = stored.split("$")
    assert scheme == "scrypt-hmac"
    guesses = [f"{pin:04d}" for pin in range(1230, 1240)]
    # Plain scrypt of the PIN (what a file-only guesser can compute), or with a made-up secret.
    plain = [
        hashlib.scrypt(pin.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p))
        for pin in guesses
    ]
    assert base64.b64decode(digest) not in plain
    wrong_secret = bytes(32)
    assert not any(passwords.verify_password(pin, stored, wrong_secret) for pin in guesses)
    assert not any(passwords.verify_password(pin, stored, None) for pin in guesses)
    # With the office secret (kept outside the file) the same search finds it: the test can fail.
    secret = office_secret.load()
    assert [pin for pin in guesses if passwords.verify_password(pin, stored, secret)] == ["1234"]


def test_unknown_and_real_names_cost_the_same_work_and_get_the_same_answer(
    office: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "now", lambda: START)
    calls: list[int] = []
    real_kdf = passwords.kdf

    def counting_kdf(material: bytes, salt: bytes, n: int, r: int, p: int) -> bytes:
        calls.append(n)
        return real_kdf(material, salt, n, r, p)

    monkeypatch.setattr(passwords, "kdf", counting_kdf)

    def answers(name: str) -> list[tuple[str, list[int]]]:
        seen = []
        for _ in range(lockout.FAILURES_PER_LOCK + 1):  # wrong ones, then one during the lock
            calls.clear()
            with pytest.raises(Refused) as refused:
                users.authenticate(office, name, "0000")
            seen.append((str(refused.value).replace(name, "NAME"), list(calls)))
        return seen

    real, unknown = answers(OPERATOR), answers("nobody")
    assert real == unknown
    assert all(work == [2**14] for _answer, work in real)  # one full scrypt every time
    assert real[0][0] == "wrong user name or password"
    assert real[-1][0] == "too many wrong passwords: NAME is locked until 21:05, then try again"


def test_locks_escalate_to_a_lead_unlocking_and_tries_during_a_lock_are_audited(
    office: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [START]
    monkeypatch.setattr(clock, "now", lambda: now[0])

    def five_wrong() -> str:
        for _ in range(lockout.FAILURES_PER_LOCK):
            with pytest.raises(Refused) as refused:
                users.authenticate(office, OPERATOR, "0000")
        return str(refused.value)

    assert "locked until 21:05" in five_wrong()
    with pytest.raises(Refused, match="locked until 21:05"):
        users.authenticate(office, OPERATOR, "1234")  # even the right PIN while locked
    now[0] = START + timedelta(minutes=6)
    assert "locked until 21:36" in five_wrong()
    now[0] = START + timedelta(minutes=40)
    assert "until a lead or an admin unlocks it" in five_wrong()
    now[0] = START + timedelta(days=2)
    with pytest.raises(Refused, match="until a lead or an admin unlocks it"):
        users.authenticate(office, OPERATOR, "1234")
    lockout.unlock(office, OPERATOR, actor=actor(office, LEAD))
    assert users.authenticate(office, OPERATOR, "1234").name == OPERATOR
    locked_tries = audit.read_log(office, reader=actor(office, LEAD), action="login_locked")
    assert [line.user for line in locked_tries] == [OPERATOR, OPERATOR]
    [unlocked] = audit.read_log(office, reader=actor(office, LEAD), action="unlock")
    assert (unlocked.user, unlocked.subject) == (LEAD, OPERATOR)


def test_a_clock_set_back_never_makes_a_lock_last_longer_than_its_length(
    office: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [START]
    monkeypatch.setattr(clock, "now", lambda: now[0])
    for _ in range(lockout.FAILURES_PER_LOCK):
        with pytest.raises(Refused):
            users.authenticate(office, OPERATOR, "0000")
    now[0] = START - timedelta(hours=2)  # someone sets the PC's clock back two hours
    with pytest.raises(Refused, match="locked until 19:05"):
        users.authenticate(office, OPERATOR, "1234")
    now[0] = START - timedelta(hours=2) + timedelta(minutes=6)
    assert users.authenticate(office, OPERATOR, "1234").name == OPERATOR


def test_an_old_hash_signs_in_and_is_replaced_by_one_with_the_office_secret(
    office: Database,
) -> None:
    salt = bytes(16)
    digest = hashlib.scrypt(b"4321", salt=salt, n=2**14, r=8, p=1, maxmem=64 * 1024 * 1024)
    old = "$".join(
        ("scrypt", "16384", "8", "1", *(base64.b64encode(x).decode() for x in (salt, digest)))
    )
    path = office.sqlite_path
    assert path is not None
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE users SET password_hash = ? WHERE name = ?", (old, OPERATOR))
    conn.close()
    assert users.authenticate(office, OPERATOR, "4321").name == OPERATOR
    assert _stored_hash(path, OPERATOR).startswith("scrypt-hmac$")
    assert users.authenticate(office, OPERATOR, "4321").name == OPERATOR


def test_a_pc_without_the_office_secret_says_so_for_every_name(
    office: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(office_secret.SECRET_FILE_ENV, str(tmp_path / "other-pc-secret"))
    answers = []
    for name in (OPERATOR, "nobody"):
        with pytest.raises(Refused) as refused:
            users.authenticate(office, name, "1234")
        answers.append(str(refused.value))
    assert answers[0] == answers[1]
    assert "does not hold the office secret" in answers[0]
    office_secret.install(_secret_of_home())  # copied from the first PC
    assert users.authenticate(office, OPERATOR, "1234").name == OPERATOR


def _secret_of_home() -> str:
    import os

    return (Path(os.environ["EKTP_DESK_HOME"]) / "office-secret").read_text()
