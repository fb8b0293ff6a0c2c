"""The contacts table: a thin Qt adapter over ``ContactIndex`` (compact rows, filtered and sorted in memory).

Scrolling only reads rows already in memory; the database is asked once for the whole table and then only for
the rows a classification changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from app.core.contact_rows import ContactRow
from app.ui.models.contact_index import CELL_TEXT, HEADERS, Column, ContactFilter, ContactIndex, sort_value

ModelIndex = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the contact id (int)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the native value the column sorts by
ROW_ROLE = Qt.ItemDataRole.UserRole + 3  # the ContactRow itself

# The column titles of contact_index.HEADERS (kept free of Qt), marked here for `make translations`.
_HEADER_WORDS = (
    QT_TRANSLATE_NOOP("ContactsTable", "Name"),
    QT_TRANSLATE_NOOP("ContactsTable", "Company"),
    QT_TRANSLATE_NOOP("ContactsTable", "Position"),
    QT_TRANSLATE_NOOP("ContactsTable", "Relationship"),
    QT_TRANSLATE_NOOP("ContactsTable", "Met in"),
    QT_TRANSLATE_NOOP("ContactsTable", "Consent"),
    QT_TRANSLATE_NOOP("ContactsTable", "Connected on"),
    QT_TRANSLATE_NOOP("ContactsTable", "Last interaction"),
    QT_TRANSLATE_NOOP("ContactsTable", "Tags"),
)
_DATE_COLUMNS = (Column.CONNECTED_ON, Column.LAST_INTERACTION)
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_FONT = Qt.ItemDataRole.FontRole
_ROW_ROLES = frozenset({ID_ROLE, SORT_ROLE, ROW_ROLE})
_COLUMNS = len(Column)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

_ALIGN_DATE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ALIGN_TEXT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class ContactsTableModel(QAbstractTableModel):
    def __init__(self, rows: Iterable[ContactRow] = (), parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.contacts = ContactIndex(rows)
        self.edited_id: int | None = None  # the contact with unsaved edits in the editor: its row stays marked

    def set_edited_id(self, contact_id: int | None) -> None:
        """Mark the row of the contact whose edits are not saved yet (None: no row), wherever the selection is."""
        if contact_id == self.edited_id:
            return
        rows = [self.row_of_id(cid) for cid in (self.edited_id, contact_id) if cid is not None]
        self.edited_id = contact_id
        for row in rows:
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, _COLUMNS - 1), [_BACKGROUND, _FONT])

    @staticmethod
    def _edited_brush() -> QBrush:
        colour = QColor(QGuiApplication.palette().color(QPalette.ColorRole.Highlight))
        colour.setAlpha(70)  # the highlight colour, pale: the selection itself stays distinct
        return QBrush(colour)

    @staticmethod
    def _edited_font() -> QFont:
        font = QFont(QGuiApplication.font())
        font.setItalic(True)
        return font

    # --- changing what is shown -------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[ContactRow], *, search_now: bool = True) -> None:
        self.beginResetModel()
        self.contacts.set_rows(rows, search_now=search_now)
        self.endResetModel()

    def set_filter(self, contact_filter: ContactFilter) -> None:
        if contact_filter == self.contacts.filter:
            return
        self.beginResetModel()
        self.contacts.set_filter(contact_filter)
        self.endResetModel()

    def refilter(self) -> None:
        """Apply the filter and sort again to every row (classified rows that no longer match leave)."""
        self.beginResetModel()
        self.contacts.refresh()
        self.endResetModel()

    def update_rows(self, rows: Sequence[ContactRow]) -> None:
        """Show new values for rows already in the table (after a classification or an edit)."""
        changed = sorted(self.contacts.replace_rows(rows))
        last_column = self.columnCount() - 1
        start = 0
        while start < len(changed):
            end = start
            while end + 1 < len(changed) and changed[end + 1] == changed[end] + 1:
                end += 1
            self.dataChanged.emit(self.index(changed[start], 0), self.index(changed[end], last_column))
            start = end + 1

    def add_rows(self, rows: Sequence[ContactRow]) -> None:
        self.beginResetModel()
        self.contacts.add_rows(rows)
        self.endResetModel()

    def remove_ids(self, ids: Iterable[int]) -> None:
        self.beginResetModel()
        self.contacts.remove_ids(ids)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self.contacts.row_at(index.row()).id if index.isValid() else None for index in persistent]
        self.contacts.sort(Column(column), order == Qt.SortOrder.DescendingOrder)
        moved = []
        for index, contact_id in zip(persistent, ids, strict=True):
            row = self.contacts.index_of_id(contact_id) if contact_id is not None else None
            moved.append(QModelIndex() if row is None else self.index(row, index.column()))
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # --- reading ----------------------------------------------------------------------------------------

    def row_at(self, row: int) -> ContactRow:
        return self.contacts.row_at(row)

    def id_at(self, row: int) -> int:
        return self.contacts.row_at(row).id

    def row_of_id(self, contact_id: int) -> int | None:
        return self.contacts.index_of_id(contact_id)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.contacts.visible)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # The view asks for many roles per visible cell on every repaint: answer the common ones first and
        # the rest without touching the row.
        if role == _DISPLAY:
            row_number = index.row()
            if not index.isValid() or row_number >= len(self.contacts):
                return None
            return CELL_TEXT[index.column()](self.contacts.row_at(row_number))
        if role == _ALIGNMENT:
            return _ALIGN_DATE if index.column() in _DATE_COLUMNS else _ALIGN_TEXT
        if role in (_BACKGROUND, _FONT):
            if self.edited_id is None or not index.isValid() or index.row() >= len(self.contacts):
                return None
            if self.contacts.row_at(index.row()).id != self.edited_id:
                return None
            return self._edited_brush() if role == _BACKGROUND else self._edited_font()
        if role not in _ROW_ROLES or not index.isValid() or index.row() >= len(self.contacts):
            return None
        row = self.contacts.row_at(index.row())
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return sort_value(row, Column(index.column()))
        return row

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            title = QCoreApplication.translate("ContactsTable", HEADERS[Column(section)])
            if role == Qt.ItemDataRole.DisplayRole:
                return title
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("ContactsTable", "Sort by {column}").format(column=title.lower())
        return None
