"""Stock at the counter: change this station's ribbon or film roll (F6/F7); a lead books a
delivery or corrects the office stock. Each is one core call on a worker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ui.actions import Act
from ui.buttons import ask
from ui.desk import Desk, translate

if TYPE_CHECKING:
    from ektp_desk.api.counter import Supply
    from ektp_desk.api.stock import MovementInfo, OrderInfo, RollLoaded
    from ui.refresh import Snapshot


class StockController(QObject):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk)
        self.desk = desk
        self.supply: Supply | None = None
        desk.actions.bind(Act.RIBBON, lambda: self.change_roll("ribbon"))
        desk.actions.bind(Act.FILM, lambda: self.change_roll("film"))
        desk.actions.bind(Act.RECEIVE, lambda: self.edit_stock(correction=False))
        desk.actions.bind(Act.ADJUST, lambda: self.edit_stock(correction=True))
        desk.actions.bind(Act.ORDER, self.record_order)

    def follow(self, snapshot: Snapshot) -> None:
        self.supply = snapshot.supply

    def change_roll(self, item: str) -> None:
        from ektp_desk.api import stock

        supply = self.supply
        left = (supply.ribbon_left if item == "ribbon" else supply.film_left) if supply else 0
        ribbon, film = translate("MainWindow", "ribbon"), translate("MainWindow", "film")
        name = ribbon if item == "ribbon" else film
        station = self.desk.station
        question = translate("MainWindow", "Load a new {item} roll at {station}?").format(
            item=name, station=station
        )
        if left > 0:
            question += " " + translate(
                "MainWindow", "The {left} prints left on the old roll are written off."
            ).format(left=left)
        if not ask(self.desk.window, translate("MainWindow", "Change roll"), question):
            return
        db, actor = self.desk.db, self.desk.actor

        def loaded(roll: RollLoaded) -> None:
            self.desk.say(
                translate("MainWindow", "New {item} roll loaded: {prints} prints").format(
                    item=name, prints=roll.prints_left
                )
            )

        self.desk.write(
            lambda: stock.load_roll(db, actor, item, station=station),
            loaded,
            new_forecast=True,
        )

    def edit_stock(self, *, correction: bool) -> None:
        from ektp_desk.api import stock
        from ui.dialogs import StockDialog

        dialog = StockDialog(correction=correction, parent=self.desk.window)
        if not dialog.exec():
            return
        item, qty, text = dialog.item_code, dialog.qty.value(), dialog.text.text()
        db, actor = self.desk.db, self.desk.actor

        def book() -> MovementInfo:
            if correction:
                return stock.adjust(db, actor, item, qty, reason=text)
            return stock.receive(db, actor, item, qty, ref=text)

        def saved(moved: MovementInfo) -> None:
            self.desk.say(
                translate("MainWindow", "Stock saved: now {balance} in stock").format(
                    balance=moved.balance
                )
            )

        self.desk.write(book, saved, new_forecast=True)

    def record_order(self) -> None:
        """A lead records a delivery on its way: the forecast counts it from its time."""
        from ektp_desk.api import shifts, stock
        from ui.order_dialog import OrderDialog

        dialog = OrderDialog(shifts.today(), self.desk.window)
        if not dialog.exec():
            return
        item, qty, ref = dialog.item_code, dialog.qty.value(), dialog.ref.text()
        expected = dialog.expected_at
        db, actor = self.desk.db, self.desk.actor

        def saved(order: OrderInfo) -> None:
            self.desk.say(
                translate(
                    "MainWindow", "Order {id} recorded: the forecast counts it from {time}"
                ).format(id=order.id, time=f"{order.expected_at:%d-%m-%Y %H:%M}")
            )

        self.desk.write(
            lambda: stock.place_order(db, actor, item, qty, expected=expected, ref=ref),
            saved,
            new_forecast=True,
        )
