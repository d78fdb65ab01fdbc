"""Checking the books' hash chains, and the chain heads the signed papers print.

``verify_chains`` walks each chained book in id order, recomputes every link and names each row
whose stored hash does not fit (a row edited, deleted or slipped in behind the program's back),
then compares the last row with the chain's head. A rewrite of the whole chain from some row
on fits itself; it is caught against the heads printed on the handover and the berita acara.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Final

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from ektp_desk.chain import CHAINED, GENESIS, link
from ektp_desk.db import Database
from ektp_desk.i18n import QT_TRANSLATE_NOOP, Message
from ektp_desk.models import ChainHead

CHUNK = 5000
MAX_PER_CHAIN = 20  # rows named per book; a rewrite of thousands is one story, not a listing
PREFIX = 12  # hex digits of a hash printed on paper: 48 bits, beyond a forger's search

_ROW_DOES_NOT_FIT: Final = QT_TRANSLATE_NOOP(
    "core", "{table} row {row} does not fit the hash chain: it was changed, or a row before it "
    "was removed or slipped in",
)  # fmt: skip
_HEAD_DOES_NOT_FIT: Final = QT_TRANSLATE_NOOP(
    "core", "{table}: the chain ends at row {row} but its head says row {head}: rows at the end "
    "were removed or rewritten",
)  # fmt: skip


@dataclass(frozen=True)
class ChainProblem:
    """One place where a book's chain breaks: the table and the row id (None: the head)."""

    table: str
    row_id: int | None
    message: Message

    def __str__(self) -> str:
        return str(self.message)


@dataclass(frozen=True)
class ChainMark:
    """A chain's head as a paper prints it: the book, its last row id, the hash's prefix."""

    table: str
    last_id: int | None
    hash_prefix: str

    def __str__(self) -> str:
        return f"{self.table} #{self.last_id or 0} {self.hash_prefix}"


def verify_chains(session: Session) -> list[ChainProblem]:
    """Every break in the stock ledger's and the audit log's chains; empty when both fit.

    Reads every row once (a few seconds at a million rows); the caller's session may be a read
    session or the restore's check of a file before it replaces anything."""
    problems: list[ChainProblem] = []
    for table in CHAINED:
        problems += _verify(session, table)
    return problems


def chain_marks(session: Session, *, until: datetime | None = None) -> list[ChainMark]:
    """Each book's last row written up to ``until`` (all rows when None), with its hash: what
    a signed paper prints, so a later rewrite of the whole chain shows against it."""
    marks = []
    for table in CHAINED:
        last = select(func.max(table.c.id))
        if until is not None:
            last = last.where(table.c.at <= until)
        row = session.execute(
            select(table.c.id, table.c.hash).where(table.c.id == last.scalar_subquery())
        ).first()
        last_id, digest = (row[0], row[1] or "") if row else (None, GENESIS)
        marks.append(ChainMark(table.name, last_id, digest[:PREFIX]))
    return marks


def _verify(session: Session, table: Table) -> list[ChainProblem]:
    problems: list[ChainProblem] = []
    expected_previous, last_id = GENESIS, None
    rows = session.execute(
        select(table).order_by(table.c.id).execution_options(yield_per=CHUNK)
    ).mappings()
    for row in rows:
        stored = row["hash"]
        if stored != link(expected_previous, dict(row)) and len(problems) < MAX_PER_CHAIN:
            params = {"table": table.name, "row": row["id"]}
            problems.append(ChainProblem(table.name, row["id"], Message(_ROW_DOES_NOT_FIT, params)))
        # The next row is checked against what is stored: each edited row is named on its own.
        expected_previous, last_id = stored or GENESIS, row["id"]
        if not _is_hex(expected_previous):
            expected_previous = GENESIS
    head = session.get(ChainHead, table.name)
    head_id, head_hash = (head.last_id, head.hash) if head else (None, GENESIS)
    if head_id != last_id or head_hash != expected_previous:
        params = {"table": table.name, "row": last_id or 0, "head": head_id or 0}
        problems.append(ChainProblem(table.name, None, Message(_HEAD_DOES_NOT_FIT, params)))
    return problems


def _is_hex(text: str) -> bool:
    return len(text) == 64 and all(c in "0123456789abcdef" for c in text)


def chain_problems(db: Database) -> list[ChainProblem]:
    """`verify_chains` over the office database, in one read snapshot."""
    with db.read() as session:
        return verify_chains(session)


def current_marks(db: Database, *, until: datetime | None = None) -> list[ChainMark]:
    with db.read() as session:
        return chain_marks(session, until=until)
