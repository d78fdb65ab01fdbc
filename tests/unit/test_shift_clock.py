"""Issue 21 line 5: a station clock that is slow or jumps within a shift never breaks the
shift's handover, and a shift never ends before it started."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ektp_desk import clock, printing, shifts, stock
from ektp_desk.db import Database
from ektp_desk.handover import write_handover
from tests.conftest import LEAD, OPERATOR, OTHER_STATION, STATION
from tests.factories import add_records

Setter = Callable[[timedelta], None]


@pytest.fixture
def set_clock(monkeypatch: pytest.MonkeyPatch) -> Setter:
    """Move this PC's clock by an offset from the real time."""

    def move(offset: timedelta) -> None:
        monkeypatch.setattr(clock, "local_now", lambda: datetime.now() + offset)

    return move


def test_a_clock_slow_back_and_forward_within_a_shift_still_adds_up(
    office: Database, tmp_path: Path, set_clock: Setter
) -> None:
    [first] = shifts.open_shifts(office)
    niks = add_records(office, 6)
    set_clock(timedelta(minutes=-2))
    printing.record_print(office, niks[0], station=STATION, operator=OPERATOR)
    set_clock(timedelta(hours=-1))
    printing.record_print(office, niks[1], station=OTHER_STATION, operator=OPERATOR)
    stock.receive(office, "blank", 5, ref="BAST/002", operator=LEAD)
    set_clock(timedelta(days=2))
    printing.record_print(office, niks[2], station=STATION, operator=OPERATOR, spoiled="misprint")
    set_clock(timedelta(hours=-1))
    ended = shifts.end_shift(office, lead=LEAD)
    assert ended.ended_at is not None
    assert ended.ended_at >= ended.started_at
    report = write_handover(office, first.id, tmp_path / "first.xlsx")
    assert (report.printed, report.spoiled) == (2, 1)

    set_clock(timedelta(days=2))
    second = shifts.start_shift(office, "siang", lead=LEAD)
    set_clock(timedelta(0))  # back inside the first shift's hours
    printing.record_print(office, niks[3], station=STATION, operator=OPERATOR)
    stock.adjust(office, "blank", -1, reason="rusak di gudang", operator=LEAD)
    assert write_handover(office, first.id, tmp_path / "again.xlsx").printed == 2
    assert write_handover(office, second.id, tmp_path / "second.xlsx").printed == 1
