"""Vocabulary of the domain: one ``StrEnum`` per kind of value the office speaks of.

Every status, priority, outcome, spoil reason, stock item, movement kind, forecast level,
shift kind and role is a member of one of these enums. The database CHECK constraints
(``check_in``), the labels shown to people (``ektp_desk.labels``) and the command line's
choices derive from them, so a new value is added in one place.

A ``StrEnum`` member *is* its string: it compares equal to the value stored in the database
and formats as that value, so rows read back as plain strings still match.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class Status(StrEnum):
    """Record status flow: queued -> printing -> printed -> picked_up; on_hold is out of the
    queue until a lead releases it."""

    QUEUED = "queued"
    PRINTING = "printing"
    PRINTED = "printed"
    PICKED_UP = "picked_up"
    ON_HOLD = "on_hold"


class Priority(StrEnum):
    """Why a record is printed first. Every kind but ``normal`` is band 0."""

    NORMAL = "normal"
    PRIORITY = "priority"
    ELDERLY = "elderly"
    DISABLED = "disabled"
    SICK = "sick"
    URGENT = "urgent"


class Outcome(StrEnum):
    """What came out of the printer for one attempt."""

    PRINTED = "printed"
    SPOILED = "spoiled"


class SpoilReason(StrEnum):
    """What the operator saw when a card was spoiled."""

    RIBBON_BREAK = "ribbon_break"
    FILM_JAM = "film_jam"
    MISPRINT = "misprint"
    CHIP_ERROR = "chip_error"
    CARD_JAM = "card_jam"
    OTHER = "other"


class InvalidCause(StrEnum):
    """Why a card is invalid, as the Dirjen Dukcapil circulars count it (the register, the
    berita acara pemusnahan and the monthly recap). A spoil reason maps to one
    (``CAUSE_OF``); a lead may correct an attempt's cause."""

    CHIP_FAILED = "chip_failed"  # gagal rekam chip / encode
    BLANK_DEFECTIVE = "blank_defective"  # blangko cacat / rusak
    PRINT_FAILED = "print_failed"  # gagal cetak
    DATA_CHANGED = "data_changed"  # perubahan data


# The circular's cause of what the operator saw; "perubahan data" comes only from a correction
# or a handed-in old card.
CAUSE_OF: Final[dict[str, InvalidCause]] = {
    SpoilReason.RIBBON_BREAK: InvalidCause.PRINT_FAILED,
    SpoilReason.FILM_JAM: InvalidCause.PRINT_FAILED,
    SpoilReason.MISPRINT: InvalidCause.PRINT_FAILED,
    SpoilReason.CHIP_ERROR: InvalidCause.CHIP_FAILED,
    SpoilReason.CARD_JAM: InvalidCause.BLANK_DEFECTIVE,  # the jam bends and scratches the blank
    SpoilReason.OTHER: InvalidCause.PRINT_FAILED,
}


class CardSource(StrEnum):
    """Where an invalid card in the register came from."""

    SPOILED_BLANK = "spoiled_blank"
    HANDED_IN = "handed_in"


class CardRequest(StrEnum):
    """Why a card is printed, as the office's file says (jenis permohonan). Only a replacement
    for changed data or a damaged card has an old card to take back at collection."""

    FIRST = "first"  # baru: a first card
    DATA_CHANGED = "data_changed"  # perubahan data (a move, a new name, status, ...)
    DAMAGED = "damaged"  # rusak
    LOST = "lost"  # hilang: nothing to take back


# The circular's cause of an old card taken back, by the request its replacement answers.
HAND_IN_CAUSE: Final[dict[str, InvalidCause]] = {
    CardRequest.DATA_CHANGED: InvalidCause.DATA_CHANGED,
    CardRequest.DAMAGED: InvalidCause.BLANK_DEFECTIVE,
}


class Item(StrEnum):
    """A stock item. Office stock: blanks and sealed rolls; a station: its loaded rolls,
    counted in prints left."""

    BLANK = "blank"
    RIBBON_ROLL = "ribbon_roll"
    FILM_ROLL = "film_roll"
    RIBBON = "ribbon"
    FILM = "film"


