"""The printers' counts against the books: unrecorded cards, roll drift, a counter reset and
a swapped printer, as the handover workbook, ``check`` and ``printers --json`` show them."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from ektp_desk import printing
from ektp_desk.cli import main
from ektp_desk.db import Database
from ektp_desk.domain import Moment
from ektp_desk.errors import PermissionDenied, Refused
from ektp_desk.handover import write_handover
from ektp_desk.printers.overview import printer_findings, readings_due
from ektp_desk.printers.readings import TypedFigures, record_typed_reading, skip_reading
from ektp_desk.printers.reconcile import GapKind
from ektp_desk.shifts import open_shifts
from tests.conftest import LEAD, OPERATOR, OTHER_STATION, STATION
from tests.factories import actor, add_records


def typed(db: Database, counter: int, *, station: str = STATION, moment: Moment = Moment.ON_DEMAND,
          ribbon: int | None = None, serial: str | None = None) -> None:  # fmt: skip
    figures = TypedFigures(counter, ribbon=ribbon, serial=serial)
    record_typed_reading(db, station, figures, actor=actor(db, LEAD), moment=moment)


def print_cards(db: Database, count: int, *, spoiled: int = 0) -> None:
    for i, nik in enumerate(add_records(db, count, first_serial=100)):
        reason = "misprint" if i < spoiled else None
        printing.record_print(db, nik, station=STATION, operator=OPERATOR, spoiled=reason)


PASSWORDS = {LEAD: "5678", OPERATOR: "1234", "admin": "admin123"}


def run(db_url: str, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """A command as a signed-in person runs it: the named user's password on stdin."""
    who = next((args[i + 1] for i, a in enumerate(args[:-1]) if a in ("--operator", "--admin")),
               None)  # fmt: skip
    signed = ["--password-stdin"] if who in PASSWORDS else []
    capsys.readouterr()
    stdin, sys.stdin = sys.stdin, io.StringIO(f"{PASSWORDS.get(who or '', '')}\n")
    try:
        code = main(["--db", db_url, *args, *signed])
    finally:
        sys.stdin = stdin
    out, err = capsys.readouterr()
    return code, out + err


def ringkasan_printer_rows(path: Path) -> list[tuple[Any, ...]]:
    book = openpyxl.load_workbook(path, read_only=True)  # holds the file open until closed
    try:
        rows = [tuple(row) for row in book["Ringkasan"].iter_rows(values_only=True)]
    finally:
        book.close()
    start = next(i for i, row in enumerate(rows) if row and row[0] == "Selisih printer")
    found = []
    for row in rows[start + 2 :]:
        if not row or row[0] not in (STATION, OTHER_STATION):
            break
        found.append(row)
    return found


