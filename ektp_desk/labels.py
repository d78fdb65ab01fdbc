"""The words people see for the vocabulary: one table for the window, the reports and the
command line.

Each value of each enum in ``ektp_desk.domain`` has one English label here, marked for Qt's
``lupdate`` in the "words" context; the Indonesian comes from the same translation file the
window uses (``resources/translations``), so a word is changed in one place.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final, TypeVar

from ektp_desk.domain import (
    CardRequest,
    CardSource,
    InvalidCause,
    Item,
    Job,
    Level,
    MovementKind,
    Outcome,
    Priority,
    Role,
    ShiftKind,
    SpoilReason,
    Status,
)
from ektp_desk.i18n import QT_TRANSLATE_NOOP, translated

CONTEXT: Final = "words"
E = TypeVar("E", bound=StrEnum)

LABELS: Final[dict[type[StrEnum], dict[str, str]]] = {
    Status: {
        Status.QUEUED: QT_TRANSLATE_NOOP("words", "queued"),
        Status.PRINTING: QT_TRANSLATE_NOOP("words", "printing"),
        Status.PRINTED: QT_TRANSLATE_NOOP("words", "printed"),
        Status.PICKED_UP: QT_TRANSLATE_NOOP("words", "collected"),
        Status.ON_HOLD: QT_TRANSLATE_NOOP("words", "on hold"),
    },
    Priority: {
        Priority.NORMAL: QT_TRANSLATE_NOOP("words", "normal"),
        Priority.PRIORITY: QT_TRANSLATE_NOOP("words", "priority"),
        Priority.ELDERLY: QT_TRANSLATE_NOOP("words", "elderly"),
        Priority.DISABLED: QT_TRANSLATE_NOOP("words", "disabled"),
        Priority.SICK: QT_TRANSLATE_NOOP("words", "sick"),
        Priority.URGENT: QT_TRANSLATE_NOOP("words", "urgent"),
    },
    Outcome: {
        Outcome.PRINTED: QT_TRANSLATE_NOOP("words", "printed"),
        Outcome.SPOILED: QT_TRANSLATE_NOOP("words", "spoiled"),
    },
    SpoilReason: {
        SpoilReason.RIBBON_BREAK: QT_TRANSLATE_NOOP("words", "ribbon broke"),
        SpoilReason.FILM_JAM: QT_TRANSLATE_NOOP("words", "film jammed"),
        SpoilReason.MISPRINT: QT_TRANSLATE_NOOP("words", "misprint"),
        SpoilReason.CHIP_ERROR: QT_TRANSLATE_NOOP("words", "chip / encoding error"),
        SpoilReason.CARD_JAM: QT_TRANSLATE_NOOP("words", "card jammed"),
        SpoilReason.OTHER: QT_TRANSLATE_NOOP("words", "other"),
    },
    InvalidCause: {
        InvalidCause.CHIP_FAILED: QT_TRANSLATE_NOOP("words", "chip / encoding failed"),
        InvalidCause.BLANK_DEFECTIVE: QT_TRANSLATE_NOOP("words", "defective / damaged blank"),
        InvalidCause.PRINT_FAILED: QT_TRANSLATE_NOOP("words", "print failed"),
        InvalidCause.DATA_CHANGED: QT_TRANSLATE_NOOP("words", "data changed"),
    },
    CardSource: {
        CardSource.SPOILED_BLANK: QT_TRANSLATE_NOOP("words", "spoiled blank"),
        CardSource.HANDED_IN: QT_TRANSLATE_NOOP("words", "old card handed in"),
    },
    CardRequest: {
        CardRequest.FIRST: QT_TRANSLATE_NOOP("words", "first card"),
        CardRequest.DATA_CHANGED: QT_TRANSLATE_NOOP("words", "replacement: data changed"),
        CardRequest.DAMAGED: QT_TRANSLATE_NOOP("words", "replacement: damaged card"),
        CardRequest.LOST: QT_TRANSLATE_NOOP("words", "replacement: lost card"),
    },
    Item: {
        Item.BLANK: QT_TRANSLATE_NOOP("words", "blank cards"),
        Item.RIBBON_ROLL: QT_TRANSLATE_NOOP("words", "sealed ribbon rolls"),
        Item.FILM_ROLL: QT_TRANSLATE_NOOP("words", "sealed film rolls"),
        Item.RIBBON: QT_TRANSLATE_NOOP("words", "ribbon prints left"),
        Item.FILM: QT_TRANSLATE_NOOP("words", "film prints left"),
    },
    MovementKind: {
        MovementKind.RECEIVE: QT_TRANSLATE_NOOP("words", "received"),
        MovementKind.LOAD_ROLL: QT_TRANSLATE_NOOP("words", "roll loaded"),
        MovementKind.UNLOAD: QT_TRANSLATE_NOOP("words", "roll taken out"),
        MovementKind.CONSUME: QT_TRANSLATE_NOOP("words", "used"),
        MovementKind.SPOIL: QT_TRANSLATE_NOOP("words", "spoiled"),
        MovementKind.ADJUST: QT_TRANSLATE_NOOP("words", "correction"),
        MovementKind.RETURN: QT_TRANSLATE_NOOP("words", "returned"),
    },
    Level: {
        Level.OK: QT_TRANSLATE_NOOP("words", "OK"),
        Level.LOW: QT_TRANSLATE_NOOP("words", "low"),
        Level.SHORT: QT_TRANSLATE_NOOP("words", "short"),
        Level.OUT: QT_TRANSLATE_NOOP("words", "out"),
    },
    ShiftKind: {
        ShiftKind.PAGI: QT_TRANSLATE_NOOP("words", "morning (pagi)"),
        ShiftKind.SIANG: QT_TRANSLATE_NOOP("words", "afternoon (siang)"),
        ShiftKind.LEMBUR_MALAM: QT_TRANSLATE_NOOP("words", "night overtime (lembur malam)"),
    },
    Role: {
        Role.OPERATOR: QT_TRANSLATE_NOOP("words", "operator"),
        Role.LEAD: QT_TRANSLATE_NOOP("words", "shift lead"),
        Role.ADMIN: QT_TRANSLATE_NOOP("words", "admin"),
    },
    Job: {
        Job.BACKUP: QT_TRANSLATE_NOOP("words", "backup"),
        Job.NOTIFY_DELIVER: QT_TRANSLATE_NOOP("words", "SMS delivery"),
        Job.NOTIFY_ANSWER: QT_TRANSLATE_NOOP("words", "SMS answers"),
        Job.NOTIFY_SERVE: QT_TRANSLATE_NOOP("words", "SMS gateway (delivery and answers)"),
    },
}


def label(kind: type[E], value: str) -> str:
    """The English label (the translation source) of a value; the value itself if unknown."""
    return LABELS[kind].get(value, value)


def label_in(kind: type[E], value: str, locale: str = "id_ID") -> str:
    """The label in a language, for papers written by the core (Indonesian by default)."""
    return translated(CONTEXT, label(kind, value), locale)


def quantity(count: int, item: str) -> str:
    """'1 sealed film roll', '3 blank cards', '500 ribbon prints left' (command line)."""
    words = label(Item, item)
    if abs(count) == 1:
        for plural in ("cards", "rolls", "prints"):
            words = words.replace(plural, plural[:-1])
    return f"{count} {words}"
