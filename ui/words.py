"""Domain words shown to people (priorities, statuses, spoil reasons, ...), translated by Qt.

The words themselves are the one table in ``ektp_desk.labels`` (context "words"); this module
only translates them with the window's translators."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from ektp_desk.domain import Item, Priority, Role, ShiftKind, SpoilReason, Status
from ektp_desk.labels import CONTEXT, label

PRIORITY = Priority
STATUS = Status
SPOIL_REASON = SpoilReason
SHIFT_KIND = ShiftKind
STOCK_ITEM = Item
ROLE = Role


def word(kind: type[StrEnum], key: str) -> str:
    """The translated word for ``key`` of the vocabulary ``kind``, or the key itself when the
    table lacks it."""
    return QCoreApplication.translate(CONTEXT, label(kind, key))
