"""Running ``ektp-desk`` as a scheduled job would, for the service-token tests: in-process,
with a token from a file or the environment and no person signed in."""

from __future__ import annotations

import hashlib
import io
import re
import sqlite3
import sys
from pathlib import Path

import pytest

from ektp_desk.cli import main
from ektp_desk.cli.auth import SERVICE_TOKEN_ENV
from tests.reliability.office_dump import dump

ADMIN_PASSWORD = "admin123"
TOKEN = re.compile(r"^ektp-svc-[A-Za-z0-9_-]{43}$", re.MULTILINE)


class Job:
    """The command line of one office file, run as people and as scheduled jobs."""

    def __init__(
        self, path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        self.path = path
        self.capsys = capsys
        self.monkeypatch = monkeypatch

    def run(self, *argv: str, code: int = 0, stdin: str = "", token: str | None = None) -> str:
        """stdout, or on a refusal the one line on stderr; ``token`` goes in the environment."""
        if token is None:
            self.monkeypatch.delenv(SERVICE_TOKEN_ENV, raising=False)
        else:
            self.monkeypatch.setenv(SERVICE_TOKEN_ENV, token)
        self.monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        self.capsys.readouterr()
        assert main(["--db", f"sqlite:///{self.path}", *argv]) == code
        out, err = self.capsys.readouterr()
        if code:
            assert err.count("\n") == 1, err
            assert err.startswith("ektp-desk: "), err
            return err
        return out

    def as_admin(self, *argv: str, code: int = 0) -> str:
        return self.run(*argv, "--admin", "admin", "--password-stdin", code=code,
                        stdin=f"{ADMIN_PASSWORD}\n")  # fmt: skip

    def new_token(self, job: str, folder: Path) -> Path:
        """A token for ``job`` made by the admin, kept in a file only this user can read."""
        out = self.as_admin("service-token", "add", "--job", job)
        [token] = TOKEN.findall(out)
        path = folder / f"{job}.token"
        path.write_text(token + "\n", encoding="ascii")
        path.chmod(0o600)
        return path

    def dump(self) -> dict[str, list[tuple[object, ...]]]:
        return dump(self.path)

    def query(self, sql: str, *params: object) -> list[tuple[object, ...]]:
        conn = sqlite3.connect(self.path)
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()

    def audit(self, since: int = 0) -> list[tuple[object, ...]]:
        """(user, action, subject, detail) of the audit rows after row ``since``."""
        return self.query(
            "SELECT user, action, subject, detail FROM audit_log WHERE id > ? ORDER BY id", since
        )

    def last_audit_id(self) -> int:
        [(last,)] = self.query("SELECT coalesce(max(id), 0) FROM audit_log")
        return int(str(last))


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()
