"""Issue 21 line 5: on PostgreSQL the office's one clock is the server's; a station whose
clock is off by more than a few minutes is told so at sign-in."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import text

from ektp_desk import clock
from ektp_desk.db import Database


def test_a_station_clock_ten_minutes_slow_is_told_and_the_server_clock_is_used(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "_offset", timedelta(0))  # put back after the test
    monkeypatch.setattr(clock, "local_now", lambda: datetime.now() - timedelta(minutes=10))
    db = Database(pg_url)
    try:
        with db.read() as session:
            session.execute(text("SELECT 1"))  # a first connection measures the server's clock
        assert abs(clock.skew() + timedelta(minutes=10)) < timedelta(seconds=5)
        warning = clock.skew_warning()
        assert warning is not None
        assert "10 minutes behind" in str(warning)
        assert abs(clock.now() - datetime.now()) < timedelta(seconds=5), "the server's time"
    finally:
        db.dispose()


def test_a_clock_within_a_few_minutes_is_not_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "_offset", timedelta(minutes=2))
    assert clock.skew_warning() is None
