"""One handler per command: parse nothing, decide nothing; call the core and print."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from ektp_desk import paths
from ektp_desk.api import counter, office
from ektp_desk.api import stock as stock_door
from ektp_desk.cli.auth import acting, forget_token, read_secret, save_token
from ektp_desk.cli.output import emit, print_table
from ektp_desk.db import Database
from ektp_desk.domain import Item
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.labels import label, quantity


def gui(db: Database, args: argparse.Namespace) -> int:
    """``gui`` reaches here only when the core's command line is called directly: the
    launcher (main.py) opens the window itself."""
    raise Refused(QT_TRANSLATE_NOOP("core", "the window is started by the ektp-desk launcher"))


def init(db: Database, args: argparse.Namespace) -> int:
    result = office.init_database(db)
    where = db.sqlite_path or "the database"
    if result.action == "current":
        print(f"{where} is up to date (schema {result.revision}).")
    elif result.action == "created":
        print(f"Created {where} (schema {result.revision}).")
    else:
        print(f"Upgraded {where} to schema {result.revision}; backup: {result.backup}")
    if args.operator:
        if office.has_users(db):
            office.first_start(db, args.operator, "")  # refused: there is an admin already
        first = read_secret(args, prompt=f"Password or PIN for the admin {args.operator}: ")
        admin = office.first_start(db, args.operator, first)
        print(f"Made {admin.name}, the office's first admin. Sign in with `ektp-desk login`.")
    elif not office.has_users(db):
        print("No one can sign in yet: make the first admin with `ektp-desk init --admin NAME`.")
    return 0


def demo(db: Database, args: argparse.Namespace) -> int:
    office.init_database(db)
    result = office.fill_demo(db, records=args.records, progress=_progress(args.records))
    print(
        f"Demo office ready: {result.records} queued records, stations "
        f"{', '.join(result.stations)}, stock received and rolls loaded."
    )
    print("Sign in with:")
    print_table(("user", "role", "password"), [(x.name, x.role, x.password) for x in result.logins])
    return 0


def station_add(db: Database, args: argparse.Namespace) -> int:
    spec = office.PrinterSpec(
        args.printer, args.ribbon_yield, args.film_yield, args.ribbon_panels, args.film_panels
    )
    info = office.add_station(db, acting(db, args), args.name, spec)
    print(
        f"Added station {info.name} ({spec.model}: {spec.ribbon_yield} prints per ribbon roll, "
        f"{spec.film_yield} per film roll). Load its rolls with `ektp-desk load-roll`."
    )
    return 0


def station_list(db: Database, args: argparse.Namespace) -> int:
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
        for s in office.list_stations(db)
    ]
    return emit(
        args, rows, ("station", "printer", "ribbon_left", "film_left", "ribbon_yield", "film_yield")
    )


def user_add(db: Database, args: argparse.Namespace) -> int:
    admin = acting(db, args)
    info = office.add_user(db, admin, args.name, args.role, _new_password(args))
    print(f"Added {info.role} {info.name}.")
    return 0


def user_list(db: Database, args: argparse.Namespace) -> int:
    rows = [{"name": u.name, "role": u.role, "active": u.active} for u in office.list_users(db)]
    return emit(args, rows, ("name", "role", "active"))


def import_file(db: Database, args: argparse.Namespace) -> int:
    from ektp_desk.api import importing  # openpyxl loads only when a file is imported

    report = importing.import_records(db, acting(db, args), Path(args.file))
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
    acting(db, args)  # the queue shows citizens' names: only to a signed-in person
    entries = counter.list_queue(db, limit=args.limit)
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
    c = counter.claim_next(db, acting(db, args, station=args.station), station=args.station)
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
    r = counter.record_print(
        db,
        acting(db, args, station=args.station),
        args.nik,
        station=args.station,
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
    counter.release(db, acting(db, args, station=args.station), args.nik, station=args.station)
    print(f"{args.nik.strip()} is back in the queue in its place.")
    return 0


def settings(db: Database, args: argparse.Namespace) -> int:
    """The office's settings, shared by every station; ``set`` changes one (leads)."""
    if args.set:
        lead = acting(db, args)
        name, text = args.set
        value = office.parse_setting(name, text)
        office.save_settings(db, lead, {name: value})
        print(f"{name} = {office.shown_value(name, value)}")
        return 0
    current, default = office.load_settings(db), office.OfficeSettings()
    rows = [{"name": name, "value": office.shown_value(name, getattr(current, name)),
             "changed": getattr(current, name) != getattr(default, name)}
            for name in office.setting_names()]  # fmt: skip
    if args.json:
        return emit(args, rows)
    print_table(("setting", "changed", "value"),
                [(r["name"], "yes" if r["changed"] else "", r["value"]) for r in rows])  # fmt: skip
    return 0