def test_three_cards_more_than_recorded_show_in_the_handover_and_in_check(
    office: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typed(office, 1000, moment=Moment.SHIFT_START)
    print_cards(office, 5, spoiled=1)  # 4 printed + 1 spoiled = 5 attempts recorded
    typed(office, 1008, moment=Moment.SHIFT_END)  # the printer moved 8 cards
    shift = open_shifts(office)[0]
    out = write_handover(office, shift.id, tmp_path / "serah-terima.xlsx").path
    [row] = ringkasan_printer_rows(out)
    assert row[:6] == (STATION, 1000, 1008, 8, 5, 3)
    assert "3 kartu dicetak printer tetapi tidak tercatat" in row[6]
    code, said = run(db_url, capsys, "check")
    assert code == 1
    assert (
        "Loket 1: the printer counted 8 cards, the books show 5 attempts: 3 cards unrecorded"
        in said
    )
    assert "the printers counted what the books do not show: 1 differences" in said
    code, said = run(db_url, capsys, "printers", "--json")
    [finding] = json.loads(said)["findings"]
    assert (finding["station"], finding["unrecorded"], finding["flagged"]) == (STATION, 3, True)


def test_a_shift_whose_printer_agrees_with_the_books_passes_check(
    office: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typed(office, 1000)
    print_cards(office, 4)
    typed(office, 1004)
    assert printer_findings(office) == []
    code, said = run(db_url, capsys, "check")
    assert code == 0, said
    out = write_handover(office, open_shifts(office)[0].id, tmp_path / "h.xlsx").path
    [row] = ringkasan_printer_rows(out)
    assert row[:6] == (STATION, 1000, 1004, 4, 4, 0)
    assert row[6] == "Cocok"


def test_a_counter_reset_is_said_not_counted_as_missing_cards(
    office: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    typed(office, 5000, serial="B5123456")
    print_cards(office, 2)
    typed(office, 12, serial="B5123456")  # the counter went back after a service
    [finding] = printer_findings(office)
    assert finding.kind == GapKind.RESET
    assert (finding.unrecorded, finding.flagged, finding.noted) == (None, False, True)
    code, said = run(db_url, capsys, "check")
    assert code == 0
    assert "counter went back from 5000 to 12" in said
    assert "unrecorded" not in said


def test_a_swapped_printer_is_said_not_thousands_of_missing_cards(office: Database) -> None:
    typed(office, 100, serial="B5123456")
    typed(office, 40000, serial="B5999999")
    [finding] = printer_findings(office)
    assert finding.kind == GapKind.SWAPPED
    assert finding.unrecorded is None
    [message] = finding.messages()
    assert str(message) == (
        "Loket 1: another printer was found (serial B5123456, now B5999999); the cards "
        "between these readings cannot be checked"
    )


def test_ribbon_drift_beyond_the_setting_is_flagged(office: Database) -> None:
    typed(office, 10, ribbon=500)  # a fresh roll: the ledger says 500 too
    typed(office, 10, ribbon=460)  # 40 ribbon prints gone that no attempt used
    [finding] = printer_findings(office)
    assert (finding.kind, finding.ribbon_drift, finding.flagged) == (GapKind.MATCH, -40, True)
    assert "ribbon prints left, the ledger 500 (-40)" in str(finding.messages()[0])


def test_readings_due_at_shift_start_until_taken_or_skipped_with_a_reason(
    office: Database,
) -> None:
    shift = open_shifts(office)[0]
    due = readings_due(office, shift.id, Moment.SHIFT_START)
    assert [d.station for d in due] == [STATION, OTHER_STATION]
    typed(office, 1000, moment=Moment.SHIFT_START)
    lead = actor(office, LEAD)
    with pytest.raises(Refused, match="say why"):
        skip_reading(office, OTHER_STATION, "  ", actor=lead, moment=Moment.SHIFT_START)
    skipped = skip_reading(office, OTHER_STATION, "printer display broken", actor=lead,
                           moment=Moment.SHIFT_START)  # fmt: skip
    assert (skipped.skip_reason, skipped.shift_id) == ("printer display broken", shift.id)
    assert readings_due(office, shift.id, Moment.SHIFT_START) == []
    assert len(readings_due(office, shift.id, Moment.SHIFT_END)) == 2


def test_an_operator_cannot_type_a_reading_and_figures_cannot_be_negative(
    office: Database,
) -> None:
    with pytest.raises(PermissionDenied):
        record_typed_reading(office, STATION, TypedFigures(5),
                             actor=actor(office, OPERATOR))  # fmt: skip
    with pytest.raises(Refused, match="cannot be negative"):
        record_typed_reading(office, STATION, TypedFigures(5, ribbon=-1),
                             actor=actor(office, LEAD))  # fmt: skip


def test_the_database_refuses_to_change_or_delete_a_reading(office: Database) -> None:
    typed(office, 1000)
    for statement in ("UPDATE printer_readings SET card_counter = 1",
                      "DELETE FROM printer_readings"):  # fmt: skip
        with pytest.raises(DBAPIError, match="append-only"), office.write() as session:
            session.execute(text(statement))


def test_readings_from_the_command_line(
    office: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, said = run(db_url, capsys, "printers", "read", "--station", STATION, "--counter",
                     "1000", "--ribbon", "480", "--operator", LEAD)  # fmt: skip
    assert code == 0, said
    assert "counter 1000, ribbon 480" in said
    code, said = run(db_url, capsys, "printers", "read", "--station", STATION, "--probe",
                     "--operator", LEAD)  # fmt: skip
    assert code == 1
    assert said.count("\n") == 1
    assert "no printer probe is set up for Loket 1" in said
    code, said = run(db_url, capsys, "station", "set", STATION, "--probe", "snmp",
                     "--address", "10.1.2.3", "--admin", "admin")  # fmt: skip
    assert code == 0, said
    code, said = run(db_url, capsys, "printers", "--json")
    stations = {s["station"]: s for s in json.loads(said)["stations"]}
    assert stations[STATION]["probe"] == {"kind": "snmp", "address": "10.1.2.3"}
    assert stations[STATION]["latest"]["counter"] == 1000
    assert stations[OTHER_STATION]["latest"] is None
