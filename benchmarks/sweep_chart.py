"""The sweep's chart: every case's figure against the record count (log x), so a reader sees
whether the line stays flat. matplotlib comes with the ``bench`` extra (ImportError without).

One panel per case in its own unit, y from zero (a flat line looks flat, not zoomed in on
noise), the raw baseline dashed where there is one; the last panel puts every case on one
scale, as a multiple of its own figure at the smallest office.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

Figures = dict[str, float]
PANELS = (  # title, ours, raw (or None)
    ("first paint (s)", "first paint (s)", None),
    ("peak memory (MiB)", "memory (MiB)", None),
    ("jump 90% down (ms)", "jump (ms)", None),
    ("NIK lookup (µs)", "NIK lookup (µs)", "NIK lookup raw (µs)"),
    ("one print (ms)", "print (ms)", "print raw (ms)"),
)
COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e")


def draw(points: Sequence[tuple[int, Figures]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot
    from matplotlib.ticker import FixedLocator, NullLocator

    counts = [records for records, _ in points]
    ticks = [_count_label(records) for records in counts]
    figure, axes = pyplot.subplots(2, 3, figsize=(13, 7.5), dpi=100)
    flat = list(axes.flat)
    for (title, ours, raw), colour, ax in zip(PANELS, COLOURS, flat, strict=False):
        values = [figures[ours] for _, figures in points]
        ax.plot(counts, values, marker="o", color=colour, linewidth=2, label="ektp-desk")
        top = max(values)
        if raw is not None:
            base = [figures[raw] for _, figures in points]
            ax.plot(counts, base, marker="s", color="grey", linestyle="--", label="raw sqlite3")
            top = max(top, *base)
            ax.legend(loc="lower right", fontsize=9)
        ax.set_title(title, fontsize=11)
        ax.set_ylim(0, top * 1.25)
    last = flat[-1]
    for (title, ours, _raw), colour in zip(PANELS, COLOURS, strict=True):
        first = points[0][1][ours]
        relative = [figures[ours] / first if first else 0.0 for _, figures in points]
        last.plot(counts, relative, marker="o", color=colour, linewidth=2, label=title)
    last.axhline(1.0, color="black", linewidth=0.8)
    last.set_title(f"each as a multiple of itself at {ticks[0]} records", fontsize=11)
    last.set_ylim(0, max(3.0, *(line.get_ydata().max() for line in last.lines[:-1])) * 1.1)
    last.legend(loc="upper left", fontsize=8)
    for ax in flat:
        ax.set_xscale("log")
        ax.xaxis.set_major_locator(FixedLocator(counts))
        ax.xaxis.set_minor_locator(NullLocator())
        ax.set_xticklabels(ticks)
        ax.set_xlabel("records in the office")
        ax.grid(True, alpha=0.3)
    figure.suptitle("e-KTP Desk against the size of the office (medians of one benchmark run)")
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path)
    pyplot.close(figure)


def _count_label(records: int) -> str:
    for size, suffix in ((1_000_000, "M"), (1_000, "k")):
        if records >= size and records % size == 0:
            return f"{records // size:,}{suffix}"
    return f"{records:,}"
