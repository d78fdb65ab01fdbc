"""One print station of the PostgreSQL case, as its own process.

    python -m benchmarks.pg_worker ours|raw URL STATION OPERATOR COUNT

It connects, prints ``ready``, waits for a line on stdin, then claims and prints COUNT records
and prints ``done <time.monotonic()>``. ``ours`` calls the core (``claim_next`` then
``record_print``, one transaction each); ``raw`` is a psycopg loop doing the same writes
the way a careful hand would: a ``FOR UPDATE SKIP LOCKED`` claim, then the attempt, the
record's outcome, the station's two rolls in one guarded update, the shared blank count last
(its row lock is what the stations queue for), the three ledger rows in one batch, and the
audit row. The case checks that both sides leave every table with the same number of rows.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any, Final

OPEN: Final = "('queued', 'printing', 'on_hold')"
CLAIM_SQL: Final = (
    "SELECT id FROM records WHERE status = 'queued' ORDER BY band, lane, entered_at, id "
    "LIMIT 1 FOR UPDATE SKIP LOCKED"
)
CLAIMED_SQL: Final = (
    "UPDATE records SET status = 'printing', claimed_station_id = %s, claimed_at = %s, "
    "claimed_shift_id = %s WHERE id = %s RETURNING nik"
)
FIND_SQL: Final = f"SELECT id, attempts FROM records WHERE nik = %s AND status IN {OPEN} FOR UPDATE"
ATTEMPT_SQL: Final = (
    "INSERT INTO print_attempts (record_id, station_id, operator_id, attempt_no, outcome, "
    "spoil_reason, blank_serial, at, shift_id) VALUES (%s, %s, %s, %s, 'printed', NULL, NULL, "
    "%s, %s) RETURNING id"
)
BLANK_SQL: Final = (
    "UPDATE stock_balances SET qty = qty - 1 WHERE item = 'blank' AND qty - 1 >= 0 RETURNING qty"
)
ROLLS_SQL: Final = (
    "UPDATE stations SET ribbon_left = ribbon_left - %(ribbon)s, film_left = film_left - "
    "%(film)s WHERE id = %(id)s AND ribbon_left - %(ribbon)s >= 0 AND film_left - %(film)s >= 0 "
    "RETURNING ribbon_left, film_left"
)
LEDGER_SQL: Final = (
    "INSERT INTO stock_movements (at, item, station_id, delta, balance_after, kind, user_id, "
    "attempt_id, ref, note) VALUES (%s, %s, %s, %s, %s, 'consume', %s, %s, NULL, NULL)"
)
AUDIT_SQL: Final = (
    "INSERT INTO audit_log (at, \"user\", action, subject, detail) VALUES (%s, %s, 'print', %s, %s)"
)
PRINTED_SQL: Final = (
    "UPDATE records SET status = 'printed', attempts = %s, claimed_station_id = NULL, "
    "claimed_at = NULL, claimed_shift_id = NULL, printed_at = %s WHERE id = %s"
)


def ours(url: str, station: str, operator: str) -> Callable[[], None]:
    from ektp_desk.db import Database
    from ektp_desk.printing import claim_next, record_print
    from ektp_desk.stations import list_stations

    db = Database(url)
    list_stations(db)  # connected, as a running station is

    def one() -> None:
        claim = claim_next(db, station=station)
        record_print(db, claim.nik, station=station, operator=operator)

    return one


def raw(url: str, station: str, operator: str) -> Callable[[], None]:
    import psycopg
    from sqlalchemy.engine import make_url

    from ektp_desk.clock import now

    conn = psycopg.connect(make_url(url).set(drivername="postgresql").render_as_string(False))
    station_id, ribbon_panels, film_panels, shift_id, user_id = _ids(conn, station, operator)
    audited = _one(conn, "SELECT to_regclass('audit_log') IS NOT NULL", ())[0]
    conn.commit()

    def one() -> None:
        with conn.transaction():
            (record_id,) = _one(conn, CLAIM_SQL, ())
            (nik,) = _one(conn, CLAIMED_SQL, (station_id, now(), shift_id, record_id))
        with conn.transaction():
            record_id, attempts = _one(conn, FIND_SQL, (nik,))
            at = now()
            (attempt_id,) = _one(
                conn, ATTEMPT_SQL, (record_id, station_id, user_id, attempts + 1, at, shift_id)
            )
            conn.execute(PRINTED_SQL, (attempts + 1, at, record_id))
            ribbon, film = _one(
                conn, ROLLS_SQL, {"ribbon": ribbon_panels, "film": film_panels, "id": station_id}
            )
            (blank,) = _one(conn, BLANK_SQL, ())  # the row every station shares: last
            with conn.cursor() as cursor:
                cursor.executemany(
                    LEDGER_SQL,
                    [(now(), "blank", None, -1, blank, user_id, attempt_id),
                     (now(), "ribbon", station_id, -ribbon_panels, ribbon, user_id, attempt_id),
                     (now(), "film", station_id, -film_panels, film, user_id, attempt_id)],
                )  # fmt: skip
            if audited:
                conn.execute(AUDIT_SQL, (now(), operator, nik, station))

    return one


def _ids(conn: Any, station: str, operator: str) -> tuple[int, int, int, int, int]:
    station_id, ribbon, film = _one(
        conn, "SELECT id, ribbon_panels, film_panels FROM stations WHERE name = %s", (station,)
    )
    (shift_id,) = _one(
        conn,
        "SELECT shifts.id FROM shifts JOIN shift_stations ON shift_stations.shift_id = shifts.id "
        "WHERE shift_stations.station_id = %s AND shifts.ended_at IS NULL",
        (station_id,),
    )
    (user_id,) = _one(conn, "SELECT id FROM users WHERE name = %s", (operator,))
    conn.commit()
    return station_id, ribbon, film, shift_id, user_id


def _one(conn: Any, sql: str, params: tuple[Any, ...] | dict[str, Any]) -> tuple[Any, ...]:
    row = conn.execute(sql, params).fetchone()
    if row is None:
        raise RuntimeError(f"no row: {sql}")
    return tuple(row)


def main(argv: list[str]) -> int:
    mode, url, station, operator, count = argv
    one = (ours if mode == "ours" else raw)(url, station, operator)
    print("ready", flush=True)
    sys.stdin.readline()
    for _ in range(int(count)):
        one()
    print(f"done {time.monotonic()}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
