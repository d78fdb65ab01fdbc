"""Creating and upgrading the schema with Alembic, backing up an SQLite file first.

Alembic loads only when there is something to do (create, upgrade, an unknown revision): the
check at every start, "is this file at head?", reads the version table and the revision ids
of the migration files as text (~2 ms), where Alembic's import and its loading of every
migration module took ~150-250 ms before the window could open (docs/PERFORMANCE.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from ektp_desk.db import Database
from ektp_desk.errors import DatabaseError
from ektp_desk.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from alembic.config import Config

VERSION_TABLE = "alembic_version"
_REVISION = re.compile(r"^(down_)?revision\b[^=\n]*=\s*(.+?)\s*$", re.MULTILINE)
_QUOTED = re.compile(r"[\"']([^\"']+)[\"']")


@dataclass(frozen=True)
class InitResult:
    action: str  # "created" | "upgraded" | "current"
    revision: str
    backup: Path | None


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(files("ektp_desk") / "migrations"))
    return config


@cache
def head_revision() -> str:
    """The newest revision of the migrations shipped: read from their files' ``revision`` and
    ``down_revision`` lines; Alembic decides whenever they are not one plain line."""
    return _head_from_text() or alembic_head()


def alembic_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def _head_from_text() -> str | None:
    revisions: set[str] = set()
    parents: set[str] = set()
    folder = files("ektp_desk") / "migrations" / "versions"
    for entry in folder.iterdir():
        if not entry.name.endswith(".py"):
            continue
        found = {bool(m[1]): m[2] for m in _REVISION.finditer(entry.read_text(encoding="utf-8"))}
        own = _QUOTED.findall(found.get(False, ""))
        if len(own) != 1 or True not in found:
            return None  # not one plain revision line: Alembic reads it
        revisions.add(own[0])
        parents.update(_QUOTED.findall(found[True]))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def current_revision(db: Database) -> str | None:
    """The revision the database is at (None: not initialised), as Alembic stores it."""
    with db.reachable(), db.engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        versions = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(versions) > 1:
        from alembic.runtime.migration import MigrationContext

        with db.engine.connect() as conn:  # several heads: Alembic explains it
            return MigrationContext.configure(conn).get_current_revision()
    return versions[0] if versions else None


def init_database(db: Database) -> InitResult:
    """Create a new database at head, or back up an old one and upgrade it."""
    current = current_revision(db)
    head = head_revision()
    if current == head:
        return InitResult("current", head, None)
    _refuse_unknown_revision(current)
    if current is None and _has_tables(db):
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "core", "the database {database} holds tables that are not an e-KTP Desk database"
            ),
            database=_describe(db),
        )
    backup = backup_sqlite_file(db, reason=f"before-upgrade-{current}") if current else None
    upgrade(db, head)
    return InitResult("upgraded" if current else "created", head, backup)


def upgrade(db: Database, revision: str = "head") -> None:
    _run(db, "upgrade", revision)


def downgrade(db: Database, revision: str) -> None:
    _run(db, "downgrade", revision)


def require_current(db: Database) -> None:
    """Refuse to work on a database that is missing, not initialised or not upgraded."""
    current = current_revision(db)
    if current is None:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "core", "the database {database} is not initialised: run `ektp-desk init` first"
            ),
            database=_describe(db),
        )
    if current != head_revision():
        _refuse_unknown_revision(current)
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "core", "the database {database} needs an upgrade: run `ektp-desk init`"
            ),
            database=_describe(db),
        )


def backup_sqlite_file(db: Database, *, reason: str) -> Path | None:
    """A consistent copy of an SQLite file in the backup folder (None for a server)."""
    from ektp_desk.backup import backup

    path = db.sqlite_path
    return backup(db, reason=reason) if path is not None and path.exists() else None


def _run(db: Database, verb: str, revision: str) -> None:
    from alembic import command

    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        getattr(command, verb)(config, revision)


def _refuse_unknown_revision(current: str | None) -> None:
    if current is None:
        return
    from alembic.script import ScriptDirectory
    from alembic.script.revision import ResolutionError
    from alembic.util import CommandError

    try:
        ScriptDirectory.from_config(alembic_config()).get_revision(current)
    except (ResolutionError, CommandError):
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "core",
                "the database is at schema revision {revision}, which this version of e-KTP Desk "
                "does not know: it was made by a newer version",
            ),
            revision=current,
        ) from None


def _has_tables(db: Database) -> bool:
    return bool(inspect(db.engine).get_table_names())


def _describe(db: Database) -> str:
    return db.describe()
