"""Is a file an e-KTP Desk database fit to restore? One function says, before anything is
replaced: ``check_candidate``.

A backup is read only (SQLite's read-only mode): it must pass SQLite's own integrity check,
be at a schema revision this version knows, and hold every table and every append-only
trigger a fresh database at that revision holds, each trigger exactly as the migrations
wrote it (a trigger emptied or dropped behind the app's back is caught here).
"""

from __future__ import annotations

import sqlite3
import tempfile
from contextlib import closing
from functools import lru_cache
from pathlib import Path

from ektp_desk import schema
from ektp_desk.db import Database
from ektp_desk.domain import ADMIN
from ektp_desk.errors import Refused
from ektp_desk.file_check import integrity_problems_of
from ektp_desk.i18n import QT_TRANSLATE_NOOP

Objects = dict[tuple[str, str], str]  # (type, name) -> its SQL, whitespace made single


def check_candidate(path: Path) -> None:
    """Refuse, in one sentence, a file that is not a sound, whole e-KTP Desk database."""
    problems = integrity_problems_of(path)
    if problems:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "{file} cannot be restored: it is damaged or not a backup ({problem})"
            ),
            file=str(path),
            problem=problems[0],
        )
    revision = candidate_revision(path)
    if revision is None:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "{file} cannot be restored: it is not an e-KTP Desk database"
            ),
            file=str(path),
        )
    from alembic.script import ScriptDirectory  # (only for a backup to restore)
    from alembic.script.revision import ResolutionError
    from alembic.util import CommandError

    try:
        ScriptDirectory.from_config(schema.alembic_config()).get_revision(revision)
    except (ResolutionError, CommandError):
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core",
                "{file} cannot be restored: its schema revision {revision} is unknown to this "
                "version of e-KTP Desk",
            ),
            file=str(path),
            revision=revision,
        ) from None
    expected, found = expected_objects(revision), objects_of(path)
    for (kind, name), sql in sorted(expected.items()):
        if (kind, name) not in found:
            raise Refused(_MISSING, file=str(path), kind=kind, name=name)
        if kind == "trigger" and found[kind, name] != sql:
            raise Refused(_CHANGED, file=str(path), name=name)
    if revision == schema.head_revision():  # an older file's rows are read after its upgrade
        _check_chains(path)


def _check_chains(path: Path) -> None:
    """The stock ledger and the audit log of the backup fit their hash chains: a backup whose
    books were rewritten (even with the triggers put back) is refused before it replaces
    anything."""
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from ektp_desk.chain_check import verify_chains

    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        with Session(engine) as session:
            problems = verify_chains(session)
    finally:
        engine.dispose()
    if problems:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core",
                "{file} cannot be restored: its books were changed behind the program's back "
                "({problem})",
            ),
            file=str(path),
            problem=str(problems[0].message),
        )


def check_restorer(path: Path, name: str) -> None:
    """The person restoring must be an active admin in the backup: the restored office is
    theirs to answer for, and its audit log names them."""
    with closing(_read_only(path)) as conn:
        row = conn.execute("SELECT role, active FROM users WHERE name = ?", (name,)).fetchone()
    if row is None or row[0] != ADMIN or not row[1]:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "{user} is not an active admin in {file}: only an admin may restore it"
            ),
            user=name,
            file=str(path),
        )


def candidate_revision(path: Path) -> str | None:
    try:
        with closing(_read_only(path)) as conn:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def last_attempt_id(path: Path) -> int:
    with closing(_read_only(path)) as conn:
        return int(conn.execute("SELECT coalesce(max(id), 0) FROM print_attempts").fetchone()[0])


@lru_cache(maxsize=8)
def expected_objects(revision: str) -> Objects:
    """The tables and triggers of a fresh SQLite database migrated to ``revision``."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = Database(f"sqlite:///{Path(folder) / 'fresh.sqlite3'}")
        try:
            schema.upgrade(fresh, revision)
        finally:
            fresh.dispose()
        return objects_of(Path(folder) / "fresh.sqlite3")


def objects_of(path: Path) -> Objects:
    with closing(_read_only(path)) as conn:
        rows = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'trigger')"
        ).fetchall()
    return {(kind, name): " ".join(str(sql).split()) for kind, name, sql in rows}


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


_MISSING = QT_TRANSLATE_NOOP(
    "core", "{file} cannot be restored: it is not a whole e-KTP Desk database (no {kind} {name})"
)
_CHANGED = QT_TRANSLATE_NOOP(
    "core", "{file} cannot be restored: its append-only guard {name} was changed"
)
