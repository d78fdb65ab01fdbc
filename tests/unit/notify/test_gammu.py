"""Delivery into a real Gammu SMSD database (its documented SQL schema): exactly once,
across crashes, failures and two stations."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ektp_desk import delivery, notify, settings
from ektp_desk.collection import record_collection
from ektp_desk.db import Database
from ektp_desk.delivery import deliver_to_gammu
from ektp_desk.errors import Refused
from ektp_desk.gammu import GSM_CODING, UNICODE_CODING, ClaimLost, GammuOutbox, split_sms
from ektp_desk.notify import pending_messages
from tests.cli.harness import Cli
from tests.conftest import LEAD, OPERATOR
from tests.unit.notify.conftest import (
    NOW,
    PHONES,
    gammu_rows,
    outbox,
    printed_with_phones,
    smsd_sends_everything,
)


def test_deliver_inserts_each_message_into_the_gammu_outbox(
    office: Database, gammu: Path, at: object
) -> None:
    printed_with_phones(office)
    report = deliver_to_gammu(office, f"sqlite:///{gammu}")
    rows = gammu_rows(gammu)
    messages = outbox(office)
    assert [
        (r["DestinationNumber"], r["CreatorID"], r["Coding"], r["MultiPart"], r["UDH"])
        for r in rows
    ] == [
        ("+6281234567890", f"ektp-desk:{messages[0].id}", GSM_CODING, "false", None),
        ("+6285711112222", f"ektp-desk:{messages[1].id}", GSM_CODING, "false", None),
        ("+6281399998888", f"ektp-desk:{messages[2].id}", GSM_CODING, "false", None),
    ]
    assert [r["TextDecoded"] for r in rows] == [m.text for m in messages]
    assert {(r["SendAfter"], r["SendBefore"]) for r in rows} == {("08:00:00", "20:00:00")}
    assert [(m.gateway, m.delivery_ref, m.delivered_at) for m in messages] == [
        ("gammu", str(r["ID"]), NOW) for r in rows
    ]
    assert [(d.gammu_id, d.recovered) for d in report.delivered] == [(r["ID"], False) for r in rows]
    assert pending_messages(office) == []
    assert deliver_to_gammu(office, f"sqlite:///{gammu}").delivered == ()
    assert len(gammu_rows(gammu)) == 3


def test_sending_hours_come_from_the_settings(office: Database, gammu: Path) -> None:
    settings.save_settings(
        office,
        {
            "sms_send_after": "7.30",
            "sms_send_before": "17:00",
            "gammu_db_url": f"sqlite:///{gammu}",
        },
        operator="admin",  # the gateway URL holds a password: admins only
    )
    printed_with_phones(office, ("081234567890",))
    deliver_to_gammu(office)  # the URL from the settings
    [row] = gammu_rows(gammu)
    assert (row["SendAfter"], row["SendBefore"]) == ("07:30:00", "17:00:00")


def test_a_long_message_goes_in_as_gammu_multipart(office: Database, gammu: Path) -> None:
    long_place = "loket pengambilan KTP-el, Gedung Pelayanan Terpadu lantai 2, Jl. Tegar Beriman"
    settings.save_settings(office, {"pickup_place": long_place}, operator=LEAD)
    printed_with_phones(office, ("081234567890",))
    deliver_to_gammu(office, f"sqlite:///{gammu}")
    [first] = gammu_rows(gammu)
    parts = gammu_rows(gammu, "outbox_multipart")
    assert first["MultiPart"] == "true"
    assert [p["ID"] for p in parts] == [first["ID"]]
    assert [first["UDH"], parts[0]["UDH"]] == [
        f"050003{first['ID']:02X}0201",
        f"050003{first['ID']:02X}0202",
    ]
    assert parts[0]["SequencePosition"] == 2
    assert len(first["TextDecoded"]) == 153
    assert first["TextDecoded"] + parts[0]["TextDecoded"] == outbox(office)[0].text


def test_sms_coding_and_parts() -> None:
    assert split_sms("a" * 160) == split_sms("a" * 160)
    assert split_sms("a" * 160).parts == ("a" * 160,)
    assert [len(p) for p in split_sms("a" * 161).parts] == [153, 8]
    assert split_sms("harga {10}").coding == GSM_CODING  # extension characters count twice
    assert len(split_sms("{" * 80).parts) == 1
    assert len(split_sms("{" * 81).parts) == 2
    curly = split_sms("Ma’ruf " * 11)  # a typographic apostrophe needs Unicode
    assert curly.coding == UNICODE_CODING
    assert [len(p) for p in curly.parts] == [67, 10]


def test_a_crash_after_gammu_committed_does_not_send_twice(
    office: Database, gammu: Path, at: Callable[[datetime], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    printed_with_phones(office, ("081234567890",))
    real_mark = delivery._mark_delivered

    def power_cut(*args: object) -> None:
        raise KeyboardInterrupt("power cut after Gammu's commit, before ours")

    monkeypatch.setattr(delivery, "_mark_delivered", power_cut)
    with pytest.raises(KeyboardInterrupt):
        deliver_to_gammu(office, f"sqlite:///{gammu}", deliverer="loket-1")
    monkeypatch.setattr(delivery, "_mark_delivered", real_mark)
    assert len(gammu_rows(gammu)) == 1
    [message] = outbox(office)
    assert (message.claimed_by, message.delivered_at) == ("loket-1", None)
    # A run at once (another station) leaves the fresh claim alone: it may still finish.
    assert deliver_to_gammu(office, f"sqlite:///{gammu}", deliverer="loket-2").delivered == ()
    smsd_sends_everything(gammu)  # meanwhile gammu-smsd sent it: outbox -> sentitems
    at(NOW + notify.CLAIM_TIMEOUT + timedelta(seconds=1))
    report = deliver_to_gammu(office, f"sqlite:///{gammu}", deliverer="loket-2")
    [done] = report.delivered
    assert (done.recovered, done.creator_id) == (True, f"ektp-desk:{message.id}")
    assert gammu_rows(gammu) == []
    assert len(gammu_rows(gammu, "sentitems")) == 1
    [message] = outbox(office)
    assert (message.gateway, message.delivery_ref) == ("gammu", str(done.gammu_id))


def test_a_gateway_failure_before_its_commit_leaves_the_message_for_the_next_run(
    office: Database, gammu: Path, cli: Cli
) -> None:
    printed_with_phones(office, PHONES[:2])
    with sqlite3.connect(gammu) as conn:
        conn.execute(
            "CREATE TRIGGER full BEFORE INSERT ON outbox "
            "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
        )
    conn.close()
    error = cli.run("notify", "deliver", "--gammu-db", f"sqlite:///{gammu}", code=1)
    assert "the SMS gateway database" in error
    assert "disk full" in error
    assert gammu_rows(gammu) == []
    assert [(m.claimed_by, m.delivered_at) for m in outbox(office)] == [(None, None)] * 2
    assert all("disk full" in (m.last_error or "") for m in outbox(office))
    with sqlite3.connect(gammu) as conn:
        conn.execute("DROP TRIGGER full")
    conn.close()
    report = cli.json("notify", "deliver", "--gammu-db", f"sqlite:///{gammu}")
    assert [d["recovered"] for d in report["delivered"]] == [False, False]
    assert (report["invalid"], report["failed"]) == ([], [])
    assert len(gammu_rows(gammu)) == 2


def test_two_stations_delivering_at_once_send_each_message_once(
    office: Database, gammu: Path, db_url: str
) -> None:
    printed_with_phones(office, tuple(f"0812{n:08d}" for n in range(40)))
    start = threading.Barrier(2)
    reports: list[delivery.DeliveryReport] = []
    errors: list[BaseException] = []

    def station(name: str) -> None:
        db = Database(db_url)
        try:
            start.wait()
            reports.append(deliver_to_gammu(db, f"sqlite:///{gammu}", deliverer=name))
        except BaseException as error:  # reported below, on the test's thread
            errors.append(error)
        finally:
            db.dispose()

    threads = [threading.Thread(target=station, args=(f"loket-{n}",)) for n in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    delivered = [d.message_id for report in reports for d in report.delivered]
    assert sorted(delivered) == [m.id for m in outbox(office)]
    rows = gammu_rows(gammu)
    assert len(rows) == 40
    assert len({r["CreatorID"] for r in rows}) == 40


def test_a_stalled_deliverer_whose_claim_was_taken_over_inserts_nothing(
    office: Database, gammu: Path, at: Callable[[datetime], None]
) -> None:
    printed_with_phones(office, ("081234567890",))
    [(message_id, _phone, text)] = delivery.claim(office, "loket-1")
    at(NOW + notify.CLAIM_TIMEOUT + timedelta(minutes=1))  # loket-1 hangs for 11 minutes
    assert [m for m, _p, _t in delivery.claim(office, "loket-2")] == [message_id]
    late = GammuOutbox(f"sqlite:///{gammu}", send_after=NOW.time(), send_before=NOW.time())
    try:
        with pytest.raises(ClaimLost):
            late.hand_over(
                f"ektp-desk:{message_id}",
                "+6281234567890",
                text,
                confirm=lambda: delivery._confirm(office, message_id, "loket-1"),
            )
    finally:
        late.dispose()
    assert gammu_rows(gammu) == []  # rolled back
    assert len(deliver_to_gammu(office, f"sqlite:///{gammu}", deliverer="loket-2").delivered) == 1
    assert len(gammu_rows(gammu)) == 1


def test_an_unusable_number_is_reported_not_sent(office: Database, gammu: Path) -> None:
    printed_with_phones(office, ("021-8765-4321", "081234567890"))
    report = deliver_to_gammu(office, f"sqlite:///{gammu}")
    assert [d.number for d in report.delivered] == ["6281234567890"]
    [bad] = report.invalid
    assert (bad.phone, str(bad.reason)) == (
        "021-8765-4321",
        "phone number '021-8765-4321' is not a mobile number (mobile numbers start with 08)",
    )
    assert [r["DestinationNumber"] for r in gammu_rows(gammu)] == ["+6281234567890"]
    [waiting] = pending_messages(office)
    assert (waiting.number, waiting.whatsapp_url) == (None, None)
    assert waiting.problem is not None


def test_a_database_that_is_not_gammu_is_refused(office: Database, tmp_path: Path) -> None:
    printed_with_phones(office, ("081234567890",))
    other = tmp_path / "other.db"
    sqlite3.connect(other).close()
    with pytest.raises(Refused, match="is not a Gammu SMSD database: its outbox, sentitems"):
        deliver_to_gammu(office, f"sqlite:///{other}")
    with pytest.raises(Refused, match="no SMS gateway database: give --gammu-db URL"):
        deliver_to_gammu(office)
    with pytest.raises(Refused, match="cannot use the SMS gateway database URL"):
        deliver_to_gammu(office, "nosuchdriver://x")
    [message] = outbox(office)
    assert message.claimed_by is None


def test_a_card_collected_before_its_message_went_out_is_not_announced(
    office: Database, gammu: Path
) -> None:
    [nik] = printed_with_phones(office, ("081234567890",))
    record_collection(office, nik, by="Warga 1", operator=OPERATOR)
    assert pending_messages(office) == []
    assert deliver_to_gammu(office, f"sqlite:///{gammu}").delivered == ()
    assert gammu_rows(gammu) == []
