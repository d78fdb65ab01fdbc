"""Domain words shown to people (priorities, statuses, spoil reasons), translated by Qt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ektp_desk.i18n import QT_TRANSLATE_NOOP

CONTEXT = "words"

PRIORITY = {
    "normal": QT_TRANSLATE_NOOP("words", "normal"),
    "priority": QT_TRANSLATE_NOOP("words", "priority"),
    "elderly": QT_TRANSLATE_NOOP("words", "elderly"),
    "disabled": QT_TRANSLATE_NOOP("words", "disabled"),
    "sick": QT_TRANSLATE_NOOP("words", "sick"),
    "urgent": QT_TRANSLATE_NOOP("words", "urgent"),
}
STATUS = {
    "queued": QT_TRANSLATE_NOOP("words", "queued"),
    "printing": QT_TRANSLATE_NOOP("words", "printing"),
    "printed": QT_TRANSLATE_NOOP("words", "printed"),
    "picked_up": QT_TRANSLATE_NOOP("words", "collected"),
    "on_hold": QT_TRANSLATE_NOOP("words", "on hold"),
}
SPOIL_REASON = {
    "ribbon_break": QT_TRANSLATE_NOOP("words", "ribbon broke"),
    "film_jam": QT_TRANSLATE_NOOP("words", "film jammed"),
    "misprint": QT_TRANSLATE_NOOP("words", "misprint"),
    "chip_error": QT_TRANSLATE_NOOP("words", "chip / encoding error"),
    "card_jam": QT_TRANSLATE_NOOP("words", "card jammed"),
    "other": QT_TRANSLATE_NOOP("words", "other"),
}
SHIFT_KIND = {
    "pagi": QT_TRANSLATE_NOOP("words", "morning (pagi)"),
    "siang": QT_TRANSLATE_NOOP("words", "afternoon (siang)"),
    "lembur_malam": QT_TRANSLATE_NOOP("words", "night overtime (lembur malam)"),
}
STOCK_ITEM = {
    "blank": QT_TRANSLATE_NOOP("words", "blank cards"),
    "ribbon_roll": QT_TRANSLATE_NOOP("words", "sealed ribbon rolls"),
    "film_roll": QT_TRANSLATE_NOOP("words", "sealed film rolls"),
    "ribbon": QT_TRANSLATE_NOOP("words", "ribbon prints left"),
    "film": QT_TRANSLATE_NOOP("words", "film prints left"),
}
ROLE = {
    "operator": QT_TRANSLATE_NOOP("words", "operator"),
    "lead": QT_TRANSLATE_NOOP("words", "shift lead"),
    "admin": QT_TRANSLATE_NOOP("words", "admin"),
}


def word(table: dict[str, str], key: str) -> str:
    """The translated word for ``key``, or the key itself when the table lacks it."""
    source = table.get(key)
    return QCoreApplication.translate(CONTEXT, source) if source else key
