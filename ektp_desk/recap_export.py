"""The monthly recap written to its file: the figures read once, drawn as a workbook or as a
PDF on the office's paper size, and the export audited, in the caller's transaction."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from ektp_desk import audit, clock
from ektp_desk.access import acting_user
from ektp_desk.actor import Actor
from ektp_desk.atomic import write_atomically
from ektp_desk.domain import LEAD_ROLES
from ektp_desk.limits import escaped
from ektp_desk.paper_size import page_points
from ektp_desk.recap import Recap, month_recap
from ektp_desk.settings import read_settings


def write_recap(session: Session, actor: Actor, month: date, target: Path) -> Recap:
    """Write the recap of ``month`` to ``target`` (checked by ``recap.checked_target``)."""
    lead = acting_user(session, actor, roles=LEAD_ROLES)
    office = read_settings(session)
    recap = month_recap(session, month, office.office_name, clock.now())
    if target.suffix.lower() == ".pdf":
        from ektp_desk.paper_pdf import write_pdf
        from ektp_desk.recap_pdf import recap_pdf

        write_pdf(target, recap_pdf(recap, page_points(office.paper_size)))
    else:
        from ektp_desk.recap_xlsx import recap_workbook

        write_atomically(target, recap_workbook(recap).save)
    audit.record(session, "export", user=lead.name, subject=escaped(target.name),
                 detail=f"recap {month:%Y-%m}")  # fmt: skip
    return recap
