"""The answering job as its own process (run by test_sms_exactly_once.py).

``python sms_worker.py OFFICE_URL GAMMU_URL KILL_AT`` answers Gammu's inbox once; with KILL_AT
> 0 the process dies (``os._exit``, as a power cut would) at that step of the job: the first
step is reading the inbox, then, per question, locking it, each reply, marking it, and the
commit.
"""

from __future__ import annotations

import os
import sys

from ektp_desk.access import actor_named
from ektp_desk.answering import answer_questions
from ektp_desk.db import Database

KILLED = 9


def main(office_url: str, gammu_url: str, kill_at: int) -> None:
    db = Database(office_url)
    steps = 0

    def step(_name: str) -> None:
        nonlocal steps
        steps += 1
        if steps == kill_at:
            os._exit(KILLED)

    report = answer_questions(db, gammu_url, actor=actor_named(db, "operator1"), step=step)
    print(len(report.answered), steps, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
