"""Policy: the ordered rules that decide on connection requests, their reply templates, and what an edit changes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.ui.context import AppContext
from app.ui.controllers.policy import PolicyEditorController
from app.ui.pages.base import Page
from app.ui.views.policy_view import PolicyView


class PolicyPage(Page):
    key = "policy"
    title = QT_TRANSLATE_NOOP("Pages", "Policy")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.view = PolicyView()
        self.set_view(self.view)
        self.controller = PolicyEditorController(self.view, context, self)
        self.edits = self.controller
        self._loaded = False  # read when first shown: nothing here is needed at start-up

    def page_shown(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.controller.load()
        else:
            self.controller.page_shown()
        if self.view.table.isVisible():
            self.view.table.setFocus()

    def save_state(self) -> None:
        self.controller.save_state()
