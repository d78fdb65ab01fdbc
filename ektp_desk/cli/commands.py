"""One handler per command: parse nothing, decide nothing; call the core and print."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path

from ektp_desk import demo as demo_data
from ektp_desk import paths, printing, records, resume, schema, shifts, stations, users
from ektp_desk import settings as office_settings
from ektp_desk import stock as stock_service
from ektp_desk.cli.output import emit, print_table
from ektp_desk.db import Database
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP


def gui(db: Database, args: argparse.Namespace) -> int:
    """``gui`` reaches here only when the core's command line is called directly: the
    launcher (main.py) opens the window itself."""
    raise Refused(QT_TRANSLATE_NOOP("core", "the window is started by the ektp-desk launcher"))


def init(db: Database, args: argparse.Namespace) -> int:
    result = schema.init_database(db)
    where = db.sqlite_path or "the database"
    if result.action == "current":
        print(f"{where} is up to date (schema {result.revision}).")
    elif result.action == "created":
        print(f"Created {where} (schema {result.revision}).")
    else:
        print(f"Upgraded {where} to schema {result.revision}; backup: {result.backup}")
    return 0


def demo(db: Database, args: argparse.Namespace) -> int:
    schema.init_database(db)
    result = demo_data.fill_demo(db, records=args.records, progress=_progress(args.records))
    print(
        f"Demo office ready: {result.records} queued records, stations "
        f"{', '.join(result.stations)}, stock received and rolls loaded."
    )
    print("Sign in with:")
    print_table(("user", "role", "password"), [(x.name, x.role, x.password) for x in result.logins])
    return 0


def station_add(db: Database, args: argparse.Namespace) -> int:
    schema.require_current(db)
    spec = stations.PrinterSpec(
        args.printer, args.ribbon_yield, args.film_yield, args.ribbon_panels, args.film_panels
    )
    info = stations.add_station(db, args.name, spec, by=args.admin)
    print(
        f"Added station {info.name} ({spec.model}: {spec.ribbon_yield} prints per ribbon roll, "
        f"{spec.film_yield} per film roll). Load its rolls with `ektp-desk load-roll`."
    )
    return 0


def station_list(db: Database, args: argparse.Namespace) -> int:
    schema.require_current(db)
    rows = [
        {
            "station": s.name,
            "printer": s.printer.model,
            "ribbon_yield": s.printer.ribbon_yield,
            "film_yield": s.printer.film_yield,
            "ribbon_panels": s.printer.ribbon_panels,
            "film_panels": s.printer.film_panels,
            "ribbon_left": s.ribbon_left,
            "film_left": s.film_left,
            "active": s.active,
        }
        for s in stations.list_stations(db)
    ]
    return emit(
        args, rows, ("station", "printer", "ribbon_left", "film_left", "ribbon_yield", "film_yield")
    )


def user_add(db: Database, args: argparse.Namespace) -> int:
    schema.require_current(db)
    info = users.add_user(
        db, args.name, args.role, _read_password(args.password_stdin), by=args.admin
    )
    print(f"Added {info.role} {info.name}.")
    return 0


def user_list(db: Database, args: argparse.Namespace) -> int:
    schema.require_current(db)
    rows = [{"name": u.name, "role": u.role, "active": u.active} for u in users.list_users(db)]
    return emit(args, rows, ("name", "role", "active"))


def import_file(db: Database, args: argparse.Namespace) -> int:
    from ektp_desk import imports  # openpyxl loads only when a file is imported

    schema.require_current(db)
    report = imports.import_records(db, Path(args.file))
    if args.json:
        errors = [{"row": e.row, "nik": e.nik, "reason": e.reason} for e in report.errors]
        return emit(
            args,
            {
                "file": report.file,
                "rows": report.rows,
                "imported": report.imported,
                "duplicates": report.duplicates,
                "rejected": report.rejected,
                "errors": errors,
                "phone_warnings": [
                    {"row": w.row, "nik": w.nik, "phone": w.phone, "reason": w.reason}
                    for w in report.phone_warnings
                ],
            },
        )
    print(
        f"{report.file}: {report.rows} rows read, {report.imported} imported, "
        f"{report.duplicates} duplicates skipped, {report.rejected} rejected."
    )
    shown = report.errors[:50]
    if shown:
        print_table(("row", "nik", "reason"), [(e.row, e.nik or "", e.reason) for e in shown])
    if len(report.errors) > len(shown):
        print(f"... and {len(report.errors) - len(shown)} more; --json lists them all.")
    if report.phone_warnings:
        print(f"{len(report.phone_warnings)} row(s) imported without their phone number:")
        print_table(("row", "nik", "reason"),
                    [(w.row, w.nik, w.reason) for w in report.phone_warnings[:50]])  # fmt: skip
    return 0


def queue(db: Database, args: argparse.Namespace) -> int:
    schema.require_current(db)
    entries = records.list_queue(db, limit=args.limit)
    if args.json:
        return emit(args, [
            {"position": e.position, "nik": e.nik, "name": e.name, "kecamatan": e.kecamatan,
             "priority": e.priority, "attempt": e.attempt, "entered_at": e.entered_at.isoformat()}
            for e in entries
        ])  # fmt: skip
    if not entries:
        print("The queue is empty.")
        return 0
    print_table(
        ("position", "nik", "name", "kecamatan", "priority", "attempt", "recorded"),
        [(e.position, e.nik, e.name, e.kecamatan, e.priority, e.attempt,
          f"{e.entered_at:%d-%m-%Y %H:%M}") for e in entries],
    )  # fmt: skip
    return 0


def claim(db: Database, args: argparse.Namespace) -> int:
    schema.require_current(db)
    c = printing.claim_next(db, station=args.station)
    data = {
        "nik": c.nik,
        "name": c.name,
        "kecamatan": c.kecamatan,
        "station": c.station,
        "attempt": c.attempt,
    }
    if args.json:
        return emit(args, data)
    print(f"{c.station}: print {c.nik} {c.name} ({c.kecamatan}), attempt {c.attempt}.")
    return 0


def print_card(db: Database, args: argparse.Namespace) -> int:
    schema.require_current(db)
    r = printing.record_print(
        db,
        args.nik,
        station=args.station,
        operator=args.operator,
        spoiled=args.spoiled,
        blank_serial=args.serial,
    )
    left = r.remaining
    data = {
        "nik": r.nik,
        "outcome": r.outcome,
        "attempt": r.attempt,
        "station": r.station,
        "remaining": {"blank": left.blank, "ribbon": left.ribbon, "film": left.film},
    }
    if args.json:
        return emit(args, data)
    what = "printed" if r.outcome == "printed" else f"spoiled ({args.spoiled}), back in the queue"
    print(
        f"{r.nik} {r.name}: {what}, attempt {r.attempt} at {r.station}. Left: "
        f"{left.blank} blanks, ribbon {left.ribbon} prints, film {left.film} prints."
    )
    return 0


def release(db: Database, args: argparse.Namespace) -> int:
    schema.require_current(db)
    printing.release(db, args.nik, station=args.station, operator=args.operator)
    print(f"{args.nik.strip()} is back in the queue in its place.")
    return 0


def settings(db: Database, args: argparse.Namespace) -> int:
    """The office's settings, shared by every station; ``set`` changes one (leads)."""
    schema.require_current(db)
    if args.set:
        if not args.operator:
            raise Refused(QT_TRANSLATE_NOOP("core", "--set needs --operator: the lead or admin "
                                            "who changes the setting"))  # fmt: skip
        name, text = args.set
        value = office_settings.parse_setting(name, text)
        office_settings.save_settings(db, {name: value}, operator=args.operator)
        print(f"{name} = {office_settings.shown_value(name, value)}")
        return 0
    current, default = office_settings.load_settings(db), office_settings.OfficeSettings()
    rows = [{"name": name, "value": office_settings.shown_value(name, getattr(current, name)),
             "changed": getattr(current, name) != getattr(default, name)}
            for name in office_settings.setting_names()]  # fmt: skip
    if args.json:
        return emit(args, rows)
    print_table(("setting", "changed", "value"),
                [(r["name"], "yes" if r["changed"] else "", r["value"]) for r in rows])  # fmt: skip
    return 0


