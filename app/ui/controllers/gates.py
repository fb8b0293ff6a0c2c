"""Contacts > Before you contact… (Ctrl+K): the four-gates check for the person in front of you.

"The person in front of you" is the sender of the request shown when the Inbox is the current page, else the
current contact of the Contacts page. The dialog is given a function that asks the gates service, so it never
touches the database itself.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from app.core.errors import GatehouseError
from app.core.gates import GateCheck, Purpose
from app.core.vocabulary import Channel
from app.services import contacts as contact_service
from app.services import gates as gates_service
from app.ui.context import AppContext
from app.ui.dialogs.gates import GatesDialog
from app.ui.dialogs.messages import show_error

CHECK = "contacts.check"


class GatesController(QObject):
    def __init__(self, window: QWidget, context: AppContext) -> None:
        super().__init__(window)
        self.setObjectName("gates-controller")
        self.window = window
        self.context = context
        context.actions[CHECK].triggered.connect(self.check_current)

    def _current_contact(self) -> tuple[int, str] | None:
        pages = getattr(self.window, "pages", {})
        current = getattr(self.window, "current_page", lambda: None)()
        if current is not None and hasattr(current, "current_contact"):
            return current.current_contact()
        contacts = pages.get("contacts") if isinstance(pages, dict) else None
        controller = getattr(contacts, "controller", None)
        contact_id = controller.current_id() if controller is not None else None
        if contact_id is None:
            return None
        try:
            return contact_id, contact_service.show_contact(self.context.database, str(contact_id)).contact.name
        except GatehouseError:
            return None

    def _current_purpose(self) -> Purpose | None:
        """What the current page is about to do with the person (the Inbox: reply to their invitation)."""
        current = getattr(self.window, "current_page", lambda: None)()
        return current.check_purpose() if current is not None and hasattr(current, "check_purpose") else None

    def check_current(self) -> GatesDialog | None:
        chosen = self._current_contact()
        if chosen is None:
            self.context.events.message.emit(self.tr("Select a contact or a request first."))
            return None
        return self.open_check(*chosen, purpose=self._current_purpose())

    def open_check(self, contact_id: int, name: str, *, purpose: Purpose | None = None) -> GatesDialog | None:
        database = self.context.database

        def check(channel: Channel, purpose: Purpose) -> GateCheck:
            return gates_service.check(database, str(contact_id), channel, purpose)

        try:
            dialog = GatesDialog(
                name, check, self.window, channel=Channel.LINKEDIN if purpose else None, purpose=purpose
            )
        except GatehouseError as exc:  # the contact was erased meanwhile
            show_error(self.window, self.tr("No check possible"), str(exc))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
