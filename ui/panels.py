"""The panels around the queue: the current card, this station's supplies, the counters.

Each panel shows a frozen core dataclass it is handed; none reads the database or decides.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import words
from ui.feedback import sentence

if TYPE_CHECKING:  # the panels are built before the core loads (the window's first paint)
    from ektp_desk.api.counter import Card, Counters, Supply


def _number(value: int) -> str:
    return QLocale().toString(value)


def _label(text: str = "", *, name: str = "", bold: bool = False) -> QLabel:
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class Panel(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("panel")
        self.body = QVBoxLayout(self)
        self.body.addWidget(_label(title, name="panelTitle"))


class CurrentCardPanel(Panel):
    """The card at the printer, large enough to check against the printed card."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Current card"), parent)
        self.name = _label(name="cardName")
        self.name.setWordWrap(True)
        self.nik = _label(name="cardNik")
        self.nik.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.place = _label(name="cardDetail")
        self.state = _label(name="cardState")
        self.keys = _label(self._keys_help(), name="cardKeys")
        for widget in (self.name, self.nik, self.place, self.state):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.body.addWidget(self.keys)
        self.show_card(None)

    def show_card(self, card: Card | None) -> None:
        if card is None:
            self.name.setText(self.tr("No card selected"))
            self.nik.clear()
            self.place.setText(self.tr("Scan a NIK or press F2 for the next record."))
            self.state.clear()
            return
        self.name.setText(card.name)
        self.nik.setText(" ".join((card.nik[:6], card.nik[6:12], card.nik[12:])))
        village = f"{card.kelurahan}, " if card.kelurahan else ""
        self.place.setText(
            self.tr("{village}Kec. {kecamatan}").format(village=village, kecamatan=card.kecamatan)
        )
        self.state.setText(self._state(card))

    def _keys_help(self) -> str:
        return "   ".join((
            self.tr("F2 next"), self.tr("F5 printed"), self.tr("F8 spoiled"),
            self.tr("F9 back to queue"), self.tr("F6/F7 change roll"), self.tr("F3 scan"),
        ))  # fmt: skip

    def _state(self, card: Card) -> str:
        status = words.word(words.STATUS, card.status)
        priority = words.word(words.PRIORITY, card.priority)
        parts = [status]
        if card.station:
            parts.append(card.station)
        if card.status in ("queued", "printing"):
            parts.append(self.tr("attempt {n}").format(n=card.next_attempt))
        if card.printed_at:
            parts.append(card.printed_at.strftime("%d-%m-%Y %H:%M"))
        if card.priority != "normal":
            parts.append(priority)
        return " · ".join(parts)


class SupplyPanel(Panel):
    """Office blanks, this station's rolls with bars, spare rolls, and why printing stops."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Consumables"), parent)
        grid = QGridLayout()
        self.blank = _label(bold=True, name="supplyBlank")
        self.ribbon_bar = self._bar("ribbonBar")
        self.film_bar = self._bar("filmBar")
        self.change_ribbon = QPushButton(self.tr("Change ribbon (F6)"))
        self.change_film = QPushButton(self.tr("Change film (F7)"))
        self.spares = _label(name="supplySpares")
        self.blockers = _label(name="supplyBlockers")
        self.blockers.setWordWrap(True)
        grid.addWidget(_label(self.tr("Blank cards (office)")), 0, 0)
        grid.addWidget(self.blank, 0, 1, 1, 2)
        grid.addWidget(_label(self.tr("Ribbon")), 1, 0)
        grid.addWidget(self.ribbon_bar, 1, 1)
        grid.addWidget(self.change_ribbon, 1, 2)
        grid.addWidget(_label(self.tr("Film")), 2, 0)
        grid.addWidget(self.film_bar, 2, 1)
        grid.addWidget(self.change_film, 2, 2)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)
        self.body.addWidget(self.spares)
        self.body.addWidget(self.blockers)

    def show_supply(self, supply: Supply) -> None:
        self.blank.setText(_number(supply.blank))
        self._fill(self.ribbon_bar, supply.ribbon_left, supply.ribbon_yield)
        self._fill(self.film_bar, supply.film_left, supply.film_yield)
        self.spares.setText(
            self.tr("Sealed rolls in stock: {ribbon} ribbon, {film} film").format(
                ribbon=_number(supply.spare_ribbon), film=_number(supply.spare_film)
            )
        )
        self.blockers.setText("\n".join(sentence(m) for m in supply.blockers))
        self.blockers.setVisible(bool(supply.blockers))

    def _bar(self, name: str) -> QProgressBar:
        bar = QProgressBar()
        bar.setObjectName(name)
        bar.setTextVisible(True)
        return bar

    def _fill(self, bar: QProgressBar, left: int, capacity: int) -> None:
        _set_bar(bar, max(capacity, left, 1), left, self.tr("{left} of {capacity} prints").format(
            left=_number(left), capacity=_number(capacity)))  # fmt: skip
        _set_level(bar, "out" if left <= 0 else "ok")

    def show_levels(self, levels: dict[str, str]) -> None:
        """Colour the blanks and this station's bars by the next shift's forecast level."""
        for item, widget in (("blank", self.blank), ("ribbon", self.ribbon_bar),
                             ("film", self.film_bar)):  # fmt: skip
            if item in levels and widget.property("level") != "out":
                _set_level(widget, levels[item])


def _set_bar(bar: QProgressBar, maximum: int, value: int, text: str) -> None:
    """Only what changed: a styled bar repaints at once on every setRange/setValue (~1-3 ms
    each), and the picture is refreshed after every action."""
    if bar.maximum() != maximum or bar.minimum() != 0:
        bar.setRange(0, maximum)
    if bar.value() != value:
        bar.setValue(value)
    if bar.format() != text:
        bar.setFormat(text)


def _set_level(widget: QWidget, level: str) -> None:
    """A style-sheet property; the style is applied again (costly) only when it changed."""
    if widget.property("level") == level:
        return
    widget.setProperty("level", level)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class CountersPanel(Panel):
    """Printed today against the target, the queue, spoils today, the lifetime total."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Today"), parent)
        self.target_bar = QProgressBar()
        self.target_bar.setObjectName("targetBar")
        self.queue = _label(bold=True, name="queueSize")
        self.spoiled = _label(bold=True, name="spoiledToday")
        self.lifetime = _label(bold=True, name="lifetimeTotal")
        self.body.addWidget(self.target_bar)
        row = QHBoxLayout()
        for title, value in (
            (self.tr("Queue"), self.queue),
            (self.tr("Spoiled today"), self.spoiled),
            (self.tr("Printed in total"), self.lifetime),
        ):
            cell = QVBoxLayout()
            cell.addWidget(_label(title, name="counterTitle"))
            cell.addWidget(value)
            row.addLayout(cell)
        self.body.addLayout(row)

    def show_counters(self, counters: Counters) -> None:
        _set_bar(self.target_bar, max(counters.daily_target, 1),
                 min(counters.printed_today, counters.daily_target),
                 self.tr("Printed today: {done} of {target}").format(
                     done=_number(counters.printed_today),
                     target=_number(counters.daily_target)))  # fmt: skip
        self.queue.setText(_number(counters.queue_size))
        self.spoiled.setText(_number(counters.spoiled_today))
        self.lifetime.setText(_number(counters.lifetime_printed))
