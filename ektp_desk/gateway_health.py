"""Is the SMS gateway working? Gammu SMSD's own tables, read as the Stations tab shows them.

A running ``gammu-smsd`` refreshes its row in ``phones`` every few seconds (``UpdatedInDB``,
``TimeOut``, ``Signal``, ``Battery``, ``Sent``, ``Received``); the row stays when the daemon
stops or dies, and stops changing. A modem is *silent* when its row is older than
``SILENT_AFTER``, and has *no signal* when Gammu reads 0 %. The outbox is *not draining*
when messages wait longer than ``STUCK_AFTER`` although their sending hours are open.
Times are compared with the gateway database's own clock (``database_now``), so a server in
another time zone, or Gammu's SQLite schema 17 writing UTC, reads right.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any, Final

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from ektp_desk.db import Database, url_without_password
from ektp_desk.errors import Refused
from ektp_desk.gammu import GammuOutbox, gateway_problem
from ektp_desk.gammu_inbox import database_now, schema_version
from ektp_desk.i18n import Message
from ektp_desk.settings import load_settings

SILENT_AFTER: Final = timedelta(minutes=3)
STUCK_AFTER: Final = timedelta(hours=1)
_STUCK_LIMIT: Final = 1000

_PHONES = text(
    'SELECT "IMEI", "ID", "NetName", "UpdatedInDB", "Signal", "Battery", "Sent", "Received" '
    'FROM phones ORDER BY "IMEI"'
)
_WAITING = text("SELECT COUNT(*) FROM outbox")
_OLD = text(
    'SELECT "InsertIntoDB", "SendAfter", "SendBefore" FROM outbox '
    'WHERE "InsertIntoDB" < :before ORDER BY "InsertIntoDB" LIMIT :limit'
)


@dataclass(frozen=True)
class Modem:
    imei: str
    name: str  # the daemon's PhoneID, else the network's name
    updated_at: datetime
    silent_for: timedelta  # since its last report
    silent: bool
    signal: int  # percent; -1 unknown
    battery: int  # percent; -1 unknown
    sent: int
    received: int

    @property
    def no_signal(self) -> bool:
        return self.signal == 0

    @property
    def healthy(self) -> bool:
        return not self.silent and not self.no_signal


@dataclass(frozen=True)
class GatewayHealth:
    gateway: str  # the Gammu database, without its password
    modems: tuple[Modem, ...]
    waiting: int  # messages in the outbox
    stuck: int  # of those, waiting longer than STUCK_AFTER within their sending hours
    oldest_stuck_at: datetime | None
    problem: Message | None = None  # the database could not be read

    @property
    def healthy(self) -> bool:
        return (
            self.problem is None
            and bool(self.modems)
            and all(m.healthy for m in self.modems)
            and not self.stuck
        )


def gateway_health(url: str, *, silent_after: timedelta = SILENT_AFTER) -> GatewayHealth:
    """The gateway's state now; a database that cannot be read is a state too (``problem``)."""
    try:
        gateway = GammuOutbox(url, send_after=time(0), send_before=time(23, 59, 59))
    except Refused as error:
        shown = url_without_password(url)
        return GatewayHealth(shown, (), 0, 0, None, gateway_problem(shown, error))
    try:
        with gateway.engine.connect() as conn:
            now = database_now(conn, schema_version(conn))
            modems = tuple(_modem(row._mapping, now, silent_after) for row in conn.execute(_PHONES))
            waiting = int(conn.execute(_WAITING).scalar() or 0)
            before = now - STUCK_AFTER
            bound = before if conn.dialect.name == "postgresql" else f"{before:%Y-%m-%d %H:%M:%S}"
            old = conn.execute(_OLD, {"before": bound, "limit": _STUCK_LIMIT}).all()
    except SQLAlchemyError as error:
        return GatewayHealth(gateway.describe(), (), 0, 0, None,
                             gateway_problem(gateway.describe(), error))  # fmt: skip
    finally:
        gateway.dispose()
    stuck = [_moment(row[0]) for row in old if _open_at(now.time(), row[1], row[2])]
    return GatewayHealth(gateway.describe(), modems, waiting, len(stuck), min(stuck, default=None))


def office_gateway_health(db: Database) -> GatewayHealth | None:
    """The health of the gateway in the office's settings; None when it has none."""
    url = load_settings(db).gammu_db_url.strip()
    return gateway_health(url) if url else None


def _modem(row: Any, now: datetime, silent_after: timedelta) -> Modem:
    updated = _moment(row["UpdatedInDB"])
    age = max(now - updated, timedelta(0))
    return Modem(
        str(row["IMEI"]),
        str(row["ID"] or row["NetName"] or row["IMEI"]),
        updated,
        age,
        age > silent_after,
        int(row["Signal"]),
        int(row["Battery"]),
        int(row["Sent"]),
        int(row["Received"]),
    )


def _moment(value: object) -> datetime:
    """Gammu's timestamps: PostgreSQL gives datetimes, SQLite text."""
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _open_at(now: time, after: object, before: object) -> bool:
    start, end = _clock(after, time(0)), _clock(before, time(23, 59, 59))
    return start <= now <= end if start <= end else (now >= start or now <= end)


def _clock(value: object, default: time) -> time:
    if isinstance(value, time):
        return value
    try:
        return time.fromisoformat(str(value))
    except ValueError:
        return default
