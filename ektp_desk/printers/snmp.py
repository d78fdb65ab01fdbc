"""Network printers by SNMP (v2c), Printer-MIB (RFC 3805).

Read: the marker life count (``prtMarkerLifeCount``), the supplies table's description,
maximum capacity and level (``prtMarkerSuppliesDescription``/``MaxCapacity``/``Level``), the
serial number (``prtGeneralSerialNumber``) and the device description (``hrDeviceDescr``).
A supply is the ribbon or the film by the words of its description. pysnmp 7 is asyncio:
the reader runs its own event loop; one request each, one try, within the timeout.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any, Final

from ektp_desk.domain import Source
from ektp_desk.printers.report import PrinterReport, ProbeResult, Supply

SYS_DESCR: Final = "1.3.6.1.2.1.1.1.0"
HR_DEVICE_DESCR: Final = "1.3.6.1.2.1.25.3.2.1.3.1"
SERIAL: Final = "1.3.6.1.2.1.43.5.1.1.17.1"
LIFE_COUNT: Final = "1.3.6.1.2.1.43.10.2.1.4.1.1"
SUPPLIES: Final = "1.3.6.1.2.1.43.11.1.1"
DESCRIPTION: Final = 6
MAX_CAPACITY: Final = 8
LEVEL: Final = 9
RIBBON_WORDS: Final = ("ribbon", "pita", "ymck")
FILM_WORDS: Final = ("film", "retransfer", "transfer", "overlay")
DEFAULT_PORT: Final = 161


class Garbage(ValueError):
    """The agent answered, but not with Printer-MIB values a card printer would give."""


@dataclass(frozen=True)
class SnmpReader:
    host: str
    port: int = DEFAULT_PORT
    community: str = "public"

    @classmethod
    def at(cls, address: str, community: str | None) -> SnmpReader:
        """``host`` or ``host:port``."""
        host, _, port = address.strip().rpartition(":")
        if not host or not port.isdigit():
            return cls(address.strip(), DEFAULT_PORT, community or "public")
        return cls(host, int(port), community or "public")

    def read(self, timeout: float) -> ProbeResult:
        try:
            import pysnmp  # noqa: F401
        except ImportError:
            return ProbeResult.failed("pysnmp is not installed: pip install 'pysnmp>=7.1'")
        try:
            return ProbeResult(asyncio.run(self._read(timeout)))
        except Garbage as garbage:
            return ProbeResult.failed(f"the printer's answer is not readable: {garbage}")
        except TimeoutError:
            return ProbeResult.failed(f"no answer from {self.host}:{self.port}")
        except Exception as error:  # pysnmp's own errors: a bad address, a closed socket
            return ProbeResult.failed(f"cannot ask {self.host}:{self.port}: {error}")

    async def _read(self, timeout: float) -> PrinterReport:
        from pysnmp.hlapi.v3arch import asyncio as snmp

        engine = snmp.SnmpEngine()
        try:
            target = await snmp.UdpTransportTarget.create(
                (self.host, self.port), timeout=timeout, retries=0
            )
            ask = _Asker(snmp, engine, snmp.CommunityData(self.community, mpModel=1), target)
            scalars = await ask.get(SERIAL, LIFE_COUNT, HR_DEVICE_DESCR, SYS_DESCR)
            supplies = await ask.walk(SUPPLIES)
        finally:
            engine.close_dispatcher()
        return _report(scalars, supplies)


class _Asker:
    def __init__(self, snmp: Any, engine: Any, auth: Any, target: Any) -> None:
        self.snmp, self.engine, self.auth, self.target = snmp, engine, auth, target

    async def get(self, *oids: str) -> dict[str, Any]:
        types = [self.snmp.ObjectType(self.snmp.ObjectIdentity(oid)) for oid in oids]
        error, status, _index, binds = await self.snmp.get_cmd(
            self.engine, self.auth, self.target, self.snmp.ContextData(), *types, lookupMib=False
        )
        _raise_for(error, status)
        return {str(oid): value for oid, value in binds}

    async def walk(self, root: str) -> dict[str, Any]:
        found: dict[str, Any] = {}
        start = self.snmp.ObjectType(self.snmp.ObjectIdentity(root))
        async for error, status, _index, binds in self.snmp.walk_cmd(
            self.engine, self.auth, self.target, self.snmp.ContextData(), start,
            lexicographicMode=False, lookupMib=False, maxRows=200,
        ):  # fmt: skip
            _raise_for(error, status)
            found.update((str(oid), value) for oid, value in binds)
        return found


def _raise_for(error: object, status: object) -> None:
    if error:
        text = str(error)
        raise TimeoutError(text) if "timeout" in text.lower() else Garbage(text)
    if status and int(status) != 0:  # type: ignore[call-overload]
        raise Garbage(f"agent error {status}")


def _report(scalars: dict[str, Any], supplies: dict[str, Any]) -> PrinterReport:
    ribbon, film = _supplies(supplies)
    counter = _number(scalars.get(LIFE_COUNT), "prtMarkerLifeCount")
    if counter is None and ribbon is None and film is None:
        raise Garbage("no Printer-MIB counter or supply level")
    model = _text(scalars.get(HR_DEVICE_DESCR)) or _text(scalars.get(SYS_DESCR))
    return PrinterReport(
        Source.SNMP, counter, ribbon or Supply(), film or Supply(),
        _text(scalars.get(SERIAL)), model[:64] if model else None,
    )  # fmt: skip


def _supplies(walked: dict[str, Any]) -> tuple[Supply | None, Supply | None]:
    """The ribbon and the film among the supplies, by their descriptions."""
    rows: dict[str, dict[int, Any]] = {}
    for oid, value in walked.items():
        column, _, index = oid.removeprefix(SUPPLIES + ".").partition(".")
        if column.isdigit():
            rows.setdefault(index, {})[int(column)] = value
    ribbon = film = None
    for row in rows.values():
        words = (_text(row.get(DESCRIPTION)) or "").lower()
        supply = _supply(row)
        if any(word in words for word in FILM_WORDS):
            film = film or supply
        elif any(word in words for word in RIBBON_WORDS):
            ribbon = ribbon or supply
    return ribbon, film


def _supply(row: dict[int, Any]) -> Supply:
    level = _number(row.get(LEVEL), "prtMarkerSuppliesLevel", signed=True)
    capacity = _number(row.get(MAX_CAPACITY), "prtMarkerSuppliesMaxCapacity", signed=True)
    # Negative values are the MIB's "other", "unknown" and "some remaining": no figure.
    if level is None or capacity is None or level < 0 or capacity <= 0:
        return Supply()
    if level > capacity:
        raise Garbage(f"supply level {level} above its capacity {capacity}")
    return Supply(share=level / capacity)


def _number(value: Any, name: str, *, signed: bool = False) -> int | None:
    if value is None or _absent(value):
        return None
    if type(value).__name__ not in {"Integer", "Integer32", "Counter32", "Gauge32",
                                    "Unsigned32", "Counter64"}:  # fmt: skip
        raise Garbage(f"{name} is {type(value).__name__}, not a number")
    number = int(value)
    if number < 0 and not signed:
        raise Garbage(f"{name} is negative ({number})")
    return number


def _text(value: Any) -> str | None:
    if value is None or _absent(value):
        return None
    if type(value).__name__ != "OctetString":
        return None
    shown = bytes(value).decode("utf-8", "replace").strip().strip("\x00")
    return shown or None


def _absent(value: Any) -> bool:
    return type(value).__name__ in {"NoSuchObject", "NoSuchInstance", "EndOfMibView", "Null"}
