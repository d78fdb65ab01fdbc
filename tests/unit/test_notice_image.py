"""The notice's two faces drawn: the square image is square, not blank, changes with its
figures and keeps every text inside its margins at the longest office name and contact the
settings allow (measured with the fonts it is drawn with, and seen in the pixels); the page
stays one page; the complaint contact must be one a citizen can use."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from PIL import Image, ImageChops
from pypdf import PdfReader

from ektp_desk.errors import Refused
from ektp_desk.notice_layout import wrap
from ektp_desk.notice_pdf import notice_pdf
from ektp_desk.notice_png import MARGIN, SIDE, font, notice_png, square_layout
from ektp_desk.notice_text import check_contact
from ektp_desk.setting_specs import SPEC_OF
from ektp_desk.stock_notice import StockNotice


def notice(**changes: object) -> StockNotice:
    values: dict[str, object] = {
        "office": "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bogor",
        "day": date(2026, 11, 3), "blanks": 146, "printed_yesterday": 3, "waiting": 7,
        "collection_hours": "Senin–Jumat 08.00–15.00", "pickup_place": "loket pengambilan",
        "complaint_contact": "WhatsApp 0812-3456-7890", "made_at": datetime(2026, 11, 3, 7, 5),
    }  # fmt: skip
    return StockNotice(**{**values, **changes})  # type: ignore[arg-type]


def longest() -> StockNotice:
    """Every text at its setting's longest, words as long as the office's name may have."""

    def at_most(setting: str, text: str) -> str:
        return (text * 50)[: SPEC_OF[setting].max_length]

    return notice(
        office=at_most("office_name", "Dinas Kependudukan dan Pencatatan Sipil Kepulauan "),
        collection_hours=at_most("collection_hours", "Senin–Kamis 08.00–15.00, "),
        pickup_place=at_most("pickup_place", "Mal Pelayanan Publik Lantai Tiga "),
        complaint_contact=at_most("complaint_contact", "pengaduan.disdukcapil@"),
        blanks=99_999_999, printed_yesterday=9_999_999, waiting=99_999_999,
    )  # fmt: skip


def image(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data)).convert("RGB")


def test_the_square_image_is_square_drawn_and_changes_with_its_figures() -> None:
    one = image(notice_png(notice()))
    assert one.size == (SIDE, SIDE)
    colours = one.getcolors(maxcolors=SIDE * SIDE) or []
    assert len(colours) > 50  # anti-aliased text in several colours, not a blank page
    red = sum(count for count, rgb in colours if rgb == (0xB7, 0x1C, 0x1C))
    assert red > SIDE * SIDE * 0.1  # the GRATIS band is a large part of the picture
    other = image(notice_png(notice(blanks=147)))
    assert ImageChops.difference(one, other).getbbox() is not None
    assert image(notice_png(notice())).tobytes() == one.tobytes()  # the same notice again


@pytest.mark.parametrize("made", [notice(), longest()], ids=["usual", "longest"])
def test_every_text_stays_inside_the_margins(made: StockNotice) -> None:
    margin = round(SIDE * MARGIN)
    inner = SIDE - 2 * margin
    layout = square_layout(made)
    for text in layout.texts:
        left, top, right, bottom = font(text.bold, text.size).getbbox(text.text, anchor="ls")
        x, y = text.x, text.baseline
        assert min(x + left, y + top) >= -1, text
        assert max(x + right, y + bottom) <= inner + 1, text
    for box in layout.boxes:
        assert min(box.x, box.y) >= 0
        assert max(box.x + box.width, box.y + box.height) <= inner + 0.01
    # And in the pixels: the margin all round is untouched white.
    drawn = image(notice_png(made))
    frame = Image.new("RGB", drawn.size, "white")
    frame.paste(drawn.crop((margin, margin, SIDE - margin, SIDE - margin)), (margin, margin))
    assert ImageChops.difference(drawn, frame).getbbox() is None
    # Everything said, however long: the contact is broken where it must be, not cut.
    said = "".join(t.text for t in layout.texts)
    assert made.complaint_contact.replace(" ", "") in said.replace(" ", "")
    assert "GRATIS" in said


def test_readable_on_a_phone() -> None:
    """At 1080 pixels the figures and GRATIS are large, no sentence is under 20 pixels (the
    time the image was made excepted), and GRATIS is the largest."""
    sizes = {t.text: t.size for t in square_layout(notice()).texts}
    assert sizes["GRATIS"] == max(sizes.values())
    assert sizes["GRATIS"] > 120
    assert min(sizes["146"], sizes["3"], sizes["7"]) > 60
    assert all(size >= 20 for text, size in sizes.items() if not text.startswith("Dibuat"))


def test_the_page_stays_one_page_at_the_longest_texts() -> None:
    for made in (notice(), longest()):
        reader = PdfReader(io.BytesIO(notice_pdf(made)))
        assert len(reader.pages) == 1
        text = reader.pages[0].extract_text()
        assert "GRATIS" in text
        assert "tidak dipungut biaya" in text


def test_a_word_longer_than_the_line_is_broken_not_cut() -> None:
    lines = wrap("Pengaduan: " + "x" * 30 + " selesai", 10, lambda text: float(len(text)))
    assert lines == ["Pengaduan:", "x" * 10, "x" * 10, "x" * 10, "selesai"]
    assert all(len(line) <= 10 for line in lines)


@pytest.mark.parametrize(
    "contact",
    ["0812 3456 7890", "WA +62 812-3456-7890", "(021) 555-1234", "pengaduan@bogorkab.go.id",
     "lapor.go.id", "https://disdukcapil.example/aduan", ""],
)  # fmt: skip
def test_a_contact_a_citizen_can_use_is_accepted(contact: str) -> None:
    check_contact(contact)


@pytest.mark.parametrize("contact", ["call us", "1234567", "Pak Budi di loket 3", "@disduk"])
def test_a_contact_nobody_can_reach_is_refused(contact: str) -> None:
    with pytest.raises(Refused, match="phone or WhatsApp number"):
        check_contact(contact)
