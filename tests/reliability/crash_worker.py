"""A print station that works until it is killed (run as a child by test_crash.py)."""

from __future__ import annotations

import random
import sys

from ektp_desk import printing, stock
from ektp_desk.db import Database
from ektp_desk.errors import Refused


def work(url: str, seed: int) -> None:
    db = Database(url)
    rng = random.Random(seed)
    print("ready", flush=True)
    while True:
        roll = rng.random()
        try:
            if roll < 0.05:
                stock.load_roll(db, rng.choice(["ribbon", "film"]), station="Loket 1",
                                operator="lead1")  # fmt: skip
                continue
            claim = printing.claim_next(db, station="Loket 1")
            if roll < 0.15:
                continue  # claimed, then the operator walked away: left at the printer
            spoiled = "card_jam" if roll < 0.3 else None
            printing.record_print(db, claim.nik, station="Loket 1", operator="operator1",
                                  spoiled=spoiled)  # fmt: skip
        except Refused:
            continue


if __name__ == "__main__":
    work(sys.argv[1], int(sys.argv[2]))
