"""The argument parser: every command, its options and which handler runs it."""

from __future__ import annotations

import argparse
from typing import NoReturn, cast

from ektp_desk import __version__
from ektp_desk.api.office import PrinterSpec
from ektp_desk.cli import backups, citizen_commands, commands, daily, security, shift_commands
from ektp_desk.cli import orders as order_commands
from ektp_desk.cli import papers as paper_commands
from ektp_desk.cli import printers as printer_commands
from ektp_desk.cli import service_tokens as token_commands
from ektp_desk.cli.auth import add_acting_options
from ektp_desk.cli.selfcheck import add_self_check
from ektp_desk.cli.values import day, hours, non_negative_int, positive_int, whole_number
from ektp_desk.domain import ROLES, SPOIL_REASONS
from ektp_desk.limits import escaped
from ektp_desk.window_options import add_window_options


class Parser(argparse.ArgumentParser):
    """argparse, saying a usage error in one line (exit 2): what is wrong and where the help
    is, instead of the usage block and the error on separate lines."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {escaped(message, allow='')}; see `{self.prog} --help`\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="ektp-desk",
        description="e-KTP Desk: the print queue, stock and shifts of an e-KTP print counter.",
        epilog="Without a command the GUI opens. Database: --db URL, else $EKTP_DESK_DB, "
        "else an SQLite file in the user data folder.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database URL (sqlite:///file or postgresql+psycopg://user@host/db)",
    )
    parser.set_defaults(handler=commands.gui)
    # Every subcommand's parser is a Parser too (argparse makes them of the parent's class).
    sub = cast(
        "argparse._SubParsersAction[argparse.ArgumentParser]",
        parser.add_subparsers(title="commands", metavar="COMMAND"),
    )
    _setup_commands(sub)
    _queue_commands(sub)
    _stock_commands(sub)
    _shift_commands(sub)
    _report_commands(sub)
    paper_commands.add_paper_parsers(sub, day)
    daily.add_daily_parser(sub, day)
    citizen_commands.add_parsers(sub, non_negative_int)
    printer_commands.register(sub)
    token_commands.register(sub)
    add_self_check(sub)
    return parser


def _setup_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    gui = sub.add_parser("gui", help="open the window (the default)")
    add_window_options(gui)
    gui.set_defaults(handler=commands.gui)
    init = sub.add_parser("init", help="create the database, or back it up and upgrade it")
    init.add_argument(
        "--admin", dest="operator", metavar="NAME",
        help="on an office with no user yet: make its first admin (asks for the password)",
    )  # fmt: skip
    init.add_argument(
        "--password-stdin", action="store_true", help="read the admin's password from stdin"
    )
    init.add_argument("--owner-url", help="PostgreSQL: the URL of the role that owns the schema")
    init.add_argument("--app-role", help="PostgreSQL: the print PCs' role, granted what they need")
    init.add_argument("--app-password-stdin", action="store_true", help="the app role's password")
    init.set_defaults(handler=security.init)
    demo = sub.add_parser("demo", help="fill an empty database with a demo office")
    demo.add_argument(
        "--records",
        type=non_negative_int,
        default=1000,
        help="queued records to create (default 1000)",
    )
    demo.set_defaults(handler=commands.demo)
    _station_commands(sub)
    _user_commands(sub)
    _sign_in_commands(sub)


def _sign_in_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    login = sub.add_parser(
        "login", help="sign in once for the commands that follow (until logout or a shift's length)"
    )
    login.add_argument("--station", help="the print station you work at")
    add_acting_options(login, who="--user")
    login.set_defaults(handler=commands.login)
    sub.add_parser("logout", help="end the sign-in of `ektp-desk login`").set_defaults(
        handler=commands.logout
    )


def _station_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    station = sub.add_parser("station", help="print stations").add_subparsers(
        title="station commands", metavar="ACTION", required=True
    )
    default = PrinterSpec()
    add = station.add_parser("add", help="add a print station")
    add.add_argument("name")
    add.add_argument("--printer", default=default.model, help=f"model (default {default.model})")
    add.add_argument(
        "--ribbon-yield",
        type=positive_int,
        default=default.ribbon_yield,
        help=f"prints per ribbon roll (default {default.ribbon_yield})",
    )
    add.add_argument(
        "--film-yield",
        type=positive_int,
        default=default.film_yield,
        help=f"prints per film roll (default {default.film_yield})",
    )
    add.add_argument(
        "--ribbon-panels",
        type=positive_int,
        default=default.ribbon_panels,
        help="ribbon prints used per card (default 1)",
    )
    add.add_argument(
        "--film-panels",
        type=positive_int,
        default=default.film_panels,
        help="film prints used per card (default 1)",
    )
    add_acting_options(add, who="--admin")
    add.set_defaults(handler=commands.station_add)
    listing = station.add_parser("list", help="list the stations")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=commands.station_list)
    printer_commands.register_station_set(station)


def _user_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    user = sub.add_parser("user", help="operators, leads and admins").add_subparsers(
        title="user commands", metavar="ACTION", required=True
    )
    add = user.add_parser("add", help="add a user (asks for the password or PIN)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument(
        "--admin", "--operator", dest="operator", metavar="USER",
        help="the admin who adds the user (not needed after `ektp-desk login`)",
    )  # fmt: skip
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read from standard input: the admin's password (unless signed in with "
        "`ektp-desk login`), then the new user's password, one per line",
    )
    add.set_defaults(handler=commands.user_add)

    listing = user.add_parser("list", help="list the users")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=commands.user_list)
    unlock = user.add_parser("unlock", help="let a name locked by wrong passwords sign in again")
    unlock.add_argument("name")
    add_acting_options(unlock, who="--lead")
    unlock.set_defaults(handler=security.user_unlock)
    secret = sub.add_parser("office-secret", help="the secret mixed into every password hash")
    shown = secret.add_mutually_exclusive_group()
    shown.add_argument("--show", action="store_true", help="print it, to install on another PC")
    shown.add_argument("--install", action="store_true", help="keep the one read from stdin")
    secret.set_defaults(handler=security.office_secret_command)


def _queue_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imp = sub.add_parser("import", help="import records from a CSV or XLSX file")
    imp.add_argument("file")
    imp.add_argument("--json", action="store_true")
    add_acting_options(imp)
    imp.set_defaults(handler=commands.import_file)
    queue = sub.add_parser("queue", help="the next records in print order")
    queue.add_argument("--limit", type=non_negative_int, default=20)
    queue.add_argument("--json", action="store_true")
    add_acting_options(queue)
    queue.set_defaults(handler=commands.queue)
    claim = sub.add_parser("claim", help="claim the next record for a station")
    claim.add_argument("--station", help="default: the station signed in at")
    claim.add_argument("--json", action="store_true")
    add_acting_options(claim)
    claim.set_defaults(handler=commands.claim)
    printing = sub.add_parser("print", help="record one print attempt of a NIK")
    printing.add_argument("nik")
    printing.add_argument("--station", help="default: the station signed in at")
    add_acting_options(printing)
    printing.add_argument(
        "--spoiled",
        metavar="REASON",
        choices=SPOIL_REASONS,
        help=f"the card came out spoiled: {', '.join(SPOIL_REASONS)}",
    )
    printing.add_argument("--serial", help="the blank card's serial number")
    printing.add_argument("--json", action="store_true")
    printing.set_defaults(handler=commands.print_card)
    release = sub.add_parser("release", help="give a claimed record back to the queue")
    release.add_argument("nik")
    release.add_argument("--station", help="default: the station signed in at")
    add_acting_options(release)
    release.set_defaults(handler=commands.release)


def _stock_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    office = sub.add_parser(
        "settings",
        help="the office's settings, shared by every station (--set NAME VALUE: leads)",
    )
    office.add_argument("--set", nargs=2, metavar=("NAME", "VALUE"), help="change one setting")
    add_acting_options(office)
    office.add_argument("--json", action="store_true")
    office.set_defaults(handler=commands.settings)
    stock = sub.add_parser("stock", help="balances: blanks, spare rolls, loaded rolls")
    stock.add_argument("--json", action="store_true")
    stock.set_defaults(handler=commands.stock)
    receive = sub.add_parser("receive", help="book a delivery (leads)")
    receive.add_argument("item", choices=("blank", "ribbon", "film"))
    receive.add_argument("qty", type=positive_int, help="cards, or sealed rolls")
    receive.add_argument("--ref", required=True, help="delivery note / BAST number")
    add_acting_options(receive)
    receive.add_argument("--order", type=positive_int, help="the order this delivery closes")
    receive.set_defaults(handler=commands.receive)
    add_order_parser(sub)
    load = sub.add_parser("load-roll", help="load a sealed ribbon or film roll at a station")
    load.add_argument("item", choices=("ribbon", "film"))
    load.add_argument("--station", help="default: the station signed in at")
    add_acting_options(load)
    load.set_defaults(handler=commands.load_roll)
    adjust = sub.add_parser("adjust", help="correct office stock after a count (leads)")
    adjust.add_argument("item", choices=("blank", "ribbon", "film"))
    adjust.add_argument("qty", type=whole_number, help="change, e.g. -3 or 5")
    adjust.add_argument("--reason", required=True)
    add_acting_options(adjust)
    adjust.set_defaults(handler=commands.adjust)
    migrate = sub.add_parser(
        "migrate-to",
        help="copy this office database into an empty one "
        "(e.g. a PostgreSQL server shared by several print PCs)",
    )
    migrate.add_argument("url", help="target, e.g. postgresql+psycopg://user:pass@host/db")
    add_acting_options(migrate, who="--admin")
    migrate.set_defaults(handler=commands.migrate_to)
    backup = sub.add_parser("backup", help="a consistent copy of the office database file")
    backup.add_argument("--out", metavar="FILE", help="where (default: the backup folder)")
    add_acting_options(backup)
    backup.set_defaults(handler=backups.backup)
    restore = sub.add_parser("restore", help="put a backup in place of the office database")
    restore.add_argument("file")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    add_acting_options(restore, who="--admin")
    restore.add_argument(
        "--force", action="store_true", help="restore even while other stations are online"
    )
    restore.set_defaults(handler=backups.restore)
    check = sub.add_parser(
        "check", help="check the file for damage and every balance against its ledger"
    )
    check.set_defaults(handler=commands.check)


def _shift_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    shift = sub.add_parser("shift", help="start and end shifts, see pending cards").add_subparsers(
        title="shift commands", metavar="ACTION", required=True
    )
    start = shift.add_parser("start", help="open a shift (snapshots the opening stock)")
    start.add_argument("--kind", required=True, choices=("pagi", "siang", "lembur_malam"))
    add_acting_options(start, who="--lead")
    start.add_argument("--stations", help="comma-separated station names (default: all)")
    start.add_argument("--json", action="store_true")
    start.set_defaults(handler=shift_commands.shift_start)
    end = shift.add_parser("end", help="close the open shift with handover notes")
    add_acting_options(end, who="--lead")
    end.add_argument("--notes", default="")
    end.add_argument("--shift", type=positive_int, help="which shift, when several are open")
    end.add_argument("--json", action="store_true")
    end.set_defaults(handler=shift_commands.shift_end)
    listing = shift.add_parser("list", help="recent shifts")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=shift_commands.shift_list)
    pending = shift.add_parser("pending", help="cards left at a printer by an ended shift")
    pending.add_argument("--station", help="also the cards this station's PC still holds")
    pending.add_argument("--json", action="store_true")
    add_acting_options(pending)
    pending.set_defaults(handler=shift_commands.shift_pending)
    resolve = sub.add_parser("resolve", help="say what became of a pending card")
    resolve.add_argument("nik")
    resolve.add_argument(
        "--as", dest="outcome", required=True, choices=("printed", "spoiled", "not-printed")
    )
    add_acting_options(resolve)
    resolve.add_argument("--station", help="the operator's station (operators resolve only theirs)")
    resolve.add_argument(
        "--reason",
        default="other",
        choices=SPOIL_REASONS,
        help="with --as spoiled (default: other)",
    )
    resolve.set_defaults(handler=shift_commands.resolve)


def _report_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    handover = sub.add_parser("handover", help="the Excel handover report of a shift")
    handover.add_argument("--shift", type=positive_int, required=True)
    handover.add_argument("--out", required=True, metavar="FILE.xlsx")
    add_acting_options(handover)
    handover.set_defaults(handler=shift_commands.handover)
    report = sub.add_parser("berita-acara", help="the PDF report of spoiled blanks")
    report.add_argument("--from", dest="start", required=True, type=day, metavar="DATE")
    report.add_argument("--to", dest="end", required=True, type=day, metavar="DATE")
    report.add_argument("--out", required=True, metavar="FILE.pdf")
    report.add_argument("--maker", help="who made the report (name on the first signature)")
    add_acting_options(report)
    report.set_defaults(handler=shift_commands.berita_acara)
    forecast = sub.add_parser("forecast", help="which consumable runs short in the next shift")
    forecast.add_argument("--hours", type=hours, help="length of the next shift")
    forecast.add_argument("--stations", type=positive_int, help="stations working")
    forecast.add_argument("--json", action="store_true")
    forecast.set_defaults(handler=shift_commands.forecast)


def add_order_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    order = sub.add_parser("order", help="record a delivery on the way (leads), or --list them")
    order.add_argument("item", nargs="?", choices=("blank", "ribbon", "film"))
    order.add_argument("qty", nargs="?", type=positive_int, help="cards, or sealed rolls")
    order.add_argument("--expected", help="DATE or DATETHH:MM it should arrive")
    order.add_argument("--ref", help="letter / PO number")
    add_acting_options(order, who="--lead")
    order.add_argument("--list", action="store_true", help="the open orders")
    order.add_argument("--json", action="store_true")
    order.set_defaults(handler=order_commands.order)