def stock(db: Database, args: argparse.Namespace) -> int:
    schema.require_current(db)
    levels = stock_service.stock_levels(db)
    data = {
        "blank": levels.blank,
        "spare": {"ribbon": levels.spare_ribbon, "film": levels.spare_film},
        "stations": [
            {"station": s.station, "ribbon": s.ribbon, "film": s.film} for s in levels.stations
        ],
    }
    if args.json:
        return emit(args, data)
    print(
        f"Office: {levels.blank} blank cards, {levels.spare_ribbon} sealed ribbon rolls, "
        f"{levels.spare_film} sealed film rolls."
    )
    if levels.stations:
        print_table(
            ("station", "ribbon prints left", "film prints left"),
            [(s.station, s.ribbon, s.film) for s in levels.stations],
        )
    return 0


def receive(db: Database, args: argparse.Namespace) -> int:
    schema.require_current(db)
    moved = stock_service.receive(db, args.item, args.qty, ref=args.ref, operator=args.operator)
    print(
        f"Received {stock_service.quantity(moved.delta, moved.item)}; now {moved.balance} in stock."
    )
    return 0


def load_roll(db: Database, args: argparse.Namespace) -> int:
    schema.require_current(db)
    loaded = stock_service.load_roll(db, args.item, station=args.station, operator=args.operator)
    written_off = (
        f" ({loaded.discarded} prints of the old roll written off)" if loaded.discarded else ""
    )
    spare = stock_service.quantity(loaded.spare_rolls_left, f"{loaded.item}_roll")
    print(
        f"Loaded a {loaded.item} roll at {loaded.station}: {loaded.prints_left} prints"
        f"{written_off}; {spare} left."
    )
    return 0


