"""Gammu SMSD databases made from Gammu's own SQL, as the Debian package ships it.

``gammu-smsd`` (Debian's package) installs ``sqlite.sql`` and ``pgsql.sql`` (schema version
17) in its documentation folder; the tests load those files unchanged, so the tables are the
ones the real daemon reads and writes. Schema 18 (Gammu 1.44) adds the inbox's grouping
columns ``MessageID``, ``SequencePosition`` and ``PartCount``; ``upgrade_to_18`` applies
that change the way its release notes ask an existing database to be upgraded.

Without the package the tests skip with that reason; with ``EKTP_REQUIRE_PG=1`` (CI) they fail.
"""

from __future__ import annotations

import gzip
import os
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, text

EXAMPLES = Path("/usr/share/doc/gammu-smsd/examples")
INSTALL = "apt-get install -y gammu-smsd"


def package_sql(name: str) -> str:
    for path in (EXAMPLES / name, EXAMPLES / f"{name}.gz"):
        if path.exists():
            raw = path.read_bytes()
            return (gzip.decompress(raw) if path.suffix == ".gz" else raw).decode()
    reason = f"Gammu's own {name} is missing: install the gammu-smsd package ({INSTALL})"
    if os.environ.get("EKTP_REQUIRE_PG"):
        pytest.fail(reason)
    pytest.skip(reason)


_V18 = (
    'ALTER TABLE inbox ADD COLUMN "MessageID" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE inbox ADD COLUMN "SequencePosition" INTEGER NOT NULL DEFAULT 1',
    'ALTER TABLE inbox ADD COLUMN "PartCount" INTEGER NOT NULL DEFAULT 1',
    'UPDATE gammu SET "Version" = 18',
)


