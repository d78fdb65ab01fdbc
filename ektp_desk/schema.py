"""Creating and upgrading the schema with Alembic, backing up an SQLite file first."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.script.revision import ResolutionError
from alembic.util import CommandError
from sqlalchemy import inspect

from ektp_desk.db import Database
from ektp_desk.errors import DatabaseError
from ektp_desk.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class InitResult:
    action: str  # "created" | "upgraded" | "current"
    revision: str
    backup: Path | None


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("ektp_desk") / "migrations"))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.reachable(), db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


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
    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        getattr(command, verb)(config, revision)


def _refuse_unknown_revision(current: str | None) -> None:
    if current is None:
        return
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
