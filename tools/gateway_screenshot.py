"""The Stations tab with the SMS gateway watched, for docs/: run under Xvfb.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/gateway_screenshot.py

A demo office (2,000 records) and a Gammu database made from the gammu-smsd package's own SQL
holding two modems as the daemon leaves them: one reporting now, one silent for 12 minutes
with no signal, and a message waiting in the outbox for two hours. Saves
docs/stations-gateway.png, in Bahasa Indonesia.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ektp_desk import access, demo, settings  # noqa: E402
from ektp_desk.db import Database  # noqa: E402
from ektp_desk.schema import init_database  # noqa: E402
from tests.gammu_db import GammuDb  # noqa: E402
from ui import app  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.tasks import TaskRunner  # noqa: E402


def main() -> int:
    folder = Path(tempfile.mkdtemp())
    db = Database(f"sqlite:///{folder / 'office.sqlite3'}")
    init_database(db)
    demo.fill_demo(db, records=2000)
    gammu = GammuDb(f"sqlite:///{folder / 'smsd.db'}")
    now = gammu.now()
    gammu.modem_reports("356938035643809", "modem-loket", now, signal=63, sent=412, received=97)
    gammu.modem_reports("356938035643810", "modem-cadangan", now - timedelta(minutes=12),
                        signal=0, battery=-1, sent=35, received=4)  # fmt: skip
    gammu.queue_for_sending("+6281234567890", "KTP-el Anda sudah jadi", now - timedelta(hours=2))
    settings.save_settings(db, {"gammu_db_url": gammu.url}, operator="admin")
    qt = app.application()
    app.install_language(qt, "id")
    prefs = QSettings(str(folder / "prefs.ini"), QSettings.Format.IniFormat)
    window = MainWindow(prefs, TaskRunner(inline=True))
    window.open_desk(db, access.actor_named(db, "operator1", station="Loket 1"))
    window.resize(1366, 820)
    window.show()
    window.body.tabs.setCurrentIndex(1)
    window.poll_changes()
    QTimer.singleShot(800, qt.quit)
    qt.exec()
    out = ROOT / "docs" / "stations-gateway.png"
    window.grab().save(str(out))
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
