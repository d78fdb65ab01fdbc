"""The queue as a lazily fetched table model: it reads only the windows the view shows.

Rows come from the core in blocks of ``BLOCK`` rows, kept in a small LRU cache. A block next
to a cached one is read by keyset (the rows after the cached block's last row), so scrolling
stays instant at the end of a million-record queue; a far jump reads by offset once.

The model exists before the database is open (the window's frame paints its headers while
the core still loads), so the core is imported where the rows are read.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ui import words

if TYPE_CHECKING:
    from ektp_desk.api.counter import QueueFilter, QueueRow
    from ektp_desk.api.office import Database

Index = QModelIndex | QPersistentModelIndex

POSITION, NIK, NAME, KECAMATAN, PRIORITY, ENTERED_AT, ATTEMPTS, STATUS = range(8)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the QueueRow itself
BLOCK = 256
MAX_BLOCKS = 64  # at most 16,384 rows in memory, whatever the queue's size

_PRIORITY_BACKGROUND = QColor("#fff4d6")
_PRINTING_BACKGROUND = QColor("#dcecff")
_HOLD_BACKGROUND = QColor("#eeeeee")


class QueueModel(QAbstractTableModel):
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("QueueModel", "Position"),
        QT_TRANSLATE_NOOP("QueueModel", "NIK"),
        QT_TRANSLATE_NOOP("QueueModel", "Name"),
        QT_TRANSLATE_NOOP("QueueModel", "Kecamatan"),
        QT_TRANSLATE_NOOP("QueueModel", "Priority"),
        QT_TRANSLATE_NOOP("QueueModel", "Recorded"),
        QT_TRANSLATE_NOOP("QueueModel", "Attempts"),
        QT_TRANSLATE_NOOP("QueueModel", "Status"),
    )

    def __init__(self, db: Database | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.filter: QueueFilter | None = None  # no rows until the window sets one
        self._count = 0
        self._blocks: OrderedDict[int, list[QueueRow]] = OrderedDict()
        self._bold = QFont()
        self._bold.setBold(True)

    # -- what the view asks -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.tr(self.HEADERS[section]) if 0 <= section < len(self.HEADERS) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (POSITION, ATTEMPTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row)
        if role == Qt.ItemDataRole.FontRole and row.status == "printing":
            return self._bold
        return None

    # -- what the window asks -----------------------------------------------------------

    def set_filter(
        self, flt: QueueFilter, db: Database | None = None, *, count: int | None = None
    ) -> None:
        """Show the rows ``flt`` picks (of ``db``, when the model is handed its database).
        ``count``: the rows it picks, counted on a worker (else counted here)."""
        self.beginResetModel()
        self.db = db or self.db
        self.filter = flt
        self._blocks.clear()
        self._count = self._counted(count)
        self.endResetModel()

    def refresh(self, count: int | None = None) -> None:
        """Re-read after a change anywhere: same scroll position, new rows and values.
        ``count``: the filter's rows as a worker counted them a moment ago."""
        if self.filter is None:
            return
        count = self._counted(count)
        self._blocks.clear()
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self.endRemoveRows()
        if self._count:
            last = self.index(self._count - 1, len(self.HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def row_at(self, row: int) -> QueueRow | None:
        number, offset = divmod(row, BLOCK)
        block = self._block(number)
        return block[offset] if offset < len(block) else None

    def cached_rows(self) -> int:
        return sum(len(block) for block in self._blocks.values())

    # -- inside -------------------------------------------------------------------------

    def _block(self, number: int) -> list[QueueRow]:
        block = self._blocks.get(number)
        if block is None:
            block = self._read_block(number)
            self._blocks[number] = block
            while len(self._blocks) > MAX_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(number)
        return block

    def _read_block(self, number: int) -> list[QueueRow]:
        from ektp_desk.api import counter

        assert self.filter is not None  # rows exist only once a filter is set
        before = self._blocks.get(number - 1)
        if before and len(before) == BLOCK:
            return counter.fetch_after(self._database(), self.filter, before[-1], BLOCK)
        return counter.fetch_rows(
            self._database(), self.filter, number * BLOCK, BLOCK, total=self._count
        )

    def _counted(self, count: int | None) -> int:
        from ektp_desk.api import counter

        if count is not None:
            return count
        assert self.filter is not None
        return counter.count_rows(self._database(), self.filter)

    def _database(self) -> Database:
        if self.db is None:
            raise RuntimeError("the queue model has no database yet")
        return self.db

    def _display(self, row: QueueRow, column: int) -> Any:
        values: dict[int, Any] = {
            POSITION: row.position if row.position is not None else "",
            NIK: row.nik,
            NAME: row.name,
            KECAMATAN: row.kecamatan,
            PRIORITY: words.word(words.PRIORITY, row.priority),
            ENTERED_AT: row.entered_at.strftime("%d-%m-%Y %H:%M"),
            ATTEMPTS: row.attempts,
            STATUS: self._status(row),
        }
        return values.get(column)

    def _status(self, row: QueueRow) -> str:
        status = words.word(words.STATUS, row.status)
        return f"{status} · {row.station}" if row.station else status

    def _background(self, row: QueueRow) -> QBrush | None:
        if row.status == "printing":
            return QBrush(_PRINTING_BACKGROUND)
        if row.status == "on_hold":
            return QBrush(_HOLD_BACKGROUND)
        if row.priority != "normal":
            return QBrush(_PRIORITY_BACKGROUND)
        return None
