"""Ready-to-collect messages: queued with the printed card, delivered exactly once.

The SMS gateway is a real Gammu SMSD database: the tables below follow Gammu's documented SQL
schema (version 17+: ``outbox``, ``outbox_multipart``, ``sentitems``), so the rows checked here
are the rows ``gammu-smsd`` would pick up and send.
"""

from __future__ import annotations

import csv
import sqlite3
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from ektp_desk import clock, delivery, notify, notify_text, printing, resume, settings, shifts
from ektp_desk.collection import record_collection
from ektp_desk.db import Database
from ektp_desk.delivery import deliver_to_gammu
from ektp_desk.errors import Refused
from ektp_desk.gammu import GSM_CODING, UNICODE_CODING, ClaimLost, GammuOutbox, split_sms
from ektp_desk.models import OutboxMessage, Record
from ektp_desk.notify import mark_sent, pending_messages, write_links_csv
from tests.cli.test_cli import Cli
from tests.conftest import LEAD, OPERATOR, STATION
from tests.factories import add_records

GAMMU_SCHEMA = """
CREATE TABLE gammu (Version INTEGER NOT NULL DEFAULT 0 PRIMARY KEY);
INSERT INTO gammu (Version) VALUES (17);
CREATE TABLE outbox (
  UpdatedInDB NUMERIC NOT NULL DEFAULT (datetime('now', 'localtime')),
  InsertIntoDB NUMERIC NOT NULL DEFAULT (datetime('now', 'localtime')),
  SendingDateTime NUMERIC NOT NULL DEFAULT (datetime('now', 'localtime')),
  SendBefore time NOT NULL DEFAULT '23:59:59',
  SendAfter time NOT NULL DEFAULT '00:00:00',
  Text TEXT,
  DestinationNumber TEXT NOT NULL DEFAULT '',
  Coding TEXT NOT NULL DEFAULT 'Default_No_Compression',
  UDH TEXT,
  Class INTEGER DEFAULT -1,
  TextDecoded TEXT NOT NULL DEFAULT '',
  ID INTEGER PRIMARY KEY AUTOINCREMENT,
  MultiPart TEXT NOT NULL DEFAULT 'false',
  RelativeValidity INTEGER DEFAULT -1,
  SenderID TEXT,
  SendingTimeOut NUMERIC NOT NULL DEFAULT (datetime('now', 'localtime')),
  DeliveryReport TEXT DEFAULT 'default',
  CreatorID TEXT NOT NULL,
  Retries INTEGER DEFAULT 0,
  Priority INTEGER DEFAULT 0,
  Status TEXT NOT NULL DEFAULT 'Reserved',
  StatusCode INTEGER NOT NULL DEFAULT -1,
  CHECK (Coding IN ('Default_No_Compression', 'Unicode_No_Compression', '8bit',
                    'Default_Compression', 'Unicode_Compression')),
  CHECK (DeliveryReport IN ('default', 'yes', 'no'))
);
CREATE INDEX outbox_date ON outbox (SendingDateTime, SendingTimeOut);
CREATE INDEX outbox_sender ON outbox (SenderID);
CREATE TABLE outbox_multipart (
  Text TEXT,
  Coding TEXT NOT NULL DEFAULT 'Default_No_Compression',
  UDH TEXT,
  Class INTEGER DEFAULT -1,
  TextDecoded TEXT DEFAULT NULL,
  ID INTEGER,
  SequencePosition INTEGER NOT NULL DEFAULT 1,
  Status TEXT NOT NULL DEFAULT 'Reserved',
  StatusCode INTEGER NOT NULL DEFAULT -1,
  PRIMARY KEY (ID, SequencePosition)
);
CREATE TABLE sentitems (
  UpdatedInDB NUMERIC NOT NULL DEFAULT (datetime('now', 'localtime')),
  InsertIntoDB NUMERIC NOT NULL DEFAULT (datetime('now', 'localtime')),
  SendingDateTime NUMERIC NOT NULL DEFAULT (datetime('now', 'localtime')),
  DeliveryDateTime NUMERIC NULL,
  Text TEXT NOT NULL,
  DestinationNumber TEXT NOT NULL DEFAULT '',
  Coding TEXT NOT NULL DEFAULT 'Default_No_Compression',
  UDH TEXT NOT NULL,
  SMSCNumber TEXT NOT NULL DEFAULT '',
  Class INTEGER NOT NULL DEFAULT -1,
  TextDecoded TEXT NOT NULL DEFAULT '',
  ID INTEGER,
  SenderID TEXT NOT NULL,
  SequencePosition INTEGER NOT NULL DEFAULT 1,
  Status TEXT NOT NULL DEFAULT 'SendingOK',
  StatusError INTEGER NOT NULL DEFAULT -1,
  TPMR INTEGER NOT NULL DEFAULT -1,
  RelativeValidity INTEGER NOT NULL DEFAULT -1,
  CreatorID TEXT NOT NULL,
  StatusCode INTEGER NOT NULL DEFAULT -1,
  PRIMARY KEY (ID, SequencePosition)
);
"""
NOW = datetime(2026, 3, 10, 9, 0)
PHONES = ("0812-3456-7890", "+62 857 1111 2222", "6281399998888")