OFFICE_ITEMS: Final = (Item.BLANK, Item.RIBBON_ROLL, Item.FILM_ROLL)
STATION_ITEMS: Final = (Item.RIBBON, Item.FILM)
# The sealed office roll that is loaded into a station's printer as that item.
SEALED_ROLL: Final = {Item.RIBBON: Item.RIBBON_ROLL, Item.FILM: Item.FILM_ROLL}


class MovementKind(StrEnum):
    """Why a stock ledger row moved a balance."""

    RECEIVE = "receive"
    LOAD_ROLL = "load_roll"
    UNLOAD = "unload"
    CONSUME = "consume"
    SPOIL = "spoil"
    ADJUST = "adjust"
    RETURN = "return"


class Level(StrEnum):
    """How a consumable stands against the plan, worst last."""

    OK = "ok"
    LOW = "low"
    SHORT = "short"
    OUT = "out"


class ShiftKind(StrEnum):
    PAGI = "pagi"
    SIANG = "siang"
    LEMBUR_MALAM = "lembur_malam"


class Role(StrEnum):
    OPERATOR = "operator"
    LEAD = "lead"
    ADMIN = "admin"


class Job(StrEnum):
    """A scheduled job a service token may run, and nothing else (``ektp_desk.service_tokens``).
    The value is the command, its words joined by a hyphen."""

    BACKUP = "backup"
    NOTIFY_DELIVER = "notify-deliver"
    NOTIFY_ANSWER = "notify-answer"
    NOTIFY_SERVE = "notify-serve"


# The printers' own readings (ektp_desk.printers).


class Moment(StrEnum):
    """Why a reading was taken."""

    SHIFT_START = "shift_start"
    SHIFT_END = "shift_end"
    ON_DEMAND = "on_demand"


class Source(StrEnum):
    """Where a reading's figures came from."""

    TYPED = "typed"  # a lead read them off the printer's display or its driver's status page
    SNMP = "snmp"
    EVOLIS = "evolis"


class ProbeKind(StrEnum):
    """How a station's printer can be asked for its counters."""

    SNMP = "snmp"
    EVOLIS = "evolis"


class PrinterState(StrEnum):
    """A condition a printer reports along with its counters."""

    RIBBON_LOW = "ribbon_low"
    RIBBON_ENDED = "ribbon_ended"
    FILM_LOW = "film_low"
    FILM_ENDED = "film_ended"
    FEEDER_NEAR_EMPTY = "feeder_near_empty"
    FEEDER_EMPTY = "feeder_empty"
    COVER_OPEN = "cover_open"
    ERROR = "error"


# Roles that run the office's stock, shifts and papers.
LEAD_ROLES: Final = (Role.LEAD, Role.ADMIN)


def check_in(column: str, values: type[StrEnum] | tuple[StrEnum, ...]) -> str:
    """The SQL of a CHECK constraint that admits exactly these values: ``col IN ('a', 'b')``."""
    members = tuple(values)
    return f"{column} IN ({', '.join(repr(str(m)) for m in members)})"


# The names the rest of the core used before the enums; each is the enum member itself.
QUEUED: Final = Status.QUEUED
PRINTING: Final = Status.PRINTING
PRINTED: Final = Status.PRINTED
PICKED_UP: Final = Status.PICKED_UP
ON_HOLD: Final = Status.ON_HOLD
STATUSES: Final = tuple(Status)
# A NIK may have only one open record at a time.
OPEN_STATUSES: Final = (Status.QUEUED, Status.PRINTING, Status.ON_HOLD)

NORMAL: Final = Priority.NORMAL
PRIORITIES: Final = tuple(Priority)


def priority_band(priority: str) -> int:
    """The queue band of a priority kind: 0 is printed before 1."""
    return 1 if priority == Priority.NORMAL else 0


OUTCOME_PRINTED: Final = Outcome.PRINTED
OUTCOME_SPOILED: Final = Outcome.SPOILED
SPOIL_REASONS: Final = tuple(SpoilReason)

OPERATOR: Final = Role.OPERATOR
LEAD: Final = Role.LEAD
ADMIN: Final = Role.ADMIN
ROLES: Final = tuple(Role)
