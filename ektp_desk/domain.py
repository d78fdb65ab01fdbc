"""Vocabulary of the domain: statuses, priorities, roles, spoil reasons, stock items."""

from __future__ import annotations

from typing import Final

# Record status flow: queued -> printing -> printed -> picked_up; on_hold is out of the queue.
QUEUED: Final = "queued"
PRINTING: Final = "printing"
PRINTED: Final = "printed"
PICKED_UP: Final = "picked_up"
ON_HOLD: Final = "on_hold"
STATUSES: Final = (QUEUED, PRINTING, PRINTED, PICKED_UP, ON_HOLD)
# A NIK may have only one open record at a time.
OPEN_STATUSES: Final = (QUEUED, PRINTING, ON_HOLD)

# Priority kinds. Every kind but "normal" is printed first (band 0); "normal" is band 1.
NORMAL: Final = "normal"
PRIORITIES: Final = (NORMAL, "priority", "elderly", "disabled", "sick", "urgent")


def priority_band(priority: str) -> int:
    """The queue band of a priority kind: 0 is printed before 1."""
    return 1 if priority == NORMAL else 0


# Outcomes of a print attempt and the reasons a card is spoiled.
OUTCOME_PRINTED: Final = "printed"
OUTCOME_SPOILED: Final = "spoiled"
SPOIL_REASONS: Final = ("ribbon_break", "film_jam", "misprint", "chip_error", "card_jam", "other")

# Roles of a user.
OPERATOR: Final = "operator"
LEAD: Final = "lead"
ADMIN: Final = "admin"
ROLES: Final = (OPERATOR, LEAD, ADMIN)
