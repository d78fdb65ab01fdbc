"""Issue 13: a lead records a delivery on its way from the window, and the forecast counts it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ektp_desk import orders
from ektp_desk.db import Database
from tests.conftest import LEAD, OPERATOR
from tests.gui.conftest import answer_next_dialog, settle
from ui.actions import Act
from ui.main_window import MainWindow
from ui.order_dialog import OrderDialog


def test_a_lead_records_a_delivery_on_its_way(
    office: Database, qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(office, name=LEAD)
    assert window.acts[Act.ORDER].isEnabled()

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, OrderDialog)
        dialog.item.setCurrentIndex(1)  # ribbon rolls
        dialog.qty.setValue(4)
        dialog.expected.setDateTime(QDateTime(2026, 12, 24, 10, 30, 0))
        dialog.ref.setText("SP/2026/77")
        dialog.accept()

    answer_next_dialog(qtbot, fill)
    window.acts[Act.ORDER].trigger()
    settle(qtbot, window)
    [order] = orders.open_orders(office)
    assert (order.item, order.qty, order.ref) == ("ribbon", 4, "SP/2026/77")
    assert order.expected_at == datetime(2026, 12, 24, 10, 30)
    assert "SP/2026/77" not in window.body.feedback.text()
    assert str(order.id) in window.body.feedback.text()


def test_operators_do_not_see_the_order_action(
    office: Database, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(office, name=OPERATOR)
    assert not window.acts[Act.ORDER].isVisible()
