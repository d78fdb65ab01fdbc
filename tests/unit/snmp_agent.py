"""A real SNMP agent for the tests: snmpsim's command responder on 127.0.0.1, a free port,
serving the walks in tests/data/snmp (the community is the file name).

snmpsim refuses to run as root unless it drops to an unprivileged user; after the drop it
cannot import from a Python under /root, so the modules it imports late are imported first.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ektp_desk.printers.snmp import SnmpReader

WALKS = Path(__file__).resolve().parent.parent / "data" / "snmp"
_LAUNCH = """
import sys, dbm, dbm.dumb, encodings.latin_1, encodings.ascii, encodings.utf_8
from snmpsim.commands.responder import main
sys.argv[0] = "snmpsim-command-responder"
sys.exit(main())
"""


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def snmp_agent() -> Iterator[int]:
    """Start the agent, wait until it answers, yield its port; stop it afterwards."""
    home = Path(tempfile.mkdtemp(prefix="ektp-snmpsim-"))
    data, cache = home / "data", home / "cache"
    data.mkdir()
    cache.mkdir()
    for walk in WALKS.glob("*.snmprec"):
        shutil.copy(walk, data / walk.name)
    for path in (home, data):
        path.chmod(0o755)
    cache.chmod(0o777)
    port = free_udp_port()
    args = [sys.executable, "-c", _LAUNCH, f"--data-dir={data}", f"--cache-dir={cache}",
            f"--agent-udpv4-endpoint=127.0.0.1:{port}"]  # fmt: skip
    if os.geteuid() == 0:
        args += ["--process-user=nobody", f"--process-group={_nobody_group()}"]
    log = (home / "agent.log").open("w")
    agent = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT)
    try:
        _wait_until_it_answers(agent, port, home / "agent.log")
        yield port
    finally:
        agent.terminate()
        agent.wait(10)
        log.close()
        shutil.rmtree(home, ignore_errors=True)


def _wait_until_it_answers(agent: subprocess.Popen[bytes], port: int, log: Path) -> None:
    reader = SnmpReader("127.0.0.1", port, "card-printer")
    for _ in range(30):
        if agent.poll() is not None:
            raise RuntimeError(f"snmpsim stopped: {log.read_text()[-2000:]}")
        if reader.read(2).report is not None:
            return
    raise RuntimeError(f"snmpsim never answered: {log.read_text()[-2000:]}")


def _nobody_group() -> str:
    import grp

    for name in ("nogroup", "nobody"):
        try:
            grp.getgrnam(name)
            return name
        except KeyError:
            continue
    return "nobody"