def adjust(db: Database, args: argparse.Namespace) -> int:
    schema.require_current(db)
    moved = stock_service.adjust(
        db, args.item, args.qty, reason=args.reason, operator=args.operator
    )
    print(
        f"Adjusted {stock_service.ITEM_WORDS[moved.item]} by {moved.delta:+d}; "
        f"now {moved.balance} in stock."
    )
    return 0


def backup(db: Database, args: argparse.Namespace) -> int:
    from ektp_desk import backup as backups

    schema.require_current(db)
    path = backups.backup(db, Path(args.out) if args.out else None)
    print(f"Backup written to {path}.")
    return 0


def restore(db: Database, args: argparse.Namespace) -> int:
    from ektp_desk import backup as backups

    source = Path(args.file)
    if not args.yes:
        if not sys.stdin.isatty():
            raise Refused(QT_TRANSLATE_NOOP("core", "restoring replaces the office database: "
                                            "confirm with --yes"))  # fmt: skip
        answer = input(f"Replace {db.describe()} with {source}? Type YES to go on: ")
        if answer.strip() != "YES":
            print("Nothing was changed.")
            return 1
    before = backups.restore(db, source)
    print(f"Restored {source}. The database as it was is kept in {before}.")
    print("Run `ektp-desk init` if the backup is from an older version.")
    return 0


def check(db: Database, args: argparse.Namespace) -> int:
    from ektp_desk.backup import integrity_problems

    problems = integrity_problems(db)
    if problems:  # SQLite lists up to 100 findings: the first says enough, the count the rest
        more = f"; {len(problems) - 1} more problem(s) found" if len(problems) > 1 else ""
        raise db.damaged(problems[0][:200] + more)
    schema.require_current(db)
    problems = stock_service.ledger_mismatches(db)
    for problem in problems[:_SHOWN_PROBLEMS]:
        print(problem)
    if len(problems) > _SHOWN_PROBLEMS:
        print(f"... and {len(problems) - _SHOWN_PROBLEMS} more.")
    if problems:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "the stock ledger does not match its balances; differences found: {count}"
            ),
            count=len(problems),
        )
    print("Every balance equals the sum of its ledger rows.")
    return 0


_SHOWN_PROBLEMS = 20


def shift_start(db: Database, args: argparse.Namespace) -> int:
    schema.require_current(db)
    names = [n.strip() for n in args.stations.split(",") if n.strip()] if args.stations else None
    info = shifts.start_shift(db, args.kind, lead=args.lead, stations=names)
    pending = resume.pending_cards(db)
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
    schema.require_current(db)
    info = shifts.end_shift(db, lead=args.lead, notes=args.notes, shift_id=args.shift)
    if args.json:
        return emit(args, _shift_json(info))
    print(
        f"Shift {info.id} ({info.kind}) ended. Export its handover with "
        f"`ektp-desk handover --shift {info.id} --out FILE.xlsx`."
    )
    return 0


