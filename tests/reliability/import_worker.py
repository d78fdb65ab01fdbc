"""An import at another station (run as a child by test_import_while_printing.py).

Prints "rows N" as the import reads on, then "done IMPORTED" (or "refused SENTENCE").
"""

from __future__ import annotations

import sys
from pathlib import Path

from ektp_desk.db import Database
from ektp_desk.errors import Refused
from ektp_desk.imports import import_records


def work(url: str, path: str) -> None:
    db = Database(url)
    try:
        report = import_records(
            db, Path(path), progress=lambda rows: print(f"rows {rows}", flush=True)
        )
    except Refused as refusal:
        print(f"refused {refusal}", flush=True)
        return
    print(f"done {report.imported}", flush=True)


if __name__ == "__main__":
    work(sys.argv[1], sys.argv[2])
