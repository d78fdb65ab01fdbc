"""The office's official papers: the register of invalid cards, causes corrected by a lead,
the destruction before witnesses with its berita acara pemusnahan (PDF), and the public stock
notice (an A4 page and a square image)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from ektp_desk import register as reg
from ektp_desk.actor import Actor
from ektp_desk.api._door import action
from ektp_desk.db import Database
from ektp_desk.domain import LEAD_ROLES, InvalidCause
from ektp_desk.recap import Recap, parse_month
from ektp_desk.register import DestructionDone, Entry, Signer, Signers
from ektp_desk.stock_notice import StockNotice

__all__ = [
    "DestructionDone", "Entry", "Recap", "Signer", "Signers", "StockNotice", "correct_cause",
    "destroy", "invalid_register", "monthly_recap", "parse_month", "stock_notice",
]  # fmt: skip


@action
def correct_cause(
    db: Database, actor: Actor, attempt_id: int, cause: InvalidCause, *, reason: str
) -> Entry:
    """A lead corrects a spoiled attempt's cause (the original is kept; audited)."""
    with db.write() as session:
        return reg.correct_cause(session, actor, attempt_id, cause, reason)


@action
def invalid_register(db: Database, actor: Actor, *, until: date | None = None) -> list[Entry]:
    """Every invalid card not yet destroyed (leads and admins)."""
    from ektp_desk.access import acting_user

    with db.read() as session:
        acting_user(session, actor, roles=LEAD_ROLES)
        return reg.register(session, until=until)


@action
def destroy(
    db: Database, actor: Actor, held_on: date, signers: Signers, out: Path
) -> DestructionDone:
    """Destroy the register's cards up to ``held_on`` and write the berita acara pemusnahan to
    ``out``. The paper is written inside the transaction: no paper, nothing destroyed."""
    from ektp_desk.destruction_pdf import destruction_pdf
    from ektp_desk.paper_pdf import checked_pdf_target, write_pdf
    from ektp_desk.paper_size import page_points
    from ektp_desk.settings import read_settings

    target = checked_pdf_target(out)
    with db.write() as session:
        done = reg.destroy(session, actor, held_on, signers)
        office = read_settings(session)
        paper = destruction_pdf(done, office.office_name, page_points(office.paper_size))
        write_pdf(target, paper)
    return done


@action
def monthly_recap(db: Database, actor: Actor, month: date, out: Path) -> Recap:
    """Write the monthly recap of invalid cards and blanks (leads and admins) to ``out``, an
    .xlsx or a .pdf on the office's paper size; audited as an export. The figures are read
    once, in one transaction."""
    from ektp_desk.recap import checked_target
    from ektp_desk.recap_export import write_recap

    target = checked_target(out)
    with db.write() as session:
        return write_recap(session, actor, month, target)


@action
def stock_notice(db: Database, actor: Actor, day: date, outs: Sequence[Path]) -> StockNotice:
    """Write the public stock notice of ``day`` (leads and admins): each of ``outs`` by its
    name, ``.pdf`` one page (the office's paper size) for the notice board, ``.png`` the
    square image for social media; the figures as they stood at 00.00 of ``day``. Audited as
    an export."""
    from ektp_desk.notice_files import checked_targets, write_notice

    targets = checked_targets(outs)
    with db.write() as session:
        return write_notice(session, actor, day, targets)
