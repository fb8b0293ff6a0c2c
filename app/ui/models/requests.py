"""The inbox's tables: pending requests with the policy's suggestion, and decided requests (the history).

Thin Qt adapters over service records (``TriageResult`` and ``ConnectionRequest``): a column enum, an id role, a
sort role with native values and a row role. Contact text (names, notes) is returned as display text only, which
item views draw as plain text.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from app.core.records import ConnectionRequest
from app.services.triage import TriageResult

ModelIndex = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the request id (int)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the native value the column sorts by
ROW_ROLE = Qt.ItemDataRole.UserRole + 3  # the TriageResult or ConnectionRequest itself

_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ID_ROLE, SORT_ROLE, ROW_ROLE})
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
NOTE_PREVIEW = 90


def local_time(moment: datetime | None) -> str:
    """A stored UTC time as the user's local date and time, to the minute."""
    if moment is None:
        return ""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone().strftime("%Y-%m-%d %H:%M")


def one_line(text: str, limit: int = NOTE_PREVIEW) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _sort_time(moment: datetime | None) -> float:
    return moment.timestamp() if moment is not None else float("-inf")


class PendingColumn(IntEnum):
    RECEIVED = 0
    FROM = 1
    SUGGESTION = 2
    RED_FLAGS = 3
    NOTE = 4
    RULE = 5


class HistoryColumn(IntEnum):
    DECIDED = 0
    FROM = 1
    DECISION = 2
    BY = 3
    REPLY = 4


def pending_headers() -> dict[PendingColumn, str]:
    return {
        PendingColumn.RECEIVED: QCoreApplication.translate("RequestTables", "Received"),
        PendingColumn.FROM: QCoreApplication.translate("RequestTables", "From"),
        PendingColumn.SUGGESTION: QCoreApplication.translate("RequestTables", "Suggestion"),
        PendingColumn.RED_FLAGS: QCoreApplication.translate("RequestTables", "Red flags"),
        PendingColumn.NOTE: QCoreApplication.translate("RequestTables", "Note"),
        PendingColumn.RULE: QCoreApplication.translate("RequestTables", "Rule"),
    }


def history_headers() -> dict[HistoryColumn, str]:
    return {
        HistoryColumn.DECIDED: QCoreApplication.translate("RequestTables", "Decided"),
        HistoryColumn.FROM: QCoreApplication.translate("RequestTables", "From"),
        HistoryColumn.DECISION: QCoreApplication.translate("RequestTables", "Decision"),
        HistoryColumn.BY: QCoreApplication.translate("RequestTables", "Rule or hand"),
        HistoryColumn.REPLY: QCoreApplication.translate("RequestTables", "Reply"),
    }


def rule_text(rule_name: str | None) -> str:
    return rule_name if rule_name is not None else QCoreApplication.translate("RequestTables", "(the policy's default)")


def _pending_text(result: TriageResult, column: PendingColumn) -> str:
    request, suggestion = result.request, result.suggestion
    match column:
        case PendingColumn.RECEIVED:
            return local_time(request.sent_at)
        case PendingColumn.FROM:
            return request.contact_name
        case PendingColumn.SUGGESTION:
            return suggestion.decision.value
        case PendingColumn.RULE:
            return rule_text(suggestion.rule_name)
        case PendingColumn.RED_FLAGS:
            return ", ".join(m.category.value for m in suggestion.red_flags)
        case PendingColumn.NOTE:
            return one_line(request.note)


def _pending_sort(result: TriageResult, column: PendingColumn) -> object:
    if column is PendingColumn.RECEIVED:
        return _sort_time(result.request.sent_at)
    if column is PendingColumn.RULE:
        return result.suggestion.rule_number or 10**9
    return _pending_text(result, column).casefold()


def _history_text(request: ConnectionRequest, column: HistoryColumn) -> str:
    match column:
        case HistoryColumn.DECIDED:
            return local_time(request.decided_at)
        case HistoryColumn.FROM:
            return request.contact_name
        case HistoryColumn.DECISION:
            return request.decision.value if request.decision else ""
        case HistoryColumn.BY:
            if request.rule_name is not None:
                return request.rule_name
            if request.explanation and request.explanation.startswith("Decided by hand"):
                return QCoreApplication.translate("RequestTables", "by hand")
            return rule_text(None)
        case HistoryColumn.REPLY:
            return one_line(request.reply_text or "")


def _history_sort(request: ConnectionRequest, column: HistoryColumn) -> object:
    if column is HistoryColumn.DECIDED:
        return _sort_time(request.decided_at)
    return _history_text(request, column).casefold()


class _RecordTable(QAbstractTableModel):
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
        raise NotImplementedError

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
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # A repaint asks for about ten roles per cell: the ones not served are answered first, cheaply.
        if role not in _ROLES or not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells(row)[index.column()]
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


class PendingRequestsModel(_RecordTable):
    """Pending incoming requests with what the policy suggests, in the order given (newest first)."""

    columns = PendingColumn

    def _header_texts(self) -> dict[int, str]:
        return {int(k): v for k, v in pending_headers().items()}

    def _id(self, row: object) -> int:
        assert isinstance(row, TriageResult)
        return row.request.id

    def _text(self, row: object, column: int) -> str:
        assert isinstance(row, TriageResult)
        return _pending_text(row, PendingColumn(column))

    def _sort(self, row: object, column: int) -> object:
        assert isinstance(row, TriageResult)
        return _pending_sort(row, PendingColumn(column))

    def result_at(self, row: int) -> TriageResult:
        result = self._rows[row]
        assert isinstance(result, TriageResult)
        return result

    def results(self) -> list[TriageResult]:
        return [r for r in self._rows if isinstance(r, TriageResult)]


class HistoryModel(_RecordTable):
    """Decided requests, the latest decision first."""

    columns = HistoryColumn

    def _header_texts(self) -> dict[int, str]:
        return {int(k): v for k, v in history_headers().items()}

    def _id(self, row: object) -> int:
        assert isinstance(row, ConnectionRequest)
        return row.id

    def _text(self, row: object, column: int) -> str:
        assert isinstance(row, ConnectionRequest)
        return _history_text(row, HistoryColumn(column))

    def _sort(self, row: object, column: int) -> object:
        assert isinstance(row, ConnectionRequest)
        return _history_sort(row, HistoryColumn(column))

    def request_at(self, row: int) -> ConnectionRequest:
        request = self._rows[row]
        assert isinstance(request, ConnectionRequest)
        return request
