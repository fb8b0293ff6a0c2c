"""What the app's tables of frozen records with an id share (requests, past handovers, a handover's contacts).

A subclass says which columns there are and how a record's id, cell texts and sort values read; the model gives an
id role, a sort role with native values and a row role, makes each row's cell texts once, sorts keeping the
selection, and takes rows out or puts them in by id.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ModelIndex = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record's id (int)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the native value the column sorts by
ROW_ROLE = Qt.ItemDataRole.UserRole + 3  # the record itself


def plain_tip(text: str) -> str:
    """Text for a tooltip that Qt shows as the characters written. Qt guesses whether a tooltip is rich text and
    renders it as HTML if it looks like some: a note holding ``<img src=...>`` would make Qt load that file on
    hover. Escaped and wrapped, the tooltip is HTML that says exactly the text, line breaks kept."""
    if not text:
        return text
    return "<qt>" + html.escape(text, quote=False).replace("\n", "<br>") + "</qt>"


_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ID_ROLE, SORT_ROLE, ROW_ROLE})
FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class RecordTableModel(QAbstractTableModel):
    """Rows of frozen records with an id; subclasses say how a column reads."""

    columns: type[IntEnum]

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[object] = []
        self._texts: dict[int, tuple[str, ...]] = {}  # each row's cells by id, made when first drawn
        self._texts_row: dict[int, object] = {}  # the record they were made from (a replaced record is redrawn)
        self._headers = self._header_texts()

    def _header_texts(self) -> dict[int, str]:
        raise NotImplementedError

    def _id(self, row: object) -> int:
        raise NotImplementedError

    def _text(self, row: object, column: int) -> str:
        raise NotImplementedError

    def _sort(self, row: object, column: int) -> object:
        """What the column sorts by: its text regardless of case, unless a subclass has a native value."""
        return self._text(row, column).casefold()

    def set_rows(self, rows: Iterable[object]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts.clear()
        self._texts_row.clear()
        self.endResetModel()

    def _cells(self, row: object) -> tuple[str, ...]:
        """The row's display texts; a repaint asks for each cell many times, and dates are slow to format."""
        key = self._id(row)
        cells = self._texts.get(key)
        if cells is None or self._texts_row.get(key) is not row:
            cells = tuple(self._text(row, column) for column in range(len(self.columns)))
            self._texts[key] = cells
            self._texts_row[key] = row
        return cells

    def row_at(self, row: int) -> object:
        return self._rows[row]

    def row_of_id(self, item_id: int) -> int | None:
        return next((number for number, row in enumerate(self._rows) if self._id(row) == item_id), None)

    def id_at(self, row: int) -> int:
        return self._id(self._rows[row])

    def ids(self) -> list[int]:
        return [self._id(row) for row in self._rows]

    def remove_id(self, item_id: int) -> int | None:
        """Take one row out; returns the row number it had."""
        number = self.row_of_id(item_id)
        if number is not None:
            self.beginRemoveRows(QModelIndex(), number, number)
            del self._rows[number]
            self.endRemoveRows()
        return number

    def insert_row(self, number: int, row: object) -> None:
        number = max(0, min(number, len(self._rows)))
        self.beginInsertRows(QModelIndex(), number, number)
        self._rows.insert(number, row)
        self.endInsertRows()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # A repaint asks for about ten roles per cell: the ones not served are answered first, cheaply.
        if role not in _ROLES or not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:  # item views draw display text as plain text
            return self._cells(row)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(self._cells(row)[index.column()])
        if role == ID_ROLE:
            return self._id(row)
        if role == SORT_ROLE:
            return self._sort(row, index.column())
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(section)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._id(self._rows[index.row()]) if index.isValid() else None for index in persistent]
        self._rows.sort(key=lambda row: self._sort(row, column), reverse=order == Qt.SortOrder.DescendingOrder)  # type: ignore[arg-type,return-value]
        positions = {self._id(row): number for number, row in enumerate(self._rows)}
        moved = [
            QModelIndex() if item_id is None else self.index(positions[item_id], index.column())
            for index, item_id in zip(persistent, ids, strict=True)
        ]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()
