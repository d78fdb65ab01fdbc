"""Citizens ask by SMS: questions put into Gammu's inbox, answers read from its outbox.

Every test runs on Gammu's own schema (the package's SQL, see tests/gammu_db.py) on SQLite
and on PostgreSQL, schema versions 17 and 18; the office database is a SQLite file.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from ektp_desk import printing, settings
from ektp_desk.actor import Actor
from ektp_desk.answering import Outcome, answer_questions
from ektp_desk.db import Database
from ektp_desk.gammu_inbox import PART_WAIT
from ektp_desk.models import Record
from ektp_desk.sms_questions import asked_nik
from tests.conftest import LEAD, OPERATOR, STATION
from tests.factories import actor, add_records
from tests.gammu_db import GammuDb

OWNER = "+6281234567890"  # the number on the record
STRANGER = "+6285711112222"


@pytest.fixture(params=["sqlite-17", "sqlite-18", "postgresql-17", "postgresql-18"])
def gammu(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GammuDb]:
    kind, version = request.param.split("-")
    url = (
        f"sqlite:///{tmp_path / 'smsd.db'}"
        if kind == "sqlite"
        else str(request.getfixturevalue("pg_url"))
    )
    database = GammuDb(url, int(version))
    yield database
    database.dispose()


@pytest.fixture
def desk(office: Database) -> Actor:
    """The account the gateway job runs as."""
    return actor(office, OPERATOR)


def answer(office: Database, gammu: GammuDb, actor: Actor) -> list[Outcome]:
    report = answer_questions(office, gammu.url, actor=actor)
    return [a.outcome for a in report.answered]


def queued_with_phone(office: Database, phone: str | None = "0812-3456-7890") -> str:
    [nik] = add_records(office, 1)
    with office.write() as session:
        session.execute(
            update(Record).where(Record.nik == nik).values(phone=phone, name="SITI MARUFAH")
        )
    return nik


@pytest.mark.parametrize(
    "text",
    [
        "KTP {nik}",
        "CEK#{nik}",
        "cek ktp {a} {b} {c} {d}",
        "{nik}",
        "Ktp: {a}.{b}.{c}.{d}",
        "status {a}-{b}-{c}-{d}",
        "  e-ktp   {nik} ",
    ],
)
def test_every_way_people_write_the_question_is_understood(text: str) -> None:
    nik = "3201010107900001"
    parts = {"a": nik[:4], "b": nik[4:8], "c": nik[8:12], "d": nik[12:]}
    assert asked_nik(text.format(nik=nik, **parts)) == nik


@pytest.mark.parametrize(
    "text", ["halo", "KTP saya sudah jadi?", "KTP 3201 0101 0790", "REG KTP 3201010107900001 X"]
)
def test_anything_else_is_not_a_question(text: str) -> None:
    assert asked_nik(text) is None


def test_the_registered_number_gets_the_detailed_answer(
    office: Database, gammu: GammuDb, desk: Actor
) -> None:
    nik = queued_with_phone(office)
    gammu.receive(OWNER, f"cek ktp {nik[:4]} {nik[4:8]} {nik[8:12]} {nik[12:]}")
    assert answer(office, gammu, desk) == [Outcome.ANSWERED]
    [(number, text)] = gammu.replies()
    assert number == OWNER
    assert "S.M." in text
    assert "SITI" not in text
    assert "antrean cetak, nomor urut 1" in text  # the queue place, in Bahasa Indonesia
    assert gammu.unprocessed() == 0
    assert answer(office, gammu, desk) == []  # answered once
    assert len(gammu.replies()) == 1


def test_another_number_only_hears_that_the_owner_was_told(
    office: Database, gammu: GammuDb, desk: Actor
) -> None:
    nik = queued_with_phone(office)
    gammu.receive(STRANGER, f"KTP {nik}")
    assert answer(office, gammu, desk) == [Outcome.FORWARDED]
    replies = dict(gammu.replies())
    assert set(replies) == {OWNER, STRANGER}
    assert "S.M." in replies[OWNER]
    assert "antrean" in replies[OWNER]
    assert "nomor HP yang terdaftar" in replies[STRANGER]
    assert "S.M." not in replies[STRANGER]
    assert "antrean" not in replies[STRANGER]


def test_an_unknown_nik_is_not_found_without_any_detail(
    office: Database, gammu: GammuDb, desk: Actor
) -> None:
    queued_with_phone(office)
    gammu.receive(STRANGER, "KTP 3201010107909999")
    gammu.receive(STRANGER, "KTP 9901010107900001")  # not even a NIK (no such province)
    assert answer(office, gammu, desk) == [Outcome.NOT_FOUND, Outcome.NOT_FOUND]
    texts = [text for number, text in gammu.replies() if number == STRANGER]
    assert len(texts) == 2
    assert all("tidak ada dalam antrean" in t for t in texts)


def test_a_record_without_a_phone_sends_nothing_about_it(
    office: Database, gammu: GammuDb, desk: Actor
) -> None:
    nik = queued_with_phone(office, None)
    gammu.receive(STRANGER, f"KTP {nik}")
    assert answer(office, gammu, desk) == [Outcome.NO_PHONE]
    [(number, text)] = gammu.replies()
    assert number == STRANGER
    assert "tanya di loket" in text
    assert "antrean" not in text


def test_anything_else_gets_the_help_text(office: Database, gammu: GammuDb, desk: Actor) -> None:
    gammu.receive(STRANGER, "Halo, KTP saya kapan jadi?")
    assert answer(office, gammu, desk) == [Outcome.HELP]
    [(number, text)] = gammu.replies()
    assert number == STRANGER
    assert "KTP<spasi>NIK" in text


def test_short_and_premium_numbers_never_get_a_reply(
    office: Database, gammu: GammuDb, desk: Actor
) -> None:
    for sender in ("3636", "TELKOMSEL", "+14155550100", "1818"):
        gammu.receive(sender, "KTP 3201010107900001")
    assert answer(office, gammu, desk) == [Outcome.NOT_REPLIED] * 4
    assert gammu.replies() == []
    assert gammu.unprocessed() == 0  # read, and left alone for good


def test_over_the_daily_limit_one_polite_refusal_then_silence(
    office: Database, gammu: GammuDb, desk: Actor
) -> None:
    settings.save_settings(office, {"sms_questions_per_day": 2}, operator=LEAD)
    nik = queued_with_phone(office)
    today = gammu.now().replace(hour=8, minute=0, second=0)
    for minute in range(5):
        gammu.receive(OWNER, f"KTP {nik}", at=today + timedelta(minutes=minute))
    assert answer(office, gammu, desk) == [
        Outcome.ANSWERED, Outcome.ANSWERED, Outcome.LIMIT, Outcome.SILENT, Outcome.SILENT,
    ]  # fmt: skip
    texts = [text for _number, text in gammu.replies()]
    assert len(texts) == 3
    assert "batas 2 pertanyaan per hari" in texts[2]
    gammu.receive(OWNER, f"KTP {nik}", at=today + timedelta(days=1))  # a new day
    assert answer(office, gammu, desk) == [Outcome.ANSWERED]


def test_a_nik_split_over_two_parts_is_joined(
    office: Database, gammu: GammuDb, desk: Actor
) -> None:
    nik = queued_with_phone(office)
    if gammu.version >= 18:  # Gammu 1.44 groups the parts itself
        second = gammu.receive(OWNER, nik[8:], group=(900, 2, 2))
        gammu.receive(OWNER, f"KTP {nik[:8]}", group=(900, 1, 2))
        assert second
    else:  # schema 17: the concatenation element of each part's UDH (reference 0x2A, 2 parts)
        gammu.receive(OWNER, nik[8:], udh="0500032A0202")
        gammu.receive(OWNER, f"KTP {nik[:8]}", udh="0500032A0201")
    assert answer(office, gammu, desk) == [Outcome.ANSWERED]
    [(number, text)] = gammu.replies()
    assert number == OWNER
    assert "S.M." in text


def test_a_part_still_on_its_way_waits_then_is_taken_as_it_is(
    office: Database, gammu: GammuDb, desk: Actor
) -> None:
    nik = queued_with_phone(office)
    gammu.receive(OWNER, f"KTP {nik[:8]}", udh="060804BEEF0201")  # 16-bit reference
    assert answer(office, gammu, desk) == []  # the second part may still come
    later = gammu.now() - PART_WAIT - timedelta(seconds=5)
    gammu.receive(OWNER, "halo", at=later, udh="050003070201")  # its other part never came
    assert answer(office, gammu, desk) == [Outcome.HELP]


def test_a_printed_card_says_where_to_collect_it(
    office: Database, gammu: GammuDb, desk: Actor
) -> None:
    nik = queued_with_phone(office)
    printing.record_print(office, nik, station=STATION, operator=OPERATOR)
    gammu.receive(OWNER, f"KTP {nik}")
    answer(office, gammu, desk)
    texts = [text for number, text in gammu.replies() if "S.M." in text]
    assert len(texts) == 1
    assert "loket pengambilan" in texts[0]
