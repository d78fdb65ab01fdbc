"""The record-count sweep (issue 19, "ten million"): the same cases on offices of 1,000 to
10,000,000 records, the biggest against the smallest, and a chart of every case's time against
the record count.

At every size (``Sizes.sweep``; ``--sizes`` overrides it), on an office built by
``big_office.py`` (the demo command's rows):

* first paint, memory, jump: the real window (benchmarks/gui_probe.py), spawn to its queue's
  rows painted, its peak RSS then, and ``scrollTo`` a row 90% of the way down the queue plus
  a synchronous repaint, once every record is counted; the sizes take turns run by run;
* NIK lookup: ``cards.lookup_card`` per lookup against the same SELECT on raw sqlite3;
* print: ``printing.record_print`` against raw sqlite3 replaying its writes (the print case).

The goals compare the biggest size with the smallest (1,000): first paint, memory and jump
against the same case at 1,000 records; NIK lookup and print against raw at the biggest size.
"""

from __future__ import annotations

import statistics
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from benchmarks.case_gui import probe
from benchmarks.case_services import lookup_samples, print_samples
from benchmarks.harness import Outcome, Samples, outcome, step
from benchmarks.workspace import ROOT, Workspace, checkpoint, sqlite_url

PAINT_GOAL: Final = 1.5
MEMORY_GOAL: Final = 1.3
JUMP_GOAL: Final = 3.0
LOOKUP_GOAL: Final = 5.0
PRINT_GOAL: Final = 4.0
DEFAULT_CHART: Final = ROOT / "docs" / "performance-sweep.png"
FAR: Final = 0.9  # the jump's target, as a share of the queue


@dataclass
class Point:
    """Every figure measured at one record count (lists of runs; seconds, MiB for memory;
    lookups and prints per one)."""

    records: int
    paint: list[float] = field(default_factory=list)
    memory: list[float] = field(default_factory=list)
    jump: list[float] = field(default_factory=list)
    lookup: Samples = field(default_factory=Samples)
    prints: Samples = field(default_factory=Samples)


def sweep_case(ws: Workspace) -> list[Outcome]:
    sizes = sorted(set(ws.sizes.sweep))
    if len(sizes) < 2:
        raise ValueError("the sweep needs at least two record counts")
    offices = {}
    for records in sizes:
        offices[records] = ws.big_office(records)
    points = {records: Point(records) for records in sizes}
    with step(f"window at {', '.join(f'{n:,}' for n in sizes)} records", verbose=ws.verbose):
        _windows(ws, offices, points)
    for office in offices.values():
        checkpoint(office)  # the windows' sign-in rows, before the print case copies the file
    for records in sizes:
        point = points[records]
        with step(f"NIK lookup and print at {records:,} records", verbose=ws.verbose):
            point.lookup = lookup_samples(
                offices[records], ws.sizes.lookups, runs=ws.sizes.runs + 2
            )
            count = min(ws.sizes.prints, records // 2)
            runs = min(ws.sizes.runs, 3)  # every run copies the office twice
            seconds = print_samples(ws, offices[records], count, runs=runs)
            point.prints = Samples(
                [s / count for s in seconds.ours], [s / count for s in seconds.baseline]
            )
    ordered = [points[records] for records in sizes]
    print(summary(ordered), file=sys.stderr)
    _chart(ws, ordered)
    return outcomes(ordered)


def _windows(ws: Workspace, offices: dict[int, Path], points: dict[int, Point]) -> None:
    """The window on every office, the sizes taking turns (the order turns each round)."""
    sizes = list(offices)
    for records in sizes:  # warm-up: page cache, compiled bytecode
        probe(ws, "queue", sqlite_url(offices[records]), "1", "1")
    for index in range(ws.sizes.runs):
        shift = index % len(sizes)
        for records in sizes[shift:] + sizes[:shift]:
            far = str(int(records * FAR))
            report = probe(ws, "queue", sqlite_url(offices[records]), far, "10")
            if report["rows"] != records:
                raise RuntimeError(f"the window counted {report['rows']} of {records} records")
            point = points[records]
            point.paint.append(report["seconds"])
            point.memory.append(report["peak_rss_kib"] / 1024)
            point.jump.append(report["jump_far_s"])


def outcomes(points: list[Point]) -> list[Outcome]:
    small, big = points[0], points[-1]
    at = f"at {big.records:,}"
    return [
        outcome(f"first paint {at}", Samples(big.paint, small.paint), PAINT_GOAL),
        outcome(f"memory {at}", Samples(big.memory, small.memory), MEMORY_GOAL, unit="MiB"),
        outcome(f"jump {at}", Samples(big.jump, small.jump), JUMP_GOAL),
        outcome(f"NIK lookup {at}", big.lookup, LOOKUP_GOAL),
        outcome(f"print {at}", big.prints, PRINT_GOAL),
    ]


def medians(point: Point) -> dict[str, float]:
    """The chart's and the summary's figures: medians, in the unit each is drawn in."""
    return {
        "first paint (s)": statistics.median(point.paint),
        "memory (MiB)": statistics.median(point.memory),
        "jump (ms)": statistics.median(point.jump) * 1000,
        "NIK lookup (µs)": statistics.median(point.lookup.ours) * 1e6,
        "NIK lookup raw (µs)": statistics.median(point.lookup.baseline) * 1e6,
        "print (ms)": statistics.median(point.prints.ours) * 1000,
        "print raw (ms)": statistics.median(point.prints.baseline) * 1000,
    }


def summary(points: list[Point]) -> str:
    """A Markdown table of the medians at every size (on stderr; docs/PERFORMANCE.md)."""
    names = list(medians(points[0]))
    lines = [
        "| records | " + " | ".join(names) + " |",
        "| ---: | " + " | ".join("---:" for _ in names) + " |",
    ]
    for point in points:
        figures = medians(point)
        cells = " | ".join(f"{figures[name]:,.3g}" for name in names)
        lines.append(f"| {point.records:,} | {cells} |")
    return "\n".join(lines)


def _chart(ws: Workspace, points: list[Point]) -> None:
    """Draw the chart where ``--chart`` says; else the full run updates docs/, and a run on
    other sizes (``--quick``, ``--sizes``) draws in its data folder, not over the docs'."""
    from benchmarks import sweep_chart
    from benchmarks.workspace import FULL

    path = ws.chart
    if path is None:
        path = DEFAULT_CHART if ws.sizes.sweep == FULL.sweep else ws.path("performance-sweep.png")
    try:
        sweep_chart.draw([(p.records, medians(p)) for p in points], path)
    except ImportError:
        print("  no chart: matplotlib is missing (pip install -e '.[bench]')", file=sys.stderr)
        return
    print(f"  chart: {path}", file=sys.stderr)
