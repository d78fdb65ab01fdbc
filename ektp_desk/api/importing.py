"""Importing records exported from the registry system. Its own module: reading spreadsheets
loads openpyxl, which the counter does not need to start."""

from __future__ import annotations

from pathlib import Path

from ektp_desk import imports
from ektp_desk.actor import Actor
from ektp_desk.api._door import action
from ektp_desk.db import Database
from ektp_desk.imports import ImportReport, PhoneWarning, Progress
from ektp_desk.spreadsheet import csv_text

__all__ = ["ImportReport", "PhoneWarning", "Progress", "csv_text", "import_records"]


@action
def import_records(
    db: Database, actor: Actor, path: Path, *, progress: Progress | None = None
) -> ImportReport:
    """Import records from a CSV or XLSX file: all valid rows or none."""
    return imports.import_records(db, path, progress=progress)
