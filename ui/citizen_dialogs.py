"""Citizens at the counter: "is my card ready?", handing the card over, and the messages
that tell them it is ready (SMS through the gateway, WhatsApp links clicked here)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ektp_desk.api import citizens, files
from ektp_desk.api.citizens import CitizenStatus, Collection, PendingMessage, local_form
from ektp_desk.api.office import Database
from ektp_desk.errors import Refused
from ui import words
from ui.buttons import buttons as standard_buttons
from ui.dialog_work import DialogWork
from ui.feedback import refusal_text, sentence, show_unexpected
from ui.login import Operator
from ui.old_card_box import OldCardBox
from ui.tasks import Jobs

_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse
_LINK_COLOUR = QColor("#0b4f9c")
_ERROR_COLOUR = QColor("#b3261e")


class StatusDialog(QDialog):
    """Type or scan a NIK: the answer, in the words to read to the citizen (looked up on a
    worker, the buttons off meanwhile)."""

    def __init__(self, db: Database, operator: Operator, parent: QWidget | None = None,
                 jobs: Jobs | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.db = db
        self.operator = operator
        self.jobs = jobs or Jobs(parent=self)
        self.answer: CitizenStatus | None = None
        self.setWindowTitle(self.tr("Card status for a citizen"))
        self.nik = QLineEdit()
        self.nik.setObjectName("statusNik")
        self.nik.setPlaceholderText(self.tr("Scan or type the citizen's NIK, then Enter"))
        self.nik.setClearButtonEnabled(True)
        self.nik.returnPressed.connect(self.look_up)
        look = QPushButton(self.tr("Look up"))
        look.setAutoDefault(False)
        look.clicked.connect(self.look_up)
        self.caption = QLabel(self.tr("Read this to the citizen:"))
        self.caption.setObjectName("statusCaption")
        self.text = QLabel(self.tr("Scan the NIK on the citizen's receipt or KK."))
        self.text.setObjectName("statusAnswer")
        self.text.setWordWrap(True)
        self.text.setMinimumHeight(150)
        self.text.setTextInteractionFlags(self.text.textInteractionFlags() | _SELECTABLE)
        self.detail = QLabel()
        self.detail.setObjectName("statusDetail")
        self.detail.setWordWrap(True)
        self.collect = QPushButton(self.tr("Record collection…"))
        self.collect.setObjectName("btnCollect")
        self.collect.setAutoDefault(False)
        self.collect.setEnabled(False)
        self.collect.clicked.connect(self.record_collection)
        close = standard_buttons("Close")
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)  # Enter scans
        close.rejected.connect(self.reject)
        close.addButton(self.collect, QDialogButtonBox.ButtonRole.ActionRole)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("NIK")))
        row.addWidget(self.nik, 1)
        row.addWidget(look)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addSpacing(8)
        for widget in (self.caption, self.text, self.detail):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(close)
        self._show_state("")
        self.caption.hide()
        self.resize(720, 400)
        self.work = DialogWork(self, None, [look, self.collect], self.jobs)
        self.nik.setFocus()

    def look_up(self) -> None:
        text = self.nik.text().strip()
        if not text:
            return
        db, operator = self.db, self.operator
        self.work.run(lambda: citizens.status(db, operator, text), self._answered,
                      failed=self._refused)  # fmt: skip

    def _answered(self, answer: CitizenStatus) -> None:
        self.show_answer(answer)
        self.nik.selectAll()

    def _refused(self, error: Exception) -> None:
        if not isinstance(error, Refused):
            show_unexpected(self, error)
            return
        self.answer = None
        self.caption.hide()
        self.text.setText(refusal_text(error))
        self.detail.clear()
        self._show_state("error")
        self.collect.setEnabled(False)
        self.nik.selectAll()

    def show_answer(self, answer: CitizenStatus) -> None:
        self.answer = answer
        self.caption.show()
        self.text.setText(answer.indonesian())
        self.detail.setText(self._detail(answer))
        self._show_state(answer.state)
        self.collect.setEnabled(answer.can_collect)

    def record_collection(self) -> None:
        answer = self.answer
        if answer is None or not answer.can_collect:
            return
        dialog = CollectDialog(self.db, self.operator, answer, self, self.jobs)
        if dialog.exec():
            db, operator = self.db, self.operator
            self.work.run(lambda: citizens.status(db, operator, answer.nik), self.show_answer)
            self.nik.setFocus()

    def _detail(self, answer: CitizenStatus) -> str:
        status = self._status_word(answer.state)
        if answer.name is None:
            return self.tr("{nik} · not in this office's print queue").format(nik=answer.nik)
        parts = [answer.nik, answer.name, answer.kecamatan or "", status]
        if answer.position is not None:
            position = QLocale().toString(answer.position)
            parts.append(self.tr("number {position} in the queue").format(position=position))
        return " · ".join(part for part in parts if part)

    def _status_word(self, state: str) -> str:
        return words.word(words.STATUS, "picked_up" if state == citizens.COLLECTED else state)

    def _show_state(self, state: str) -> None:
        """The answer's colour follows the state (see style.qss)."""
        self.text.setProperty("state", state)
        self.text.style().unpolish(self.text)
        self.text.style().polish(self.text)


