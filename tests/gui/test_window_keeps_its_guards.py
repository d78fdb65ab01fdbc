"""Issue 21, line 3: a failure in one panel may not stop the idle lock, the heartbeat or the
poll from starting (a bad setting once left a signed-in desk open for good)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from ektp_desk import settings
from ektp_desk.db import Database
from ektp_desk.forecast import forecast_next_shift
from tests.conftest import OPERATOR, STATION
from tests.factories import actor
from ui.counter import CounterController
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


def test_a_failing_panel_leaves_the_idle_lock_and_heartbeat_running(
    office: Database, qtbot: QtBot, prefs: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_panel(self: object, *_: object) -> None:
        raise RuntimeError("a panel failed while it was built")

    monkeypatch.setattr(CounterController, "__init__", broken_panel)  # any area's bug
    window = MainWindow(prefs, TaskRunner(inline=True))
    qtbot.addWidget(window)
    with pytest.raises(RuntimeError):
        window.open_desk(office, actor(office, OPERATOR, STATION))
    try:
        assert window.idle.timer.isActive(), "the 10-minute idle lock is armed"
        assert window.beat.isActive(), "the heartbeat keeps this station visible"
    finally:
        window.beat.stop()
        window.idle.stop()


def test_a_stored_nan_setting_reads_as_its_default_and_the_window_opens(
    office: Database, make_window
) -> None:
    with office.write() as session:  # an old file, written before the limits existed
        for name, value in (("forecast_rate_per_station_hour", "nan"), ("shift_hours", "inf"),
                            ("forecast_margin", "1e308"), ("daily_target", "10" * 15)):  # fmt: skip
            session.execute(text("INSERT INTO settings (key, value) VALUES (:k, :v)"),
                            {"k": name, "v": value})  # fmt: skip
    office_now = settings.load_settings(office)
    assert office_now == settings.OfficeSettings(), "every bad stored value reads as its default"
    assert forecast_next_shift(office).rate == 40.0
    window = make_window(office)
    assert window.idle.timer.isActive()
    assert window.body.counters_panel.target_bar.maximum() == 1000