def stock(db: Database, args: argparse.Namespace) -> int:
    levels = stock_door.stock_levels(db)
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
    if getattr(args, "order", None) is not None:
        from ektp_desk.cli.orders import receive_order

        return receive_order(db, args)
    moved = stock_door.receive(db, acting(db, args), args.item, args.qty, ref=args.ref)
    print(f"Received {quantity(moved.delta, moved.item)}; now {moved.balance} in stock.")
    return 0


def load_roll(db: Database, args: argparse.Namespace) -> int:
    actor = acting(db, args, station=args.station)
    loaded = stock_door.load_roll(db, actor, args.item, station=args.station)
    written_off = (
        f" ({loaded.discarded} prints of the old roll written off)" if loaded.discarded else ""
    )
    spare = quantity(loaded.spare_rolls_left, f"{loaded.item}_roll")
    print(
        f"Loaded a {loaded.item} roll at {loaded.station}: {loaded.prints_left} prints"
        f"{written_off}; {spare} left."
    )
    return 0


def adjust(db: Database, args: argparse.Namespace) -> int:
    moved = stock_door.adjust(db, acting(db, args), args.item, args.qty, reason=args.reason)
    print(f"Adjusted {label(Item, moved.item)} by {moved.delta:+d}; now {moved.balance} in stock.")
    return 0


def check(db: Database, args: argparse.Namespace) -> int:
    problems = office.integrity_problems(db)
    if problems:  # SQLite lists up to 100 findings: the first says enough, the count the rest
        more = f"; {len(problems) - 1} more problem(s) found" if len(problems) > 1 else ""
        raise db.damaged(problems[0][:200] + more)
    problems = office.ledger_mismatches(db)
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
    chain_problems = office.chain_problems(db)
    for chain_problem in chain_problems:
        print(chain_problem)
    if chain_problems:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "the stock ledger or the audit log was changed behind the program's "
                "back; places found: {count}",
            ),
            count=len(chain_problems),
        )  # fmt: skip
    print("The stock ledger and the audit log fit their hash chains.")

    from ektp_desk.cli.printers import check_printers

    check_printers(db)  # the printers' own counts against the books
    return 0


_SHOWN_PROBLEMS = 20


def migrate_to(db: Database, args: argparse.Namespace) -> int:
    from ektp_desk.api.office import migrate_to as copy_office

    admin = acting(db, args)
    target = Database(args.url)
    try:
        report = copy_office(db, admin, target)
    finally:
        target.dispose()
    print(f"Copied to {report.target}, verified (counts and ledger sums match):")
    print_table(("table", "rows"), sorted(report.rows.items()))
    print(f"Use it from every print PC with --db or {paths.DATABASE_ENV}.")
    return 0


def _progress(total: int) -> Callable[[int], None] | None:
    """A running count on the terminal for long work; nothing when output is redirected."""
    if not sys.stderr.isatty():
        return None

    def show(done: int) -> None:
        end = "\n" if done >= total else ""
        print(f"\r{done:,} / {total:,}", end=end, file=sys.stderr, flush=True)

    return show


def _new_password(args: argparse.Namespace) -> str:
    """The new user's password: the next line of standard input, or asked twice."""
    first = read_secret(args, prompt="New user's password or PIN: ")
    if not args.password_stdin and read_secret(args, prompt="Again: ") != first:
        raise Refused(QT_TRANSLATE_NOOP("core", "the two passwords differ; nothing was saved"))
    return first


def login(db: Database, args: argparse.Namespace) -> int:
    """Sign in once for the commands that follow, until ``logout`` or a shift's length."""
    actor = office.sign_in(db, args.operator or _ask_name(), read_secret(
        args, prompt="Password or PIN: "), station=args.station)  # fmt: skip
    path = save_token(db, office.open_session(db, actor))
    where = f" at {actor.station}" if actor.station else ""
    print(f"Signed in as {actor.name} ({actor.role}){where}; session kept in {path}.")
    return 0


def logout(db: Database, args: argparse.Namespace) -> int:
    token = forget_token(db)
    ended = token is not None and office.end_session(db, token)
    print("Signed out." if ended else "No one was signed in here.")
    return 0


def _ask_name() -> str:
    if not sys.stdin.isatty():
        raise Refused(QT_TRANSLATE_NOOP("core", "name who signs in with --user"))
    return input("User: ")
