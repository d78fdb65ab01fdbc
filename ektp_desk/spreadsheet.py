"""Cells a spreadsheet must show, never run."""

from __future__ import annotations

from typing import Final

FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")


def csv_text(cell: str) -> str:
    """A CSV cell as text: '=cmd|...' is written as \\'=cmd|... so Excel shows it."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell
