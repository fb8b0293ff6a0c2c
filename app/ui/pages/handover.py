"""Handover: past handovers with where each contact stands, and the wizard for a new one."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.ui.context import AppContext
from app.ui.controllers.handover import HandoverController
from app.ui.pages.base import Page
from app.ui.views.handover_view import HandoverView


class HandoverPage(Page):
    key = "handover"
    title = QT_TRANSLATE_NOOP("Pages", "Handover")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.view = HandoverView()
        self.set_view(self.view)
        self.controller = HandoverController(self.view, context, self)
        self.controller.show_requested.connect(self.show_requested)
        self._loaded = False  # read when first shown: nothing here is needed at start-up

    def page_shown(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.controller.load()
        if self.view.entries.isVisible():
            self.view.entries.setFocus()
        else:
            self.view.empty_button.setFocus()

    def save_state(self) -> None:
        self.controller.save_state()