class GammuDb:
    """A Gammu database as the tests see it: messages arrive, replies are read back."""

    def __init__(self, url: str, version: int = 17) -> None:
        self.url = url
        self.version = version
        self.engine: Engine = create_engine(url)
        kind = "pgsql.sql" if url.startswith("postgresql") else "sqlite.sql"
        script = package_sql(kind)
        # PostgreSQL 9+ has plpgsql built in; Gammu's script still creates it (an error there).
        script = script.replace("CREATE LANGUAGE plpgsql;", "")
        self._empty(kind)
        raw = self.engine.raw_connection()
        try:
            if kind == "sqlite.sql":
                raw.driver_connection.executescript(script)  # type: ignore[union-attr]
            else:
                raw.cursor().execute(script)
            raw.commit()
        finally:
            raw.close()
        if version >= 18:
            with self.engine.begin() as conn:
                for statement in _V18:
                    conn.exec_driver_sql(statement)

    def _empty(self, kind: str) -> None:
        """Start from an empty database (a test may make several in one place)."""
        with self.engine.begin() as conn:
            if kind == "pgsql.sql":
                conn.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
            else:
                names = conn.exec_driver_sql(
                    "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'trigger') "
                    "AND name NOT LIKE 'sqlite_%' ORDER BY type DESC"
                ).all()
                for kind_of, name in names:
                    conn.exec_driver_sql(f'DROP {kind_of.upper()} IF EXISTS "{name}"')

    @property
    def typed(self) -> bool:
        return self.url.startswith("postgresql")

    def now(self) -> datetime:
        with self.engine.connect() as conn:
            if self.typed:
                value = conn.execute(text("SELECT LOCALTIMESTAMP(0)")).scalar()
                assert isinstance(value, datetime)
                return value
            modifier = ", 'localtime'" if self.version >= 18 else ""
            raw = conn.execute(text(f"SELECT datetime('now'{modifier})")).scalar()
            return datetime.fromisoformat(str(raw))

    def receive(
        self,
        sender: str,
        body: str,
        *,
        at: datetime | None = None,
        udh: str = "",
        group: tuple[int, int, int] | None = None,  # v18: MessageID, position, count
    ) -> int:
        """What gammu-smsd does when an SMS (or one part of one) arrives."""
        values: dict[str, Any] = {
            "sender": sender, "text": body, "udh": udh, "at": self._stamp(at or self.now()),
            "hex": body.encode("utf-16-be").hex().upper(),
        }  # fmt: skip
        columns = '"SenderNumber", "TextDecoded", "Text", "UDH", "ReceivingDateTime", "RecipientID"'
        params = ":sender, :text, :hex, :udh, :at, 'gammu-test'"
        if group is not None:
            columns += ', "MessageID", "SequencePosition", "PartCount"'
            params += ", :message, :position, :count"
            values.update(message=group[0], position=group[1], count=group[2])
        with self.engine.begin() as conn:
            conn.execute(text(f"INSERT INTO inbox ({columns}) VALUES ({params})"), values)
            found = conn.execute(text('SELECT MAX("ID") FROM inbox')).scalar()
        return int(found or 0)

    def modem_reports(
        self, imei: str, name: str, at: datetime, *, signal: int = 42, battery: int = 100,
        sent: int = 0, received: int = 0,
    ) -> None:  # fmt: skip
        """A phones row as gammu-smsd keeps it, last refreshed at ``at``."""
        values = {"id": name, "at": self._stamp(at), "imei": imei, "signal": signal,
                  "battery": battery, "sent": sent, "received": received}  # fmt: skip
        with self.engine.begin() as conn:
            conn.execute(
                text('INSERT INTO phones ("ID", "UpdatedInDB", "InsertIntoDB", "TimeOut", '
                     '"IMEI", "IMSI", "Client", "Signal", "Battery", "Sent", "Received") '
                     "VALUES (:id, :at, :at, :at, :imei, '510100000000000', 'Gammu 1.42.0', "
                     ":signal, :battery, :sent, :received)"),
                values,
            )  # fmt: skip

    def queue_for_sending(self, number: str, body: str, at: datetime) -> None:
        """A message put into the outbox at ``at`` that the daemon has not sent."""
        with self.engine.begin() as conn:
            conn.execute(
                text('INSERT INTO outbox ("DestinationNumber", "TextDecoded", "CreatorID", '
                     '"InsertIntoDB") VALUES (:number, :body, \'test\', :at)'),
                {"number": number, "body": body, "at": self._stamp(at)},
            )  # fmt: skip

    def _stamp(self, moment: datetime) -> datetime | str:
        return moment if self.typed else f"{moment:%Y-%m-%d %H:%M:%S}"

    def replies(self) -> list[tuple[str, str]]:
        """(number, whole text) of every message in the outbox or already sent, in order."""
        with self.engine.connect() as conn:
            firsts = conn.execute(
                text('SELECT "ID", "DestinationNumber", "TextDecoded" FROM outbox ORDER BY "ID"')
            ).all()
            rest = conn.execute(
                text('SELECT "ID", "TextDecoded" FROM outbox_multipart '
                     'ORDER BY "ID", "SequencePosition"')
            ).all()  # fmt: skip
            sent = conn.execute(
                text('SELECT "DestinationNumber", "TextDecoded" FROM sentitems '
                     'ORDER BY "ID", "SequencePosition"')
            ).all()  # fmt: skip
        more: dict[int, str] = {}
        for gammu_id, part in rest:
            more[gammu_id] = more.get(gammu_id, "") + (part or "")
        queued = [(number, first + more.get(gammu_id, "")) for gammu_id, number, first in firsts]
        return [(number, body) for number, body in sent] + queued

    def creators(self) -> list[str]:
        with self.engine.connect() as conn:
            return list(
                conn.execute(text('SELECT "CreatorID" FROM outbox ORDER BY "ID"')).scalars()
            )

    def unprocessed(self) -> int:
        flag = "false" if self.typed else "'false'"
        with self.engine.connect() as conn:
            found = conn.execute(
                text(f'SELECT COUNT(*) FROM inbox WHERE "Processed" = {flag}')
            ).scalar()
        return int(found or 0)

    def dispose(self) -> None:
        self.engine.dispose()
