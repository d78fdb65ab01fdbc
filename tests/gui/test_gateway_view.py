"""The Stations tab shows the SMS gateway: a modem alive or silent, and an outbox that waits.

The gateway is a Gammu database made from the gammu-smsd package's own SQL (tests/gammu_db.py)
holding what the daemon writes. With ``EKTP_GATEWAY_SHOT=DIR`` the test also saves the tab as
DIR/stations-gateway.png (the docs' screenshot, taken under Xvfb).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from ektp_desk import settings
from ektp_desk.db import Database
from tests.gammu_db import GammuDb
from ui.main_window import MainWindow


def test_the_stations_tab_flags_a_silent_modem_and_a_stuck_outbox(
    office: Database, tmp_path: Path, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    gammu = GammuDb(f"sqlite:///{tmp_path / 'smsd.db'}")
    now = gammu.now()
    gammu.modem_reports("356938035643809", "modem-loket", now, signal=63, sent=412, received=97)
    gammu.modem_reports("356938035643810", "modem-cadangan", now - timedelta(minutes=12),
                        signal=0, battery=-1, sent=35, received=4)  # fmt: skip
    gammu.queue_for_sending("+6281234567890", "KTP-el Anda sudah jadi", now - timedelta(hours=2))
    settings.save_settings(office, {"gammu_db_url": gammu.url}, operator="admin")
    window = make_window(office)
    window.body.tabs.setCurrentIndex(1)
    panel = window.gateway_panel
    qtbot.waitUntil(panel.isVisible)
    table = panel.findChild(QTableWidget, "gatewayModems")
    cells = [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())]
    assert cells[0][:3] == ["modem-loket", "alive", "63 %"]
    assert cells[1][0] == "modem-cadangan"
    assert cells[1][1].startswith("silent for 12 min")
    assert cells[1][2] == "0 %"
    assert "1 message(s)" in panel.outbox.text()
    assert "more than an hour" in panel.outbox.text()
    shots = os.environ.get("EKTP_GATEWAY_SHOT")
    if shots:
        window.resize(1366, 820)
        qtbot.wait(300)
        window.grab().save(str(Path(shots) / "stations-gateway.png"))
    gammu.dispose()
