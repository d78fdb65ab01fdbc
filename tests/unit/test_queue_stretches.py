"""A far jump in the queue seeks by the counted stretches and shows the rows an OFFSET shows."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import delete, func, insert, select, text, update

from ektp_desk import printing, queue_view, schema
from ektp_desk.db import Database
from ektp_desk.migrate import migrate_to
from ektp_desk.models import ImportBatch, Record
from ektp_desk.queue_stretches import stretch_start
from ektp_desk.queue_view import WHOLE_QUEUE, QueueFilter
from tests.conftest import OPERATOR, STATION
from tests.factories import add_records

MONTHS = (datetime(2025, 11, 20, 9), datetime(2026, 1, 5, 8), datetime(2026, 2, 27, 16))


def _stretches(db: Database) -> dict[tuple[int, int, str], int]:
    with db.read() as session:
        rows = session.execute(text("SELECT band, lane, month, queued FROM queue_stretches"))
        return {(band, lane, month): queued for band, lane, month, queued in rows if queued}


def _recount(db: Database) -> dict[tuple[int, int, str], int]:
    month = func.substr(Record.entered_at, 1, 7)
    with db.read() as session:
        rows = session.execute(
            select(Record.band, Record.lane, month, func.count())
            .where(Record.status == "queued")
            .group_by(Record.band, Record.lane, month)
        )
        return {(band, lane, at): queued for band, lane, at, queued in rows}


def _busy_office(office: Database) -> list[str]:
    """A queue over three months and both bands, then claimed, printed, spoiled back into
    lane 0, held, released, re-prioritised and deleted from, as a day at the counter does."""
    niks: list[str] = []
    for i, start in enumerate(MONTHS):
        niks += add_records(office, 30, start=start, first_serial=1 + 100 * i)
    niks += add_records(office, 12, priority="urgent", start=MONTHS[2], first_serial=900)
    for _ in range(4):
        claimed = printing.claim_next(office, station=STATION)
        printing.record_print(office, claimed.nik, station=STATION, operator=OPERATOR)
    spoiled = printing.claim_next(office, station=STATION)
    printing.record_print(
        office, spoiled.nik, station=STATION, operator=OPERATOR, spoiled="ribbon_break"
    )
    released = printing.claim_next(office, station=STATION)
    printing.release(office, released.nik, station=STATION, operator=OPERATOR)
    printing.claim_next(office, station=STATION)  # left in the printer
    with office.write() as session:
        session.execute(update(Record).where(Record.nik == niks[40]).values(status="on_hold"))
        session.execute(update(Record).where(Record.nik == niks[50]).values(band=0))
        session.execute(delete(Record).where(Record.nik == niks[70]))
    return niks


def test_the_counts_follow_every_way_a_record_enters_or_leaves_the_queue(
    office: Database,
) -> None:
    _busy_office(office)
    assert _stretches(office) == _recount(office)
    assert len(_stretches(office)) >= 5  # lane 0, both bands, three months: a real spread


@pytest.mark.parametrize("limit", [1, 7, 40])
def test_a_far_window_read_by_stretch_is_the_window_read_from_the_head(
    office: Database, monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    _busy_office(office)
    whole = QueueFilter()  # printing, then on hold, then the queue
    total = queue_view.count_rows(office, whole)
    plain = queue_view.fetch_rows(office, whole, 0, total)
    monkeypatch.setattr(queue_view, "WORTH_IT", 1)  # every window seeks by stretch
    for flt in (whole, WHOLE_QUEUE):
        rows = plain if flt == whole else [row for row in plain if row.status == "queued"]
        for offset in range(len(rows) + 1):
            for known in (None, len(rows)):
                window = queue_view.fetch_rows(office, flt, offset, limit, total=known)
                assert window == rows[offset : offset + limit], (flt, offset, known)


def test_the_seek_skips_whole_stretches(office: Database) -> None:
    _busy_office(office)
    queued = queue_view.count_rows(office, WHOLE_QUEUE)
    with office.read() as session:
        start = stretch_start(session, queued - 1)
    assert start is not None
    assert start.skip < 30  # inside the last month's normal records
    assert (start.band, start.lane, start.since) == (1, 1, datetime(2026, 2, 1))


def test_an_import_still_being_written_sends_the_jump_back_to_offset(office: Database) -> None:
    add_records(office, 20)
    with office.write() as session:
        session.execute(
            insert(ImportBatch).values(
                file_name="half.xlsx", imported_at=datetime(2026, 1, 6), rows=10, imported=0,
                duplicates=0, rejected=0, published=False,
            )
        )  # fmt: skip
    with office.read() as session:
        assert stretch_start(session, 10) is None


def test_an_office_upgraded_to_the_stretches_counts_the_queue_it_had(db: Database) -> None:
    schema.init_database(db)
    for i, start in enumerate(MONTHS):
        add_records(db, 10 + i, start=start, first_serial=1 + 100 * i)
    schema.downgrade(db, "0015_handin")
    schema.upgrade(db)
    assert _recount(db) == {(1, 1, "2025-11"): 10, (1, 1, "2026-01"): 11, (1, 1, "2026-02"): 12}
    assert _stretches(db) == _recount(db)


def test_a_copy_to_another_file_counts_the_queue_it_receives(
    office: Database, tmp_path: Path
) -> None:
    _busy_office(office)
    target = Database(f"sqlite:///{tmp_path / 'copy.sqlite3'}")
    try:
        migrate_to(office, target)
        assert _stretches(target) == _recount(office)
    finally:
        target.dispose()
