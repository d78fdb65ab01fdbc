"""PostgreSQL with least privilege: the role the print PCs connect with.

The office's database is owned by one role (used by ``ektp-desk init --owner-url`` and for
upgrades). The print PCs connect with an app role that may read and write what the program
reads and writes, and nothing more: it may add stock-ledger and audit rows but never change or
delete one, may not TRUNCATE, and, owning nothing, may not drop or disable the triggers that
guard the books, nor change any table.
"""

from __future__ import annotations

import re
from typing import Final

from sqlalchemy import text

from ektp_desk.db import Database
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP

APPEND_ONLY: Final = ("stock_movements", "audit_log")
READ_ONLY: Final = ("alembic_version",)
_ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


def grant_app_role(owner: Database, role: str, password: str | None = None) -> None:
    """Create the app role (or update its password) and grant it exactly what the program
    does; run as the database's owner, again after every upgrade (``init`` does it)."""
    if owner.dialect != "postgresql":
        raise Refused(QT_TRANSLATE_NOOP("core", "an app role is for a PostgreSQL database"))
    if not _ROLE_NAME.fullmatch(role):
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "'{role}' cannot be a role name: use lower-case letters, digits and _"
            ),
            role=role,
        )
    with owner.reachable(), owner.engine.begin() as conn:
        exists = conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role})
        login = f"LOGIN PASSWORD {_literal(password)}" if password is not None else "LOGIN"
        conn.execute(text(f'{"ALTER" if exists else "CREATE"} ROLE "{role}" {login}'))
        database = conn.scalar(text("SELECT current_database()"))
        for statement in _grants(role, str(database)):
            conn.execute(text(statement))


def _grants(role: str, database: str) -> list[str]:
    who = f'"{role}"'
    tables = ", ".join(APPEND_ONLY)
    return [
        f'GRANT CONNECT ON DATABASE "{database}" TO {who}',
        f"GRANT USAGE ON SCHEMA public TO {who}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {who}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {who}",
        f"REVOKE UPDATE, DELETE ON {tables} FROM {who}",
        f"REVOKE INSERT, UPDATE, DELETE ON {', '.join(READ_ONLY)} FROM {who}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {who}",
    ]


def _literal(value: str) -> str:
    """A string literal for a statement that takes no parameters (CREATE ROLE ... PASSWORD)."""
    if "\x00" in value:
        raise Refused(QT_TRANSLATE_NOOP("core", "a password cannot hold a NUL character"))
    return "'" + value.replace("'", "''") + "'"


def drop_app_role(owner: Database, role: str) -> None:
    """Take back what ``grant_app_role`` gave and drop the role (a PC retired, a test done)."""
    if not _ROLE_NAME.fullmatch(role):
        raise Refused(QT_TRANSLATE_NOOP("core", "'{role}' cannot be a role name"), role=role)
    who = f'"{role}"'
    with owner.reachable(), owner.engine.begin() as conn:
        if not conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}):
            return
        database = conn.scalar(text("SELECT current_database()"))
        conn.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {who}"))
        conn.execute(text(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {who}"))
        conn.execute(text(f"REVOKE ALL ON SCHEMA public FROM {who}"))
        conn.execute(text(f'REVOKE ALL ON DATABASE "{database}" FROM {who}'))
        conn.execute(text(f"DROP ROLE {who}"))
