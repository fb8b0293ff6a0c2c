"""The inbox's tables: pending requests with the policy's suggestion, and decided requests (the history).

Thin Qt adapters over service records (``TriageResult`` and ``ConnectionRequest``): a column enum, an id role (the
request id), a sort role with native values and a row role (``app.ui.models.records``). Contact text (names, notes)
is returned as display text only, which item views draw as plain text.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import IntEnum

from PySide6.QtCore import QCoreApplication

from app.core.records import ConnectionRequest
from app.services.triage import TriageResult
from app.ui.models.records import RecordTableModel
from app.ui.vocabulary import label, phrase

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
            return label(suggestion.decision)
        case PendingColumn.RULE:
            return rule_text(suggestion.rule_name)
        case PendingColumn.RED_FLAGS:
            return ", ".join(phrase(m.category) for m in suggestion.red_flags)
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
            return label(request.decision) if request.decision else ""
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


class PendingRequestsModel(RecordTableModel):
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


class HistoryModel(RecordTableModel):
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
