"""Pictures of the issue-13 office for docs/: the window's forecast banner and the handover's
Ringkasan (its cells read back from the written .xlsx with openpyxl, shown in a table).

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/forecast_screenshots.py
"""

from __future__ import annotations

import tempfile
from datetime import datetime, time
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from ektp_desk import access, clock, orders
from ektp_desk.forecast import forecast_next_shift
from ektp_desk.handover import write_handover
from tests.unit.test_forecast_scenario import Clock, plain_office
from tools.screenshots import save
from ui import app
from ui.login import Operator
from ui.main_window import MainWindow


def main() -> int:
    out = Path("docs")
    work = Path(tempfile.mkdtemp())
    today = datetime.combine(datetime.now().date(), time(6, 0))
    fake = Clock()
    fake.at = today
    clock.now = fake  # the office's morning, today
    import tests.unit.test_forecast_scenario as scenario

    scenario.MORNING = today
    db = plain_office(work / "office.sqlite3", fake)
    lead = access.actor_named(db, "lead1")
    orders.place_order(db, "blank", 2000, expected=today.replace(hour=16),
                       ref="BAST/BLANGKO/3201/115", actor=lead)  # fmt: skip
    qt = app.application()
    app.install_language(qt, "id")
    window = MainWindow(QSettings(str(work / "prefs.ini"), QSettings.Format.IniFormat))
    window.open_desk(db, Operator("lead1", "lead", "Loket 1"))
    window.resize(1366, 820)
    save(window, out / "forecast-banner.png", qt)
    book_path = work / "serah-terima.xlsx"
    write_handover(db, 1, book_path, forecast=forecast_next_shift(db, ending=True))
    sheet = load_workbook(book_path)["Ringkasan"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    start = next(i for i, row in enumerate(rows) if row[0] == "Stok selama shift")
    shown = rows[start:]
    table = QTableWidget(len(shown), 6)
    for r, row in enumerate(shown):
        for c, value in enumerate(row[:6]):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
    table.setColumnWidth(0, 250)
    table.setColumnWidth(5, 720)
    table.resize(1366, 820)
    save(table, out / "forecast-handover-ringkasan.png", qt)
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
