"""What one print station does in the concurrency tests, in its own process."""

from __future__ import annotations

import random

from ektp_desk import printing
from ektp_desk.db import Database
from ektp_desk.errors import Refused


def run_station(url: str, station: str, operator: str, seed: int) -> tuple[int, int]:
    """Claim and print until the queue is empty; every 20th card or so comes out spoiled.
    Returns (attempts, spoiled)."""
    db = Database(url)
    rng = random.Random(seed)
    attempts = spoiled = 0
    try:
        while True:
            try:
                claim = printing.claim_next(db, station=station)
            except Refused as error:
                if "queue is empty" in str(error):
                    return attempts, spoiled
                raise
            reason = "misprint" if rng.random() < 0.05 else None
            printing.record_print(db, claim.nik, station=station, operator=operator,
                                  spoiled=reason)  # fmt: skip
            attempts += 1
            spoiled += reason is not None
    finally:
        db.dispose()
