"""A contact's consent history (append-only), newest first: a thin Qt adapter over ``ConsentChange`` records."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication

from app.core.records import ConsentChange
from app.ui.vocabulary import label

ModelIndex = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class ConsentColumn(IntEnum):
    DATE = 0
    CHANNEL = 1
    STATUS = 2
    SOURCE = 3
    NOTE = 4


CONSENT_HEADERS = {
    ConsentColumn.DATE: QT_TRANSLATE_NOOP("ConsentHistory", "Date"),
    ConsentColumn.CHANNEL: QT_TRANSLATE_NOOP("ConsentHistory", "Channel"),
    ConsentColumn.STATUS: QT_TRANSLATE_NOOP("ConsentHistory", "Consent"),
    ConsentColumn.SOURCE: QT_TRANSLATE_NOOP("ConsentHistory", "Source"),
    ConsentColumn.NOTE: QT_TRANSLATE_NOOP("ConsentHistory", "Note"),
}


def _text(change: ConsentChange, column: ConsentColumn) -> str:
    match column:
        case ConsentColumn.DATE:
            return change.changed_on.isoformat()
        case ConsentColumn.CHANNEL:
            return label(change.channel)
        case ConsentColumn.STATUS:
            if change.corrected_by_id is not None:
                return QCoreApplication.translate("ConsentHistory", "{status} (mistaken, corrected)").format(
                    status=label(change.status)
                )
            if change.corrects_id is not None:
                return QCoreApplication.translate("ConsentHistory", "{status} (correction)").format(
                    status=label(change.status)
                )
            return label(change.status)
        case ConsentColumn.SOURCE:
            return change.source
        case ConsentColumn.NOTE:
            return change.note


def _sort_value(change: ConsentChange, column: ConsentColumn) -> object:
    return change.changed_on if column is ConsentColumn.DATE else _text(change, column)


class ConsentHistoryModel(QAbstractTableModel):
    def __init__(self, history: Iterable[ConsentChange] = (), parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._history: list[ConsentChange] = []
        self.set_history(history)

    def set_history(self, history: Iterable[ConsentChange]) -> None:
        self.beginResetModel()
        # The history comes oldest first; the latest decision is what matters, so show it on top.
        self._history = sorted(history, key=lambda c: (c.changed_on, c.id or 0), reverse=True)
        self.endResetModel()

    def change_at(self, row: int) -> ConsentChange:
        return self._history[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._history)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ConsentColumn)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._history):
            return None
        change = self._history[index.row()]
        column = ConsentColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(change, column)
        if role == Qt.ItemDataRole.FontRole and change.corrected_by_id is not None:
            font = QFont(QGuiApplication.font())
            font.setStrikeOut(True)  # still shown (the history is append-only), visibly no longer counting
            return font
        if role == ID_ROLE:
            return change.id
        if role == SORT_ROLE:
            return _sort_value(change, column)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < len(ConsentColumn)
        if horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ConsentHistory", CONSENT_HEADERS[ConsentColumn(section)])
        return None