class CollectDialog(QDialog):
    """Who took the printed card: the citizen in person, or a representative by name."""

    def __init__(self, db: Database, operator: Operator, answer: CitizenStatus,
                 parent: QWidget | None = None, jobs: Jobs | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.db = db
        self.operator = operator
        self.answer = answer
        self.collected: Collection | None = None
        self.setWindowTitle(self.tr("Record collection of {nik}").format(nik=answer.nik))
        self.in_person = QRadioButton(self.tr("The card holder in person"))
        self.in_person.setObjectName("collectInPerson")
        self.representative = QRadioButton(self.tr("A representative"))
        self.representative.setObjectName("collectRepresentative")
        group = QButtonGroup(self)
        group.addButton(self.in_person)
        group.addButton(self.representative)
        self.in_person.setChecked(True)
        self.name = QLineEdit(answer.name or "")
        self.name.setObjectName("collectName")
        self.name.setMaxLength(citizens.MAX_NAME_LENGTH)
        self.in_person.toggled.connect(self._role_changed)
        self.error = QLabel()
        self.error.setObjectName("collectError")
        self.error.setWordWrap(True)
        box = standard_buttons("Save", "Cancel")
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Card of {name}").format(name=answer.name or answer.nik)))
        form.addRow(self.in_person)
        form.addRow(self.representative)
        form.addRow(self.tr("Name of who took it"), self.name)
        self.old_card = OldCardBox(answer.old_card) if answer.old_card is not None else None
        if self.old_card is not None:  # a replacement: the holder's old card is taken back
            form.addRow(self.old_card)
        form.addRow(self.error)
        form.addRow(box)
        self.work = DialogWork(self, self.error, [box], jobs)
        self.resize(460, 220)

    def _role_changed(self, in_person: bool) -> None:
        self.name.setText(self.answer.name or "" if in_person else "")
        self.name.setFocus()

    def save(self) -> None:
        """Recorded on a worker; a refusal stays in the dialog, under the fields."""
        db, operator, nik = self.db, self.operator, self.answer.nik
        by, representative = self.name.text(), self.representative.isChecked()
        hand_in = self.old_card.hand_in() if self.old_card is not None else None
        self.work.run(
            lambda: citizens.record_collection(db, operator, nik, by=by,
                                               representative=representative, hand_in=hand_in),
            self._recorded,
        )  # fmt: skip

    def _recorded(self, collected: Collection) -> None:
        self.collected = collected
        self.accept()

    def reject(self) -> None:
        if not self.work.running:  # the collection is being written: its answer comes first
            super().reject()


class MessagesDialog(QDialog):
    """The ready-to-collect messages no gateway has sent yet: a WhatsApp link to click for
    each, or an export for another PC. The SMS gateway takes them with `ektp-desk notify
    deliver`, usually from a scheduled task."""

    NAME, PHONE, LINK, TEXT = range(4)

    def __init__(self, db: Database, operator: Operator, parent: QWidget | None = None,
                 jobs: Jobs | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.db = db
        self.operator = operator
        self.messages: list[PendingMessage] = []
        self.open_url = QDesktopServices.openUrl  # tests put a recorder here
        self.setWindowTitle(self.tr("Ready-to-collect messages"))
        self.summary = QLabel()
        self.summary.setObjectName("messagesSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("messagesTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Phone"), self.tr("WhatsApp"), self.tr("Message")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((self.NAME, 200), (self.PHONE, 140), (self.LINK, 190)):
            self.table.setColumnWidth(column, width)
        self.table.cellClicked.connect(self._clicked)
        self.table.cellActivated.connect(lambda row, _column: self.send_whatsapp(row))
        self.feedback = QLabel()
        self.feedback.setObjectName("messagesFeedback")
        self.feedback.setWordWrap(True)
        box = standard_buttons("Close")
        export = box.addButton(self.tr("Export CSV…"), QDialogButtonBox.ButtonRole.ActionRole)
        export.setObjectName("btnExportLinks")
        export.clicked.connect(self.ask_export)
        refresh = box.addButton(self.tr("Refresh"), QDialogButtonBox.ButtonRole.ActionRole)
        refresh.clicked.connect(self.reload)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.feedback)
        layout.addWidget(box)
        self.resize(980, 520)
        self.work = DialogWork(self, None, [self.table, export, refresh], jobs)
        self.reload()

    def reload(self) -> None:
        """The messages read again, on a worker."""
        db, operator = self.db, self.operator
        self.work.run(lambda: citizens.pending(db, operator), self._show)

    def _show(self, messages: list[PendingMessage]) -> None:
        self.messages = messages
        self.table.setRowCount(len(self.messages))
        for row, message in enumerate(self.messages):
            self._fill(row, message)
        unusable = sum(1 for m in self.messages if m.number is None)
        self.summary.setText(
            self.tr(
                "{count} message(s) wait for a gateway; {bad} of them have a number that cannot "
                "be used. Click “Send by WhatsApp” (or press Enter on a row) to open the chat "
                "with the message written; the SMS gateway sends the rest."
            ).format(count=len(self.messages), bad=unusable)
        )

    def send_whatsapp(self, row: int) -> None:
        if not 0 <= row < len(self.messages):
            return
        message = self.messages[row]
        if message.whatsapp_url is None:
            self._say(sentence(message.problem) if message.problem else message.phone, True)
            return
        url = QUrl.fromEncoded(message.whatsapp_url.encode(), QUrl.ParsingMode.StrictMode)
        db, operator = self.db, self.operator

        def sent(_result: object) -> None:
            self.open_url(url)
            self._say(self.tr("WhatsApp opened for {name}").format(name=message.name), False)
            self.reload()

        def refused(error: Exception) -> None:
            if not isinstance(error, Refused):
                show_unexpected(self, error)
                return
            self._say(refusal_text(error), True)
            self.reload()

        self.work.run(lambda: citizens.mark_sent(db, operator, message.id), sent, failed=refused)

    def ask_export(self) -> None:
        folder = files.exports_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export WhatsApp links"), str(folder / "pesan-whatsapp.csv"),
            self.tr("CSV files (*.csv)"),
        )  # fmt: skip
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        """The file is written on a worker."""
        db, operator = self.db, self.operator

        def failed(error: Exception) -> None:
            if isinstance(error, OSError | Refused):
                self._say(refusal_text(error) if isinstance(error, Refused) else str(error), True)
            else:
                show_unexpected(self, error)

        self.work.run(lambda: citizens.write_links_csv(db, operator, path),
                      lambda written: self._say(self.tr("{count} link(s) saved to {file}").format(
                          count=written, file=path), False), failed=failed)  # fmt: skip

    def _fill(self, row: int, message: PendingMessage) -> None:
        phone = local_form(message.number) if message.number else message.phone
        link = QTableWidgetItem(self.tr("Send by WhatsApp") if message.number else "")
        if message.number:
            font = QFont(link.font())
            font.setUnderline(True)
            link.setFont(font)
            link.setForeground(_LINK_COLOUR)
            link.setToolTip(message.whatsapp_url or "")
        elif message.problem is not None:
            link.setText(self.tr("Number cannot be used"))
            link.setForeground(_ERROR_COLOUR)
            link.setToolTip(sentence(message.problem))
        text = QTableWidgetItem(message.text)
        text.setToolTip(message.text)
        for column, item in ((self.NAME, QTableWidgetItem(message.name)),
                             (self.PHONE, QTableWidgetItem(phone)),
                             (self.LINK, link), (self.TEXT, text)):  # fmt: skip
            self.table.setItem(row, column, item)

    def _clicked(self, row: int, column: int) -> None:
        if column == self.LINK:
            self.send_whatsapp(row)

    def _say(self, text: str, error: bool) -> None:
        self.feedback.setText(text)
        self.feedback.setProperty("error", error)
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
