"""The operator's waits at the counter (issue 19): counter ready and key latency.

counter ready: from the spawn of ``ektp-desk gui ... --password-stdin`` on the big office to
the paint pass in which the queue's rows first show, against a bare PySide6 QMainWindow with
a 20-row QTableView (the least a window showing rows can do), spawn to its rows painted;
both in the same run, alternating.

key latency: in the real window on the big office, the longest time the GUI thread is busy
(an event-loop probe, benchmarks/key_probe.py) during each operator action, against the same
probe over an idle stretch of the same window. The goal is a difference: every action at most
16 ms (one frame at 60 Hz) of stall more than idle.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from benchmarks.case_gui import probe
from benchmarks.harness import Outcome, Samples, outcome, over, step
from benchmarks.key_probe import ACTIONS
from benchmarks.workspace import ROOT, Workspace, checkpoint, sqlite_url

READY_GOAL = 3.0
STALL_GOAL_MS = 16.0
LEAD = ("--lead", "lead1")
LEAD_PASSWORD = "5678\n"  # lead1 of the demo office


def counter_ready_case(ws: Workspace) -> list[Outcome]:
    big = ws.office(ws.sizes.records)
    samples = Samples()
    probe(ws, "queue", sqlite_url(big), "1", "1")  # warm-up: page cache, compiled bytecode
    probe(ws, "bare20")
    for index in range(ws.sizes.runs):
        order = (True, False) if index % 2 == 0 else (False, True)
        for ours in order:
            if ours:
                samples.ours.append(probe(ws, "queue", sqlite_url(big), "1", "1")["seconds"])
            else:
                samples.baseline.append(probe(ws, "bare20")["seconds"])
    return [outcome("counter ready", samples, READY_GOAL)]


def key_latency_case(ws: Workspace) -> list[Outcome]:
    """One window plays ``runs`` rounds of F2, F5, scan+Enter, F8+reason, F2, F9, F6, each
    round after an idle stretch; on a copy of the big office (it prints and spoils)."""
    office = keys_office(ws)
    with step("key latency rounds", verbose=ws.verbose):
        report = probe(ws, "keys", sqlite_url(office), str(ws.sizes.runs))["keys"]
    if report["refused"]:
        raise RuntimeError(f"key latency: actions were refused: {report['refused']}")
    outcomes = []
    for action in ACTIONS:
        samples = Samples([ms / 1000 for ms in report[action]],
                          [ms / 1000 for ms in report["idle"]])  # fmt: skip
        outcomes.append(over(f"key {action}", samples, STALL_GOAL_MS))
    return outcomes


def keys_office(ws: Workspace) -> Path:
    """A copy of the big office with sealed ribbon rolls for every round's F6."""
    office = ws.copy(ws.office(ws.sizes.records), "keys-office")
    subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", sqlite_url(office), "receive", "ribbon",
         str(ws.sizes.runs + 1), "--ref", "benchmark", *LEAD, "--password-stdin"],
        input=LEAD_PASSWORD, cwd=ROOT, env=ws.child_env(), capture_output=True, text=True,
        check=True,
    )  # fmt: skip
    checkpoint(office)
    return office
