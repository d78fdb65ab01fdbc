"""WhatsApp links for offices without a modem: the link, the CSV, sent once."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from ektp_desk.db import Database
from ektp_desk.delivery import deliver_to_gammu
from ektp_desk.errors import Refused
from ektp_desk.models import OutboxMessage
from ektp_desk.notify import mark_sent, pending_messages, write_links_csv
from tests.cli.harness import Cli
from tests.conftest import OPERATOR
from tests.unit.notify.conftest import (
    PHONES,
    outbox,
    printed_with_phones,
)


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
