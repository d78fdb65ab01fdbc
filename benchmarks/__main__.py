"""``python -m benchmarks [--quick] [--json] [--only CASE,...] [--keep] [--data DIR] ...``

Builds its own data in a temporary folder, runs every case several times (ours and its raw
baseline alternating), and prints the medians as ``case | ours | baseline | ratio | goal |
pass``; with ``--json`` a list of ``{"case", "ours_s", "baseline_s", "ratio", "goal",
"pass"}`` instead. Progress goes to stderr. The exit status is 1 when a goal is missed.
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Final

from benchmarks import case_bulk, case_counter, case_gui, case_pg, case_services, case_sweep
from benchmarks.harness import Outcome, as_json, table
from benchmarks.workspace import FULL, QUICK, Workspace

Case = Callable[[Workspace], list[Outcome]]
# In the order; one entry may report several lines (the queue's three).
CASES: Final[dict[str, Case]] = {
    "import": case_bulk.import_case,
    "demo": case_bulk.demo_case,
    "queue": case_gui.queue_cases,
    "lookup": case_services.lookup_case,
    "print": case_services.print_case,
    "handover": case_services.handover_case,
    "stations": case_pg.stations_case,
    "startup": case_gui.startup_case,
    "ready": case_counter.counter_ready_case,
    "keys": case_counter.key_latency_case,
    "sweep": case_sweep.sweep_case,
}


GOAL_MISSED = 3  # every case ran and measured, one or more missed its goal (a crash exits 1)


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.split("\n")[2]
    )
    parser.add_argument(
        "--quick", action="store_true", help="the same cases on small data (CI; about two minutes)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of the table")
    parser.add_argument(
        "--only", metavar="CASE,...", help=f"run only these cases ({', '.join(CASES)})"
    )
    parser.add_argument("--keep", action="store_true", help="keep the data folder (and say where)")
    parser.add_argument(
        "--data",
        metavar="DIR",
        type=Path,
        help="build the data in DIR and keep it; data already there is used again",
    )
    parser.add_argument(
        "--sizes",
        metavar="N,...",
        type=_counts,
        help="the sweep's record counts (full: 1000,100000,1000000,10000000; quick: 1000,20000)",
    )
    parser.add_argument(
        "--chart",
        metavar="PNG",
        type=Path,
        help="where the sweep draws its chart (full run: docs/performance-sweep.png)",
    )
    args = parser.parse_args(argv)
    args.cases = args.only.split(",") if args.only else list(CASES)
    unknown = [name for name in args.cases if name not in CASES]
    if unknown:
        parser.error(f"unknown case(s): {', '.join(unknown)}; choose from {', '.join(CASES)}")
    return args


def _counts(text: str) -> tuple[int, ...]:
    try:
        counts = tuple(int(part.replace("_", "")) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of record counts: {text}") from None
    if len(set(counts)) < 2 or min(counts) < 1:
        raise argparse.ArgumentTypeError("give at least two different counts, each at least 1")
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    sizes = QUICK if args.quick else FULL
    if args.sizes:
        sizes = dataclasses.replace(sizes, sweep=args.sizes)
    folder = args.data or Path(tempfile.mkdtemp(prefix="ektp-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    workspace = Workspace(folder, sizes, verbose=True)
    workspace.chart = args.chart
    started = time.perf_counter()
    outcomes: list[Outcome] = []
    try:
        for name in args.cases:
            print(f"{name}:", file=sys.stderr, flush=True)
            outcomes += CASES[name](workspace)
    finally:
        if args.keep or args.data:
            print(f"data kept in {folder}", file=sys.stderr)
        else:
            shutil.rmtree(folder, ignore_errors=True)
    print(
        f"{len(outcomes)} cases on {sizes.records:,} records in "
        f"{time.perf_counter() - started:.0f} s",
        file=sys.stderr,
    )
    print(as_json(outcomes) if args.json else table(outcomes))
    return 0 if all(one.passed for one in outcomes) else GOAL_MISSED


if __name__ == "__main__":
    raise SystemExit(main())
