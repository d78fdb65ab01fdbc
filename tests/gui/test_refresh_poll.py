"""The window's refresh and its 3 s poll share their reads: a poll asked for while a refresh
runs is answered by that refresh, and the refresh a poll asks for takes the poll's fingerprint
and stations instead of reading them again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

import ui.refresh
from ektp_desk import printing
from ektp_desk.db import Database
from tests.conftest import OTHER_STATION
from tests.factories import add_records
from tests.gui.conftest import settle
from ui.main_window import MainWindow


def counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[dict[str, Any]]]:
    """Every read_snapshot and read_poll the window runs, with the keywords it passed."""
    calls: dict[str, list[dict[str, Any]]] = {"read_snapshot": [], "read_poll": []}
    for name in calls:
        real = getattr(ui.refresh, name)

        def call(*args: Any, _real: Any = real, _name: str = name, **kwargs: Any) -> Any:
            calls[_name].append(kwargs)
            return _real(*args, **kwargs)

        monkeypatch.setattr(ui.refresh, name, call)
    return calls


def printing_at(window: MainWindow) -> dict[str, str]:
    table = window.body.stations_view
    return {table.item(r, 0).text(): table.item(r, 3).text() for r in range(table.rowCount())}


Calls = dict[str, list[dict[str, Any]]]


def another_station_claims(
    office: Database, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> tuple[MainWindow, Calls, list[str]]:
    """A window on three queued records, counting its reads from the moment another station
    claims the first of them."""
    niks = add_records(office, 3)
    window = make_window(office)
    calls = counted(monkeypatch)
    printing.claim_next(office, station=OTHER_STATION)
    return window, calls, niks


def test_a_poll_asked_while_a_refresh_runs_is_answered_by_it(
    office: Database, qtbot: QtBot, make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    window, calls, niks = another_station_claims(office, make_window, monkeypatch)
    window.refresher.refresh(new_forecast=True)
    window.poll_changes()
    settle(qtbot, window)
    assert printing_at(window)[OTHER_STATION] == niks[0]  # the stations tab is current
    assert window.body.model.rowCount() == 2
    assert len(calls["read_snapshot"]) == 1
    assert calls["read_poll"] == [], "one read answered both"
    window.poll_changes()  # nothing changed since: the poll reads, and asks for no refresh
    settle(qtbot, window)
    assert len(calls["read_poll"]) == 1
    assert len(calls["read_snapshot"]) == 1


def test_the_refresh_a_poll_asks_for_takes_its_fingerprint_and_stations(
    office: Database, qtbot: QtBot, make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    window, calls, niks = another_station_claims(office, make_window, monkeypatch)
    window.poll_changes()
    settle(qtbot, window)
    assert printing_at(window)[OTHER_STATION] == niks[0]
    assert window.body.model.rowCount() == 2  # the refresh the poll asked for
    assert len(calls["read_poll"]) == 1
    (asked,) = calls["read_snapshot"]
    assert asked["polled"] == window.refresher.stamp
    window.poll_changes()  # the poll's fingerprint stood for the refresh: nothing more to read
    settle(qtbot, window)
    assert len(calls["read_snapshot"]) == 1
