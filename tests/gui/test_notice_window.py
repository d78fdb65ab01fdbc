"""File ▸ Public stock notice…: one click and a folder, and the lead has both faces of today's
notice; an operator has no such action; without a complaint contact the window says where to
set it and writes nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from pathlib import Path

from PIL import Image
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from ektp_desk import clock
from ektp_desk.db import Database
from ektp_desk.models import StockMovement
from ektp_desk.settings import save_settings
from tests.conftest import LEAD, OPERATOR
from tests.gui.conftest import answer_next_dialog, settle
from ui.actions import Act
from ui.main_window import MainWindow


def choose(folder: Path) -> Callable[[QWidget], None]:
    def pick(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(folder))
        dialog.accept()

    return pick


def test_one_click_writes_the_page_and_the_square_image(
    office: Database, qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    save_settings(office, {"complaint_contact": "WA 0812-3456-7890"}, operator=LEAD)
    window = make_window(office, name=LEAD)
    assert window.acts[Act.NOTICE].isEnabled()
    titles = answer_next_dialog(qtbot, choose(tmp_path))
    window.acts[Act.NOTICE].trigger()
    settle(qtbot, window)
    assert titles == ["Save the public stock notice in"]
    day = clock.today()
    stem = f"pengumuman-stok-blangko-{day:%Y-%m-%d}"
    page, square = tmp_path / f"{stem}.pdf", tmp_path / f"{stem}.png"
    shown = window.body.feedback.text()
    assert str(page) in shown
    assert str(square) in shown
    text = " ".join(PdfReader(page).pages[0].extract_text().split())
    # The blanks as the day began: the ledger's blank rows before 00.00 (the office fixture
    # received its 100 today, so none unless the test began before midnight).
    with office.read() as session:
        before = session.scalar(
            select(func.coalesce(func.sum(StockMovement.delta), 0)).where(
                StockMovement.item == "blank", StockMovement.at < datetime.combine(day, time())
            )
        )
    assert f"{before} keping Blangko KTP-el tersedia" in text
    assert "GRATIS" in text
    with Image.open(square) as image:
        assert image.size == (1080, 1080)


def test_without_a_complaint_contact_nothing_is_written(
    office: Database, qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window(office, name=LEAD)
    answer_next_dialog(qtbot, choose(tmp_path))
    window.acts[Act.NOTICE].trigger()
    settle(qtbot, window)
    assert "complaint contact" in window.body.feedback.text()
    assert list(tmp_path.glob("pengumuman-*")) == []


def test_operators_do_not_see_the_notice_action(
    office: Database, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(office, name=OPERATOR)
    assert not window.acts[Act.NOTICE].isVisible()
