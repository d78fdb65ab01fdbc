"""One print station of the PostgreSQL case, as its own process.

    python -m benchmarks.pg_worker ours|raw URL STATION OPERATOR

It connects, prints ``ready``, waits for ``go SECONDS`` on stdin, then claims and prints
records until SECONDS have passed, timing every print (claim + record, as a station does it),
and prints one line: ``done {"end": <time.monotonic()>, "latency": [s, ...], "niks": [...]}``.

``ours`` calls the core (``claim_next`` then ``record_print``, one transaction each); ``raw``
is a psycopg loop doing the same writes the way a careful hand would: a ``FOR UPDATE SKIP
LOCKED`` claim and its audit row; then the attempt, the record's outcome, the station's two
rolls in one guarded update, the shared blank count last (its row lock is what the stations
queue for), and at the end the two hash-chained books: both chain heads locked, the three
ledger rows in one batch and the audit row, each linked to the row before it, the heads moved.
The case checks that both sides write the same rows per print.
"""

from __future__ import annotations

import json
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
PRINTED_SQL: Final = (
    "UPDATE records SET status = 'printed', attempts = %s, claimed_station_id = NULL, "
    "claimed_at = NULL, claimed_shift_id = NULL, printed_at = %s WHERE id = %s"
)
HEADS_SQL: Final = (
    "SELECT chain, hash FROM chain_heads WHERE chain = ANY(%s) ORDER BY chain FOR UPDATE"
)
LEDGER_SQL: Final = (
    "INSERT INTO stock_movements (at, item, station_id, delta, balance_after, kind, user_id, "
    "attempt_id, hash) VALUES (%(at)s, %(item)s, %(station_id)s, %(delta)s, %(balance_after)s, "
    "%(kind)s, %(user_id)s, %(attempt_id)s, %(hash)s) RETURNING id"
)
AUDIT_SQL: Final = (
    'INSERT INTO audit_log (at, "user", action, subject, detail, hash) VALUES (%(at)s, '
    "%(user)s, %(action)s, %(subject)s, %(detail)s, %(hash)s) RETURNING id"
)
MOVE_HEAD_SQL: Final = "UPDATE chain_heads SET last_id = %s, hash = %s WHERE chain = %s"


def ours(url: str, station: str, operator: str) -> Callable[[], str]:
    from ektp_desk.db import Database
    from ektp_desk.printing import claim_next, record_print
    from ektp_desk.stations import list_stations

    db = Database(url)
    list_stations(db)  # connected, as a running station is

    def one() -> str:
        claim = claim_next(db, station=station)
        record_print(db, claim.nik, station=station, operator=operator)
        return claim.nik

    return one


def raw(url: str, station: str, operator: str) -> Callable[[], str]:
    import psycopg
    from sqlalchemy.engine import make_url

    from ektp_desk.clock import now

    conn = psycopg.connect(make_url(url).set(drivername="postgresql").render_as_string(False))
    station_id, ribbon_panels, film_panels, shift_id, user_id = _ids(conn, station, operator)

    def one() -> str:
        with conn.transaction():
            (record_id,) = _one(conn, CLAIM_SQL, ())
            (nik,) = _one(conn, CLAIMED_SQL, (station_id, now(), shift_id, record_id))
            _chained(conn, [], _audit(now(), None, "claim", nik, station))
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
            moves = [
                _move(now(), "blank", None, -1, blank, user_id, attempt_id),
                _move(now(), "ribbon", station_id, -ribbon_panels, ribbon, user_id, attempt_id),
                _move(now(), "film", station_id, -film_panels, film, user_id, attempt_id),
            ]
            _chained(conn, moves, _audit(now(), operator, "print", nik, station))
        return str(nik)

    return one


def _chained(conn: Any, moves: list[dict[str, Any]], audit: dict[str, Any]) -> None:
    """The books' rows linked into their chains, as ``ektp_desk.chain`` writes them at the
    commit: heads locked in name order, rows inserted with their hashes, heads moved."""
    from ektp_desk.chain import link

    books = (["stock_movements"] if moves else []) + ["audit_log"]
    heads = dict(conn.execute(HEADS_SQL, (books,)).fetchall())
    moved = []
    for book, sql, rows in (("stock_movements", LEDGER_SQL, moves),
                            ("audit_log", AUDIT_SQL, [audit])):  # fmt: skip
        if not rows:
            continue
        head = heads[book]
        for row in rows:
            row["hash"] = head = link(head, row)
        with conn.cursor() as cursor:
            cursor.executemany(sql, rows, returning=True)
            last_id = _last_id(cursor)
        moved.append((last_id, head, book))
    with conn.cursor() as cursor:
        cursor.executemany(MOVE_HEAD_SQL, moved)


def _last_id(cursor: Any) -> int:
    last = None
    while True:
        row = cursor.fetchone()
        if row is not None:
            last = row[0]
        if not cursor.nextset():
            break
    assert last is not None
    return int(last)


def _move(at: Any, item: str, station_id: int | None, delta: int, balance: int,
          user_id: int, attempt_id: int) -> dict[str, Any]:  # fmt: skip
    return {"at": at, "item": item, "station_id": station_id, "delta": delta,
            "balance_after": balance, "kind": "consume", "user_id": user_id,
            "attempt_id": attempt_id}  # fmt: skip


def _audit(at: Any, user: str | None, action: str, nik: str, station: str) -> dict[str, Any]:
    return {"at": at, "user": user, "action": action, "subject": nik, "detail": station}


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
    mode, url, station, operator = argv
    one = (ours if mode == "ours" else raw)(url, station, operator)
    print("ready", flush=True)
    word, seconds = sys.stdin.readline().split()
    assert word == "go"
    deadline = time.monotonic() + float(seconds)
    latency: list[float] = []
    niks: list[str] = []
    while time.monotonic() < deadline:
        start = time.perf_counter()
        niks.append(one())
        latency.append(time.perf_counter() - start)
    report = {"end": time.monotonic(), "latency": latency, "niks": niks}
    print("done " + json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
