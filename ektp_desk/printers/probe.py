"""Ask a station's printer for its counters, never for longer than a few seconds.

A reader runs on a daemon thread and is waited for at most twice the timeout plus a little
(an SNMP reading is two exchanges, each with the timeout): the Evolis SDK's C calls carry
their own 30-second timeouts, and an unreachable printer must mean "no reading", never a
frozen window or a failed shift action.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from types import ModuleType
from typing import Final

from ektp_desk.domain import ProbeKind
from ektp_desk.printers.evolis_reader import EvolisReader
from ektp_desk.printers.report import ProbeResult, Reader
from ektp_desk.printers.snmp import SnmpReader

DEFAULT_TIMEOUT: Final = 3.0  # seconds
_GRACE: Final = 1.0  # a reader that honours its timeout ends within this much more


@dataclass(frozen=True)
class ProbeConfig:
    kind: ProbeKind
    address: str
    community: str | None = None


def reader_for(config: ProbeConfig, *, evolis_sdk: ModuleType | None = None) -> Reader:
    if config.kind == ProbeKind.SNMP:
        return SnmpReader.at(config.address, config.community)
    return EvolisReader(config.address, evolis_sdk)


def run_probe(
    config: ProbeConfig,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    evolis_sdk: ModuleType | None = None,
) -> ProbeResult:
    """The printer's report, or no reading and why; returns within about 2 x ``timeout``."""
    reader = reader_for(config, evolis_sdk=evolis_sdk)
    answer: list[ProbeResult] = []
    worker = threading.Thread(
        target=lambda: answer.append(reader.read(timeout)), name="printer-probe", daemon=True
    )
    worker.start()
    waited = 2 * timeout + _GRACE
    worker.join(waited)
    if not answer:
        return ProbeResult.failed(f"no answer from {config.address} within {waited:g} s")
    return answer[0]
