"""Who runs a command. Every command that changes anything, or shows a citizen's data, acts
as a signed-in person: a name typed after ``--operator`` proves nothing by itself.

The person signs in by one of:
- a session from ``ektp-desk login`` (a token in a file only this OS user can read, valid for
  one shift's length; ``ektp-desk logout`` ends it), used whenever there is one;
- ``--password-stdin``: the password or PIN on the first line of standard input (scripts);
- a prompt on the terminal, without echo.

A scheduled job signs in with its service token instead (``--token-file F``, a file only
this OS user may read, or the environment variable ``EKTP_SERVICE_TOKEN``): the command then
acts as that job's service account, which the core lets run that one job and nothing else.
"""

from __future__ import annotations

import argparse
import getpass
import hashlib
import os
import stat
import sys
from pathlib import Path

from ektp_desk.actor import Actor
from ektp_desk.api import jobs, office
from ektp_desk.db import Database
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP

SESSION_ENV = "EKTP_DESK_SESSION"  # a session token file other than the default one
SERVICE_TOKEN_ENV = "EKTP_SERVICE_TOKEN"  # a scheduled job's service token
MAX_TOKEN_FILE = 4096  # a token is 52 characters: the rest of a bigger file is not read


def add_acting_options(parser: argparse.ArgumentParser, *, who: str = "--operator") -> None:
    """``--operator USER`` (also spelled ``--lead``/``--admin``) and ``--password-stdin``."""
    names = ["--operator", "--lead", "--admin", "--user"]
    names.remove(who)
    parser.add_argument(
        who, *names, dest="operator", metavar="USER",
        help="who does it (not needed after `ektp-desk login`)",
    )  # fmt: skip
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read that user's password or PIN from standard input",
    )
    parser.add_argument(
        "--token-file",
        metavar="FILE",
        help=f"a scheduled job's service token (or ${SERVICE_TOKEN_ENV}); it runs only its job",
    )


def acting(
    db: Database, args: argparse.Namespace, name: str | None = None, *, station: str | None = None
) -> Actor:
    """The signed-in person this command acts as (see the module's note)."""
    name = (name if name is not None else getattr(args, "operator", None)) or None
    service = service_token(args)
    if service is not None:
        if name is not None:
            raise Refused(
                QT_TRANSLATE_NOOP(
                    "core",
                    "a service token (--token-file or {variable}) signs the job in by itself: "
                    "leave out --operator {name}",
                ),
                variable=SERVICE_TOKEN_ENV,
                name=name.strip(),
            )
        return jobs.service_actor(db, service)
    token = _read_token(db)
    if token is not None:
        actor = office.session_actor(db, token)
        if name is not None and name.strip() != actor.name:
            raise Refused(
                QT_TRANSLATE_NOOP(
                    "core",
                    "signed in as {user}: leave out --operator {name}, or "
                    "`ektp-desk logout` and sign in as {name}",
                ),
                user=actor.name,
                name=name.strip(),
            )
        return actor
    if name is None:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "sign in first (`ektp-desk login`), or name who does it with --operator"
            )
        )
    password = read_secret(args, prompt=f"Password or PIN for {name.strip()}: ")
    return office.sign_in(db, name, password, station=station)


def service_token(args: argparse.Namespace) -> str | None:
    """A scheduled job's token: from ``--token-file``, else ``$EKTP_SERVICE_TOKEN``."""
    path = getattr(args, "token_file", None)
    if path:
        return read_private(Path(path))
    return os.environ.get(SERVICE_TOKEN_ENV, "").strip() or None


def read_private(path: Path) -> str:
    """A secret's file, refused when other users of this PC may read or change it (POSIX)."""
    mode = path.stat().st_mode
    if not stat.S_ISREG(mode):
        raise Refused(QT_TRANSLATE_NOOP("core", "{path} is not a token file"), path=str(path))
    if os.name == "posix" and mode & 0o077:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "other users can open {path}: make it yours alone (chmod 600 {path})"
            ),
            path=str(path),
        )
    with path.open("rb") as held:
        return held.read(MAX_TOKEN_FILE).decode("ascii", "replace").strip()


def write_private(path: Path, text: str) -> Path:
    """Write a secret to a file only this OS user can read."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as out:
        out.write(text)
    os.chmod(path, 0o600)
    return path


def new_private(path: Path) -> int:
    """A new, empty file only this OS user can read (refused if it exists); its descriptor."""
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)


def read_secret(args: argparse.Namespace, *, prompt: str) -> str:
    """One password: the next line of standard input with --password-stdin, else a prompt."""
    if getattr(args, "password_stdin", False):
        line = sys.stdin.buffer.readline() if hasattr(sys.stdin, "buffer") else None
        text = sys.stdin.readline() if line is None else _decoded(line)
        return text.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core",
                "no terminal to ask for the password: pipe it in with --password-stdin, "
                "or sign in first with `ektp-desk login`",
            )
        )
    return getpass.getpass(prompt)


def save_token(db: Database, token: str) -> Path:
    """Keep a session's token where only this OS user can read it."""
    path = token_file(db)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    return write_private(path, token)


def forget_token(db: Database) -> str | None:
    """Remove this database's session file; the token it held, if any."""
    token = _read_token(db)
    token_file(db).unlink(missing_ok=True)
    return token


def token_file(db: Database) -> Path:
    """One session file per database and OS user, in the user's data folder."""
    given = os.environ.get(SESSION_ENV)
    if given:
        return Path(given)
    from ektp_desk.paths import data_dir

    key = hashlib.sha256(db.describe().encode()).hexdigest()[:16]
    return data_dir() / "sessions" / f"{key}.token"


def _read_token(db: Database) -> str | None:
    try:
        return token_file(db).read_text(encoding="ascii").strip() or None
    except (OSError, UnicodeDecodeError):
        return None


def _decoded(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "the password on standard input is not valid UTF-8")
        ) from None
