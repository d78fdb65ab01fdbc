"""The printers on the command line: readings (typed, probed, skipped), the reconciliation
report, each station's probe, and the printer findings of ``check``. Parse, call one core
function, print."""

from __future__ import annotations

import argparse
from typing import Any

from ektp_desk.api import printers
from ektp_desk.api.printers import Interval, Moment, ProbeKind
from ektp_desk.cli.auth import acting, add_acting_options
from ektp_desk.cli.output import emit, print_table
from ektp_desk.db import Database
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP

NOT_SET = "none"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``printers`` (the report), ``printers read`` and ``printers skip``."""
    report = sub.add_parser(
        "printers", help="the printers' own counters against the books (readings, differences)"
    )
    report.add_argument("--json", action="store_true")
    report.set_defaults(handler=printers_report)
    actions = report.add_subparsers(title="printers commands", metavar="ACTION")
    read = actions.add_parser("read", help="store a reading: typed from the printer, or --probe")
    read.add_argument("--station", required=True)
    figures = read.add_mutually_exclusive_group(required=True)
    figures.add_argument("--counter", type=_count, help="the printer's total card counter")
    figures.add_argument("--probe", action="store_true", help="ask the printer (station set)")
    read.add_argument("--ribbon", type=_count, help="ribbon prints left, as the printer says")
    read.add_argument("--film", type=_count, help="film prints left, as the printer says")
    read.add_argument("--serial", help="the printer's serial number")
    _moment_options(read)
    read.add_argument("--json", action="store_true")
    read.set_defaults(handler=printers_read)
    skip = actions.add_parser("skip", help="record that no reading is taken, and why (leads)")
    skip.add_argument("--station", required=True)
    skip.add_argument("--reason", required=True)
    _moment_options(skip)
    skip.set_defaults(handler=printers_skip)


def register_station_set(station: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``station set NAME --probe KIND --address A [--community C] --admin U``."""
    setting = station.add_parser("set", help="how a station's printer is read (admins)")
    setting.add_argument("name")
    setting.add_argument(
        "--probe", required=True, choices=(*ProbeKind, NOT_SET), help="snmp, evolis or none"
    )
    setting.add_argument("--address", default="", help="host[:port], or the Evolis printer name")
    setting.add_argument("--community", help="SNMP community (default public)")
    add_acting_options(setting, who="--admin")
    setting.set_defaults(handler=station_set)


def printers_report(db: Database, args: argparse.Namespace) -> int:
    seen = printers.printer_overview(db)
    data = {
        "stations": [_station_json(s) for s in seen.stations],
        "findings": [_interval_json(i) for i in seen.findings],
    }
    if args.json:
        return emit(args, data)
    print_table(
        ("station", "probe", "last reading", "counter", "ribbon", "film", "serial", "since before"),
        [_station_row(s) for s in seen.stations],
    )
    for finding in seen.findings:
        for message in finding.messages():
            print(message)
    return 0


def printers_read(db: Database, args: argparse.Namespace) -> int:
    actor = acting(db, args)
    moment = Moment(args.moment)
    if args.probe:
        outcome = printers.read_printer(db, actor, args.station, moment=moment, shift_id=args.shift)
        if outcome.reading is None:
            raise Refused(QT_TRANSLATE_NOOP("core", "no reading from {station}: {problem}"),
                          station=args.station, problem=outcome.problem)  # fmt: skip
        reading = outcome.reading
    else:
        figures = printers.TypedFigures(args.counter, args.ribbon, args.film, args.serial)
        reading = printers.record_reading(db, actor, args.station, figures, moment=moment,
                                          shift_id=args.shift)  # fmt: skip
    if args.json:
        return emit(args, _reading_json(reading))
    print(f"Reading stored for {reading.station}: counter {_shown(reading.card_counter)}, "
          f"ribbon {_shown(reading.ribbon_left)}, film {_shown(reading.film_left)}.")  # fmt: skip
    return 0