@pytest.fixture
def gammu(tmp_path: Path) -> Path:
    """An empty Gammu SMSD database (SQLite back end), as `gammu-smsd` would use it."""
    path = tmp_path / "smsd.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(GAMMU_SCHEMA)
    conn.close()
    return path


def gammu_rows(path: Path, table: str = "outbox") -> list[dict[str, Any]]:
    with sqlite3.connect(path) as conn:
        conn.row_factory = sqlite3.Row
        rows = [dict(row) for row in conn.execute(f"SELECT * FROM {table} ORDER BY ID")]
    conn.close()
    return rows


def smsd_sends_everything(path: Path) -> None:
    """What gammu-smsd does after sending: the message moves from outbox to sentitems."""
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO sentitems (ID, DestinationNumber, Text, UDH, TextDecoded, SenderID, "
            "CreatorID) SELECT ID, DestinationNumber, '', '', TextDecoded, 'modem1', CreatorID "
            "FROM outbox"
        )
        conn.execute("DELETE FROM outbox")
    conn.close()


@pytest.fixture
def at(monkeypatch: pytest.MonkeyPatch) -> Callable[[datetime], None]:
    moment = [NOW]
    monkeypatch.setattr(clock, "now", lambda: moment[0])

    def set_time(when: datetime) -> None:
        moment[0] = when

    return set_time


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    runner = Cli(db_url, capsys, monkeypatch)
    runner.default_user = LEAD
    return runner


def printed_with_phones(db: Database, phones: tuple[str | None, ...] = PHONES) -> list[str]:
    """Records with these phones (as an older import stored them), printed now."""
    niks = add_records(db, len(phones))
    with db.write() as session:
        for nik, phone in zip(niks, phones, strict=True):
            session.execute(update(Record).where(Record.nik == nik).values(phone=phone))
    for nik in niks:
        printing.record_print(db, nik, station=STATION, operator=OPERATOR)
    return niks


def outbox(db: Database) -> list[OutboxMessage]:
    with db.read() as session:
        rows = list(session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))
        session.expunge_all()
    return rows


# --- queueing -----------------------------------------------------------------------------


def test_a_printed_card_with_a_phone_queues_its_message(office: Database, at: object) -> None:
    printed_with_phones(office, ("0812-3456-7890", None))
    [message] = outbox(office)
    assert (message.phone, message.created_at, message.delivered_at) == ("6281234567890", NOW, None)
    assert message.text == (
        "Yth. Bapak Warga 1, KTP-el Anda sudah jadi dan dapat diambil di loket pengambilan "
        "KTP-el. Bawa bukti perekaman. Disdukcapil Kabupaten Bogor"
    )


