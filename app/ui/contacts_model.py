"""The contacts table: a thin Qt model over Contact records."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.core.records import Contact

ModelIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    NAME = 0
    COMPANY = 1
    POSITION = 2
    RELATIONSHIP = 3
    MET_IN = 4
    CONSENT = 5
    CONNECTED_ON = 6
    LAST_INTERACTION = 7
    TAGS = 8


HEADERS = {
    Column.NAME: "Name",
    Column.COMPANY: "Company",
    Column.POSITION: "Position",
    Column.RELATIONSHIP: "Relationship",
    Column.MET_IN: "Met in",
    Column.CONSENT: "Consent",
    Column.CONNECTED_ON: "Connected on",
    Column.LAST_INTERACTION: "Last interaction",
    Column.TAGS: "Tags",
}


def cell_text(contact: Contact, column: Column) -> str:
    match column:
        case Column.NAME:
            return contact.name
        case Column.COMPANY:
            return contact.company
        case Column.POSITION:
            return contact.position
        case Column.RELATIONSHIP:
            return contact.relationship.value
        case Column.MET_IN:
            return contact.met_in.value
        case Column.CONSENT:
            return contact.linkedin_consent.value
        case Column.CONNECTED_ON:
            return contact.connected_on.isoformat() if contact.connected_on else ""
        case Column.LAST_INTERACTION:
            return contact.last_interaction.isoformat() if contact.last_interaction else ""
        case Column.TAGS:
            return ", ".join(contact.tags)


class ContactsTableModel(QAbstractTableModel):
    def __init__(self, contacts: list[Contact] | None = None) -> None:
        super().__init__()
        self._contacts: list[Contact] = list(contacts or [])

    def set_contacts(self, contacts: list[Contact]) -> None:
        self.beginResetModel()
        self._contacts = list(contacts)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._contacts)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        contact = self._contacts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(contact, Column(index.column()))
        if role == ID_ROLE:
            return contact.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[Column(section)]
        return None
