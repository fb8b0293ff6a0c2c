"""Inbox: pending connection requests, each with the policy's suggestion, decided in one keystroke; the history."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.core.gates import Purpose
from app.ui.context import AppContext
from app.ui.controllers.inbox import InboxController
from app.ui.controllers.sent_invitations import SentInvitationsController
from app.ui.pages.base import Page
from app.ui.views.inbox_view import InboxView


class InboxPage(Page):
    key = "inbox"
    title = QT_TRANSLATE_NOOP("Pages", "Inbox")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.view = InboxView()
        self.set_view(self.view)
        self.controller = InboxController(self.view, context, self)
        self.controller.status_changed.connect(self.status_changed)
        self.controller.show_requested.connect(self.show_requested)
        self.controller.load()
        self.sent = SentInvitationsController(self.view, context, self)
        self.sent.load()

    def status_text(self) -> str:
        return self.controller.status_text()

    def waiting_count(self) -> int | None:
        return self.controller.model.rowCount() if self.controller.loaded_once else None

    def current_contact(self) -> tuple[int, str] | None:
        if self.view.tabs.currentIndex() == 2:
            return self.sent.current_contact()
        return self.controller.current_contact()

    def check_purpose(self) -> Purpose | None:
        """A pending request's sender invited you: "Before you contact…" checks a reply to that invitation."""
        return self.controller.check_purpose()

    def page_shown(self) -> None:
        self.controller.page_shown()
        self.sent.page_shown()
        tables = (self.view.table, self.view.history_table, self.view.sent_table)
        table = tables[self.view.tabs.currentIndex()]
        if table.isVisible():
            table.setFocus()

    def save_state(self) -> None:
        self.controller.save_state()
