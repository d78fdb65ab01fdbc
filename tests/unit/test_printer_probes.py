"""Asking a printer for its counters: a real SNMP agent (snmpsim) answering, silent, talking
nonsense; the Evolis adapter against a stand-in of the SDK; and what a probe stores."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from ektp_desk.db import Database
from ektp_desk.domain import PrinterState, ProbeKind, Source
from ektp_desk.errors import PermissionDenied, Refused
from ektp_desk.models import PrinterReading
from ektp_desk.printers.evolis_reader import EvolisReader
from ektp_desk.printers.probe import ProbeConfig, run_probe
from ektp_desk.printers.readings import record_probe_reading, set_probe
from tests.conftest import LEAD, OPERATOR, STATION
from tests.factories import actor
from tests.unit.evolis_standin import Printer, standin
from tests.unit.snmp_agent import snmp_agent


@pytest.fixture(scope="module")
def agent_port() -> Iterator[int]:
    with snmp_agent() as port:
        yield port


# snmpsim is a Python agent on a shared machine: give it time; a silent port is tested apart.
AGENT_TIMEOUT = 5.0


def snmp(port: int, community: str) -> ProbeConfig:
    return ProbeConfig(ProbeKind.SNMP, f"127.0.0.1:{port}", community)


def test_a_card_printer_agent_answers_with_its_counter_rolls_and_serial(agent_port: int) -> None:
    result = run_probe(snmp(agent_port, "card-printer"), timeout=AGENT_TIMEOUT)
    report = result.report
    assert result.problem is None
    assert report is not None
    assert report.source == Source.SNMP
    assert report.card_counter == 48213
    assert (report.serial, report.model) == ("B5123456", "HID FARGO HDP5000")
    assert report.ribbon.prints_left(500) == 120  # 120 of 500
    assert report.film.prints_left(1500) == 900


def test_a_probe_reading_is_stored_in_prints_of_the_station_s_rolls(
    office: Database, agent_port: int
) -> None:
    admin = actor(office, "admin")
    set_probe(office, STATION, ProbeKind.SNMP, f"127.0.0.1:{agent_port}", "card-printer",
              actor=admin)  # fmt: skip
    operator = actor(office, OPERATOR)
    outcome = record_probe_reading(office, STATION, actor=operator, timeout=AGENT_TIMEOUT)
    reading = outcome.reading
    assert reading is not None
    assert (reading.card_counter, reading.ribbon_left, reading.film_left) == (48213, 120, 900)
    assert (reading.ledger_ribbon, reading.ledger_film) == (500, 1500)  # fresh rolls loaded
    assert reading.shift_id is not None  # the open shift at the station


def test_a_silent_printer_is_no_reading_and_nothing_is_stored(office: Database) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as silent:
        silent.bind(("127.0.0.1", 0))  # takes the requests, never answers
        port = silent.getsockname()[1]
        set_probe(office, STATION, ProbeKind.SNMP, f"127.0.0.1:{port}", "public",
                  actor=actor(office, "admin"))  # fmt: skip
        outcome = record_probe_reading(office, STATION, actor=actor(office, LEAD), timeout=1)
    assert outcome.reading is None
    assert outcome.problem is not None
    assert "no answer" in outcome.problem
    assert _readings(office) == 0


def test_an_agent_answering_with_wrong_types_gives_no_reading(agent_port: int) -> None:
    result = run_probe(snmp(agent_port, "garbage"), timeout=AGENT_TIMEOUT)
    assert result.report is None
    assert result.problem is not None
    assert "not readable" in result.problem
    assert "not a number" in result.problem


def test_a_device_without_printer_mib_gives_no_reading(agent_port: int) -> None:
    result = run_probe(snmp(agent_port, "router"), timeout=AGENT_TIMEOUT)
    assert result.report is None
    assert "no Printer-MIB counter" in (result.problem or "")


def test_the_evolis_stand_in_reports_ribbon_low_with_its_counters(office: Database) -> None:
    printer = Printer(major="WARNING", minor="INF_RIBBON_LOW", ribbon_remaining=40)
    sdk = standin(printer)
    result = run_probe(ProbeConfig(ProbeKind.EVOLIS, printer.name), evolis_sdk=sdk)
    assert result.report is not None
    assert result.report.states == (PrinterState.RIBBON_LOW,)
    assert result.report.card_counter == 2000
    set_probe(office, STATION, ProbeKind.EVOLIS, printer.name,
              actor=actor(office, "admin"))  # fmt: skip
    outcome = record_probe_reading(office, STATION, actor=actor(office, LEAD), evolis_sdk=sdk)
    assert outcome.reading is not None
    assert outcome.reading.states == (PrinterState.RIBBON_LOW,)
    assert (outcome.reading.ribbon_left, outcome.reading.film_left) == (40, None)
    assert (outcome.reading.serial, outcome.reading.model) == ("P2A123456", "Primacy 2")


def test_an_evolis_printer_that_is_off_gives_no_reading() -> None:
    sdk = standin(Printer())
    result = run_probe(ProbeConfig(ProbeKind.EVOLIS, "Evolis Zenius"), evolis_sdk=sdk)
    assert result.report is None
    assert "off or not found" in (result.problem or "")


def test_the_real_evolis_sdk_without_a_printer_gives_no_reading() -> None:
    pytest.importorskip("evolis")
    result = EvolisReader("Evolis Primacy 2 (not connected)").read(2)
    assert result.report is None
    assert result.problem


def test_only_an_admin_sets_a_probe_and_a_station_without_one_is_told_to_type(
    office: Database,
) -> None:
    with pytest.raises(PermissionDenied):
        set_probe(office, STATION, ProbeKind.SNMP, "10.0.0.9",
                  actor=actor(office, LEAD))  # fmt: skip
    with pytest.raises(Refused, match="type the reading instead"):
        record_probe_reading(office, STATION, actor=actor(office, LEAD))


def _readings(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count(PrinterReading.id))) or 0)