def printers_skip(db: Database, args: argparse.Namespace) -> int:
    actor = acting(db, args)
    printers.skip_reading(db, actor, args.station, args.reason, moment=Moment(args.moment),
                          shift_id=args.shift)  # fmt: skip
    print(f"No reading at {args.station}: recorded why ({args.reason}).")
    return 0


def station_set(db: Database, args: argparse.Namespace) -> int:
    kind = None if args.probe == NOT_SET else ProbeKind(args.probe)
    actor = acting(db, args)
    printers.set_probe(db, actor, args.name, kind, args.address, args.community)
    print(f"{args.name}: printer probe {kind or 'removed'} {args.address}".rstrip() + ".")
    return 0


def check_printers(db: Database) -> None:
    """``check``: print what the printers counted that the books do not show; refuse when a
    station's latest interval has a difference (a reset or a swapped printer is only said)."""
    findings = printers.printer_findings(db)
    for finding in findings:
        for message in finding.messages():
            print(f"printer: {message}")
    differences = sum(1 for f in findings if f.flagged)
    if differences:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core",
                "the printers counted what the books do not show: {count} differences "
                "(see `ektp-desk printers`)",
            ),
            count=differences,
        )


def _moment_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--moment", choices=tuple(Moment), default=Moment.ON_DEMAND)
    parser.add_argument("--shift", type=_count, help="the shift (default: the open one)")
    add_acting_options(parser)


def _count(text: str) -> int:
    try:
        value = int(text.replace("_", "").replace(".", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"cannot be negative (got {value})")
    return value


def _shown(value: object) -> str:
    return "-" if value is None else str(value)


def _station_row(printer: printers.StationPrinter) -> tuple[object, ...]:
    latest, gap = printer.latest, printer.last_interval
    probe = f"{printer.probe.kind} {printer.probe.address}" if printer.probe else "typed"
    if latest is None:
        return (printer.station, probe, "never", "-", "-", "-", "-", "-")
    when = f"{latest.at:%d-%m-%Y %H:%M}" + (" (skipped)" if latest.skipped else "")
    ribbon = f"{_shown(latest.ribbon_left)}/{latest.ledger_ribbon}"
    film = f"{_shown(latest.film_left)}/{latest.ledger_film}"
    since = "-" if gap is None else _gap_words(gap)
    return (printer.station, probe, when, _shown(latest.card_counter), ribbon, film,
            _shown(latest.serial), since)  # fmt: skip


def _gap_words(gap: Interval) -> str:
    if gap.unrecorded is None:
        return str(gap.kind)
    return "match" if gap.unrecorded == 0 else f"{gap.unrecorded:+d} unrecorded"


def _station_json(printer: printers.StationPrinter) -> dict[str, Any]:
    probe = printer.probe
    return {
        "station": printer.station,
        "probe": None if probe is None else {"kind": str(probe.kind), "address": probe.address},
        "latest": None if printer.latest is None else _reading_json(printer.latest),
        "intervals": [_interval_json(i) for i in printer.intervals],
    }


def _reading_json(reading: printers.Reading) -> dict[str, Any]:
    return {
        "station": reading.station, "at": reading.at.isoformat(), "moment": str(reading.moment),
        "source": str(reading.source), "shift": reading.shift_id, "by": reading.user,
        "counter": reading.card_counter, "ribbon_left": reading.ribbon_left,
        "film_left": reading.film_left, "ledger_ribbon": reading.ledger_ribbon,
        "ledger_film": reading.ledger_film, "serial": reading.serial, "model": reading.model,
        "states": [str(s) for s in reading.states], "skip_reason": reading.skip_reason,
    }  # fmt: skip


def _interval_json(gap: Interval) -> dict[str, Any]:
    return {
        "station": gap.station, "from": gap.start.at.isoformat(), "to": gap.end.at.isoformat(),
        "kind": str(gap.kind), "counted": gap.counted, "recorded": gap.recorded,
        "unrecorded": gap.unrecorded, "ribbon_drift": gap.ribbon_drift,
        "film_drift": gap.film_drift, "flagged": gap.flagged,
        "messages": [str(m) for m in gap.messages()],
    }  # fmt: skip
