"""The print counter: claim the next record, record each attempt, release, resolve; and the
reads the counter shows (the queue, the card in hand, the numbers, the stations)."""

from __future__ import annotations

from ektp_desk import live, printing, resume
from ektp_desk.actor import Actor
from ektp_desk.api._door import action, station_of
from ektp_desk.cards import Card, lookup_card
from ektp_desk.counters import Counters, change_stamp, read_counters
from ektp_desk.db import Database
from ektp_desk.live import HEARTBEAT_EVERY, StationStatus, stations_overview
from ektp_desk.printing import Claim, PrintResult, Remaining
from ektp_desk.queue_view import (
    WHOLE_QUEUE,
    QueueEntry,
    QueueFilter,
    QueueRow,
    count_rows,
    fetch_after,
    fetch_rows,
    kecamatan_options,
    list_queue,
)
from ektp_desk.resume import (
    PendingCard,
    Resolution,
    WhereWeStopped,
    pending_cards,
    where_we_stopped,
)
from ektp_desk.supply import Supply, station_supply

__all__ = [
    "HEARTBEAT_EVERY",
    "WHOLE_QUEUE",
    "Card",
    "Claim",
    "Counters",
    "PendingCard",
    "PrintResult",
    "QueueEntry",
    "QueueFilter",
    "QueueRow",
    "Remaining",
    "Resolution",
    "StationStatus",
    "Supply",
    "WhereWeStopped",
    "change_stamp",
    "claim_next",
    "count_rows",
    "fetch_after",
    "fetch_rows",
    "heartbeat",
    "kecamatan_options",
    "list_queue",
    "lookup_card",
    "pending_cards",
    "read_counters",
    "record_print",
    "release",
    "resolve",
    "station_supply",
    "stations_overview",
    "where_we_stopped",
]


@action
def claim_next(db: Database, actor: Actor, *, station: str | None = None) -> Claim:
    """Take the next record in print order for the actor's station."""
    return printing.claim_next(db, station=station_of(actor, station), operator=actor.name)


@action
def record_print(
    db: Database,
    actor: Actor,
    nik: str,
    *,
    station: str | None = None,
    spoiled: str | None = None,
    blank_serial: str | None = None,
) -> PrintResult:
    """One card through the printer: printed, or spoiled with a reason."""
    return printing.record_print(
        db,
        nik,
        station=station_of(actor, station),
        operator=actor.name,
        spoiled=spoiled,
        blank_serial=blank_serial,
    )


@action
def release(db: Database, actor: Actor, nik: str, *, station: str | None = None) -> None:
    """Put a claimed record back in its place in the queue; nothing is consumed."""
    printing.release(db, nik, station=station_of(actor, station), operator=actor.name)


@action
def resolve(
    db: Database,
    actor: Actor,
    nik: str,
    *,
    outcome: str,
    station: str | None = None,
    reason: str = "other",
) -> Resolution:
    """Say what became of a card left at a printer. A lead may resolve any card; an operator
    only one claimed at the station they signed in at."""
    at = station if actor.role != "operator" else station_of(actor, station)
    return resume.resolve(db, nik, outcome=outcome, operator=actor.name, station=at, reason=reason)


@action
def heartbeat(db: Database, actor: Actor) -> None:
    """Say the actor's station is alive."""
    live.heartbeat(db, station_of(actor, None), actor.name)
