"""The Stations tab with printer readings and one flagged difference, for docs/PRINTERS.md.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/printer_screenshot.py

Builds a small demo office in a temporary file: Loket 1's printer counts 3 cards more than
were recorded (flagged), Loket 2 matches, Loket 3's printer was swapped (said, not flagged);
signs in as lead1 and saves docs/stations-printers.png.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings

from ektp_desk import access, printing
from ektp_desk.db import Database
from ektp_desk.demo import fill_demo
from ektp_desk.domain import Moment, ProbeKind
from ektp_desk.printers.readings import TypedFigures, record_typed_reading, set_probe
from ektp_desk.schema import init_database
from tools.screenshots import save, settle
from ui import app
from ui.main_window import MainWindow


def stage(db: Database) -> None:
    fill_demo(db, records=60)
    lead = access.actor_named(db, "lead1")
    start = Moment.SHIFT_START
    set_probe(db, "Loket 2", ProbeKind.SNMP, "192.168.10.22", "public",
              actor=access.actor_named(db, "admin"))  # fmt: skip
    for station, counter, serial in (("Loket 1", 48_190, "B5123456"),
                                     ("Loket 2", 31_407, "B5120077"),
                                     ("Loket 3", 12_950, "B5110042")):  # fmt: skip
        figures = TypedFigures(counter, ribbon=500, film=1500, serial=serial)
        record_typed_reading(db, station, figures, actor=lead, moment=start)
    for i in range(24):
        station = ("Loket 1", "Loket 2", "Loket 3")[i % 3]
        nik = printing.claim_next(db, station=station).nik
        spoiled = "misprint" if i == 4 else None
        printing.record_print(db, nik, station=station, operator="operator1", spoiled=spoiled)
    end = Moment.SHIFT_END
    for station, counter, serial in (("Loket 1", 48_201, "B5123456"),
                                     ("Loket 2", 31_415, "B5120077"),
                                     ("Loket 3", 2_214, "B5130990")):  # fmt: skip
        figures = TypedFigures(counter, ribbon=489, film=1489, serial=serial)
        record_typed_reading(db, station, figures, actor=lead, moment=end)


def main() -> int:
    out = Path("docs")
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{Path(folder) / 'office.sqlite3'}")
        init_database(db)
        stage(db)
        qt = app.application()
        app.install_language(qt, "id")
        prefs = QSettings(str(Path(folder) / "prefs.ini"), QSettings.Format.IniFormat)
        window = MainWindow(prefs)
        window.open_desk(db, access.actor_named(db, "lead1", station="Loket 1"))
        window.resize(1366, 820)
        window.show()
        settle(qt)
        window.poll_changes()  # the stations table fills on the window's next poll
        window.body.tabs.setCurrentIndex(1)
        save(window, out / "stations-printers.png", qt)
        window.poll.stop()
        db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
