"""The queue view's reads: segments, filters, search, windows, counters, settings."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ektp_desk import counters, printing, queue_view, settings, shifts, stock
from ektp_desk.db import Database
from ektp_desk.errors import PermissionDenied, Refused
from ektp_desk.queue_view import QueueFilter
from tests.conftest import LEAD, OPERATOR, STATION
from tests.factories import add_records


def test_view_shows_printing_then_queue_with_true_positions(office: Database) -> None:
    niks = add_records(office, 5)
    printing.claim_next(office, station=STATION)
    rows = queue_view.fetch_rows(office, QueueFilter(), 0, 10)
    assert [(r.nik, r.status, r.position, r.station) for r in rows] == [
        (niks[0], "printing", None, STATION),
        *((nik, "queued", i + 1, None) for i, nik in enumerate(niks[1:])),
    ]
    assert queue_view.count_rows(office, QueueFilter()) == 5
    assert queue_view.count_rows(office, QueueFilter(status="queued")) == 4


def test_windows_across_segments_join_without_gaps(office: Database) -> None:
    add_records(office, 30)
    for _ in range(3):
        printing.claim_next(office, station=STATION)
    whole = queue_view.fetch_rows(office, QueueFilter(), 0, 100)
    pieces = [
        r
        for start in range(0, 30, 7)
        for r in queue_view.fetch_rows(office, QueueFilter(), start, 7)
    ]
    assert pieces == whole
    assert len(whole) == 30
    for cut in (0, 1, 2, 3, 17, 28):
        following = queue_view.fetch_after(office, QueueFilter(), whole[cut], 7)
        assert following == whole[cut + 1 : cut + 8], f"keyset read after row {cut}"
    assert queue_view.fetch_after(office, QueueFilter(), whole[-1], 7) == []


def test_filters_by_kecamatan_priority_and_search(office: Database) -> None:
    add_records(office, 3)
    urgent = add_records(office, 2, priority="urgent", first_serial=40)
    assert queue_view.count_rows(office, QueueFilter(priority="urgent")) == 2
    assert queue_view.count_rows(office, QueueFilter(kecamatan="Cibinong")) == 5
    assert queue_view.count_rows(office, QueueFilter(kecamatan="Jonggol")) == 0
    by_nik = queue_view.fetch_rows(office, QueueFilter(search=urgent[1]), 0, 5)
    assert [r.nik for r in by_nik] == [urgent[1]]
    prefix = queue_view.fetch_rows(office, QueueFilter(search=urgent[0][:15]), 0, 50)
    assert [r.nik for r in prefix] == urgent, "a NIK prefix finds the NIKs that start with it"
    assert queue_view.count_rows(office, QueueFilter(search=urgent[0][:14])) == 5
    by_name = queue_view.fetch_rows(office, QueueFilter(search="warga 4"), 0, 50)
    assert {r.name for r in by_name} == {"Warga 40", "Warga 41"}
    assert queue_view.count_rows(office, QueueFilter(search="100%")) == 0
    assert queue_view.kecamatan_options(office) == ["Cibinong"]


def test_counters_count_today_and_lifetime(office: Database) -> None:
    niks = add_records(office, 4)
    printing.record_print(office, niks[0], station=STATION, operator=OPERATOR)
    printing.record_print(office, niks[1], station=STATION, operator=OPERATOR, spoiled="misprint")
    today = counters.read_counters(office, date.today())
    assert (today.printed_today, today.spoiled_today, today.queue_size) == (1, 1, 3)
    assert today.lifetime_printed == 1
    tomorrow = counters.read_counters(office, date(2099, 1, 1))
    assert (tomorrow.printed_today, tomorrow.lifetime_printed) == (0, 1)


def test_change_stamp_moves_with_every_change_the_view_shows(office: Database) -> None:
    niks = add_records(office, 3)
    start = counters.change_stamp(office)
    printing.claim_next(office, station=STATION)
    claimed = counters.change_stamp(office)
    assert claimed != start
    printing.release(office, niks[0], station=STATION, operator=OPERATOR)
    assert counters.change_stamp(office) == start, "released in place: the view is as before"
    printing.record_print(office, niks[1], station=STATION, operator=OPERATOR)
    printed = counters.change_stamp(office)
    add_records(office, 1, first_serial=99, start=datetime(2026, 5, 5))
    imported = counters.change_stamp(office)
    stock.receive(office, "blank", 5, ref="X", operator=LEAD)
    received = counters.change_stamp(office)
    assert len({start, claimed, printed, imported, received}) == 5
    assert counters.change_stamp(office) == received, "no change, same stamp"


def test_other_stations_see_a_shift_or_a_setting_change(office: Database) -> None:
    """The poll's fingerprint did not move when a shift started or ended or a setting was
    saved elsewhere, so the other stations kept showing the old shift and targets."""
    before = counters.change_stamp(office)
    settings.save_settings(office, {"daily_target": 900}, operator=LEAD)
    saved = counters.change_stamp(office)
    shifts.end_shift(office, lead=LEAD)
    ended = counters.change_stamp(office)
    shifts.start_shift(office, "siang", lead=LEAD)
    started = counters.change_stamp(office)
    assert len({before, saved, ended, started}) == 4


def test_settings_are_shared_and_only_leads_change_them(office: Database) -> None:
    assert settings.load_settings(office).daily_target == 1000
    with pytest.raises(PermissionDenied):
        settings.save_settings(office, {"daily_target": 800}, operator=OPERATOR)
    with pytest.raises(Refused, match="daily_target must be from 1 to 100,000 cards"):
        settings.save_settings(office, {"daily_target": 0}, operator=LEAD)
    with pytest.raises(Refused, match="unknown setting"):
        settings.save_settings(office, {"colour": 3}, operator=LEAD)
    settings.save_settings(office, {"daily_target": 800, "printed_before": 212191}, operator=LEAD)
    stored = settings.load_settings(office)
    assert (stored.daily_target, stored.printed_before) == (800, 212191)
    [nik] = add_records(office, 1)
    printing.record_print(office, nik, station=STATION, operator=OPERATOR)
    shown = counters.read_counters(office, date.today())
    assert (shown.daily_target, shown.lifetime_printed) == (800, 212192)


def test_counters_take_the_queue_size_from_a_view_of_the_whole_queue(office: Database) -> None:
    add_records(office, 4)
    assert queue_view.count_rows(office, queue_view.WHOLE_QUEUE) == 4
    one_more_since = (queue_view.WHOLE_QUEUE, 5)  # the view's count is taken, not counted again
    assert counters.read_counters(office, date.today(), shown=one_more_since).queue_size == 5
    narrowed = (QueueFilter(status="queued", search="Warga 1"), 1)
    assert counters.read_counters(office, date.today(), shown=narrowed).queue_size == 4
    assert counters.read_counters(office, date.today(), shown=(None, 0)).queue_size == 4
