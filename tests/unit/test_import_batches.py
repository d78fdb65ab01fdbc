"""An import is nobody's until it is whole: every view passes over the rows of an import still
being written, a refused file leaves nothing, and one import runs at a time.

The checks run inside the import's own progress report, which comes after each committed
step: the rows are in the database file then, unpublished, as another station would find them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ektp_desk import cards, citizens, counters, forecast_inputs, printing, queue_view
from ektp_desk.db import Database
from ektp_desk.errors import NotFound, Refused
from ektp_desk.handover_data import read_report
from ektp_desk.import_files import MAX_ROW_CHARS
from ektp_desk.imports import FIRST_STEP_ROWS, ImportReport, import_records
from ektp_desk.models import ImportBatch, Record, Shift
from ektp_desk.queue_view import WHOLE_QUEUE, QueueFilter
from ektp_desk.settings import load_settings
from tests.conftest import OPERATOR, STATION
from tests.factories import add_records

HEADER = "NIK;Nama Lengkap;Kecamatan;Kelurahan/Desa;Tgl Rekam;Prioritas;No HP"
ROWS = FIRST_STEP_ROWS * 3  # a few steps


def export(path: Path, rows: int = ROWS, *, kecamatan: int = 90, tail: str = "") -> Path:
    """``rows`` valid rows, recorded long ago (they would be first in the queue), priority."""
    lines = [HEADER]
    for i in range(rows):
        lines.append(f"3201{kecamatan:02d}0107{70 + i // 9999}{i % 9999 + 1:04d};Warga {i};"
                     f"Impor {kecamatan};Desa;02/01/2020;Lansia;")  # fmt: skip
    path.write_text("\n".join(lines) + "\n" + tail, encoding="utf-8")
    return path


def records_in_file(db: Database) -> tuple[int, int]:
    with db.read() as session:
        records = session.scalar(select(func.count(Record.id))) or 0
        batches = session.scalar(select(func.count(ImportBatch.id))) or 0
    return records, batches


def first_step(check: Callable[[], None]) -> Callable[[int], None]:
    """A progress report that runs ``check`` once, after the first step is committed."""
    done: list[int] = []

    def report(rows: int) -> None:
        if not done:
            done.append(rows)
            check()

    return report


def test_an_import_being_written_is_in_no_view_until_it_is_published(
    office: Database, tmp_path: Path
) -> None:
    own = add_records(office, 3)
    path = export(tmp_path / "rekam.csv")
    imported_nik = "3201900107700001"
    looked: list[str] = []

    def every_view_sees_only_the_old_queue() -> None:
        assert records_in_file(office)[0] > 3, "the first step is in the file"
        assert queue_view.count_rows(office, WHOLE_QUEUE) == 3
        assert queue_view.count_rows(office, QueueFilter()) == 3
        assert [e.nik for e in queue_view.list_queue(office)] == own
        assert queue_view.kecamatan_options(office) == ["Cibinong"]
        assert queue_view.count_rows(office, QueueFilter(search=imported_nik)) == 0
        assert counters.read_counters(office, date.today()).queue_size == 3
        assert forecast_inputs.read_inputs(office).queue == 3
        with office.read() as session:
            shift = session.scalars(select(Shift)).one()
            report = read_report(session, shift, load_settings(office), datetime.now())
        assert report.queued == 3
        assert sum(sum(area.by_age) for area in report.queue_areas) == 3
        assert citizens.lookup_status(office, imported_nik).state == citizens.NOT_FOUND
        with pytest.raises(NotFound):
            cards.lookup_card(office, imported_nik)
        with pytest.raises(NotFound):
            printing.record_print(office, imported_nik, station=STATION, operator=OPERATOR)
        claim = printing.claim_next(office, station=STATION, operator=OPERATOR)
        assert claim.nik == own[0], "the next card is the old queue's, not an imported one"
        printing.release(office, claim.nik, station=STATION, operator=OPERATOR)
        looked.append("all")

    report = import_records(office, path, progress=first_step(every_view_sees_only_the_old_queue))
    assert looked == ["all"]
    assert report.imported == ROWS
    assert queue_view.count_rows(office, WHOLE_QUEUE) == ROWS + 3
    assert queue_view.list_queue(office, limit=1)[0].nik == imported_nik, "published: in order"
    assert citizens.lookup_status(office, imported_nik).position == 1


def test_a_file_damaged_after_its_first_steps_is_refused_and_leaves_nothing(
    db: Database, tmp_path: Path
) -> None:
    path = export(tmp_path / "rusak.csv", tail="x" * (MAX_ROW_CHARS + 10) + "\n")
    steps: list[int] = []
    with pytest.raises(Refused, match="longer than"):
        import_records(db, path, progress=steps.append)
    assert steps, "rows were written before the damage was found"
    assert records_in_file(db) == (0, 0), "nothing of the refused file stays in the file"
    assert import_records(db, export(tmp_path / "baik.csv")).imported == ROWS


def test_a_second_import_while_one_is_running_is_refused(db: Database, tmp_path: Path) -> None:
    first = export(tmp_path / "pertama.csv", 40_000)
    second = export(tmp_path / "kedua.csv", kecamatan=91)
    started = threading.Event()
    reports: list[ImportReport] = []
    worker = threading.Thread(
        target=lambda: reports.append(import_records(db, first, progress=lambda _: started.set()))
    )
    worker.start()
    try:
        assert started.wait(60)
        with pytest.raises(Refused, match=r"another import \(pertama.csv, [\d,]+ rows read"):
            import_records(db, second)
    finally:
        worker.join(120)
    assert reports[0].imported == 40_000
    assert queue_view.count_rows(db, WHOLE_QUEUE) == 40_000


@pytest.mark.slow
def test_an_import_that_stalls_is_removed_by_the_next_and_then_refused(
    db: Database, tmp_path: Path
) -> None:
    stalled = export(tmp_path / "macet.csv")
    other = export(tmp_path / "lain.csv", kecamatan=91)
    meanwhile: list[ImportReport] = []

    def another_station_imports() -> None:  # while this import stands still
        meanwhile.append(import_records(db, other))

    with pytest.raises(Refused, match=r"stalled .* import the file again"):
        import_records(db, stalled, progress=first_step(another_station_imports))
    assert meanwhile[0].imported == ROWS
    assert queue_view.kecamatan_options(db) == ["Impor 91"], "nothing of the stalled import"
    assert records_in_file(db) == (ROWS, 1)
