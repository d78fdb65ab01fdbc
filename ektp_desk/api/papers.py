"""The office's official papers: the register of invalid cards, causes corrected by a lead,
and the destruction before witnesses with its berita acara pemusnahan (PDF)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ektp_desk import register as reg
from ektp_desk.actor import Actor
from ektp_desk.api._door import action
from ektp_desk.db import Database
from ektp_desk.domain import LEAD_ROLES, InvalidCause
from ektp_desk.register import DestructionDone, Entry, Signer, Signers

__all__ = [
    "DestructionDone", "Entry", "Signer", "Signers", "correct_cause", "destroy", "invalid_register",
]  # fmt: skip


@action
def correct_cause(
    db: Database, actor: Actor, attempt_id: int, cause: InvalidCause, *, reason: str
) -> Entry:
    """A lead corrects a spoiled attempt's cause (the original is kept; audited)."""
    with db.write() as session:
        return reg.correct_cause(session, actor, attempt_id, cause, reason)


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
