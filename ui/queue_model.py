"""The queue as a lazily fetched table model: it reads only the windows the view shows.

Rows come from the core in blocks of ``BLOCK`` rows, kept in a small LRU cache. A block next
to a cached one is read by keyset (the rows after the cached block's last row), so scrolling
stays instant at the end of a million-record queue; a far jump reads by offset once.

A new filter and every refresh bring the blocks the view shows with them, read on a worker
(``read_shown``): the model takes them as they are, so neither the first picture nor the
picture after an action queries the database on the GUI thread; only scrolling to rows not
read yet does (one indexed block, ~1-2 ms). A row's texts are made once, when first shown.

The model exists before the database is open (the window's frame paints its headers while
the core still loads), so the core is imported where the rows are read.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
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

DISPLAY = Qt.ItemDataRole.DisplayRole
_SERVED = frozenset({DISPLAY, ROW_ROLE, Qt.ItemDataRole.TextAlignmentRole,
                     Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole})  # fmt: skip
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_PRIORITY_BACKGROUND = QColor("#fff4d6")
_PRINTING_BACKGROUND = QColor("#dcecff")
_HOLD_BACKGROUND = QColor("#eeeeee")
_BRUSHES = {"printing": QBrush(_PRINTING_BACKGROUND), "on_hold": QBrush(_HOLD_BACKGROUND),
            "priority": QBrush(_PRIORITY_BACKGROUND)}  # fmt: skip


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
        self._texts: dict[int, tuple[Any, ...]] = {}  # row number -> its column texts
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
        if role not in _SERVED:  # (the view asks ~10 roles per cell; most are not ours)
            return None
        number = index.row()
        if not 0 <= number < self._count or not index.isValid():
            return None
        if role == DISPLAY:
            texts = self._texts.get(number)
            if texts is None:
                row = self.row_at(number)
                if row is None:
                    return None
                texts = self._texts[number] = self._display(row)
            return texts[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if index.column() in (POSITION, ATTEMPTS) else None
        row = self.row_at(number)
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row)
        if role == Qt.ItemDataRole.FontRole and row.status == "printing":
            return self._bold
        return None

    # -- what the window asks -----------------------------------------------------------

    def set_filter(
        self,
        flt: QueueFilter,
        db: Database | None = None,
        *,
        count: int | None = None,
        blocks: dict[int, list[QueueRow]] | None = None,
    ) -> None:
        """Show the rows ``flt`` picks (of ``db``, when the model is handed its database).
        ``count``: the rows it picks, counted on a worker (else counted here); ``blocks``:
        the first blocks, read on the same worker (``read_shown``)."""
        self.beginResetModel()
        self.db = db or self.db
        self.filter = flt
        self._take(blocks)
        self._count = self._counted(count)
        self.endResetModel()

    def refresh(
        self, count: int | None = None, blocks: dict[int, list[QueueRow]] | None = None
    ) -> None:
        """Re-read after a change anywhere: same scroll position, new rows and values.
        ``count``: the filter's rows as a worker counted them a moment ago; ``blocks``: the
        blocks the view showed, read by that worker (the others are read when shown)."""
        if self.filter is None:
            return
        count = self._counted(count)
        self._take(blocks)
        self.set_count(count)
        if self._count:
            last = self.index(self._count - 1, len(self.HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def set_count(self, count: int) -> None:
        """The view's row count, counted after its first rows were shown: rows are added or
        taken at the end; the rows read stay."""
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self.endRemoveRows()

    def shown_blocks(self, first_row: int, last_row: int) -> list[int]:
        """The block numbers holding rows ``first_row`` to ``last_row`` (the view's rows)."""
        first, last = max(first_row, 0) // BLOCK, max(last_row, first_row, 0) // BLOCK
        return list(range(first, min(last, first + 3) + 1))

    def row_at(self, row: int) -> QueueRow | None:
        number, offset = divmod(row, BLOCK)
        block = self._block(number)
        return block[offset] if offset < len(block) else None

    def cached_rows(self) -> int:
        return sum(len(block) for block in self._blocks.values())

    # -- inside -------------------------------------------------------------------------

    def _take(self, blocks: dict[int, list[QueueRow]] | None) -> None:
        self._blocks.clear()
        self._texts.clear()
        self._blocks.update(blocks or {})

    def _block(self, number: int) -> list[QueueRow]:
        block = self._blocks.get(number)
        if block is None:
            block = self._read_block(number)
            self._blocks[number] = block
            while len(self._blocks) > MAX_BLOCKS:
                gone, _rows = self._blocks.popitem(last=False)
                for row in range(gone * BLOCK, (gone + 1) * BLOCK):  # its texts go with it
                    self._texts.pop(row, None)
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

    def _display(self, row: QueueRow) -> tuple[Any, ...]:
        """The row's texts, column by column (POSITION .. STATUS)."""
        return (
            row.position if row.position is not None else "",
            row.nik,
            row.name,
            row.kecamatan,
            words.word(words.PRIORITY, row.priority),
            row.entered_at.strftime("%d-%m-%Y %H:%M"),
            row.attempts,
            self._status(row),
        )

    def _status(self, row: QueueRow) -> str:
        status = words.word(words.STATUS, row.status)
        return f"{status} · {row.station}" if row.station else status

    def _background(self, row: QueueRow) -> QBrush | None:
        if row.status == "printing":
            return _BRUSHES["printing"]
        if row.status == "on_hold":
            return _BRUSHES["on_hold"]
        if row.priority != "normal":
            return _BRUSHES["priority"]
        return None


def read_shown(
    db: Database, flt: QueueFilter, count: int | None, numbers: Iterable[int]
) -> dict[int, list[QueueRow]]:
    """Runs on a worker: the blocks ``numbers`` of the view ``flt`` of ``count`` rows
    (``None``: not counted yet; the blocks are then read up to the first short one)."""
    from ektp_desk.api import counter

    blocks: dict[int, list[QueueRow]] = {}
    for number in sorted(numbers):
        if number < 0 or (count is not None and number > (count - 1) // BLOCK):
            continue
        blocks[number] = counter.fetch_rows(db, flt, number * BLOCK, BLOCK, total=count)
        if count is None and len(blocks[number]) < BLOCK:
            break
    return blocks
