"""Citizens at the counter: the answer for every state, handing cards over, the follow-up list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, update

from ektp_desk import citizens, clock, i18n, printing, stock
from ektp_desk.citizens import lookup_status
from ektp_desk.collection import record_collection, uncollected_cards
from ektp_desk.db import Database
from ektp_desk.errors import NotFound, Refused
from ektp_desk.models import OutboxMessage, Record, User
from tests.cli.harness import Cli
from tests.conftest import LEAD, OPERATOR, STATION
from tests.factories import add_records, make_nik

NOW = datetime(2026, 3, 10, 10, 0)


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    runner = Cli(db_url, capsys, monkeypatch)
    runner.default_user = LEAD
    return runner


@pytest.fixture
def at(monkeypatch: pytest.MonkeyPatch) -> Callable[[datetime], None]:
    """Set the office clock: ``at(datetime(...))``; it starts at NOW."""
    moment = [NOW]
    monkeypatch.setattr(clock, "now", lambda: moment[0])

    def set_time(when: datetime) -> None:
        moment[0] = when

    return set_time


def print_card(db: Database, nik: str) -> None:
    printing.record_print(db, nik, station=STATION, operator=OPERATOR)


def set_status(db: Database, nik: str, **values: object) -> None:
    with db.write() as session:
        session.execute(update(Record).where(Record.nik == nik).values(**values))


# --- the answer for every state -----------------------------------------------------------


def test_a_nik_not_in_the_database_is_an_answer_not_an_error(office: Database) -> None:
    nik = make_nik(serial=77)
    answer = lookup_status(office, nik)
    assert (answer.nik, answer.state, answer.position, answer.name) == (
        nik,
        "not_found",
        None,
        None,
    )
    assert nik in str(answer.message)
    assert "ask again later" in str(answer.message)


def test_text_that_is_not_a_nik_is_refused_saying_why(office: Database) -> None:
    with pytest.raises(Refused, match="must have 16 digits"):
        lookup_status(office, "3201 0101")


def test_a_queued_card_gets_its_place_in_print_order(office: Database, at: object) -> None:
    normal = add_records(office, 3, start=datetime(2026, 1, 1))
    elderly = add_records(
        office, 2, priority="elderly", start=datetime(2026, 2, 1), first_serial=50
    )
    positions = [lookup_status(office, nik).position for nik in elderly + normal]
    assert positions == [1, 2, 3, 4, 5]
    answer = lookup_status(office, normal[0])
    assert (answer.state, answer.name) == ("queued", "Warga 1")
    assert "number 3" in str(answer.message)


def test_without_recent_prints_the_daily_target_sets_the_estimate(
    office: Database, at: object
) -> None:
    [nik] = add_records(office, 1)
    answer = lookup_status(office, nik)
    assert answer.working_days == 1
    assert str(answer.message) == (
        "Your e-KTP is in the print queue, number 1. "
        "It will probably be printed within one working day."
    )


def test_the_estimate_follows_the_recent_print_rate(
    office: Database, at: Callable[[datetime], None]
) -> None:
    niks = add_records(office, 32)
    at(NOW - timedelta(days=1))  # yesterday: 2 cards printed
    for nik in niks[:2]:
        print_card(office, nik)
    at(NOW)
    print_card(office, niks[2])  # today is not over: not counted in the rate
    ninth, last = lookup_status(office, niks[11]), lookup_status(office, niks[31])
    assert (ninth.position, ninth.working_days) == (9, 5)  # 9 cards at 2 a day
    assert str(ninth.message).endswith("It will probably be printed in about 5 working days.")
    assert (last.position, last.working_days) == (29, 15)
    assert str(last.message).endswith("It will probably be printed in about 3 weeks.")


def test_without_blanks_there_is_no_date_to_promise(office: Database, at: object) -> None:
    niks = add_records(office, 9)
    stock.adjust(office, "blank", -95, reason="hitung ulang", operator=LEAD)
    assert "after the next delivery of blank cards" in str(lookup_status(office, niks[8]).message)
    assert "within one working day" in str(lookup_status(office, niks[4]).message)
    stock.adjust(office, "blank", -5, reason="hitung ulang", operator=LEAD)
    paused = lookup_status(office, niks[0])
    assert paused.position == 1
    assert "Printing is paused until the office receives new blank cards" in str(paused.message)


def test_a_card_in_the_printer(office: Database) -> None:
    [nik] = add_records(office, 1)
    printing.claim_next(office, station=STATION)
    answer = lookup_status(office, nik)
    assert (answer.state, answer.position) == ("printing", None)
    assert "being printed right now" in str(answer.message)
    assert "loket pengambilan KTP-el" in str(answer.message)


def test_a_printed_card_says_when_and_where_to_collect(office: Database, at: object) -> None:
    [nik] = add_records(office, 1)
    print_card(office, nik)
    answer = lookup_status(office, nik)
    assert (answer.state, answer.position, answer.printed_at) == ("printed", None, NOW)
    assert answer.can_collect
    assert str(answer.message) == (
        "Your e-KTP was printed on 10-03-2026 and is ready to collect at loket pengambilan "
        "KTP-el. Please bring your recording receipt."
    )


def test_on_hold_says_why(office: Database) -> None:
    held, silent = add_records(office, 2)
    set_status(office, held, status="on_hold", hold_reason="foto perlu diperbaiki.")
    set_status(office, silent, status="on_hold")
    answer = lookup_status(office, held)
    assert (answer.state, answer.position) == ("on_hold", None)
    assert str(answer.message) == (
        "Your e-KTP cannot be printed yet: foto perlu diperbaiki. "
        "Please see the officer at the counter."
    )
    assert str(lookup_status(office, silent).message) == (
        "Your e-KTP cannot be printed yet. Please see the officer at the counter."
    )


def test_a_new_record_after_a_lost_card_is_the_one_answered(office: Database) -> None:
    [old] = add_records(office, 1)
    print_card(office, old)
    record_collection(office, old, by="Warga 1", operator=OPERATOR)
    add_records(office, 1)  # the same NIK, recorded again for a lost card
    assert lookup_status(office, old).state == "queued"


def test_the_json_message_is_the_indonesian_sentence(
    office: Database, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    [nik] = add_records(office, 1)
    queued = citizens._SAY["soon"]
    monkeypatch.setattr(
        i18n,
        "_catalog",
        lambda locale: {queued: "KTP-el Anda ada di antrean cetak, nomor {position}."},
    )
    assert cli.json("status", nik) == {
        "nik": nik,
        "state": "queued",
        "position": 1,
        "message": "KTP-el Anda ada di antrean cetak, nomor 1.",
    }
    missing = cli.json("status", make_nik(serial=99))
    assert (missing["state"], missing["position"]) == ("not_found", None)
    assert "ektp-desk: '123' is not a valid NIK" in cli.run("status", "123", code=1)


# --- collection ---------------------------------------------------------------------------


def test_a_printed_card_is_collected_in_person(office: Database, at: object) -> None:
    [nik] = add_records(office, 1)
    print_card(office, nik)
    done = record_collection(office, nik, by="  Warga   1 ", operator=OPERATOR)
    assert (done.nik, done.collected_by, done.role, done.collected_at, done.operator) == (
        nik, "Warga 1", "citizen", NOW, OPERATOR,
    )  # fmt: skip
    answer = lookup_status(office, nik)
    assert (answer.state, answer.collected_by, answer.collected_by_role) == (
        "collected", "Warga 1", "citizen",
    )  # fmt: skip
    assert str(answer.message) == "Your e-KTP was collected in person on 10-03-2026."
    with office.read() as session:
        record = session.scalar(select(Record).where(Record.nik == nik))
        assert record is not None
        operator_id = session.scalar(select(User.id).where(User.name == OPERATOR))
        assert (record.status, record.collected_operator_id) == ("picked_up", operator_id)


def test_a_representative_is_named(office: Database, at: object) -> None:
    [nik] = add_records(office, 1)
    print_card(office, nik)
    record_collection(office, nik, by="Siti Aminah", representative=True, operator=OPERATOR)
    assert str(lookup_status(office, nik).message) == (
        "Your e-KTP was collected on 10-03-2026 by Siti Aminah, as your representative."
    )


def test_a_card_is_handed_over_only_once(office: Database, at: object) -> None:
    [nik] = add_records(office, 1)
    print_card(office, nik)
    record_collection(office, nik, by="Warga 1", operator=OPERATOR)
    with pytest.raises(Refused, match="already collected on 10-03-2026 10:00 by Warga 1"):
        record_collection(office, nik, by="Orang Lain", representative=True, operator=OPERATOR)
    assert lookup_status(office, nik).collected_by == "Warga 1"


@pytest.mark.parametrize(
    ("make", "by", "operator", "error", "match"),
    [
        ("queued", "Warga 1", OPERATOR, Refused, "is not printed yet: nothing to collect"),
        ("printing", "Warga 1", OPERATOR, Refused, "is not printed yet"),
        ("none", "Warga 1", OPERATOR, NotFound, "there is no card for NIK"),
        ("printed", "   ", OPERATOR, Refused, "say who collected the card"),
        ("printed", "x" * 201, OPERATOR, Refused, "at most 200 characters"),
        ("printed", "Warga 1", "nobody", NotFound, "no active user named 'nobody'"),
    ],
)
def test_a_refused_collection_changes_nothing(
    office: Database, make: str, by: str, operator: str, error: type[Exception], match: str
) -> None:
    nik = make_nik(serial=1)
    if make != "none":
        add_records(office, 1)
    if make == "printing":
        printing.claim_next(office, station=STATION)
    if make == "printed":
        print_card(office, nik)
    before = lookup_status(office, nik)
    with pytest.raises(error, match=match):
        record_collection(office, nik, by=by, operator=operator)
    assert lookup_status(office, nik) == before


def test_every_role_at_the_counter_may_hand_a_card_over(office: Database) -> None:
    niks = add_records(office, 2)
    for nik in niks:
        print_card(office, nik)
    record_collection(office, niks[0], by="Warga 1", operator=LEAD)
    record_collection(office, niks[1], by="Warga 2", operator="admin")
    assert {lookup_status(office, n).state for n in niks} == {"collected"}


def test_collecting_cancels_a_message_not_yet_sent(office: Database) -> None:
    [nik] = add_records(office, 1)
    set_status(office, nik, phone="081234567890")
    print_card(office, nik)
    record_collection(office, nik, by="Warga 1", operator=OPERATOR)
    with office.read() as session:
        message = session.scalar(select(OutboxMessage))
        assert message is not None
        assert message.cancelled_at is not None
        assert message.delivered_at is None


def test_collect_from_the_command_line(office: Database, cli: Cli) -> None:
    [nik] = add_records(office, 1)
    print_card(office, nik)
    out = cli.run("collect", nik, "--by", "Siti Aminah", "--representative", "--operator", LEAD)
    assert out == f"{nik} Warga 1: card collected by Siti Aminah (representative).\n"
    assert cli.json("status", nik)["state"] == "collected"
    assert "already collected" in cli.run("collect", nik, "--by", "X", "--operator", LEAD, code=1)


# --- cards nobody came for ----------------------------------------------------------------


def test_printed_cards_waiting_longer_than_the_setting_are_listed_oldest_first(
    office: Database, cli: Cli, at: Callable[[datetime], None]
) -> None:
    old, older, recent, collected = add_records(office, 4)
    for nik, days_ago in ((older, 45), (old, 31), (recent, 5), (collected, 60)):
        at(NOW - timedelta(days=days_ago))
        print_card(office, nik)
    at(NOW)
    record_collection(office, collected, by="Warga 4", operator=OPERATOR)
    waiting = uncollected_cards(office)
    assert [(c.nik, c.days_waiting, c.notified) for c in waiting] == [
        (older, 45, False),
        (old, 31, False),
    ]
    assert [c.nik for c in uncollected_cards(office, days=0)] == [older, old, recent]
    rows = cli.json("uncollected", "--days", "40")
    assert [(row["nik"], row["days_waiting"]) for row in rows] == [(older, 45)]
