"""Contacts: the record as a table, with search, filters, fast classification and the contact editor."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.ui.context import AppContext
from app.ui.controllers.contacts import ContactsController
from app.ui.pages.base import Page
from app.ui.pages.contacts_preview import ContactsPreview
from app.ui.views.contacts_view import ContactsView


class ContactsPage(Page):
    key = "contacts"
    title = QT_TRANSLATE_NOOP("Pages", "Contacts")

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, preview: ContactsPreview | None = None
    ) -> None:
        """``preview``: the table shown before the page was built, whose view and model the page takes over."""
        super().__init__(context, parent)
        self.view = preview.view if preview is not None else ContactsView()
        self.set_view(self.view)
        model = preview.model if preview is not None else None
        self.controller = ContactsController(self.view, context, self, model=model)
        self.edits = self.controller.editor  # the contact editor beside the table
        self.controller.status_changed.connect(self.status_changed)
        self.controller.show_requested.connect(self.show_requested)
        early = preview.early if preview is not None else None
        if early is not None and early.owner_id == context.database.owner_id:
            self.controller.take_rows()
            if not early.still_current():  # written to since it was read: read it again, keeping what is shown
                self.controller.load()
        else:
            self.controller.load()

    def status_text(self) -> str:
        return self.controller.status_text()

    def page_shown(self) -> None:
        if self.view.table.isVisible():
            self.view.table.setFocus()

    def save_state(self) -> None:
        self.controller.save_state()
