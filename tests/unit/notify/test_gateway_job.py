"""The gateway job keeps running when the gateway fails mid-pass: it says why and tries again."""

from __future__ import annotations

import threading
from pathlib import Path

from ektp_desk.db import Database
from ektp_desk.gateway_job import run_pass
from tests.conftest import OPERATOR
from tests.factories import actor
from tests.unit.notify.conftest import gammu_rows, printed_with_phones


def test_a_gateway_without_an_inbox_is_reported_and_the_ready_messages_still_go(
    office: Database, gammu: Path
) -> None:
    printed_with_phones(office)  # three ready-messages; this hand-made gateway has no inbox
    desk = actor(office, OPERATOR)
    report = run_pass(office, f"sqlite:///{gammu}", actor=desk, stop=threading.Event())
    assert report.delivery is not None
    assert len(report.delivery.delivered) == 3
    assert report.answers is None
    assert report.problem == (
        f"the SMS gateway database sqlite:///{gammu} cannot be used (no such table: inbox); "
        "the questions wait in its inbox for the next pass"
    )
    assert len(gammu_rows(gammu)) == 3
