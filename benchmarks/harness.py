"""The measuring part: warm-up, N interleaved runs of ours and its baseline, medians, the table.

Ours and the baseline alternate run by run, so a burst of load from another process on a
shared machine hits both sides alike instead of one whole side.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

Timed = Callable[[], float]  # one run; returns its figure (seconds, or MiB for memory)


@dataclass(frozen=True)
class Outcome:
    """One line of the report. For ``queue memory`` the two figures are MiB of peak RSS."""

    case: str
    ours_s: float
    baseline_s: float
    ratio: float
    goal: float
    passed: bool
    unit: str = "s"
    skipped: str | None = None  # why the case did not run (then it counts as passed)
    runs: int = 0
    over: bool = False  # the goal is a difference: ``ratio`` holds ms of ours over the baseline

    def as_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "case": self.case,
            "ours_s": round(self.ours_s, 6),
            "baseline_s": round(self.baseline_s, 6),
            "ratio": round(self.ratio, 3),
            "goal": self.goal,
            "pass": self.passed,
        }
        if self.skipped is not None:
            data["skipped"] = self.skipped
        if self.over:
            data["over_ms"] = data.pop("ratio")
            data["goal_over_ms"] = data.pop("goal")
        return data


@dataclass
class Samples:
    ours: list[float] = field(default_factory=list)
    baseline: list[float] = field(default_factory=list)


def outcome(case: str, samples: Samples, goal: float, *, unit: str = "s") -> Outcome:
    ours = statistics.median(samples.ours)
    base = statistics.median(samples.baseline)
    ratio = ours / base if base > 0 else float("inf")
    return Outcome(case, ours, base, ratio, goal, ratio <= goal, unit, None, len(samples.ours))


def over(case: str, samples: Samples, goal_ms: float) -> Outcome:
    """A goal on the difference: the median of ours at most ``goal_ms`` above the baseline's."""
    ours = statistics.median(samples.ours)
    base = statistics.median(samples.baseline)
    excess = (ours - base) * 1000
    return Outcome(case, ours, base, excess, goal_ms, excess <= goal_ms, "s", None,
                   len(samples.ours), over=True)  # fmt: skip


def skipped(case: str, goal: float, reason: str) -> Outcome:
    return Outcome(case, 0.0, 0.0, 0.0, goal, True, "s", reason)


def compare(
    ours: Timed, baseline: Timed, *, runs: int, warmup: int = 0, fixed_order: bool = False
) -> Samples:
    """Warm both sides up, then alternate them ``runs`` times; which side goes first alternates
    too, unless the baseline needs ours' run first (``fixed_order``)."""
    for _ in range(warmup):
        ours()
        baseline()
    samples = Samples()
    for index in range(runs):
        pair = (ours, baseline) if fixed_order or index % 2 == 0 else (baseline, ours)
        for side in pair:
            figure = side()
            (samples.ours if side is ours else samples.baseline).append(figure)
    return samples


class Stopwatch:
    """``with watch: ...`` adds the block's wall time; ``watch.seconds`` reads it."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self._start = 0.0

    def __enter__(self) -> Stopwatch:
        self._start = time.perf_counter()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.seconds += time.perf_counter() - self._start


@contextmanager
def step(label: str, *, verbose: bool) -> Iterator[None]:
    """Say what is being built or measured (on stderr, so --json stays clean)."""
    import sys

    start = time.perf_counter()
    if verbose:
        print(f"  {label} ...", file=sys.stderr, flush=True)
    yield
    if verbose:
        print(f"  {label}: {time.perf_counter() - start:.1f} s", file=sys.stderr, flush=True)


# --- output ---------------------------------------------------------------------------------


def figure(value: float, unit: str) -> str:
    if unit == "MiB":
        return f"{value:,.0f} MiB"
    if value >= 10:
        return f"{value:,.1f} s"
    if value >= 1:
        return f"{value:.2f} s"
    if value >= 0.001:
        return f"{value * 1000:.1f} ms"
    return f"{value * 1_000_000:.0f} µs"


def table(outcomes: Sequence[Outcome]) -> str:
    """A Markdown table: case | ours | baseline | ratio | goal | pass."""
    lines = [
        "| case | ours | baseline | ratio | goal | pass |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for one in outcomes:
        if one.skipped is not None:
            lines.append(f"| {one.case} | – | – | – | <= {one.goal:g} | skipped: {one.skipped} |")
            continue
        ratio, goal = f"{one.ratio:.2f}", f"<= {one.goal:g}"
        if one.over:
            ratio, goal = f"{one.ratio:+.1f} ms", f"<= +{one.goal:g} ms"
        lines.append(
            f"| {one.case} | {figure(one.ours_s, one.unit)} | {figure(one.baseline_s, one.unit)} "
            f"| {ratio} | {goal} | {'yes' if one.passed else 'NO'} |"
        )
    return "\n".join(lines)


def as_json(outcomes: Sequence[Outcome]) -> str:
    return json.dumps([one.as_json() for one in outcomes], indent=2)
