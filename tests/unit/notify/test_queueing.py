"""Ready-to-collect messages queued with the printed card, worded by the office, once a record."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from ektp_desk import clock, notify, notify_text, printing, resume, settings, shifts
from ektp_desk.db import Database
from ektp_desk.errors import Refused
from ektp_desk.models import Record
from tests.conftest import LEAD, OPERATOR, STATION
from tests.factories import add_records
from tests.unit.notify.conftest import (
    NOW,
    outbox,
    printed_with_phones,
)


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
