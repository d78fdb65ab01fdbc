"""Writing the public stock notice: each file its face by its name (.pdf the page, .png the
square image), the figures read once for both, in the caller's transaction, audited as an
export. Every name is checked before anything is read or written."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import BinaryIO, Final

from sqlalchemy.orm import Session

from ektp_desk import audit
from ektp_desk.actor import Actor
from ektp_desk.atomic import write_atomically
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.limits import escaped
from ektp_desk.paper_size import page_points
from ektp_desk.settings import read_settings
from ektp_desk.stock_notice import StockNotice, read_notice

FACES: Final = (".pdf", ".png")


def checked_targets(outs: Sequence[Path]) -> list[Path]:
    """Absolute .pdf/.png names in existing folders (never the database by a slip)."""
    from ektp_desk.atomic import checked_folder

    if not outs:
        raise Refused(QT_TRANSLATE_NOOP("core", "name the notice's file (.pdf or .png)"))
    targets = [Path(out).expanduser().absolute() for out in outs]
    for target in targets:
        if target.suffix.lower() not in FACES or target.is_dir():
            raise Refused(
                QT_TRANSLATE_NOOP("core", "the notice must be a .pdf or .png file (got {name})"),
                name=target.name,
            )
        checked_folder(target)
    return targets


def write_notice(session: Session, actor: Actor, day: date, targets: Sequence[Path]) -> StockNotice:
    """Read the notice of ``day`` and write it to each target (checked by ``checked_targets``)."""
    notice = read_notice(session, actor, day)
    page = page_points(read_settings(session).paper_size)
    faces = {face: _render(notice, face, page) for face in {t.suffix.lower() for t in targets}}
    for target in targets:  # all drawn first: a drawing that fails leaves no file behind
        write_atomically(target, functools.partial(_write, faces[target.suffix.lower()]))
    names = ", ".join(escaped(target.name) for target in targets)
    audit.record(session, "export", user=actor.name, subject=names, detail=f"notice {day}")
    return notice


def _write(data: bytes, stream: BinaryIO) -> None:
    stream.write(data)


def _render(notice: StockNotice, face: str, page: tuple[float, float]) -> bytes:
    if face == ".png":
        from ektp_desk.notice_png import notice_png

        return notice_png(notice)
    from ektp_desk.notice_pdf import notice_pdf

    return notice_pdf(notice, page)