def test_a_spoiled_card_queues_nothing_and_its_reprint_queues_once(office: Database) -> None:
    [nik] = add_records(office, 1)
    with office.write() as session:
        session.execute(update(Record).values(phone="081234567890"))
    printing.record_print(office, nik, station=STATION, operator=OPERATOR, spoiled="film_jam")
    assert outbox(office) == []
    printing.record_print(office, nik, station=STATION, operator=OPERATOR)
    assert len(outbox(office)) == 1


def test_a_card_resolved_as_printed_after_a_crash_queues_its_message(office: Database) -> None:
    [nik] = add_records(office, 1)
    with office.write() as session:
        session.execute(update(Record).values(phone="081234567890"))
    printing.claim_next(office, station=STATION)
    shifts.end_shift(office, lead=LEAD)
    shifts.start_shift(office, "siang", lead=LEAD)
    resume.resolve(office, nik, outcome="printed", operator=LEAD)
    assert [m.phone for m in outbox(office)] == ["6281234567890"]


def test_the_office_words_the_message(office: Database) -> None:
    settings.save_settings(
        office,
        {
            "notify_template": "{salutation} {name}: KTP-el siap di {place} sejak {date}. {office}",
            "pickup_place": "Mal Pelayanan Publik Cibinong",
            "office_name": "Disdukcapil Bogor",
        },
        operator=LEAD,
    )
    [nik] = add_records(office, 1)
    with office.write() as session:
        session.execute(
            update(Record).values(name="SITI MA'RUFAH", female=True, phone="081234567890")
        )
    printing.record_print(office, nik, station=STATION, operator=OPERATOR)
    today = clock.now().strftime("%d-%m-%Y")
    assert outbox(office)[0].text == (
        f"Ibu Siti Ma'rufah: KTP-el siap di Mal Pelayanan Publik Cibinong sejak {today}. "
        "Disdukcapil Bogor"
    )


def test_a_wording_saved_at_another_station_is_used_by_the_next_print(
    office: Database, db_url: str
) -> None:
    """Nothing is cached between prints: a change saved through another connection (another
    station's program) words the very next message, and going back to a default works too."""
    niks = printed_with_phones(office, ("081234567890",))
    niks += add_records(office, 2, first_serial=50)
    with office.write() as session:
        session.execute(update(Record).where(Record.nik.in_(niks[1:])).values(phone="0812999"))
    other_station = Database(db_url)
    try:
        settings.save_settings(
            other_station,
            {"notify_template": "{name} di {place}. {office}", "pickup_place": "Loket 9",
             "office_name": "Dukcapil Depok"},
            operator=LEAD,
        )  # fmt: skip
        printing.record_print(office, niks[1], station=STATION, operator=OPERATOR)
        settings.save_settings(
            other_station, {"notify_template": notify_text.DEFAULT_TEMPLATE}, operator=LEAD
        )
        printing.record_print(office, niks[2], station=STATION, operator=OPERATOR)
    finally:
        other_station.dispose()
    first, second, third = (m.text for m in outbox(office))
    assert first.endswith("Disdukcapil Kabupaten Bogor")
    assert second == "Warga 50 di Loket 9. Dukcapil Depok"
    assert third == (
        "Yth. Bapak Warga 51, KTP-el Anda sudah jadi dan dapat diambil di Loket 9. "
        "Bawa bukti perekaman. Dukcapil Depok"
    )


def test_a_resolved_print_reads_the_wording_itself(office: Database) -> None:
    settings.save_settings(office, {"pickup_place": "Loket 9"}, operator=LEAD)
    [nik] = add_records(office, 1)
    with office.write() as session:
        session.execute(update(Record).values(phone="081234567890"))
    printing.claim_next(office, station=STATION)
    resume.resolve(office, nik, outcome="printed", operator=LEAD)
    assert "dapat diambil di Loket 9." in outbox(office)[0].text


def test_a_record_that_has_its_message_is_not_given_a_second_one(office: Database) -> None:
    [nik] = printed_with_phones(office, ("081234567890",))
    with office.write() as session:
        record = session.scalar(select(Record).where(Record.nik == nik))
        assert record is not None
        assert notify.queue_ready_message(session, record) is False
    assert len(outbox(office)) == 1


