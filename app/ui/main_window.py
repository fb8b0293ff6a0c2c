"""The main window: composition only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QTableView

from app.services import contacts as contact_service
from app.storage.database import Database
from app.ui.contacts_model import ContactsTableModel

EMPTY_STATE = (
    "<h2>No contacts yet</h2>"
    "<p>Gatehouse keeps your own record of who each LinkedIn contact is and how you met them.</p>"
    "<p>Import your LinkedIn data export (<code>gatehouse import PATH</code>) "
    "or add a contact (<code>gatehouse contacts add</code>) to begin.</p>"
)


class MainWindow(QMainWindow):
    def __init__(self, database: Database) -> None:
        super().__init__()
        self._database = database
        self.setWindowTitle(f"Gatehouse - {database.name}")
        self.resize(1100, 700)
        self.model = ContactsTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Contacts")
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty_state = QLabel(EMPTY_STATE)
        self.empty_state.setTextFormat(Qt.TextFormat.RichText)  # our own fixed text, never contact data
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.table)
        self.setCentralWidget(self.stack)
        self.refresh()

    def refresh(self) -> None:
        contacts = contact_service.list_contacts(self._database)
        self.model.set_contacts(contacts)
        self.stack.setCurrentWidget(self.table if contacts else self.empty_state)
        self.statusBar().showMessage(f"{len(contacts)} contacts")
