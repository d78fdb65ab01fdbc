"""The lazily fetched queue model: Qt's model checks, and a million records in bounded memory."""

from __future__ import annotations

import random
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from ektp_desk import demo, printing
from ektp_desk.db import Database
from ektp_desk.queue_view import QueueFilter
from ektp_desk.schema import init_database
from tests.conftest import STATION
from tests.factories import add_records
from ui.queue_model import BLOCK, MAX_BLOCKS, NIK, POSITION, ROW_ROLE, QueueModel, read_shown

MILLION = 1_000_000


def test_queue_model_passes_qts_model_checks(office: Database, qtmodeltester) -> None:
    add_records(office, 600)
    add_records(office, 5, priority="sick", first_serial=900)
    printing.claim_next(office, station=STATION)
    model = QueueModel(office)
    model.set_filter(QueueFilter())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 605
    first = model.data(model.index(0, NIK), ROW_ROLE)
    assert first.status == "printing"
    assert model.data(model.index(0, POSITION)) == ""
    assert model.data(model.index(1, POSITION)) == 1


def test_refresh_keeps_rows_in_step_with_the_database(office: Database, qtbot) -> None:
    niks = add_records(office, 300)
    model = QueueModel(office)
    model.set_filter(QueueFilter(status="queued"))
    assert model.data(model.index(299, NIK)) == niks[299]
    with qtbot.waitSignal(model.rowsRemoved):
        printing.claim_next(office, station=STATION)
        model.refresh()
    assert model.rowCount() == 299
    assert model.data(model.index(0, NIK)) == niks[1]
    assert model.data(model.index(298, NIK)) == niks[299]


@pytest.fixture(scope="module")
def million(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("million") / "office.sqlite3"
    db = Database(f"sqlite:///{path}")
    init_database(db)
    demo.fill_demo(db, records=MILLION, seed=11)
    yield db
    db.dispose()


@pytest.mark.slow
def test_a_million_queued_records_in_bounded_memory(million: Database) -> None:
    model = QueueModel(million)
    model.set_filter(QueueFilter(status="queued"))
    assert model.rowCount() == MILLION
    rng = random.Random(3)
    rows = [rng.randrange(MILLION) for _ in range(200)] + [MILLION - 1, 900_000, 0]
    tracemalloc.start()
    seen = {row: model.data(model.index(row, NIK), Qt.ItemDataRole.DisplayRole) for row in rows}
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert all(len(nik) == 16 for nik in seen.values())
    assert model.cached_rows() <= MAX_BLOCKS * BLOCK, "the cache never grows with the queue"
    assert peak < 40 * 1024 * 1024, f"reading far rows peaked at {peak / 2**20:.1f} MiB"
    last = model.data(model.index(MILLION - 1, 0), ROW_ROLE)
    assert last.position == MILLION
    # The same rows, read straight from the core, agree with what the model shows.
    from ektp_desk import queue_view

    for row in rows[:20]:
        [direct] = queue_view.fetch_rows(million, QueueFilter(status="queued"), row, 1)
        assert seen[row] == direct.nik
    assert model.data(model.index(MILLION, 0)) is None
    assert model.rowCount(model.index(0, 0)) == 0
    assert not model.index(MILLION, 0).isValid() or model.index(MILLION, 0) == QModelIndex()


def test_rows_read_on_a_worker_are_shown_without_the_model_reading(office: Database) -> None:
    """The first picture and every refresh bring the shown blocks along (read_shown): the
    model, which has no database here, shows them and reads nothing on the GUI thread."""
    niks = add_records(office, 300)
    flt = QueueFilter(status="queued")
    model = QueueModel()
    model.set_filter(flt, count=300, blocks=read_shown(office, flt, 300, model.shown_blocks(0, 30)))
    assert model.data(model.index(0, NIK)) == niks[0]
    assert model.data(model.index(BLOCK - 1, NIK)) == niks[BLOCK - 1]
    printing.claim_next(office, station=STATION)
    model.refresh(299, read_shown(office, flt, 299, model.shown_blocks(0, 30)))
    assert (model.rowCount(), model.data(model.index(0, NIK))) == (299, niks[1])
    with pytest.raises(RuntimeError, match="no database"):
        model.row_at(BLOCK)  # a block nobody read: the model would have to read it itself
