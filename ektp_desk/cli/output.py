"""Printing results: JSON for scripts, aligned plain tables for people."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Sequence
from typing import Any


def emit(args: argparse.Namespace, data: Any, columns: Sequence[str] = ()) -> int:
    """Print ``data`` as JSON with ``--json``, else as a table of ``columns``."""
    if getattr(args, "json", False) or not columns:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print_table(columns, [[row[c] for c in columns] for row in data])
    return 0


def print_table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    text_rows = [[_cell(value) for value in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in text_rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in text_rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)
