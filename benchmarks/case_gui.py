"""The window, offscreen, each run in its own process (so peak RSS is that window's alone).

queue first paint, queue memory and jump come from the same runs: the real window on the big
office against the real window on a 1,000-record office. start-up is the real window on an
empty office against a bare PySide6 QMainWindow, both timed from the spawn of the process.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.harness import Outcome, Samples, outcome
from benchmarks.workspace import ROOT, Workspace, sqlite_url

PROBE = ROOT / "benchmarks" / "gui_probe.py"
FIRST_PAINT_GOAL = 1.5
MEMORY_GOAL = 1.3
JUMP_GOAL = 3.0
STARTUP_GOAL = 2.5
PASSWORD = "1234\n"  # operator1 of the demo office


def queue_cases(ws: Workspace) -> list[Outcome]:
    big, small = ws.office(ws.sizes.records), ws.office(ws.sizes.small)
    paint, memory, jump = Samples(), Samples(), Samples()

    def one(office: Path, *, ours: bool) -> None:
        report = probe(
            ws, "queue", sqlite_url(office), str(ws.sizes.far_row), str(ws.sizes.near_row)
        )
        (paint.ours if ours else paint.baseline).append(report["seconds"])
        (memory.ours if ours else memory.baseline).append(report["peak_rss_kib"] / 1024)
        if ours:
            jump.ours.append(report["jump_far_s"])
            jump.baseline.append(report["jump_near_s"])

    for _ in range(1):  # warm-up: page cache, compiled bytecode
        probe(ws, "queue", sqlite_url(big), "1", "1")
        probe(ws, "queue", sqlite_url(small), "1", "1")
    for index in range(ws.sizes.runs):
        order = (True, False) if index % 2 == 0 else (False, True)
        for ours in order:
            one(big if ours else small, ours=ours)
    return [
        outcome("queue first paint", paint, FIRST_PAINT_GOAL),
        outcome("queue memory", memory, MEMORY_GOAL, unit="MiB"),
        outcome("jump", jump, JUMP_GOAL),
    ]


def startup_case(ws: Workspace) -> list[Outcome]:
    empty = ws.office(0)
    samples = Samples()
    probe(ws, "startup", sqlite_url(empty))
    probe(ws, "bare")
    for index in range(ws.sizes.runs):
        order = (True, False) if index % 2 == 0 else (False, True)
        for ours in order:
            if ours:
                samples.ours.append(probe(ws, "startup", sqlite_url(empty))["seconds"])
            else:
                samples.baseline.append(probe(ws, "bare")["seconds"])
    return [outcome("start-up", samples, STARTUP_GOAL)]


def probe(ws: Workspace, *args: str) -> dict[str, Any]:
    """Run the probe; ``seconds`` is from the spawn of its process to its first paint."""
    spawned = time.monotonic()
    done = subprocess.run(
        [sys.executable, str(PROBE), *args],
        input=PASSWORD,
        cwd=ROOT,
        env=ws.child_env(),
        capture_output=True,
        text=True,
        timeout=600,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("BENCH ")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"gui probe {args[0]} failed ({done.returncode}): {done.stderr[-2000:]}")
    report: dict[str, Any] = json.loads(lines[-1].removeprefix("BENCH "))
    report["seconds"] = report["painted_at"] - spawned
    return report
