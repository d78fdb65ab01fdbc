"""Printing results: JSON for scripts, aligned plain tables for people."""

from __future__ import annotations

import argparse
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from ektp_desk.limits import escaped


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


class EscapingStream(io.TextIOBase):
    """A text stream that writes every unsafe character (terminal escape codes, bidi
    overrides, lone surrogates from undecodable bytes) as a visible escape. JSON stays valid:
    the JSON encoder already escapes C0 controls, and the others become \\uXXXX escapes."""

    def __init__(self, stream: TextIO, *, allow: str) -> None:
        super().__init__()
        self._stream = stream
        self._allow = allow

    def write(self, text: str) -> int:
        self._stream.write(escaped(text, allow=self._allow))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def fileno(self) -> int:
        return self._stream.fileno()

    def isatty(self) -> bool:
        return self._stream.isatty()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._stream, "encoding", "utf-8")