def shift_list(db: Database, args: argparse.Namespace) -> int:
    schema.require_current(db)
    rows = [_shift_json(info) for info in shifts.list_shifts(db)]
    if not rows and not args.json:
        print("No shifts yet.")
        return 0
    return emit(args, rows, ("id", "kind", "lead", "started_at", "ended_at", "stations"))


def shift_pending(db: Database, args: argparse.Namespace) -> int:
    schema.require_current(db)
    pending = resume.pending_cards(db, station=args.station)
    if args.json:
        return emit(args, [_pending_json(p) for p in pending])
    if not pending:
        print("No card is waiting to be resolved.")
        return 0
    _print_pending(pending)
    return 0


def resolve(db: Database, args: argparse.Namespace) -> int:
    schema.require_current(db)
    done = resume.resolve(db, args.nik, outcome=args.outcome, operator=args.operator,
                          station=args.station, reason=args.reason)  # fmt: skip
    what = {"printed": "recorded as printed", "spoiled": "recorded as spoiled and queued again",
            "not-printed": "back in its place in the queue"}[done.outcome]  # fmt: skip
    print(f"{done.nik} {what}.")
    return 0


def handover(db: Database, args: argparse.Namespace) -> int:
    from ektp_desk.forecast import forecast_next_shift
    from ektp_desk.handover import write_handover  # openpyxl loads only for reports

    schema.require_current(db)
    flags = forecast_next_shift(db, ending=True).flags  # what the next crew lacks, from now
    summary = write_handover(db, args.shift, Path(args.out), flags=flags)
    print(
        f"Handover of shift {args.shift} written to {summary.path} "
        f"({summary.printed} printed, {summary.spoiled} spoiled)."
    )
    return 0


def berita_acara(db: Database, args: argparse.Namespace) -> int:
    from ektp_desk.berita_acara import write_berita_acara  # reportlab loads only for reports

    schema.require_current(db)
    summary = write_berita_acara(db, args.start, args.end, Path(args.out), maker=args.maker)
    print(f"Berita acara of {summary.spoiled} spoiled blank(s) written to {summary.path}.")
    return 0


def forecast(db: Database, args: argparse.Namespace) -> int:
    from ektp_desk.forecast import forecast_json, forecast_lines, forecast_next_shift

    schema.require_current(db)
    result = forecast_next_shift(db, hours=args.hours, stations=args.stations)
    if args.json:
        return emit(args, forecast_json(result))
    for line in forecast_lines(result):
        print(line)
    return 0


def migrate_to(db: Database, args: argparse.Namespace) -> int:
    from ektp_desk.migrate import migrate_to as copy_office

    target = Database(args.url)
    try:
        report = copy_office(db, target)
    finally:
        target.dispose()
    print(f"Copied to {report.target}, verified (counts and ledger sums match):")
    print_table(("table", "rows"), sorted(report.rows.items()))
    print(f"Use it from every print PC with --db or {paths.DATABASE_ENV}.")
    return 0


def citizen_status(db: Database, args: argparse.Namespace) -> int:
    from ektp_desk.citizens import lookup_status

    schema.require_current(db)
    answer = lookup_status(db, args.nik)
    if args.json:
        return emit(args, answer.as_json())
    where = f", number {answer.position} in the queue" if answer.position else ""
    print(f"{answer.nik}: {answer.state}{where}" + (f" ({answer.name})" if answer.name else ""))
    print(answer.indonesian())
    return 0


def collect(db: Database, args: argparse.Namespace) -> int:
    from ektp_desk.collection import record_collection

    schema.require_current(db)
    done = record_collection(db, args.nik, by=args.by, representative=args.representative,
                             operator=args.operator)  # fmt: skip
    data = {"nik": done.nik, "name": done.name, "collected_by": done.collected_by,
            "role": done.role, "collected_at": done.collected_at.isoformat(),
            "operator": done.operator}  # fmt: skip
    if args.json:
        return emit(args, data)
    print(f"{done.nik} {done.name}: card collected by {done.collected_by} ({done.role}).")
    return 0


