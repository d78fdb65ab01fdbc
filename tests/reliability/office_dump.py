"""The full content of an SQLite office file, to prove that a refusal changed nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

# Signing in is an event of its own, audited before the command runs (and its hash chain's
# head moves with it): a refused command changes nothing else. So is a service token refused
# (unknown, revoked, or shown to a command that is not its job).
SIGN_IN_ACTIONS = ("login", "login_failed", "login_locked", "service_refused")


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in a stable order (read-only: the file is not created),
    leaving out the sign-in of the person who ran the command."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]  # fmt: skip
        content = {
            table: sorted(conn.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
            if table not in ("audit_log", "chain_heads", "sign_in_locks")
        }
        marks = ", ".join("?" * len(SIGN_IN_ACTIONS))
        content["audit_log"] = conn.execute(
            "SELECT id, user, action, subject, detail FROM audit_log "
            f"WHERE action NOT IN ({marks}) ORDER BY id",
            SIGN_IN_ACTIONS,
        ).fetchall()
        return content
    finally:
        conn.close()
