"""Handover tables: the candidates with a tick each (for the wizard), past handovers, and one handover's contacts
with their status. Thin Qt adapters over the handover service's records, with an id role, a sort role with
native values and a row role."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal

from app.core.handover import HandoverCandidate, HandoverChoices, HandoverEntry, HandoverSummary, Successor
from app.ui.models.records import FLAGS, ID_ROLE, ROW_ROLE, SORT_ROLE, ModelIndex, RecordTableModel, plain_tip
from app.ui.models.requests import local_time
from app.ui.vocabulary import label


class CandidateColumn(IntEnum):
    INCLUDE = 0
    NAME = 1
    RELATIONSHIP = 2
    MET_IN = 3
    CONSENT = 4
    COMPANY = 5
    REASON = 6


class HandoverColumn(IntEnum):
    DATE = 0
    SUCCESSOR = 1
    FORMAT = 2
    CONTACTS = 3
    STATUS = 4
    FILE = 5


class EntryColumn(IntEnum):
    NAME = 0
    STATUS = 1
    SINCE = 2
    REASON = 3


class CandidatesModel(QAbstractTableModel):
    """Everyone who may be handed over, each with a tick. Clients without explicit consent start unticked: they
    go on the list only when ticked one by one."""

    chosen_changed = Signal()

    def __init__(self, candidates: Iterable[HandoverCandidate] = (), parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._candidates: list[HandoverCandidate] = []
        self._ticked: set[int] = set()
        self._headers = {
            CandidateColumn.INCLUDE: QCoreApplication.translate("HandoverTables", "Hand over"),
            CandidateColumn.NAME: QCoreApplication.translate("HandoverTables", "Name"),
            CandidateColumn.RELATIONSHIP: QCoreApplication.translate("HandoverTables", "Relationship"),
            CandidateColumn.MET_IN: QCoreApplication.translate("HandoverTables", "Met in"),
            CandidateColumn.CONSENT: QCoreApplication.translate("HandoverTables", "LinkedIn consent"),
            CandidateColumn.COMPANY: QCoreApplication.translate("HandoverTables", "Company"),
            CandidateColumn.REASON: QCoreApplication.translate("HandoverTables", "Why"),
        }
        self.set_candidates(candidates)

    def set_candidates(self, candidates: Iterable[HandoverCandidate]) -> None:
        self.beginResetModel()
        self._candidates = list(candidates)
        self._ticked = {c.contact.id for c in self._candidates if c.included_by_default}
        self.endResetModel()
        self.chosen_changed.emit()

    def candidate_at(self, row: int) -> HandoverCandidate:
        return self._candidates[row]

    def candidates(self) -> list[HandoverCandidate]:
        return list(self._candidates)

    def is_ticked(self, contact_id: int) -> bool:
        return contact_id in self._ticked

    def set_ticked(self, contact_id: int, ticked: bool) -> None:
        row = next((r for r, c in enumerate(self._candidates) if c.contact.id == contact_id), None)
        if row is not None:
            self.setData(self.index(row, CandidateColumn.INCLUDE), Qt.CheckState.Checked if ticked else
                         Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)  # fmt: skip

    def set_ticked_many(self, contact_ids: Iterable[int], ticked: bool) -> None:
        """Tick or untick these candidates (the ones a search shows), in one change."""
        ids = set(contact_ids)
        if not ids:
            return
        (self._ticked.update if ticked else self._ticked.difference_update)(ids)
        if self._candidates:
            self.dataChanged.emit(
                self.index(0, CandidateColumn.INCLUDE), self.index(len(self._candidates) - 1, CandidateColumn.INCLUDE)
            )
        self.chosen_changed.emit()

    def set_all(self, ticked: bool, *, clients_one_by_one_too: bool = False) -> None:
        """Tick or untick everyone; ticking all leaves the clients that need naming one by one as they are."""
        for candidate in self._candidates:
            if ticked and candidate.needs_one_by_one and not clients_one_by_one_too:
                continue
            (self._ticked.add if ticked else self._ticked.discard)(candidate.contact.id)
        if self._candidates:
            self.dataChanged.emit(
                self.index(0, CandidateColumn.INCLUDE), self.index(len(self._candidates) - 1, CandidateColumn.INCLUDE)
            )
        self.chosen_changed.emit()

    def chosen(self) -> list[HandoverCandidate]:
        return [c for c in self._candidates if c.contact.id in self._ticked]

    def choices(self, successor: Successor) -> HandoverChoices:
        """The ticks as the service (and `gatehouse handover create`) takes them: clients named one by one
        (--include-client) and contacts left out (--leave-out)."""
        return HandoverChoices(
            successor,
            include_clients=frozenset(
                c.contact.id for c in self._candidates if c.needs_one_by_one and c.contact.id in self._ticked
            ),
            leave_out=frozenset(
                c.contact.id for c in self._candidates if c.included_by_default and c.contact.id not in self._ticked
            ),
        )

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._candidates)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CandidateColumn)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == CandidateColumn.INCLUDE:
            return FLAGS | Qt.ItemFlag.ItemIsUserCheckable
        return FLAGS

    def _text(self, candidate: HandoverCandidate, column: CandidateColumn) -> str:
        contact = candidate.contact
        match column:
            case CandidateColumn.INCLUDE:
                return (
                    QCoreApplication.translate("HandoverTables", "tick one by one")
                    if candidate.needs_one_by_one
                    else ""
                )
            case CandidateColumn.NAME:
                return contact.name
            case CandidateColumn.RELATIONSHIP:
                return label(contact.relationship)
            case CandidateColumn.MET_IN:
                return label(contact.met_in)
            case CandidateColumn.CONSENT:
                return label(contact.linkedin_consent)
            case CandidateColumn.COMPANY:
                return contact.company
            case CandidateColumn.REASON:
                return candidate.reason

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._candidates):
            return None
        candidate = self._candidates[index.row()]
        column = CandidateColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(candidate, column)
        if role == Qt.ItemDataRole.CheckStateRole and column is CandidateColumn.INCLUDE:
            return Qt.CheckState.Checked if candidate.contact.id in self._ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and candidate.needs_one_by_one:
            tip = QCoreApplication.translate(
                "HandoverTables",
                "A client without explicit consent: tick only if this person agreed to be introduced to your successor",
            )
            return plain_tip(tip)
        if role == ID_ROLE:
            return candidate.contact.id
        if role == SORT_ROLE:
            if column is CandidateColumn.INCLUDE:
                return int(candidate.contact.id in self._ticked)
            return self._text(candidate, column).casefold()
        if role == ROW_ROLE:
            return candidate
        return None

    def setData(self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != CandidateColumn.INCLUDE or role != Qt.ItemDataRole.CheckStateRole:
            return False
        contact_id = self._candidates[index.row()].contact.id
        if value == Qt.CheckState.Checked or value == Qt.CheckState.Checked.value:
            self._ticked.add(contact_id)
        else:
            self._ticked.discard(contact_id)
        self.dataChanged.emit(index, index)
        self.chosen_changed.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 7:
            return self._headers[CandidateColumn(section)]
        return None


def status_summary(summary: HandoverSummary) -> str:
    counts = {status.value: count for status, count in summary.status_counts.items() if count}
    return ", ".join(f"{count} {status}" for status, count in sorted(counts.items()))


class HandoversModel(RecordTableModel):
    """Past handovers, the latest first."""

    columns = HandoverColumn

    def _header_texts(self) -> dict[int, str]:
        return {
            HandoverColumn.DATE: QCoreApplication.translate("HandoverTables", "Made"),
            HandoverColumn.SUCCESSOR: QCoreApplication.translate("HandoverTables", "To"),
            HandoverColumn.FORMAT: QCoreApplication.translate("HandoverTables", "Format"),
            HandoverColumn.CONTACTS: QCoreApplication.translate("HandoverTables", "Contacts"),
            HandoverColumn.STATUS: QCoreApplication.translate("HandoverTables", "Where they stand"),
            HandoverColumn.FILE: QCoreApplication.translate("HandoverTables", "File"),
        }

    def _id(self, row: object) -> int:
        assert isinstance(row, HandoverSummary)
        return row.id

    def _text(self, row: object, column: int) -> str:
        assert isinstance(row, HandoverSummary)
        match HandoverColumn(column):
            case HandoverColumn.DATE:
                return local_time(row.created_at)
            case HandoverColumn.SUCCESSOR:
                return row.successor.name
            case HandoverColumn.FORMAT:
                return {"csv": "CSV", "vcf": "vCard", "pdf": "PDF"}.get(row.format.value, row.format.value)
            case HandoverColumn.CONTACTS:
                return f"{row.contact_count:,}"
            case HandoverColumn.STATUS:
                return status_summary(row)
            case HandoverColumn.FILE:
                return row.file_name

    def _sort(self, row: object, column: int) -> object:
        assert isinstance(row, HandoverSummary)
        if column == HandoverColumn.DATE:
            return row.created_at.timestamp()
        if column == HandoverColumn.CONTACTS:
            return row.contact_count
        return super()._sort(row, column)

    def summary_at(self, row: int) -> HandoverSummary:
        summary = self._rows[row]
        assert isinstance(summary, HandoverSummary)
        return summary


class HandoverEntriesModel(RecordTableModel):
    """The contacts of one handover and where each stands (pending, introduced, declined, skipped)."""

    columns = EntryColumn

    def _header_texts(self) -> dict[int, str]:
        return {
            EntryColumn.NAME: QCoreApplication.translate("HandoverTables", "Contact"),
            EntryColumn.STATUS: QCoreApplication.translate("HandoverTables", "Status"),
            EntryColumn.SINCE: QCoreApplication.translate("HandoverTables", "Since"),
            EntryColumn.REASON: QCoreApplication.translate("HandoverTables", "Why included"),
        }

    def _id(self, row: object) -> int:
        assert isinstance(row, HandoverEntry)
        return row.contact_id

    def __init__(self, parent: object | None = None) -> None:
        self._repeated: set[str] = set()  # names (case-folded) that more than one contact of the handover has
        super().__init__(parent)

    def set_rows(self, rows: Iterable[object]) -> None:
        rows = list(rows)
        names = Counter(row.name.casefold() for row in rows if isinstance(row, HandoverEntry))
        self._repeated = {name for name, count in names.items() if count > 1}
        super().set_rows(rows)

    def _text(self, row: object, column: int) -> str:
        assert isinstance(row, HandoverEntry)
        match EntryColumn(column):
            case EntryColumn.NAME:
                if row.name.casefold() in self._repeated:
                    extra = row.company or row.profile_url or ""
                    return f"{row.name} ({extra})" if extra else row.name  # two of the same name: which is which
                return row.name
            case EntryColumn.STATUS:
                return label(row.status)
            case EntryColumn.SINCE:
                return local_time(row.status_changed_at)
            case EntryColumn.REASON:
                return row.reason

    def entry_at(self, row: int) -> HandoverEntry:
        entry = self._rows[row]
        assert isinstance(entry, HandoverEntry)
        return entry
