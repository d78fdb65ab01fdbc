"""Shifts and their papers on the command line: start, end, cards left at a printer, the
handover, the berita acara, the forecast."""

from __future__ import annotations

import argparse
from pathlib import Path

from ektp_desk.api import counter, reports
from ektp_desk.api import shifts as shift_door
from ektp_desk.cli.auth import acting
from ektp_desk.cli.output import emit, print_table
from ektp_desk.db import Database


def shift_start(db: Database, args: argparse.Namespace) -> int:
    names = [n.strip() for n in args.stations.split(",") if n.strip()] if args.stations else None
    info = shift_door.start_shift(db, acting(db, args), args.kind, stations=names)
    pending = counter.pending_cards(db)
    if args.json:
        return emit(args, {**_shift_json(info), "pending": [_pending_json(p) for p in pending]})
    print(f"Shift {info.id} ({info.kind}) started by {info.lead} on {', '.join(info.stations)}.")
    if pending:
        print(
            f"{len(pending)} card(s) were left at a printer; resolve each with `ektp-desk "
            "resolve NIK --as printed|spoiled|not-printed`:"
        )
        _print_pending(pending)
    return 0


def shift_end(db: Database, args: argparse.Namespace) -> int:
    info = shift_door.end_shift(db, acting(db, args), notes=args.notes, shift_id=args.shift)
    if args.json:
        return emit(args, _shift_json(info))
    print(
        f"Shift {info.id} ({info.kind}) ended. Export its handover with "
        f"`ektp-desk handover --shift {info.id} --out FILE.xlsx`."
    )
    return 0


def shift_list(db: Database, args: argparse.Namespace) -> int:
    rows = [_shift_json(info) for info in shift_door.list_shifts(db)]
    if not rows and not args.json:
        print("No shifts yet.")
        return 0
    return emit(args, rows, ("id", "kind", "lead", "started_at", "ended_at", "stations"))


def shift_pending(db: Database, args: argparse.Namespace) -> int:
    acting(db, args)  # the cards show citizens' names: only to a signed-in person
    pending = counter.pending_cards(db, station=args.station)
    if args.json:
        return emit(args, [_pending_json(p) for p in pending])
    if not pending:
        print("No card is waiting to be resolved.")
        return 0
    _print_pending(pending)
    return 0


def resolve(db: Database, args: argparse.Namespace) -> int:
    actor = acting(db, args, station=args.station)
    done = counter.resolve(db, actor, args.nik, outcome=args.outcome, station=args.station,
                           reason=args.reason)  # fmt: skip
    what = {"printed": "recorded as printed", "spoiled": "recorded as spoiled and queued again",
            "not-printed": "back in its place in the queue"}[done.outcome]  # fmt: skip
    print(f"{done.nik} {what}.")
    return 0


def handover(db: Database, args: argparse.Namespace) -> int:
    summary = reports.export_handover(db, acting(db, args), args.shift, Path(args.out))
    print(
        f"Handover of shift {args.shift} written to {summary.path} "
        f"({summary.printed} printed, {summary.spoiled} spoiled)."
    )
    return 0


def berita_acara(db: Database, args: argparse.Namespace) -> int:
    summary = reports.export_berita_acara(
        db, acting(db, args), args.start, args.end, Path(args.out), maker=args.maker
    )
    print(f"Berita acara of {summary.spoiled} spoiled blank(s) written to {summary.path}.")
    return 0


def forecast(db: Database, args: argparse.Namespace) -> int:
    result = shift_door.forecast_next_shift(db, hours=args.hours, stations=args.stations)
    if args.json:
        return emit(args, shift_door.forecast_json(result))
    for line in shift_door.forecast_lines(result):
        print(line)
    return 0


def _shift_json(info: shift_door.ShiftInfo) -> dict[str, object]:
    return {"id": info.id, "kind": info.kind, "lead": info.lead,
            "stations": ", ".join(info.stations), "started_at": info.started_at.isoformat(),
            "ended_at": info.ended_at.isoformat() if info.ended_at else None,
            "notes": info.notes}  # fmt: skip


def _pending_json(card: counter.PendingCard) -> dict[str, object]:
    return {"nik": card.nik, "name": card.name, "kecamatan": card.kecamatan,
            "station": card.station, "shift": card.shift_id, "attempt": card.attempt,
            "claimed_at": card.claimed_at.isoformat() if card.claimed_at else None}  # fmt: skip


def _print_pending(pending: list[counter.PendingCard]) -> None:
    print_table(
        ("nik", "name", "station", "claimed", "shift"),
        [(p.nik, p.name, p.station, f"{p.claimed_at:%d-%m-%Y %H:%M}" if p.claimed_at else "",
          p.shift_id or "") for p in pending],
    )  # fmt: skip
