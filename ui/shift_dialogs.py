"""Shift dialogs: start a shift, resolve cards left at a printer, see where the last shift
stopped, end a shift with notes and the handover report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ektp_desk.api import counter, files, office, reports, shifts
from ektp_desk.api.office import Database
from ektp_desk.api.shifts import ShiftInfo, forecast_next_shift, plan_message
from ektp_desk.domain import ShiftKind
from ektp_desk.errors import Refused
from ui import words
from ui.buttons import buttons as standard_buttons
from ui.buttons import inform
from ui.dialog_work import DialogWork
from ui.dialogs import SpoilDialog
from ui.feedback import refusal_text, sentence, show_failure
from ui.login import Operator
from ui.tasks import Jobs


def kind_word(kind: str) -> str:
    return words.word(words.SHIFT_KIND, kind)


def _table(headers: list[str], rows: list[list[str]], name: str) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


class StartShiftDialog(QDialog):
    def __init__(self, db: Database, operator: Operator, parent: QWidget | None = None,
                 jobs: Jobs | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.db = db
        self.operator = operator
        self.started: ShiftInfo | None = None
        self.setWindowTitle(self.tr("Start shift"))
        self.kind = QComboBox()
        self.kind.setObjectName("shiftKind")
        for kind in ShiftKind:
            self.kind.addItem(kind_word(kind), kind.value)
        self.stations = QListWidget()
        self.stations.setObjectName("shiftStations")
        for info in office.list_stations(db):
            item = QListWidgetItem(info.name)
            item.setCheckState(Qt.CheckState.Checked)
            self.stations.addItem(item)
        self.error = QLabel()
        self.error.setWordWrap(True)
        box = standard_buttons("Ok", "Cancel")
        box.button(box.StandardButton.Ok).setText(self.tr("Start shift"))
        box.accepted.connect(self.start)
        box.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Shift"), self.kind)
        form.addRow(self.tr("Stations working"), self.stations)
        form.addRow(self.tr("Lead"), QLabel(operator.name))
        form.addRow(self.error)
        form.addRow(box)
        self.work = DialogWork(self, self.error, [box], jobs)

    def start(self) -> None:
        chosen = [self.stations.item(i).text() for i in range(self.stations.count())
                  if self.stations.item(i).checkState() == Qt.CheckState.Checked]  # fmt: skip
        if not chosen:
            self.error.setText(self.tr("Tick at least one station."))
            return
        db, operator, kind = self.db, self.operator, self.kind.currentData()
        self.work.run(lambda: shifts.start_shift(db, operator, kind, stations=chosen),
                      self._started, waiting=self.tr("Starting the shift…"))  # fmt: skip

    def _started(self, started: ShiftInfo) -> None:
        self.started = started
        self.accept()

    def reject(self) -> None:
        if not self.work.running:  # the shift is being started: its answer comes first
            super().reject()


class PendingDialog(QDialog):
    """Cards left at a printer: for each, did it come out fine, spoiled, or not at all?"""

    def __init__(self, db: Database, operator: Operator, parent: QWidget | None = None,
                 jobs: Jobs | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.db = db
        self.operator = operator
        self.cards: list[counter.PendingCard] = []
        self.setWindowTitle(self.tr("Cards left at a printer"))
        self.intro = QLabel(self.tr(
            "These cards were taken to a printer by an earlier shift or before this PC was "
            "closed. Look at each card and say what happened to it."))  # fmt: skip
        self.intro.setWordWrap(True)
        self.table = _table([], [], "pendingTable")
        self.message = QLabel()
        self.message.setObjectName("pendingMessage")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        resolve: list[QWidget] = []
        for text, outcome in ((self.tr("Came out fine"), "printed"),
                              (self.tr("Came out spoiled…"), "spoiled"),
                              (self.tr("Never printed"), "not-printed")):  # fmt: skip
            button = QPushButton(text)
            button.setObjectName(f"resolve-{outcome}")
            button.clicked.connect(lambda _=False, o=outcome: self.resolve_selected(o))
            row.addWidget(button)
            resolve.append(button)
        close = standard_buttons("Close")
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(720, 360)
        self.work = DialogWork(self, None, [*resolve, self.table], jobs)
        self.reload()

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """The cards read again, on a worker; then ``then()``."""
        db, station = self.db, self.operator.station

        def show(cards: list[counter.PendingCard]) -> None:
            self._show(cards)
            if then is not None:
                then()

        self.work.run(lambda: counter.pending_cards(db, station=station), show,
                      failed=self._failed)  # fmt: skip

    def _show(self, cards: list[counter.PendingCard]) -> None:
        self.cards = cards
        headers = [self.tr("NIK"), self.tr("Name"), self.tr("Station"), self.tr("Taken at")]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(self.cards))
        self.table.setHorizontalHeaderLabels(headers)
        for r, card in enumerate(self.cards):
            taken = card.claimed_at.strftime("%d-%m-%Y %H:%M") if card.claimed_at else ""
            for c, value in enumerate((card.nik, card.name, card.station, taken)):
                self.table.setItem(r, c, QTableWidgetItem(value))
        if self.cards:
            self.table.selectRow(0)

    def resolve_selected(self, outcome: str) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.cards):
            return
        card = self.cards[row]
        reason = "other"
        if outcome == "spoiled":
            dialog = SpoilDialog(card.nik, self)
            if not dialog.exec():
                return
            reason = dialog.reason
        db, operator, station = self.db, self.operator, self.operator.station

        def resolved(_result: object) -> None:
            self.message.setText(self.tr("{nik} resolved").format(nik=card.nik))
            self.reload(then=lambda: None if self.cards else self.accept())

        self.work.run(lambda: counter.resolve(db, operator, card.nik, outcome=outcome,
                                              station=station, reason=reason),
                      resolved, failed=self._failed)  # fmt: skip

    def _failed(self, error: Exception) -> None:
        show_failure(self, self.message, error)


class WhereWeStoppedDialog(QDialog):
    """For the crew taking over: the last shift's notes and last cards, what is pending, and
    the stock this shift opened with."""

    def __init__(self, db: Database, operator: Operator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Where the last shift stopped"))
        view = counter.where_we_stopped(db, station=operator.station)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self._previous_text(view.previous)))
        notes = QLabel(view.previous.notes if view.previous and view.previous.notes else
                       self.tr("(no handover notes)"))  # fmt: skip
        notes.setObjectName("handoverNotes")
        notes.setWordWrap(True)
        layout.addWidget(notes)
        layout.addWidget(QLabel(self.tr("Last cards printed")))
        layout.addWidget(_table(
            [self.tr("Time"), self.tr("NIK"), self.tr("Name"), self.tr("Station")],
            [[p.at.strftime("%d-%m-%Y %H:%M"), p.nik, p.name, p.station]
             for p in view.last_printed], "lastPrinted"))  # fmt: skip
        pending = QLabel(self.tr("Cards left at a printer: {count}").format(
            count=len(view.pending)))  # fmt: skip
        pending.setObjectName("pendingCount")
        layout.addWidget(pending)
        layout.addWidget(QLabel(self.tr("Stock at the start of this shift")))
        layout.addWidget(
            _table(
                [self.tr("Item"), self.tr("Station"), self.tr("Quantity")],
                [
                    [
                        words.word(words.STOCK_ITEM, line.item),
                        line.station or "",
                        QLocale().toString(line.qty),
                    ]
                    for line in view.opening_stock
                ],
                "openingStock",
            )
        )
        close = standard_buttons("Close")
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(720, 620)

    def _previous_text(self, shift: ShiftInfo | None) -> str:
        if shift is None or shift.ended_at is None:
            return self.tr("No shift has ended yet.")
        return self.tr("Last shift: {kind}, {start} to {end}, lead {lead}").format(
            kind=kind_word(shift.kind), start=shift.started_at.strftime("%d-%m-%Y %H:%M"),
            end=shift.ended_at.strftime("%H:%M"), lead=shift.lead)  # fmt: skip


class EndShiftDialog(QDialog):
    """Handover notes, the handover workbook, then the shift closes."""

    def __init__(self, db: Database, operator: Operator, shift: ShiftInfo,
                 parent: QWidget | None = None, jobs: Jobs | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.db = db
        self.operator = operator
        self.shift = shift
        self.ended: ShiftInfo | None = None
        self.report: Path | None = None
        self.setWindowTitle(self.tr("End shift"))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("endNotes")
        self.notes.setPlaceholderText(self.tr("What the next crew should know"))
        self.export = QCheckBox(self.tr("Save the Excel handover report"))
        self.export.setObjectName("endExport")
        self.export.setChecked(True)
        folder = files.exports_dir()
        self.path = QLineEdit(str(folder / f"serah-terima-shift-{shift.id}.xlsx"))
        self.path.setObjectName("endPath")
        self.next_shift = forecast_next_shift(db, ending=True)  # the crew hands over now
        self.forecast = QLabel()
        self.forecast.setObjectName("endForecast")
        self.forecast.setWordWrap(True)
        self.forecast.setText(self._forecast_text())
        self.error = QLabel()
        self.error.setWordWrap(True)
        box = standard_buttons("Ok", "Cancel")
        box.button(box.StandardButton.Ok).setText(self.tr("End shift"))
        box.accepted.connect(self.end)
        box.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Shift {id}: {kind}, lead {lead}").format(
            id=shift.id, kind=kind_word(shift.kind), lead=shift.lead)))  # fmt: skip
        form.addRow(self.forecast)
        form.addRow(self.tr("Handover notes"), self.notes)
        form.addRow(self.export)
        form.addRow(self.tr("Report file"), self.path)
        form.addRow(self.error)
        form.addRow(box)
        self.work = DialogWork(self, self.error, [box], jobs)
        self.resize(640, 420)

    def end(self) -> None:
        """The shift is ended and its workbook written on a worker, the buttons off."""
        db, operator, shift_id = self.db, self.operator, self.shift.id
        notes = self.notes.toPlainText()
        path = Path(self.path.text()) if self.export.isChecked() else None

        def work() -> tuple[ShiftInfo, Exception | None]:
            ended = shifts.end_shift(db, operator, notes=notes, shift_id=shift_id)
            if path is None:
                return ended, None
            try:
                write_handover(db, operator, shift_id, path)
            except (Refused, OSError) as error:  # the shift is ended; the report can follow
                return ended, error
            return ended, None

        self.work.run(work, self._ended, waiting=self.tr("Ending the shift…"))

    def _ended(self, answer: tuple[ShiftInfo, Exception | None]) -> None:
        self.ended, problem = answer
        if problem is not None:
            text = refusal_text(problem) if isinstance(problem, Refused) else str(problem)
            inform(self, self.tr("Report not saved"), text, icon=QMessageBox.Icon.Warning)
        elif self.export.isChecked():
            self.report = Path(self.path.text())
        self.accept()

    def reject(self) -> None:
        if not self.work.running:  # the shift is being ended: its answer comes first
            super().reject()

    def _forecast_text(self) -> str:
        """What the next shift will lack, for the lead to see before confirming."""
        lines = [sentence(plan_message(self.next_shift))]
        lines += [f"• {sentence(flag.message)}" for flag in self.next_shift.flags
                  if flag.level != "ok"]  # fmt: skip
        if len(lines) == 1:
            lines.append(self.tr("Every consumable covers the next shift."))
        return "\n".join(lines)


def write_handover(db: Database, operator: Operator, shift_id: int, path: Path) -> None:
    """The shift's handover workbook (on a worker: database reads and a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    reports.export_handover(db, operator, shift_id, path)
