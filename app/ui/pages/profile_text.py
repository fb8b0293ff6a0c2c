"""Profile text: the "advice for contacting me" section for LinkedIn, from your profile and your policy."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.ui.context import AppContext
from app.ui.controllers.profile_text import ProfileTextController
from app.ui.pages.base import Page
from app.ui.views.profile_text_view import ProfileTextView


class ProfileTextPage(Page):
    key = "profile-text"
    title = QT_TRANSLATE_NOOP("Pages", "Profile text")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.view = ProfileTextView()
        self.set_view(self.view)
        self.controller = ProfileTextController(self.view, context, self)
        self.edits = self.controller
        self._loaded = False  # read when first shown: nothing here is needed at start-up

    def page_shown(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.controller.load()
        self.view.fields["display_name"].setFocus()

    def save_state(self) -> None:
        self.controller.save_state()