def uncollected(db: Database, args: argparse.Namespace) -> int:
    from ektp_desk.collection import uncollected_cards

    schema.require_current(db)
    cards = uncollected_cards(db, days=args.days)
    rows = [{"nik": c.nik, "name": c.name, "kecamatan": c.kecamatan, "kelurahan": c.kelurahan,
             "phone": c.phone, "printed_at": c.printed_at.isoformat(),
             "days_waiting": c.days_waiting, "notified": c.notified} for c in cards]  # fmt: skip
    if not rows and not args.json:
        print("Every printed card older than that has been collected.")
        return 0
    return emit(args, rows, ("nik", "name", "kecamatan", "phone", "days_waiting", "notified"))


def notify_deliver(db: Database, args: argparse.Namespace) -> int:
    from ektp_desk.delivery import deliver_to_gammu

    schema.require_current(db)
    report = deliver_to_gammu(db, args.gammu_db)
    data = {
        "gateway": report.gateway,
        "delivered": [{"id": d.message_id, "number": d.number, "creator_id": d.creator_id,
                       "gammu_id": d.gammu_id, "recovered": d.recovered}
                      for d in report.delivered],
        "invalid": [{"id": n.message_id, "phone": n.phone, "reason": str(n.reason)}
                    for n in report.invalid],
        "failed": [{"id": n.message_id, "phone": n.phone, "reason": str(n.reason)}
                   for n in report.failed],
    }  # fmt: skip
    if args.json:
        emit(args, data)
    else:
        print(f"{len(report.delivered)} message(s) handed to Gammu SMSD at {report.gateway}.")
        for problem in (*report.invalid, *report.failed):
            print(f"message {problem.message_id} ({problem.phone}) not sent: {problem.reason}")
    if report.failed:  # the gateway failed: one line on stderr, exit 1, as for a refusal
        print(f"ektp-desk: {report.failed[0].reason}", file=sys.stderr)
        return 1
    return 0


def notify_links(db: Database, args: argparse.Namespace) -> int:
    from ektp_desk.notify import pending_messages, write_links_csv

    schema.require_current(db)
    messages = pending_messages(db)
    if args.csv:
        written = write_links_csv(messages, Path(args.csv))
        if not args.json:
            print(f"{written} link(s) written to {args.csv}.")
            return 0
    rows = [{"id": m.id, "nik": m.nik, "name": m.name, "phone": m.phone, "number": m.number,
             "url": m.whatsapp_url, "problem": str(m.problem) if m.problem else None}
            for m in messages]  # fmt: skip
    if args.json:
        return emit(args, rows)
    for m in messages:
        print(f"{m.name} ({m.phone}): {m.whatsapp_url or f'invalid number: {m.problem}'}")
    if not messages:
        print("No message is waiting.")
    return 0


def _shift_json(info: shifts.ShiftInfo) -> dict[str, object]:
    return {"id": info.id, "kind": info.kind, "lead": info.lead,
            "stations": ", ".join(info.stations), "started_at": info.started_at.isoformat(),
            "ended_at": info.ended_at.isoformat() if info.ended_at else None,
            "notes": info.notes}  # fmt: skip


def _pending_json(card: resume.PendingCard) -> dict[str, object]:
    return {"nik": card.nik, "name": card.name, "kecamatan": card.kecamatan,
            "station": card.station, "shift": card.shift_id, "attempt": card.attempt,
            "claimed_at": card.claimed_at.isoformat() if card.claimed_at else None}  # fmt: skip


def _print_pending(pending: list[resume.PendingCard]) -> None:
    print_table(
        ("nik", "name", "station", "claimed", "shift"),
        [(p.nik, p.name, p.station, f"{p.claimed_at:%d-%m-%Y %H:%M}" if p.claimed_at else "",
          p.shift_id or "") for p in pending],
    )  # fmt: skip


def _progress(total: int) -> Callable[[int], None] | None:
    """A running count on the terminal for long work; nothing when output is redirected."""
    if not sys.stderr.isatty():
        return None

    def show(done: int) -> None:
        end = "\n" if done >= total else ""
        print(f"\r{done:,} / {total:,}", end=end, file=sys.stderr, flush=True)

    return show


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "no terminal to ask for the password: pipe it in with --password-stdin"
            )
        )
    first = getpass.getpass("Password or PIN: ")
    if getpass.getpass("Again: ") != first:
        raise Refused(QT_TRANSLATE_NOOP("core", "the two passwords differ; nothing was saved"))
    return first