@pytest.mark.parametrize(
    ("changes", "match"),
    [
        ({"notify_template": "Yth. {nama}, KTP-el siap."}, "unknown field 'nama'"),
        ({"notify_template": "Yth. {name, KTP-el siap."}, "message template is not valid"),
        ({"sms_send_after": "8 pagi"}, "'8 pagi' is not a time of day"),
        ({"sms_send_before": "24:00"}, "is not a time of day"),
    ],
)
def test_a_broken_template_or_hour_is_refused(
    office: Database, changes: dict[str, object], match: str
) -> None:
    with pytest.raises(Refused, match=match):
        settings.save_settings(office, changes, operator=LEAD)
    assert settings.load_settings(office) == settings.OfficeSettings()


# --- Gammu SMSD ---------------------------------------------------------------------------


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


# --- WhatsApp -----------------------------------------------------------------------------


def test_whatsapp_links_use_the_international_number_and_the_encoded_text(
    office: Database,
) -> None:
    printed_with_phones(office)
    links = pending_messages(office)
    assert [m.number for m in links] == ["6281234567890", "6285711112222", "6281399998888"]
    assert links[0].whatsapp_url == (
        "https://wa.me/6281234567890?text=Yth.%20Bapak%20Warga%201%2C%20KTP-el%20Anda%20sudah"
        "%20jadi%20dan%20dapat%20diambil%20di%20loket%20pengambilan%20KTP-el.%20Bawa%20bukti"
        "%20perekaman.%20Disdukcapil%20Kabupaten%20Bogor"
    )


def test_links_export_to_csv_for_a_spreadsheet(office: Database, tmp_path: Path) -> None:
    printed_with_phones(office, ("081234567890", "021-8765-4321"))
    with office.write() as session:
        session.execute(update(OutboxMessage).where(OutboxMessage.id == 1).values(text="=HYPER"))
    path = tmp_path / "wa.csv"
    assert write_links_csv(pending_messages(office), path) == 1
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    # The office's spreadsheet is in Indonesian (the header was English while the core looked
    # for ektp_desk_id_ID.ts, a file that never existed).
    assert rows[0] == ["Nama", "No. HP", "Tautan WhatsApp", "Pesan", "Waktu masuk antrean"]
    assert rows[1][:4] == ["Warga 1", "6281234567890", "https://wa.me/6281234567890?text=%3DHYPER",
                           "'=HYPER"]  # fmt: skip
    assert len(rows) == 2


def test_a_message_sent_by_whatsapp_is_not_sent_again(office: Database, gammu: Path) -> None:
    printed_with_phones(office, PHONES[:2])
    first = pending_messages(office)[0]
    mark_sent(office, first.id, operator=OPERATOR)
    with pytest.raises(Refused, match="is not sent twice"):
        mark_sent(office, first.id, operator=OPERATOR)
    assert [m.id for m in pending_messages(office)] == [first.id + 1]
    report = deliver_to_gammu(office, f"sqlite:///{gammu}")
    assert [d.message_id for d in report.delivered] == [first.id + 1]
    sent = outbox(office)[0]
    assert (sent.gateway, sent.claimed_by) == ("whatsapp", OPERATOR)
    with pytest.raises(Refused, match="is not sent twice"):
        mark_sent(office, first.id + 1, operator=OPERATOR)


def test_links_from_the_command_line(office: Database, cli: Cli, tmp_path: Path) -> None:
    printed_with_phones(office, ("0812-3456-7890", "12345"))
    rows = cli.json("notify", "links")
    assert [(r["number"], r["problem"] is None) for r in rows] == [
        ("6281234567890", True),
        (None, False),
    ]
    assert rows[0]["url"].startswith("https://wa.me/6281234567890?text=Yth.%20Bapak")
    out = cli.run("notify", "links", "--csv", str(tmp_path / "wa.csv"))
    assert out == f"1 link(s) written to {tmp_path / 'wa.csv'}.\n"
    with office.read() as session:
        assert session.scalar(select(func.count()).select_from(OutboxMessage)) == 2
