"""The contacts table shown before the contacts page is built: the same view and model, filled from the file.

At start-up the window's frame is shown while the rest of the app loads. The contacts page's place then holds
this preview: the page's own ``ContactsView`` and ``ContactsTableModel``, laid out as the user left them (columns,
sort order, splitter) and filled with the rows read early (``app.storage.early_read``). When the page is built it
takes over this view and model (``ContactsPage(..., preview=...)``), so nothing on screen moves.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from app.storage.early_read import EarlyTable
from app.ui.models.contact_index import Column
from app.ui.models.contacts_table import ContactsTableModel
from app.ui.settings import CONTACTS_COLUMNS, CONTACTS_SPLITTER, Settings
from app.ui.views.contacts_view import ContactsView


def restore_table_layout(view: ContactsView, settings: Settings) -> None:
    """The columns (order, widths, sort) and the splitter as they were left; the defaults the first time."""
    header = view.table.horizontalHeader()
    if not header.restoreState(settings.value(CONTACTS_COLUMNS)):
        view.table.apply_default_widths()
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
    splitter_state = settings.value(CONTACTS_SPLITTER)
    if not splitter_state.isEmpty():
        view.splitter.restoreState(splitter_state)


class ContactsPreview(QObject):
    """The contacts view and model before their page exists; ``early`` is what filled them (None: not filled)."""

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = ContactsView()
        self.model = ContactsTableModel(parent=self)
        self.view.table.setModel(self.model)
        restore_table_layout(self.view, settings)
        self.view.show_state("loading")
        for widget in (*self.view.selection_buttons(), self.view.undo_button):
            widget.setEnabled(False)  # nothing acts on the rows before the page is built
        self.early: EarlyTable | None = None

    def fill(self, early: EarlyTable) -> None:
        self.model.set_rows(early.rows, search_now=False)  # painted first; the page prepares the search
        self.early = early
        self.view.show_counts(self.model.contacts.total, self.model.contacts.relationship_counts())
        self.view.show_state("table" if early.rows else "empty")
