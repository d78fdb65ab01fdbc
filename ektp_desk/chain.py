"""Tamper-evident books: every stock-ledger row and every audit row carries a hash chained to
the row before it.

``hash = SHA-256(previous hash || the row's canonical content)``; the first row links to
``GENESIS``. Editing, deleting or inserting a row behind the program's back breaks the link of
that row (or of the next one); rewriting the whole chain from some row on is caught against the
chain heads printed on the signed papers (handover, berita acara).

Writers do not insert into the two books themselves: they hand their rows to ``append``, and
the rows are written when the action's transaction commits, ledger first and audit last, under
a row lock on each chain's head (``chain_heads``). So the chain is one line however many
stations write at once, the ids grow in chain order, and the heads are locked only for the
last moment of a transaction (a print already holds the office's blank-card row to the end).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from functools import cache
from typing import Any, Final, cast

from sqlalchemy import Select, Table, bindparam, event, insert, or_, select, update
from sqlalchemy.orm import Session

from ektp_desk.models import AuditEntry, ChainHead, StockMovement

GENESIS: Final = "0" * 64
LEDGER: Final = cast(Table, StockMovement.__table__)
AUDIT: Final = cast(Table, AuditEntry.__table__)
# Written in this order in every transaction: the same lock order everywhere, no deadlock.
CHAINED: Final = (LEDGER, AUDIT)
_PENDING = "ektp_chain_rows"


def canonical(values: Mapping[str, Any]) -> bytes:
    """The content a row's hash covers: every column but ``id`` and ``hash`` that holds a
    value, by name. A column added later as NULL leaves the old rows' hashes as they were."""
    content = {
        key: _plain(value)
        for key, value in values.items()
        if value is not None and key not in ("id", "hash")
    }
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def link(previous: str, values: Mapping[str, Any]) -> str:
    """The hash of a row whose predecessor's hash is ``previous``."""
    return hashlib.sha256(bytes.fromhex(previous) + canonical(values)).hexdigest()


def append(session: Session, table: Table, rows: Iterable[dict[str, Any]]) -> None:
    """Rows for a chained book, written (linked) when the session's transaction commits."""
    pending: dict[str, list[dict[str, Any]]] = session.info.setdefault(_PENDING, {})
    pending.setdefault(table.name, []).extend(rows)


def write_pending(session: Session) -> None:
    """Link and insert the rows handed to ``append`` (the commit does it; call it only when a
    row must be in the table before the transaction ends)."""
    pending: dict[str, list[dict[str, Any]]] | None = session.info.pop(_PENDING, None)
    if not pending:
        return
    session.flush()  # what the rows refer to (a user, a station) is in the database first
    conn = session.connection()
    tables = tuple(table for table in CHAINED if pending.get(table.name))
    heads: dict[str, str] = {row[0]: row[1] for row in conn.execute(_lock_heads(tables))}
    ordered = conn.dialect.name != "sqlite"
    moved = []
    for table in tables:
        rows, head = pending[table.name], heads.get(table.name)
        if head is None:  # a book made before its chain (tests that build tables directly)
            conn.execute(insert(ChainHead), {"chain": table.name, "hash": GENESIS})
            head = GENESIS
        for row in rows:
            row["hash"] = head = link(head, row)
        ids = conn.execute(_INSERT_LINKED[table.name, ordered], rows).scalars()
        moved.append({"key": table.name, "last_id": max(ids), "hash": head})
    conn.execute(_MOVE_HEAD, moved)


@event.listens_for(Session, "before_commit")
def _write_on_commit(session: Session) -> None:
    write_pending(session)


@event.listens_for(Session, "after_rollback")
def _forget_on_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


_HEADS = cast(Table, ChainHead.__table__)


@cache
def _lock_heads(tables: tuple[Table, ...]) -> Select[str, str]:
    """The heads of these chains, locked; built once per set of chains (an IN list made at
    every commit cost more than the query)."""
    chains = or_(*(_HEADS.c.chain == table.name for table in tables))
    return (
        select(_HEADS.c.chain, _HEADS.c.hash).where(chains).order_by(_HEADS.c.chain)
        .with_for_update()
    )  # fmt: skip


# A book's rows in one INSERT, in chain order: the ids grow in the order of the VALUES, and
# the head takes the largest. SQLite inserts a multi-row VALUES in its order; a server is
# asked to keep the parameters' order (SQLAlchemy's sorted form of the INSERT) to be sure.
_INSERT_LINKED: Final = {
    (table.name, ordered): insert(table).returning(table.c.id, sort_by_parameter_order=ordered)
    for table in CHAINED
    for ordered in (False, True)
}
_MOVE_HEAD = (
    update(_HEADS)
    .where(_HEADS.c.chain == bindparam("key"))
    .values(last_id=bindparam("last_id"), hash=bindparam("hash"))
)
